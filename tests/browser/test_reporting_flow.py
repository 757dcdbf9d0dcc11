"""The reporting flow as a new user does it, in Chromium: log in, download the template, fill
it, upload it, see the preview, confirm, and find the value with its author in the history."""

from __future__ import annotations

import io

import pytest

from tests.browser.conftest import EDITOR
from tests.browser.support import download_template, problems, settle

pytestmark = pytest.mark.browser
INDICATOR = "p22-5.1.3-i1"  # 90 beneficiaries transferred into 15 LMP (line 2918)


def test_login_template_upload_and_history(browser, app_url, tmp_path):
    page = browser.new_page(viewport={"width": 1440, "height": 1600}, accept_downloads=True)
    try:
        page.goto(app_url + "/raportare", wait_until="domcontentloaded")
        settle(page)
        assert page.get_by_role("tab").count() == 0  # login first
        page.get_by_label("Utilizator").fill(EDITOR[0])
        page.get_by_label("Parolă").fill(EDITOR[1])
        page.get_by_role("button", name="Autentificare").click()
        page.get_by_text(f"Conectat ca {EDITOR[0]} (editor)").wait_for(timeout=30_000)
        settle(page)

        workbook, row = download_template(page, tmp_path, INDICATOR)
        row[6].value = 45
        row[7].value = "transferați până la 31.12"
        filled = io.BytesIO()
        workbook.save(filled)

        page.get_by_label("Încărcați machetul completat").get_by_test_id(
            "stFileUploaderDropzoneInput"
        ).set_input_files(
            files=[{
                "name": "raportare.xlsx",
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": filled.getvalue(),
            }]
        )  # fmt: skip
        page.get_by_text("Verificat: 1 valoare nouă, 0 modificate").wait_for(timeout=30_000)
        page.get_by_role("button", name="Confirmă importul").click()
        page.get_by_text("Salvat: 1 noi").wait_for(timeout=30_000)
        settle(page)
        assert problems(page) == []

        # fix the value in the grid: filter to the one indicator, edit its Value cell, save
        page.get_by_role("tab", name="Introducere valori").click()
        page.get_by_label("Caută indicator").fill("din CRRN Răcăciuni și CRRPH Comănești")
        page.keyboard.press("Enter")
        page.get_by_text("1 indicator pentru perioada").wait_for(timeout=30_000)
        settle(page)
        for _attempt in range(3):  # a canvas grid: retry if a keystroke landed too early
            _edit_value_cell(page, "46")
            page.get_by_role("button", name="Salvează").click()
            saved = page.get_by_text("Salvat: 0 noi, 1 modificate")
            unchanged = page.get_by_text("Nicio modificare de salvat.")
            saved.or_(unchanged).first.wait_for(timeout=30_000)
            if saved.count():
                break
            settle(page)
        page.get_by_text("Salvat: 0 noi, 1 modificate").wait_for(timeout=30_000)
        settle(page)

        page.get_by_role("tab", name="Istoric și audit").click()
        settle(page)
        body = page.inner_text("body")
        # the audit trail names who changed what: 45 uploaded, then 46 in the grid
        assert f"{EDITOR[0]} · {INDICATOR} · 31.12.2022 · județ: 45 → 46" in body
        assert f"{EDITOR[0]} · {INDICATOR} · 31.12.2022 · județ: — → 45" in body
        assert problems(page) == []
    finally:
        page.close()


EDITING = "() => ['INPUT', 'TEXTAREA'].includes(document.activeElement?.tagName)"


def _edit_value_cell(page, text: str) -> None:
    """Select the first row's Value cell of the grid, type `text`, commit, wait for the rerun."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 40, box["y"] + 35 + 17)  # first cell of the first row
    page.wait_for_timeout(300)
    for _ in range(6):  # indicator, activity, text, target, unit, due → value
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(100)
    page.keyboard.press("Enter")  # opens the cell editor (an input over the canvas)
    page.wait_for_function(EDITING, timeout=10_000)
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text, delay=50)
    page.keyboard.press("Enter")  # commits: the grid sends the edit, the script reruns
    page.wait_for_function(f"() => !({EDITING[6:]})", timeout=10_000)
    page.wait_for_timeout(800)
    settle(page)
