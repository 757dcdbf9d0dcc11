"""The councillor's first hour: the dashboard on the council room's 1366×768 screen, slide by
slide on every page with charts, then the council pack read back page by page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT
from tests.browser.support import problems, settle

pytestmark = pytest.mark.browser

SCREEN_HEIGHT = 768
# every page with charts, and its slides (key figures first where the page has tiles)
PAGES = ["", "servicii", "harta", "dezinstitutionalizare", "obiective", "intarzieri"]
POSITION = re.compile(r"Diapozitivul (\d+) din (\d+)")

# The slide's parts the council must read: title, sentence, source and filter lines (boxes).
PARTS_JS = """() => {
  const slide = document.querySelector('.st-key-slide');
  const box = e => { const b = e.getBoundingClientRect();
                     return {text: e.innerText.slice(0, 60), top: b.top, bottom: b.bottom}; };
  return {
    title: [...slide.querySelectorAll('h1')].map(box),
    sentence: [...slide.querySelectorAll('strong')].slice(0, 1).map(box),
    notes: [...slide.querySelectorAll('[class*="st-key-slide-note"]')].map(box),
    rotated: [...slide.querySelectorAll('.bartext, .textpoint text')]
      .filter(t => /rotate\\((?!0[ ,)])[-0-9.]+/.test(t.getAttribute('transform') || ''))
      .map(t => t.textContent),
    buttons: [...slide.querySelectorAll('button')].map(b => b.innerText),
  };
}"""


def _position(page) -> tuple[int, int]:
    found = POSITION.search(page.inner_text(".st-key-slide"))
    assert found, page.url
    return int(found.group(1)), int(found.group(2))


def _assert_fits(page, where: str) -> dict:
    parts = page.evaluate(PARTS_JS)
    assert parts["title"], where
    notes = parts["notes"]
    # the filter line always, the source line on a chart slide
    assert notes and "Componentă:" in notes[-1]["text"], (where, notes)
    for name in ("title", "sentence", "notes"):
        for part in parts[name]:
            assert part["top"] >= 0 and part["bottom"] <= SCREEN_HEIGHT, (where, name, part)
    assert parts["rotated"] == [], (where, parts["rotated"])
    for label in parts["buttons"]:  # „Anterior ←”, never „← Anterior ←” nor an icon's name
        assert label.count("←") + label.count("→") <= 1, (where, label)
        assert "arrow_" not in label, (where, label)
    return parts


def test_councillor_walks_every_slide_and_reads_the_pack(browser, journey_url, page, tmp_path):
    """Every slide of every page with charts fits the screen (bounding boxes of the title,
    the sentence, the source and the filter lines inside 768 px); → and the „Următor” button
    move and write `&slide=N`; the copied slide link opens the same slide; the pack of the
    overview, read back page by page with pdftotext, carries the key figures the screen shows."""
    walked = 0
    for path in PAGES:
        page.goto(f"{journey_url}/{path}?prezentare=1", wait_until="domcontentloaded")
        settle(page)
        assert problems(page) == [], path
        n, total = _position(page)
        assert n == 1 and "slide=1" in page.url, (path, page.url)
        while True:
            _assert_fits(page, f"/{path} slide {n}")
            walked += 1
            if n == total:
                break
            if n % 2:  # the keyboard's → on odd slides, the button on even ones
                page.keyboard.press("ArrowRight")
            else:
                page.get_by_role("button", name=re.compile("^Următor")).click()
            page.wait_for_url(re.compile(rf"slide={n + 1}(&|$)"), timeout=20_000)
            settle(page)
            assert _position(page) == (n + 1, total), (path, page.url)
            n += 1
        if total > 1:  # and back: ← returns to the slide before
            page.keyboard.press("ArrowLeft")
            page.wait_for_url(re.compile(rf"slide={total - 1}(&|$)"), timeout=20_000)
            settle(page)
            assert _position(page) == (total - 1, total)
    assert walked >= 20  # 4 + 3 + 1 + 8 + 3 + 3 slides on the plan 2022's store

    # the link of slide 2 of /dezinstitutionalizare, opened in a fresh page: the same slide
    page.goto(f"{journey_url}/dezinstitutionalizare?prezentare=1", wait_until="domcontentloaded")
    settle(page)
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"slide=2(&|$)"), timeout=20_000)
    settle(page)
    link, title = page.url, page.inner_text(".st-key-slide h1")
    fresh = page.context.new_page()
    fresh.goto(link, wait_until="domcontentloaded")
    settle(fresh)
    assert _position(fresh) == _position(page)
    assert fresh.inner_text(".st-key-slide h1") == title
    fresh.close()

    # the key figures as the screen shows them (slide 1 of the overview)
    page.goto(f"{journey_url}/?prezentare=1&slide=1", wait_until="domcontentloaded")
    settle(page)
    figures = [
        e.inner_text().strip() for e in page.query_selector_all('[class*="st-key-kpi-value-"]')
    ]
    assert len(figures) >= 5 and "99.815,10" in " ".join(figures), figures

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'browser.db'}"}
    out = tmp_path / "packs"
    built = subprocess.run(
        [sys.executable, "-m", "pack", "build", "/", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (pdf,) = Path(out).glob("*/*.pdf")
    pages_text = _pdf_pages(pdf)
    assert len(pages_text) >= 4
    for number, text in enumerate(pages_text, start=1):
        assert text.strip(), f"page {number} of the pack is blank"
        assert "None" not in text and "nan" not in text.split(), number
    key_page = next(t for t in pages_text if "Cifre cheie" in t)
    for figure in figures:  # each tile's value, as on the screen
        assert figure in key_page, (figure, key_page)


def _pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of `pdf` (pdftotext, layout kept)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout
        for i in range(1, count + 1)
    ]  # fmt: skip
