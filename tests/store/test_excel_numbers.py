"""Numbers as people type them, macros, file types, comments and duplicates in an upload."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from store import api, excel, messages, sheets
from tests.store.conftest import state
from tests.store.excel_support import fill, row_of

H1 = date(2022, 6, 30)


@pytest.mark.parametrize(
    ("text", "number", "had_percent"),
    [
        ("37,5", 37.5, False),
        ("1.200", 1200.0, False),
        ("1.200,5", 1200.5, False),
        ("12.345.678", 12345678.0, False),
        ("1 200", 1200.0, False),
        ("1\u00a0200,25", 1200.25, False),
        ("0,75", 0.75, False),
        ("0,125", 0.125, False),
        ("75%", 75.0, True),
        ("75 %", 75.0, True),
        ("37,5 %", 37.5, True),
        (" 42 ", 42.0, False),
    ],
)
def test_romanian_text_numbers_are_read(text, number, had_percent):
    assert sheets.parse_number_text(text) == (number, None, had_percent)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1,200", "este ambiguu: 1,2"),  # Romanian 1,2 or English 1200?
        ("12.5", "punctul separă miile"),
        ("0.750", "punctul separă miile"),
        ("1,200.5", "nu este un număr"),
        ("1.20", "punctul separă miile"),
        ("unu", "nu este un număr"),
        ("\u0663", "nu este un număr"),  # an Arabic-Indic three is not an ASCII digit
        ("-3", "valoare negativă"),
        ("%", "nu este un număr"),
    ],
)
def test_ambiguous_or_wrong_text_is_refused_with_the_reason(text, reason):
    number, problem, _ = sheets.parse_number_text(text)
    assert number is None and problem is not None and reason in problem


def _percent_cell(indicator_id: str, value: object, number_format: str = "0%"):
    def edit(ws):
        cell = ws[f"G{row_of(ws, indicator_id)}"]
        cell.value = value
        cell.number_format = number_format

    return edit


def test_percent_cells_are_read_as_percent_for_percent_indicators(engine, catalog):
    template = excel.template_bytes("plan_2022", H1, catalog=catalog)
    upload = fill(template, {"t-count": "1.200"}, edit=_percent_cell("t-pct", 0.755, "0.0%"))
    result = excel.import_report(upload, user="ana", dry_run=True, catalog=catalog, engine=engine)
    assert result.problems == []
    assert dict(zip(result.preview["indicator_id"], result.preview["new_value"], strict=True)) == {
        "t-count": 1200.0,
        "t-pct": 75.5,
    }


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_percent_cell("t-count", 0.75), "rândul 2, coloana G (value): 75 % este scris ca procent"),
        (_percent_cell("t-count", "75%", "General"), "rândul 2, coloana G (value): 75% este scris"),
        (_percent_cell("t-pct", 1.2), "rândul 3, coloana G (value): 120 depășește 100"),
    ],
)
def test_percent_is_refused_where_it_cannot_be_meant(engine, catalog, edit, expected):
    template = excel.template_bytes("plan_2022", H1, catalog=catalog)
    before = state(engine)
    result = excel.import_report(fill(template, {}, edit=edit), user="ana", catalog=catalog,
                                 engine=engine)  # fmt: skip
    assert any(line.startswith(expected) for line in result.problems), result.problems
    assert state(engine) == before


def test_a_duplicate_whose_first_copy_is_empty_is_refused(engine, catalog):
    template = excel.template_bytes("plan_2022", H1, catalog=catalog)

    def copy_row(ws):
        target = ws.max_row + 1
        for column in "ABCDEFGH":
            ws[f"{column}{target}"] = ws[f"{column}3"].value  # t-pct, no value
        ws[f"G{target}"] = 40

    result = excel.import_report(fill(template, {"t-count": 5}, edit=copy_row), user="ana",
                                 catalog=catalog, engine=engine)  # fmt: skip
    assert result.problems == ["rândul 7, coloana A (indicator_id): „t-pct” apare de mai multe ori "
                               "(prima dată pe rândul 3)"]  # fmt: skip


def test_a_formula_comment_is_kept_as_text_and_neutralised_on_export(engine, catalog):
    from display.export import to_csv_bytes

    template = excel.template_bytes("plan_2022", H1, catalog=catalog)
    upload = fill(template, {"t-count": 5}, comments={"t-count": '=HYPERLINK("http://x")'})
    result = excel.import_report(upload, user="ana", catalog=catalog, engine=engine)
    assert result.problems == []
    frame = api.values_frame(engine=engine)
    assert frame["comment"].tolist() == ['=HYPERLINK("http://x")']
    assert "'=HYPERLINK" in to_csv_bytes(frame).decode("utf-8-sig")


def _with_part(data: bytes, name: str, content: bytes = b"VBA") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("part", ["xl/vbaProject.bin", "xl/VBAPROJECT.BIN"])
def test_a_macro_workbook_is_refused_whatever_its_name(engine, catalog, part):
    template = excel.template_bytes("plan_2022", H1, catalog=catalog)
    upload = _with_part(fill(template, {"t-count": 5}), part)
    result = excel.import_report(upload, user="ana", catalog=catalog, engine=engine,
                                 filename="raport.xlsx")  # fmt: skip
    assert result.problems == [f"fișierul: {messages.MACROS}"]
    assert api.values_frame(engine=engine).empty


@pytest.mark.parametrize("name", ["raport.xlsm", "raport.xls", "raport.csv", "raport"])
def test_a_file_that_is_not_xlsx_is_refused_in_romanian(catalog, name):
    template = excel.template_bytes("plan_2022", H1, catalog=catalog)
    rows, problems = excel.validate_report(template, catalog=catalog, filename=name)
    assert rows == []
    assert problems == [f"fișierul: „{name}” nu este un fișier .xlsx; încărcați machetul Excel "
                        "descărcat de aici"]  # fmt: skip


SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_workbook_saved_by_libreoffice_imports_as_the_preview_says(engine, catalog, tmp_path):
    """Percent cells and Romanian-typed text numbers survive a LibreOffice round trip."""
    template = excel.template_bytes("plan_2022", H1, catalog=catalog)
    filled = fill(template, {"t-count": "1.200", "t-max": "37,5", "t-bool": 1},
                  edit=_percent_cell("t-pct", 0.75))  # fmt: skip
    source = tmp_path / "in" / "raportare.xlsx"
    source.parent.mkdir()
    source.write_bytes(filled)
    libreoffice_convert(source, tmp_path / "out", tmp_path / "profile")
    saved = (tmp_path / "out" / "raportare.xlsx").read_bytes()
    assert saved != filled
    ws = load_workbook(io.BytesIO(saved))["raportare"]
    assert "%" in ws[f"G{row_of(ws, 't-pct')}"].number_format
    result = excel.import_report(saved, user="ana", dry_run=True, catalog=catalog, engine=engine)
    assert result.problems == []
    expected = {"t-count": 1200.0, "t-pct": 75.0, "t-bool": 1.0, "t-max": 37.5}
    preview = dict(zip(result.preview["indicator_id"], result.preview["new_value"], strict=True))
    assert preview == expected
    excel.import_report(saved, user="ana", catalog=catalog, engine=engine)
    stored = api.values_frame(engine=engine)
    assert dict(zip(stored["indicator_id"], stored["value"], strict=True)) == expected


def libreoffice_convert(source: Path, outdir: Path, profile: Path) -> None:
    """`soffice --headless --convert-to xlsx` with a private profile (no clash with others)."""
    subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
