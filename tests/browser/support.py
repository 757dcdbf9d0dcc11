"""Helpers for the real-browser tests: wait until a page is drawn, list visible problems."""

from __future__ import annotations

import shutil
import time

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

READY_JS = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning'
      || app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  const main = '[data-testid=stMainBlockContainer] [data-testid=stElementContainer]';
  if (!document.querySelector(main)) return false;
  if (document.querySelector('[data-testid=stSkeleton]')) return false;
  for (const c of document.querySelectorAll('[data-testid=stPlotlyChart]'))
    if (!c.querySelector('.main-svg')) return false;
  for (const c of document.querySelectorAll('[data-testid=stDeckGlJsonChart]'))
    if (!c.querySelector('canvas')) return false;
  return true;
}"""


def settle(page, timeout: float = 60.0) -> float:
    """Seconds until the script finished and every chart/map is drawn; fails on time-out."""
    t0 = time.time()
    quiet = 0
    while time.time() - t0 < timeout:
        if page.evaluate(READY_JS):
            quiet += 1
            if quiet >= 3:
                return time.time() - t0
        else:
            quiet = 0
        time.sleep(0.05)
    raise AssertionError(f"page {page.url} never settled in {timeout:.0f} s")


def problems(page) -> list[str]:
    """Exception boxes, tracebacks or 'page not found' on the page."""
    out = []
    if page.query_selector_all('[data-testid="stException"]'):
        out.append("exception box")
    body = page.inner_text("body")
    for text in ("Traceback", "Page not found"):
        if text in body:
            out.append(text)
    return out


def download_template(page, folder, indicator: str):
    """On /raportare's „Încărcare Excel” tab: download the values template into `folder` and
    return (the workbook, the row of `indicator`) to fill in."""
    from openpyxl import load_workbook

    page.get_by_role("tab", name="Încărcare Excel").click()
    settle(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Descarcă machetul Excel").click()
    path = folder / "raportare.xlsx"
    download.value.save_as(path)
    workbook = load_workbook(path)
    row = next(r for r in workbook["raportare"].iter_rows(min_row=2) if r[0].value == indicator)
    return workbook, row
