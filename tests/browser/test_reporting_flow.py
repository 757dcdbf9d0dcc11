"""The reporting flow as a new user does it, in Chromium: log in, download the template, fill
it, upload it, see the preview, confirm, and find the value with its author in the history."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from tests.browser.conftest import EDITOR
from tests.browser.support import problems, settle

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

        page.get_by_role("tab", name="Încărcare Excel").click()
        with page.expect_download() as download:
            page.get_by_role("button", name="Descarcă machetul Excel").click()
        path = tmp_path / "raportare.xlsx"
        download.value.save_as(path)
        workbook = load_workbook(path)
        sheet = workbook["raportare"]
        row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == INDICATOR)
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
        page.get_by_text("Verificat: 1 valori noi, 0 modificate").wait_for(timeout=30_000)
        page.get_by_role("button", name="Confirmă importul").click()
        page.get_by_text("Salvat: 1 noi").wait_for(timeout=30_000)
        settle(page)
        assert problems(page) == []

        # fix the value in the grid: filter to the one indicator, edit its Value cell, save
        page.get_by_role("tab", name="Introducere valori").click()
        page.get_by_label("Caută indicator").fill("din CRRN Răcăciuni și CRRPH Comănești")
        page.keyboard.press("Enter")
        page.get_by_text("1 indicatori pentru perioada").wait_for(timeout=30_000)
        settle(page)
        grid = page.locator('[data-testid="stDataFrame"]').first
        box = grid.bounding_box()
        assert box is not None
        # the canvas grid needs a moment between keystrokes (each opens or moves an overlay)
        page.mouse.click(box["x"] + 40, box["y"] + 35 + 17)  # first cell of the first row
        page.wait_for_timeout(300)
        for _ in range(6):  # indicator, activity, text, target, unit, due → value
            page.keyboard.press("ArrowRight")
            page.wait_for_timeout(100)
        page.keyboard.press("Enter")  # open the cell editor
        page.wait_for_timeout(300)
        page.keyboard.press("ControlOrMeta+a")
        page.keyboard.type("46", delay=50)
        page.wait_for_timeout(300)
        page.keyboard.press("Enter")  # commit the edit: the grid sends it and the script reruns
        page.wait_for_timeout(500)
        settle(page)
        page.get_by_role("button", name="Salvează").click()
        page.get_by_text("Salvat: 0 noi, 1 modificate").wait_for(timeout=30_000)
        settle(page)

        page.get_by_role("tab", name="Istoric și audit").click()
        settle(page)
        body = page.inner_text("body")
        assert EDITOR[0] in body and f"{INDICATOR}|2022-12-31|county" in body
        assert problems(page) == []
    finally:
        page.close()
