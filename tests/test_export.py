"""Downloads neutralise spreadsheet formulas and keep diacritics."""

import io

import openpyxl
import pandas as pd
import pytest

from display.export import (
    file_stem,
    neutralise_formulas,
    sheet_name,
    to_csv_bytes,
    to_csv_bytes_ro,
    to_excel_bytes,
)
from tests.app_pages import drawn


def test_formula_cells_are_neutralised():
    frame = pd.DataFrame(
        {"text": ["=1+1", "+A1", "-2+3", "@SUM(A1)", "Bacău"], "n": [1, 2, 3, 4, 5]}
    )
    safe = neutralise_formulas(frame)
    assert safe["text"].tolist() == ["'=1+1", "'+A1", "'-2+3", "'@SUM(A1)", "Bacău"]
    assert safe["n"].tolist() == [1, 2, 3, 4, 5]  # numbers (even negative ones) stay numbers


def test_csv_has_bom_and_diacritics():
    data = to_csv_bytes(pd.DataFrame({"UAT": ["Târgu Ocna"], "v": [1.5]}))
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Târgu Ocna" in data.decode("utf-8-sig")


def test_excel_round_trip_without_formulas():
    data = to_excel_bytes(pd.DataFrame({"a": ['=HYPERLINK("x")', "ș"], "b": [1.25, -3]}))
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values == [["a", "b"], ['\'=HYPERLINK("x")', 1.25], ["ș", -3]]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_excel_has_a_title_block_formats_and_widths():
    frame = pd.DataFrame(
        {
            "Componentă": ["Copii și familie", "Vârstnici"],
            "Buget (mii lei)": [27199276.13, 1500.5],
            "Locuri": [1200, 35],
            "Anul registrului": [2022, 2028],
            "UAT (cod SIRUTA)": [20297, 22845],
        }
    )
    lines = ["Bugetul pe componente", "Filtre: Componentă: Toate", "Sursa: plan", "Descărcat la 1"]
    data = to_excel_bytes(frame, sheet="Bugetul: pe [componente]?", title_lines=lines)
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    assert sheet.title == "Bugetul pe componente"
    assert [sheet.cell(row=i, column=1).value for i in range(1, 5)] == lines
    assert sheet.cell(row=1, column=1).font.bold
    header = [c.value for c in sheet[6]]
    assert header == list(frame.columns) and all(c.font.bold for c in sheet[6])
    formats = [c.number_format for c in sheet[7]]
    assert formats[1:] == ["#,##0.00", "#,##0", "0", "0"]  # years and codes never 2.028
    assert sheet.cell(row=7, column=2).value == 27199276.13  # numbers stay numbers
    assert sheet.freeze_panes == "A7"
    assert sheet.column_dimensions["A"].width >= len("Copii și familie")


def test_romanian_csv_opens_in_a_romanian_excel():
    frame = pd.DataFrame({"UAT": ["Târgu Ocna"], "Valoare": [1234.5], "An": [2028]})
    data = to_csv_bytes_ro(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ["UAT;Valoare;An", "Târgu Ocna;1234,5;2028"]


@pytest.mark.parametrize(
    ("title", "stem"),
    [("Bugetul județean pe componente (mii lei)", "bugetul-judetean-pe-componente-mii-lei"),
     ("Înțelesul: ", "intelesul"), ("", "date")],
)  # fmt: skip
def test_file_names_come_from_the_title(title, stem):
    assert file_stem(title) == stem


def test_sheet_names_are_valid():
    name = sheet_name("a/b\\c*d?e:f[g]h" * 5)
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\") and name.startswith("a b c")
    assert sheet_name("***") == "date"


def test_every_chart_offers_romanian_csv_plain_csv_and_excel():
    from streamlit.testing.v1 import AppTest

    from tests.app_pages import APP

    at = AppTest.from_file(str(APP), default_timeout=90)
    at.run()
    assert not at.exception
    labels = [b.label for b in at.main.get("download_button")]
    charts = len(drawn(at).shown)
    assert charts >= 2
    for label in ("Descarcă CSV", "Descarcă Excel", "CSV cu virgulă"):
        assert labels.count(label) == charts, labels


def test_a_long_title_becomes_a_sheet_name_cut_at_a_word():
    assert sheet_name("Capacitate: început, acum și țintă") == "Capacitate început, acum și"
    assert sheet_name("Bugetul județean pe componente (mii lei)") == (
        "Bugetul județean pe componente"
    )


def test_downloads_round_to_the_columns_decimals_and_counts_have_none():
    frame = pd.DataFrame(
        {
            "Valoare": [79.60000000000001, 1.200000000000002, 3.0],
            "Locuri": [1062.0, 2.0, None],
            "Cost": [46.56781, 46.1, 46.2],
        }
    )
    ro = to_csv_bytes_ro(frame).decode("utf-8-sig").splitlines()
    # two decimals at most, as the screen prints a fraction (no download has coordinates)
    assert ro == ["Valoare;Locuri;Cost", "79,6;1062;46,57", "1,2;2;46,1", "3,0;;46,2"]
    plain = to_csv_bytes(frame).decode("utf-8-sig").splitlines()
    assert plain[1:] == ["79.6,1062.0,46.57", "1.2,2.0,46.1", "3.0,,46.2"]


def test_excel_dates_written_as_text_become_real_dates():
    frame = pd.DataFrame(
        {"Indicator": ["a", "b", "c"], "Termen": ["31.12.2022", "30.06.2022", "–"]}
    )
    ws = openpyxl.load_workbook(io.BytesIO(to_excel_bytes(frame))).active
    cells = [ws.cell(row=r, column=2) for r in (2, 3, 4)]
    assert [c.value.date().isoformat() if c.value else None for c in cells] == [
        "2022-12-31", "2022-06-30", None,
    ]  # fmt: skip
    assert {c.number_format for c in cells} == {"DD.MM.YYYY"}
    # text that only looks like a date in some rows stays text
    mixed = pd.DataFrame({"Notă": ["31.12.2022", "în curs"]})
    ws = openpyxl.load_workbook(io.BytesIO(to_excel_bytes(mixed))).active
    assert ws.cell(row=2, column=1).value == "31.12.2022"


@pytest.mark.parametrize(
    ("name", "kw", "expected"),
    [
        ("servicii", {"page": "servicii", "year": 2023, "component": "copii"},
         "servicii-2023-copii"),
        ("indicatori", {"page": "obiective", "plan_years": "2025–2034"},
         "obiective-indicatori-2025-2034"),
        ("dezinstitutionalizare-2023", {"page": "dezinstitutionalizare", "year": 2023},
         "dezinstitutionalizare-2023"),
        ("Ocupare pe complexe (%)", {"page": "acasa", "year": "2022"},
         "acasa-ocupare-pe-complexe-2022"),
    ],
)  # fmt: skip
def test_download_names_carry_the_page_year_and_component(name, kw, expected):
    from display.export import download_name

    assert download_name(name, **kw) == expected
