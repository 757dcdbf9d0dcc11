"""The monitoring template: export, fill, validate every malformed case, preview, import."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from store import excel, sheets
from tests.store.conftest import state
from tests.store.excel_support import fill, row_of

H1, H2 = date(2022, 6, 30), date(2022, 12, 31)
PROBLEM_LINE = re.compile(r"^(fișierul|rândul \d+, coloana [A-Z?]+ \([a-z_]+\)): \S.*$")


@pytest.fixture
def template(catalog) -> bytes:
    return excel.template_bytes("plan_2022", H1, catalog=catalog)


def test_template_is_prefilled_protected_and_validated(template):
    workbook = load_workbook(io.BytesIO(template))
    assert workbook.sheetnames[0] == excel.REPORT_SHEET
    ws = workbook[excel.REPORT_SHEET]
    assert [c.value for c in ws[1]] == excel.REPORT_COLUMNS
    assert [ws[f"A{r}"].value for r in range(2, ws.max_row + 1)] == [
        "t-count", "t-pct", "t-bool", "t-max", "t-text",
    ]  # fmt: skip
    count = row_of(ws, "t-count")
    assert ws[f"C{count}"].value == 950  # the June milestone is the target in force
    assert ws[f"E{count}"].value == "2022-06-30"
    assert ws[f"F{count}"].value.date() == H1
    assert ws[f"B{row_of(ws, 't-text')}"].value.startswith("=Text")  # kept as text
    assert ws[f"B{row_of(ws, 't-text')}"].data_type == "s"
    assert ws.protection.sheet
    assert ws[f"A{count}"].protection.locked and ws[f"B{count}"].protection.locked
    assert not ws[f"G{count}"].protection.locked and not ws[f"H{count}"].protection.locked
    rules = ws.data_validations.dataValidation
    assert {(r.type, r.operator, r.formula1, r.formula2, str(r.sqref)) for r in rules} == {
        ("decimal", "greaterThanOrEqual", "0", None, "G2 G5:G6"),
        ("decimal", "between", "0", "100", "G3"),
        ("whole", "between", "0", "1", "G4"),
    }


def test_export_template_writes_the_file(tmp_path, catalog):
    path = tmp_path / "raport.xlsx"
    assert excel.export_template(path, "plan_2022", H2, catalog=catalog) == 5
    ws = load_workbook(path)[excel.REPORT_SHEET]
    assert ws[f"C{row_of(ws, 't-count')}"].value == 850


def test_roundtrip_values_are_visible_with_who_entered_them(engine, catalog, template):
    filled = fill(template, {"t-count": 512, "t-pct": 64.5}, comments={"t-count": "din SPC"})
    result = excel.import_report(filled, user="ana", catalog=catalog, engine=engine)
    assert result.problems == []
    assert result.preview["status"].tolist() == ["new", "new"]
    assert (result.saved.inserted, result.saved.updated) == (2, 0)
    from store import api

    frame = api.values_frame(engine=engine).set_index("indicator_id")
    assert frame.loc["t-count", "value"] == 512.0
    assert frame.loc["t-count", "comment"] == "din SPC"
    assert set(frame["entered_by"]) == {"ana"}
    assert set(frame["source"]) == {"upload"}
    assert set(frame["period_end"]) == {H1}
    again = excel.import_report(filled, user="ion", catalog=catalog, engine=engine)
    assert again.preview["status"].tolist() == ["unchanged", "unchanged"]
    changed = fill(template, {"t-count": 600, "t-pct": 64.5}, comments={"t-count": "din SPC"})
    third = excel.import_report(changed, user="ion", dry_run=True, catalog=catalog, engine=engine)
    assert third.preview["status"].tolist() == ["changed", "unchanged"]
    assert third.saved is None
    assert api.values_frame(engine=engine).set_index("indicator_id").loc["t-count", "value"] == 512


def _set(cell: str, value: object):
    return lambda ws: ws.__setitem__(cell, value)


def _rename_sheet(ws):
    ws.title = "Foaie1"


def _delete_comment_column(ws):
    ws.delete_cols(8)


def _rename_value_column(ws):
    ws["G1"] = "valoare"


def _duplicate_row(ws):
    target = ws.max_row + 1
    for column in "ABCDEFGH":
        ws[f"{column}{target}"] = ws[f"{column}2"].value


def _second_period(ws):
    ws["F4"] = H2


# t-count is row 2, t-pct row 3, t-bool row 4, t-max row 5, t-text row 6.
MALFORMED = [
    ("wrong sheet", _rename_sheet, "fișierul: lipsește foaia „raportare”"),
    ("missing column", _delete_comment_column, "rândul 1, coloana ? (comment): lipsește coloana"),
    ("renamed column", _rename_value_column, "rândul 1, coloana G (valoare): coloană neașteptată"),
    ("unknown id", _set("A2", "t-nope"), "rândul 2, coloana A (indicator_id): indicator necunosc"),
    ("blank id", _set("A2", None), "rândul 2, coloana A (indicator_id): câmp obligatoriu"),
    ("duplicate id", _duplicate_row, "rândul 7, coloana A (indicator_id): „t-count” apare de"),
    ("mixed periods", _second_period, "rândul 4, coloana F (period_end): perioada 31.12.2022"),
    ("bad period", _set("F4", "30 iunie"), "rândul 4, coloana F (period_end): „30 iunie” nu este"),
    ("text value", _set("G4", "unu"), "rândul 4, coloana G (value): „unu” nu este un număr"),
    ("ambiguous comma", _set("G2", "1,500"), "rândul 2, coloana G (value): „1,500” este ambiguu"),
    ("dot decimal", _set("G2", "12.5"), "rândul 2, coloana G (value): „12.5” este ambiguu"),
    ("percent text", _set("G2", "75%"), "rândul 2, coloana G (value): 75% este scris ca procent"),
    ("boolean value", _set("G4", True), "rândul 4, coloana G (value): „True” nu este un număr"),
    ("negative value", _set("G5", -3), "rândul 5, coloana G (value): valoare negativă"),
    ("percent above 100", _set("G3", 120), "rândul 3, coloana G (value): 120 depășește 100"),
    ("boolean not 0/1", _set("G4", 2), "rândul 4, coloana G (value): 2 nu este 1 (realizat)"),
    ("formula value", _set("G5", "=1+2"), "rândul 5, coloana G (value): formulă „=1+2”"),
    ("comment alone", _set("H5", "nu avem date"), "rândul 5, coloana G (value): comentariu fără"),
    ("comment too long", _set("H2", "x" * 2001), "rândul 2, coloana H (comment): text prea lung"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "edit", "expected"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_files_are_refused_and_nothing_is_written(
    engine, catalog, template, case, edit, expected
):
    excel.import_report(fill(template, {"t-bool": 1}), user="ana", catalog=catalog, engine=engine)
    before = state(engine)
    broken = fill(template, {"t-count": 10, "t-bool": 0}, edit=edit)
    result = excel.import_report(broken, user="ion", catalog=catalog, engine=engine)
    assert any(line.startswith(expected) for line in result.problems), result.problems
    assert all(PROBLEM_LINE.match(line) for line in result.problems), result.problems
    assert result.saved is None
    assert state(engine) == before


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/big.xml", b"\0" * (sheets.MAX_UNPACKED_BYTES + 1))
    return buffer.getvalue()


RAW = [
    ("csv text", lambda t: b"indicator_id,value\nt-count,1\n", "fișierul: nu este un fișier Excel"),
    ("truncated xlsx", lambda t: t[: len(t) // 2], "fișierul: nu este un fișier Excel"),
    ("empty file", lambda t: b"", "fișierul: nu este un fișier Excel"),
    ("zip, not xlsx", lambda t: _zip_of(b"hello"), "fișierul: nu este un fișier Excel"),
    ("oversized", lambda t: t + b"\0" * sheets.MAX_BYTES, "fișierul: are 5,0 MB, peste"),
    ("zip bomb", lambda t: _zip_bomb(), "fișierul: conținutul dezarhivat depășește 50 MB"),
    ("blank template", lambda t: t, "fișierul: nu conține niciun rând de date"),
]


def _zip_of(content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", content)
    return buffer.getvalue()


@pytest.mark.parametrize(("case", "make", "expected"), RAW, ids=[r[0] for r in RAW])
def test_files_that_are_not_a_filled_template_are_refused(
    engine, catalog, template, case, make, expected
):
    before = state(engine)
    result = excel.import_report(make(template), user="ana", catalog=catalog, engine=engine)
    assert [line[: len(expected)] for line in result.problems] == [expected], result.problems
    assert state(engine) == before


def test_oversized_path_is_refused_before_reading(tmp_path, catalog):
    path = tmp_path / "mare.xlsx"
    path.write_bytes(b"\0" * (sheets.MAX_BYTES + 1))
    rows, problems = excel.validate_report(path, catalog=catalog)
    assert rows == [] and problems == ["fișierul: are 5,0 MB, peste limita de 5 MB"]


def test_every_problem_is_listed_at_once(catalog, template):
    def edit(ws):
        ws["A2"] = "t-nope"
        ws["G3"] = 150
        ws["G5"] = -1

    rows, problems = excel.validate_report(
        fill(template, {"t-count": 5}, edit=edit), catalog=catalog
    )
    assert rows == []
    assert [p.split(":")[0] for p in problems] == [
        "rândul 2, coloana A (indicator_id)",
        "rândul 3, coloana G (value)",
        "rândul 5, coloana G (value)",
    ]


def test_expected_plan_and_period_are_enforced(catalog, template):
    filled = fill(template, {"t-count": 1})
    _, problems = excel.validate_report(filled, period_end=H2, catalog=catalog)
    assert problems == [
        "rândul 2, coloana F (period_end): perioada 30.06.2022 diferă de perioada aleasă, "
        "31.12.2022"
    ]
    _, problems = excel.validate_report(filled, plan_id="strategy_2025_2034", catalog=catalog)
    assert problems[0].startswith("rândul 2, coloana A (indicator_id): indicatorul „t-count”")


def test_period_written_as_text_and_columns_in_another_order_are_accepted(catalog, template):
    def edit(ws):
        ws.move_range("G1:G6", cols=3)  # value moves to column J
        ws["F2"] = "2022-06-30"

    rows, problems = excel.validate_report(
        fill(template, {"t-count": 3}, edit=edit), catalog=catalog
    )
    assert problems == []
    assert [(r.indicator_id, r.period_end, r.value) for r in rows] == [("t-count", H1, 3.0)]


def test_blank_rows_are_skipped(catalog, template):
    def edit(ws):
        ws.insert_rows(3, amount=2)

    rows, problems = excel.validate_report(
        fill(template, {"t-pct": 50}, edit=edit), catalog=catalog
    )
    assert problems == [] and [r.indicator_id for r in rows] == ["t-pct"]
