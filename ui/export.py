"""Downloads: the data behind a chart as CSV or Excel, with spreadsheet formulas neutralised and
times in Bucharest time."""

from __future__ import annotations

import io

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LOCAL_ZONE = "Europe/Bucharest"


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            out[column] = series.map(_safe_cell)
    out.columns = [_safe_cell(str(c)) for c in out.columns]
    return out


def _safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a BOM (so Excel reads the diacritics), formulas neutralised."""
    return neutralise_formulas(frame).to_csv(index=False).encode("utf-8-sig")


def to_excel_bytes(frame: pd.DataFrame, *, sheet: str = "date") -> bytes:
    """An .xlsx workbook with one sheet, formulas neutralised."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        local = local_times(neutralise_formulas(frame))  # Excel refuses timezone-aware times
        local.to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()


def to_csv_bytes_ro(frame: pd.DataFrame) -> bytes:
    """CSV that a Romanian-locale Excel or LibreOffice opens as it is: `;` between fields,
    decimal comma, UTF-8 with a BOM; formulas neutralised, times in Bucharest time."""
    local = local_times(neutralise_formulas(frame))
    return local.to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")


def local_times(frame: pd.DataFrame, zone: str = LOCAL_ZONE) -> pd.DataFrame:
    """Timezone-aware columns as naive local (Bucharest) times: Excel keeps no time zone, and
    a reader of the file reads the clock on the wall."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if isinstance(series.dtype, pd.DatetimeTZDtype):
            out[column] = series.dt.tz_convert(zone).dt.tz_localize(None)
    return out
