"""Years and codes are never printed with a thousands separator (`2028`, not `2.028`): on chart
axes, in pack tables, in Excel downloads."""

from __future__ import annotations

import pandas as pd
import pytest

from display import charts
from display.fmt import is_plain_integer_column
from pack.text import table_rows


def test_year_categories_stay_categories():
    fig = charts.grouped_bars(["2026", "2028", "2030"], [("Ținte", [1, 2, 3], "#009E73")])
    assert fig.layout.xaxis.type == "category"


@pytest.mark.parametrize(
    ("name", "values", "plain"),
    [
        ("Anul registrului", [2022, 2023], True),
        ("Year", [2028.0, None], True),
        ("An", [2028], True),
        ("UAT (cod SIRUTA)", [20297, 22845], True),
        ("Nr. crt.", [1, 12], True),
        ("as_of_year", [2028], True),
        ("Termen", [2026, 2030], True),  # every value a year
        ("Capacitate (locuri)", [12, 2000], False),
        ("Buget (mii lei)", [1999.5, 2001.25], False),
        ("Anexă", [1, 20000], False),
        ("Componentă", ["Copii", "Vârstnici"], False),
    ],
)
def test_years_and_codes_are_recognised(name, values, plain):
    assert is_plain_integer_column(name, pd.Series(values)) is plain


def test_pack_tables_print_years_and_codes_plain():
    table = pd.DataFrame(
        {"An": [2028, 2030], "UAT (cod SIRUTA)": [20297, 22845], "Locuri": [1200, 35]}
    )
    assert table_rows(table, "ro") == [["2028", "20297", "1.200"], ["2030", "22845", "35"]]
