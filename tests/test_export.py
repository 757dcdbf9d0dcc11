"""Downloads neutralise spreadsheet formulas and keep diacritics."""

import io

import openpyxl
import pandas as pd

from ui.export import neutralise_formulas, to_csv_bytes, to_excel_bytes


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
