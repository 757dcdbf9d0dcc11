"""The clerk's first hour, in Chromium at 1366×768: next year's plan drafted with the button in
Raportare → Planuri, downloaded, one cell edited, re-saved by LibreOffice (when installed),
uploaded, previewed (no warning, the moved year said), confirmed and seen on /servicii?an=2023;
then the values template of the new plan filled, uploaded and confirmed; and an edit typed in
the grid held when the search changes. The clerk works as the administrator: loading plans is
for administrators."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.browser.support import download_template, problems, settle
from tests.browser.test_reporting_flow import _edit_value_cell
from tests.journeys.conftest import ADMIN

pytestmark = pytest.mark.browser
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NEW_TITLE = "Planul anual de acțiune DGASPC Bacău 2023"
INDICATOR = "p23-5.1.3-i1"  # plan_2022's p22-5.1.3-i1, drafted into 2023


def _log_in(page, url: str) -> None:
    page.goto(url + "/raportare", wait_until="domcontentloaded")
    settle(page)
    page.get_by_label("Utilizator").fill(ADMIN[0])
    page.get_by_label("Parolă").fill(ADMIN[1])
    page.get_by_role("button", name="Autentificare").click()
    page.get_by_text(f"Conectat ca {ADMIN[0]} (administrator)").wait_for(timeout=30_000)
    settle(page)


def _upload(page, label: str, name: str, data: bytes) -> None:
    page.get_by_label(label).get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": name, "mimeType": XLSX, "buffer": data}]
    )


def _resaved_by_libreoffice(path: Path, folder: Path) -> Path:
    """`path` opened and saved again by LibreOffice as .xlsx (as the clerk's office does); the
    file itself when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return path
    folder.mkdir()
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{folder / 'profile'}",
         "--convert-to", "xlsx", "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / path.name


def test_the_clerk_drafts_next_years_plan_and_reports_on_it(journey_url, browser, tmp_path):
    context = browser.new_context(
        viewport={"width": 1366, "height": 768}, locale="ro-RO", accept_downloads=True
    )
    page = context.new_page()
    try:
        _log_in(page, journey_url)

        # 1. next year's plan, drafted from this year's with the button
        page.get_by_role("tab", name="Planuri").click()
        settle(page)
        page.get_by_text("Pregătește planul anului următor").wait_for(timeout=30_000)
        with page.expect_download() as download:
            page.get_by_role("button", name="Descarcă planul anului 2023 (Excel)").click()
        assert download.value.suggested_filename == "plan-anual-2023-pregatit.xlsx"
        drafted = tmp_path / "plan-2023.xlsx"
        download.value.save_as(drafted)
        workbook = load_workbook(drafted)
        assert workbook["plan"]["B3"].value == "plan_2023"
        moved = workbook["termene_mutate"]
        assert moved.max_row == 1 + 296  # 282 deadlines and 14 milestones, each listed
        assert {c.value.year for c in moved["F"][1:]} == {2023}
        # the clerk's edit: Răcăciuni has 240 places in 2023 (300 in 2022)
        services = workbook["servicii"]
        header = {c.value: c.column for c in services[1]}
        row = next(
            r for r in range(3, services.max_row + 1)
            if services.cell(r, header["service_id"]).value == "s44"
        )  # fmt: skip
        assert services.cell(row, header["snapshot_year"]).value == 2023
        services.cell(row, header["capacity"]).value = 240
        workbook.save(drafted)
        resaved = _resaved_by_libreoffice(drafted, tmp_path / "libreoffice")

        # 2. uploaded, previewed, confirmed
        _upload(page, "Registrul planului (.xlsx, cel mult 5 MB)", "plan-2023.xlsx",
                resaved.read_bytes())  # fmt: skip
        page.get_by_text(f"Plan nou: „{NEW_TITLE}”.").wait_for(timeout=60_000)
        settle(page)
        body = page.inner_text("body")
        assert "Schimbările sunt arătate față de „Planul anual de acțiune DGASPC Bacău 2022”" in (
            body
        )
        assert "De știut înainte de salvare" not in body  # dates moved, ids its own: no warning
        assert "Servicii: deschise, închise, modificate" in body  # s44: 300 → 240 places
        page.get_by_role("button", name="Confirmă și salvează planul").click()
        page.get_by_text(f"„{NEW_TITLE}” a fost salvat ca versiunea 1.").wait_for(timeout=60_000)
        settle(page)
        assert problems(page) == []

        # 3. the new year on the registry pages
        page.goto(journey_url + "/servicii?an=2023", wait_until="domcontentloaded")
        settle(page)
        assert problems(page) == []
        body = page.inner_text("body")
        # the registry of 2023 is the plan just loaded: its source line names it
        assert f"Sursa: {NEW_TITLE} (" in body
        assert "nu există" not in body  # no notice: 2023 is a stored registry year

        # 4. the values template of the new plan, one value filled, uploaded, confirmed
        _log_in(page, journey_url)
        workbook, filled_row = download_template(page, tmp_path, INDICATOR)
        filled_row[6].value = 30
        out = io.BytesIO()
        workbook.save(out)
        _upload(page, "Încărcați machetul completat", "raportare.xlsx", out.getvalue())
        page.get_by_text("Verificat: 1 valoare nouă, 0 modificate").wait_for(timeout=60_000)
        page.get_by_role("button", name="Confirmă importul").click()
        page.get_by_text("Salvat: 1 noi").wait_for(timeout=60_000)
        settle(page)
        assert problems(page) == []

        # 5. an edit typed in the grid is held when the search changes
        page.get_by_role("tab", name="Introducere valori").click()
        search = page.get_by_label("Caută indicator")
        search.fill("din CRRN Răcăciuni și CRRPH Comănești")
        page.keyboard.press("Enter")
        page.get_by_text("1 indicator pentru perioada").wait_for(timeout=30_000)
        settle(page)
        _edit_value_cell(page, "31")
        search.fill("copii")
        page.keyboard.press("Enter")
        page.get_by_text("Aveți modificări nesalvate în tabel (1 rând)").wait_for(timeout=30_000)
        settle(page)
        assert search.input_value() == "din CRRN Răcăciuni și CRRPH Comănești"
        assert page.get_by_text("1 indicator pentru perioada").count() == 1
        assert problems(page) == []
    finally:
        context.close()
