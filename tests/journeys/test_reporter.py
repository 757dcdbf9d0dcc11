"""A unit reports its own (issue #24), in Chromium at 1366×768: the administrator creates a
reporter for „CIAPV Răchitoasa”; the reporter logs in, sees only its six indicators, downloads
its unit's template, fills it (openpyxl; re-saved by LibreOffice when installed), uploads,
confirms and submits; the office approves in „Cine a raportat”; the administrator closes the
period; an edit in the grid is then refused with its message, nothing written.

With SAVE_SCREENSHOTS=1 the reporter's, the office's and the administrator's screens are saved
under docs/units/ (PNG, 1366 wide); CI writes no files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.browser.conftest import ROOT
from tests.browser.support import problems, settle
from tests.browser.test_reporting_flow import _edit_value_cell
from tests.journeys.conftest import ADMIN, VIEWPORT
from tests.journeys.test_administrator import _admin_tab, _forms, _login, _pick
from tests.journeys.test_clerk import XLSX, _resaved_by_libreoffice

pytestmark = pytest.mark.browser
REPORTER = ("rachitoasa", "parola-rachitoasa-2022")
UNIT = "CIAPV Răchitoasa"
MINE = ["p22-7.1.1-i1", "p22-7.1.1-i2", "p22-7.1.3-i1", "p22-7.1.4-i1", "p22-7.2.2-i1",
        "p22-7.2.2-i2"]  # fmt: skip
PLAN_TITLE = (
    "„Planul anual de acțiune DGASPC Bacău 2022”"  # a person reads the plan's title, never its id
)
PERIOD = "31.12.2022"  # the plan's last period, the one /raportare opens on after it
SHOTS = ROOT / "docs" / "units"


def _shot(page, name: str, top: str) -> None:
    """The screen from the text `top` down as docs/units/NAME.png (1366 wide, 1200 high), only
    when SAVE_SCREENSHOTS=1."""
    if os.environ.get("SAVE_SCREENSHOTS") != "1":
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": 1200})
    settle(page)
    page.get_by_text(top).first.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    page.set_viewport_size(VIEWPORT)
    settle(page)


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    settle(page)


def _store(tmp_path: Path, code: str) -> str:
    """What `code` prints, run by a fresh process on the journey's own store."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'browser.db'}"}
    run = subprocess.run([sys.executable, "-c", "from store import api; " + code], cwd=ROOT,
                         check=True, text=True, capture_output=True, env=env)  # fmt: skip
    return run.stdout.strip()


def test_a_unit_reports_its_own(journey_url, browser, tmp_path):
    context = browser.new_context(viewport=VIEWPORT, locale="ro-RO", accept_downloads=True)
    page = context.new_page()
    try:
        # 1. the administrator creates the reporter with its unit
        _login(page, journey_url, *ADMIN)
        _admin_tab(page)
        new, _ = _forms(page)
        new.get_by_role("textbox", name="Utilizator").fill(REPORTER[0])
        _pick(page, "rep_new_role", "raportor")
        new.get_by_label("Parolă", exact=True).fill(REPORTER[1])
        units = page.locator('[class*="st-key-rep_new_units"]').get_by_role("combobox")
        units.click()
        units.fill(UNIT)
        page.get_by_role("option", name=UNIT, exact=True).click()
        page.keyboard.press("Escape")
        new.get_by_role("button", name="Creează utilizatorul").click()
        settle(page)
        page.get_by_text(f"Utilizator creat: {REPORTER[0]}.").wait_for(timeout=30_000)
        _admin_tab(page)
        assert _store(tmp_path, f"print(api.user_units('{REPORTER[0]}'))") == (
            "['u-ciapv-rachitoasa']"
        )
        _shot(page, "admin-users", "Utilizator nou")
        page.get_by_role("button", name="Ieșire").click()
        settle(page)

        # 2. the reporter: its unit, its six indicators, nothing else
        _login(page, journey_url, *REPORTER)
        page.get_by_text(f"Conectat ca {REPORTER[0]} (raportor)").wait_for(timeout=30_000)
        tabs = page.get_by_role("tab").all_inner_texts()
        assert tabs == ["Unitatea mea", "Introducere valori", "Încărcare Excel",
                        "Istoric și audit"]  # fmt: skip
        page.get_by_text(f"{UNIT}: 0 din 6 indicatori raportați pentru {PERIOD}").wait_for(
            timeout=30_000
        )
        with page.expect_download() as download:
            page.get_by_role("button", name="Descarcă macheta unității").click()
        assert download.value.suggested_filename == f"raportare-ciapv-{PERIOD}.xlsx"
        path = tmp_path / "ciapv.xlsx"
        download.value.save_as(path)
        workbook = load_workbook(path)
        rows = [r for r in workbook["raportare"].iter_rows(min_row=2) if r[0].value]
        assert sorted(r[0].value for r in rows) == MINE  # its indicators only
        for row in rows:  # each target met; 1 (done) where the indicator is done or not
            row[6].value = row[2].value or 1
        workbook.save(path)
        resaved = _resaved_by_libreoffice(path, tmp_path / "libreoffice")

        _tab(page, "Încărcare Excel")
        page.get_by_label("Încărcați machetul completat").get_by_test_id(
            "stFileUploaderDropzoneInput"
        ).set_input_files(files=[{"name": "ciapv.xlsx", "mimeType": XLSX,
                                  "buffer": resaved.read_bytes()}])  # fmt: skip
        page.get_by_text("Verificat: 6 valori noi, 0 modificate").wait_for(timeout=60_000)
        page.get_by_role("button", name="Confirmă importul").click()
        page.get_by_text("Salvat: 6 noi").wait_for(timeout=60_000)
        settle(page)

        _tab(page, "Unitatea mea")
        page.get_by_text(f"{UNIT}: 6 din 6 indicatori raportați").wait_for(timeout=30_000)
        page.get_by_role("button", name="Trimite raportarea").click()
        page.get_by_text(f"Raportarea unității {UNIT} pentru {PERIOD} a fost trimisă.").wait_for(
            timeout=30_000
        )
        settle(page)
        assert "trimisă" in page.inner_text("body")
        assert problems(page) == []
        _shot(page, "reporter", "Conectat ca")
        page.get_by_role("button", name="Ieșire").click()
        settle(page)

        # 3. the office: „Cine a raportat” by unit; approve
        _login(page, journey_url, *ADMIN)
        _tab(page, "Cine a raportat")
        page.get_by_text("1 trimise").first.wait_for(timeout=30_000)
        assert _store(tmp_path, "print(api.submissions_frame()['state'].tolist())") == (
            "['submitted']"
        )
        page.get_by_role("button", name="Aprobă").click()
        page.get_by_text(f"Raportarea unității {UNIT} a fost aprobată.").wait_for(timeout=30_000)
        settle(page)
        _shot(page, "office", "Pe unități")

        # 4. the administrator closes the period
        _admin_tab(page)
        page.get_by_role("button", name=f"Închide perioada {PERIOD}").click()
        page.get_by_text(f"Perioada {PERIOD} a fost închisă.").wait_for(timeout=30_000)
        settle(page)
        _shot(page, "admin-period", "Perioade închise")

        # 5. an edit is refused with its message, nothing written
        _tab(page, "Introducere valori")
        page.get_by_text(f"Perioada {PERIOD} este închisă (de {ADMIN[0]})").first.wait_for(
            timeout=30_000
        )
        search = page.get_by_label("Caută indicator")
        search.fill("CIAPV")
        page.keyboard.press("Enter")
        settle(page)
        _edit_value_cell(page, "99")
        page.get_by_role("button", name="Salvează").click()
        page.get_by_text("Modificarea a fost refuzată").wait_for(timeout=30_000)
        body = page.inner_text("body")
        assert f"perioada {PERIOD} a planului {PLAN_TITLE} este închisă (de {ADMIN[0]})" in body
        assert problems(page) == []
        values = f"v = api.values_frame({MINE!r}, by='county'); print(sorted(v['value']))"
        assert _store(tmp_path, values) == "[1.0, 1.0, 1.0, 10.0, 36.0, 36.0]"  # no 99
    finally:
        context.close()
