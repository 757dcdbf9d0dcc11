"""Downloads: the data behind a chart as CSV or Excel, with spreadsheet formulas neutralised and
times in Bucharest time."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pandas as pd
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from display.fmt import is_plain_integer_column
from domain.file_names import file_stem as stem_of
from domain.spreadsheet import neutralise_formulas, safe_cell

LOCAL_ZONE = "Europe/Bucharest"
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_COLUMN_WIDTH = 60
# Excel number formats (shown in the reader's locale: 1.234,50 in a Romanian Excel)
INTEGER_FORMAT, DECIMAL_FORMAT, PLAIN_FORMAT = "#,##0", "#,##0.00", "0"


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a BOM (so Excel reads the diacritics), formulas neutralised, arithmetic
    noise rounded away (`79.6`, not `79.60000000000001`); whole floats stay floats (`1.0`)."""
    plain = rounded(frame, whole_as_int=False)  # a machine CSV keeps its column types
    return neutralise_formulas(plain).to_csv(index=False).encode("utf-8-sig")


MAX_DECIMALS = 2  # as the screen prints a fractional column (display.fmt.column_decimals): 91433,33


def decimals_of(column: pd.Series) -> int:
    """The decimals a float column is written with: the fewest (up to two) that hold every
    value (`79.60000000000001` and `1.2` → 1; whole numbers → 0)."""
    values = column.dropna().astype("float64")
    for places in range(MAX_DECIMALS + 1):
        if bool(((values - values.round(places)).abs() <= 1e-9 * values.abs().clip(lower=1)).all()):
            return places
    return MAX_DECIMALS


def rounded(frame: pd.DataFrame, *, whole_as_int: bool = True) -> pd.DataFrame:
    """Float columns rounded to their decimals (`decimals_of`): arithmetic noise such as
    `79,60000000000001` never reaches a download, and whole numbers (counts) are written
    without decimals (`1062`, not `1062,0`)."""
    out = frame.copy()
    for position in range(out.shape[1]):
        series = out.iloc[:, position]
        if pd.api.types.is_float_dtype(series):
            places = decimals_of(series)
            whole = whole_as_int and places == 0 and bool(series.dropna().abs().lt(2**53).all())
            out.isetitem(
                position, series.round(0).astype("Int64") if whole else series.round(places)
            )
    return out


DATE_TEXT = re.compile(r"^(\d{2})[./](\d{2})[./](\d{4})$")
DATE_FORMAT = "DD.MM.YYYY"


def text_dates(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[int]]:
    """Columns of dates written as text (`31.12.2022`, `31/12/2022`; blanks allowed) as real
    dates, and their positions: a spreadsheet sorts and filters them as dates."""
    out, positions = frame.copy(), []
    for position in range(out.shape[1]):
        series = out.iloc[:, position]
        if not (series.dtype == object or pd.api.types.is_string_dtype(series)):
            continue
        texts = series.dropna().astype(str).str.strip()
        texts = texts[~texts.isin(["", "–", "—"])]
        matches = texts.str.match(DATE_TEXT.pattern)
        if texts.empty or not bool(matches.all()):
            continue
        parsed = pd.to_datetime(
            texts.str.replace("/", ".", regex=False), format="%d.%m.%Y", errors="coerce"
        )
        if parsed.isna().any():
            continue
        dates = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns]")
        dates[parsed.index] = parsed
        out.isetitem(position, dates)
        positions.append(position)
    return out, positions


def sheet_name(text: str) -> str:
    """A valid Excel sheet name from a title: no `[]:*?/\\`, at most 31 characters, cut at a
    word when the title is longer ("Capacitate început, acum și", not "… și țin")."""
    cleaned = " ".join(SHEET_FORBIDDEN.sub(" ", text).split())
    if len(cleaned) > 31:
        head = cleaned[:32]
        cleaned = head.rsplit(" ", 1)[0] if " " in head else cleaned[:31]
    return cleaned.strip(" ,;:–-") or "date"


def file_stem(text: str) -> str:
    """A download's file name from a title (`domain.file_names`), `date` when nothing is left."""
    return stem_of(text) or "date"


def download_name(
    name: str,
    *,
    page: str = "",
    year: object = None,
    plan_years: str = "",
    component: str | None = None,
) -> str:
    """A download's file name (without extension), ASCII: the page, what it holds, the registry
    year or the plan's years, the component — `servicii-ocupare-2023-copii`; parts already in
    `name` are not repeated."""
    stem = file_stem(name)
    parts = [] if not page or stem.startswith(file_stem(page)) else [file_stem(page)]
    parts.append(stem)
    for extra in (
        "" if year in (None, "") else str(year),
        file_stem(plan_years.replace("–", "-")) if plan_years else "",
        file_stem(component) if component else "",
    ):
        if extra and extra not in "-".join(parts):
            parts.append(extra)
    return "-".join(p for p in parts if p)[:120] or "date"


def number_format(name: object, column: pd.Series) -> str | None:
    """The Excel number format of a column: years and codes plain, whole numbers with a
    thousands separator, fractions with two decimals; None for text."""
    if not pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        return None
    if is_plain_integer_column(name, column):
        return PLAIN_FORMAT
    values = column.dropna()
    return DECIMAL_FORMAT if bool((values != values.round()).any()) else INTEGER_FORMAT


def _column_width(name: object, column: pd.Series) -> float:
    texts = [str(name), *(str(v) for v in column.head(500).dropna())]
    return min(max(len(t) for t in texts) + 2, MAX_COLUMN_WIDTH)


def _dress(ws: Worksheet, frame: pd.DataFrame, header_row: int, title_lines: Sequence[str]) -> None:
    """Title lines (the first bold), bold header, number formats, widths, frozen header."""
    for i, line in enumerate(title_lines, start=1):
        ws.cell(row=i, column=1, value=line).font = Font(bold=i == 1, size=13 if i == 1 else 10)
    for c, name in enumerate(frame.columns, start=1):
        ws.cell(row=header_row, column=c).font = Font(bold=True)
        letter = get_column_letter(c)
        ws.column_dimensions[letter].width = _column_width(name, frame.iloc[:, c - 1])
        fmt = (
            DATE_FORMAT
            if pd.api.types.is_datetime64_any_dtype(frame.iloc[:, c - 1])
            else number_format(name, frame.iloc[:, c - 1])
        )
        if fmt:
            for r in range(header_row + 1, header_row + 1 + len(frame)):
                ws.cell(row=r, column=c).number_format = fmt
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def to_excel_bytes(
    frame: pd.DataFrame, *, sheet: str = "date", title_lines: Sequence[str] = ()
) -> bytes:
    """An .xlsx workbook with one sheet, formulas neutralised: optional title lines (chart,
    filters, source, date) above the table, then a bold header, number formats and widths."""
    buffer = io.BytesIO()
    lines = [safe_cell(line) for line in title_lines]
    header_row = len(lines) + 2 if lines else 1  # a blank row between the title and the table
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        local = local_times(neutralise_formulas(frame))  # Excel refuses timezone-aware times
        local, _dates = text_dates(local)
        name = sheet_name(sheet)
        local.to_excel(writer, sheet_name=name, index=False, startrow=header_row - 1)
        _dress(writer.sheets[name], local, header_row, [str(line) for line in lines])
    return buffer.getvalue()


def to_csv_bytes_ro(frame: pd.DataFrame) -> bytes:
    """CSV that a Romanian-locale Excel or LibreOffice opens as it is: `;` between fields,
    decimal comma, UTF-8 with a BOM; formulas neutralised, times in Bucharest time."""
    local = local_times(neutralise_formulas(rounded(frame)))
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
