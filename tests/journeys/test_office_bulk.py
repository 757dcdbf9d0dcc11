"""The office's many-file upload (issue #24), in Chromium at 1366×768: three returned templates
for 31.12.2022 — CIAPV Răchitoasa's (its six values), CSS Alexandra's (its one value) and a wrong
copy of CIAPV's (40 everywhere, and row 5 is done / not done) — are checked each; the wrong one is
kept out with its message, the other two are previewed and saved together with one click; a fresh
process then reads the seven values from the journey's store."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from store import excel
from tests.browser.support import problems, settle
from tests.journeys.conftest import ADMIN
from tests.journeys.test_administrator import _login
from tests.journeys.test_clerk import XLSX
from tests.journeys.test_reporter import _store, _tab

pytestmark = pytest.mark.browser
PERIOD = "31.12.2022"  # the period /raportare opens on for plan_2022
CIAPV, ALEXANDRA = "u-ciapv-rachitoasa", "u-css-alexandra"


def _filled(unit_id: str, value_of) -> bytes:
    """The unit's template with every value cell filled by `value_of(row)`."""
    data = excel.template_bytes("plan_2022", date(2022, 12, 31), unit_id=unit_id,
                                unit_name=unit_id)  # fmt: skip
    workbook = load_workbook(io.BytesIO(data))
    for row in workbook["raportare"].iter_rows(min_row=2):
        if row[0].value:
            row[6].value = value_of(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_the_office_uploads_three_files_and_the_bad_one_stays_out(journey_url, page, tmp_path):
    files = [
        ("ciapv.xlsx", _filled(CIAPV, lambda r: r[2].value or 1)),
        ("css-alexandra.xlsx", _filled(ALEXANDRA, lambda r: r[2].value or 1)),
        ("ciapv-gresit.xlsx", _filled(CIAPV, lambda r: 40)),
    ]
    _login(page, journey_url, *ADMIN)
    _tab(page, "Cine a raportat")
    page.get_by_text("Încărcarea mai multor fișiere").wait_for(timeout=30_000)
    page.get_by_label("Machetele completate de unități").get_by_test_id(
        "stFileUploaderDropzoneInput"
    ).set_input_files(
        files=[{"name": name, "mimeType": XLSX, "buffer": data} for name, data in files]
    )
    page.get_by_text("ciapv-gresit.xlsx: o problemă; fișierul nu va fi salvat.").wait_for(
        timeout=60_000
    )
    body = page.inner_text("body")
    assert "ciapv.xlsx: fără probleme — 6 noi, 0 modificate, 0 neschimbate." in body
    assert "css-alexandra.xlsx: fără probleme — 1 noi, 0 modificate, 0 neschimbate." in body
    assert (
        "ciapv-gresit.xlsx, rândul 5, coloana G (value): 40 nu este 1 (realizat) sau 0 (nerealizat)"
        in body
    )
    assert _store(tmp_path, "print(len(api.values_frame()))") == "0"  # checked, nothing written
    page.get_by_role("button", name="Confirmă fișierele fără probleme (2)").click()
    page.get_by_text("css-alexandra.xlsx: salvat (1 noi").wait_for(timeout=60_000)
    settle(page)
    assert "ciapv.xlsx: salvat (6 noi" in page.inner_text("body")
    assert problems(page) == []
    assert _store(tmp_path, "print(len(api.values_frame()))") == "7"
