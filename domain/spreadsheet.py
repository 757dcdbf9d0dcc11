"""The one rule for text cells a spreadsheet would run as a formula: every download and every
exported catalogue writes them with an apostrophe in front (`'=1+1` is read as text)."""

from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            out[column] = series.map(safe_cell)
    out.columns = [safe_cell(str(c)) for c in out.columns]
    return out


def safe_cell(value: object) -> object:
    """`value` with an apostrophe in front when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
