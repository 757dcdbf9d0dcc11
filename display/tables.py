"""Turn metric frames into what a user reads and downloads: chosen columns, localised headers
and category labels; numbers stay numbers."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import pandas as pd

from display.fmt import (
    DASH,
    cell_text,
    column_decimals,
    fmt_date,
    fmt_value,
    is_plain_integer_column,
    plain_integer,
)
from domain import schemas
from domain.columns import label
from domain.enums import GLOSSES
from domain.plans import document_title
from readers import catalogue

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

Tr = Callable[..., str]

# Columns whose values are codes with a translated label: column → string-key prefix.
ENUM_PREFIX = {
    "component": "component.",
    "service_type": "stype.",
    "occupancy_status": "status.",
    "location_confidence": "location.",
}


def display_frame(
    frame: pd.DataFrame,
    columns: Mapping[str, str],
    tr: Tr,
    *,
    enums: Mapping[str, str] = ENUM_PREFIX,
) -> pd.DataFrame:
    """Select `columns` (name → header string key), translate enum values and headers."""
    out = frame[list(columns)].copy()
    for name in columns:
        prefix = enums.get(name)
        if prefix:
            out[name] = out[name].map(lambda v, p=prefix: tr(p + str(v)) if pd.notna(v) else v)
    out.columns = [tr(key) for key in columns.values()]
    return out.reset_index(drop=True)


def blank_text(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its missing text cells empty: a grid never shows them as "None" (numbers
    stay numbers; their gaps are drawn by `styled`/`as_text`)."""
    out = frame.copy()
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if (column.dtype == object or pd.api.types.is_string_dtype(column)) and bool(
            column.isna().any()
        ):
            out.isetitem(position, column.astype(object).where(column.notna(), ""))
    return out


def labelled_columns(frame: pd.DataFrame, table: str | None, lang: str) -> pd.DataFrame:
    """`frame` with every contract column renamed to its label (domain registry); `None`/`nan`
    cells shown empty."""

    out = frame.rename(columns={c: label(str(c), lang, table) for c in frame.columns})
    return out.astype(object).where(out.notna(), "")


DATE_FIELDS = ("deadline", "due_date", "date", "period_end")  # written 2022-12-31 or 2029


def amount_fields(table: str | None) -> set[str]:
    """The columns of a curated table that hold amounts or counts (float in its contract):
    written 3.431,10; whole-number codes, years and row numbers stay as written."""

    schema = getattr(schemas, str(table).upper(), None)
    if schema is None:
        return set()
    return {n for n, c in schema.columns.items() if str(c.dtype) == "float64"}


def readable_value(field: str, value: object, lang: str, *, amount: bool = False) -> str:
    """One stored value as a reader reads it: a plan by its title (never its id), dates
    31.12.2022, an `amount` 3.431,10 or 900 (never 3431.1 or 900.0), anything else as
    written, empty as ""."""

    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return ""
    text = str(value).strip()
    if text == "":
        return ""
    if field == "source_doc":
        return document_title(text)
    if field == "plan_id":
        try:
            return str(catalogue.plan_row(text)["title"])
        except KeyError:
            return text
    if field in DATE_FIELDS:
        try:
            return fmt_date(text, lang)
        except ValueError:
            return text
    if not amount:
        return text
    try:
        number = float(text)
    except ValueError:
        return text
    return fmt_value(number, lang) if number == number else ""


def readable_columns(frame: pd.DataFrame, table: str | None, lang: str) -> pd.DataFrame:
    """`labelled_columns` as a reader reads the cells (`readable_value`): for the grids of /date
    (the downloads keep the stored values)."""
    out, amounts = frame.copy(), amount_fields(table)
    for name in out.columns:
        out[name] = [readable_value(str(name), v, lang, amount=name in amounts) for v in out[name]]
    return labelled_columns(out, table, lang)


def parsed_fields(row: pd.Series, fields: list[str], tr: Tr, lang: str) -> pd.DataFrame:
    """One record as (field label, value) rows: enumerated values in words, a plan by its
    title, numbers and dates as the reader writes them, empty as "—"."""

    amounts = amount_fields("indicators")

    def shown(field: str) -> str:
        text = readable_value(field, row[field], lang, amount=field in amounts)
        if text == "":
            return "—"
        return GLOSSES.get(field, {}).get(text, text) if lang == "ro" else text

    return pd.DataFrame(
        {
            tr("data.field"): [label(f, lang, "indicators") for f in fields],
            tr("data.value"): [shown(f) for f in fields],
        }
    )


def readable(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A labelled frame for a short table a person reads whole: missing text blank, numbers of
    a column with gaps as formatted text with "–" for the gaps (never "None" or "nan")."""

    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if not column.isna().any():
            continue
        if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
            out[name] = column.map(lambda v: DASH if pd.isna(v) else fmt_value(v, lang)).astype(str)
        else:
            out[name] = column.astype(object).where(column.notna(), "").astype(str)
    return out


MISSING = DASH  # a cell with no value, in every grid (as fmt_date and fmt_value write it)
# Headers of columns that hold the values or targets of different indicators, each in its own
# unit: a count there is written 1.062, never 1.062,00 because a percent beside it has decimals.
MIXED_VALUES = re.compile(
    r"(?i)\b(valoare|valoarea|ținta|ținte|target|value|realizat|actual|decalaj|gap)\b"
)


def number_formats(frame: pd.DataFrame, lang: str) -> dict[object, Callable[[object], str]]:
    """Per numeric column, how a reader sees its values — the cell formats the council pack
    uses (`display.fmt.cell_text`): 1.234 and 35,37 in Romanian, years and codes plain (2022,
    20297), empty for a missing value."""

    formats: dict[object, Callable[[object], str]] = {}
    for column in frame.columns:
        values = frame[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        if is_plain_integer_column(column, values):
            formats[column] = plain_integer
        else:  # values of several indicators (counts beside percents): each cell its own
            mixed = MIXED_VALUES.search(str(column)) is not None
            formats[column] = functools.partial(
                cell_text, lang=lang, decimals=None if mixed else column_decimals(values)
            )
    return formats


def styled(frame: pd.DataFrame, lang: str) -> pd.DataFrame | Styler:
    """`frame` as a sortable grid shows it in the reader's language (`number_formats`), a
    missing cell as "—" (never the grid's "None"); the values stay numbers, so columns still
    sort as numbers."""
    formats = number_formats(frame, lang)
    if not frame.columns.is_unique or not (formats or frame.isna().to_numpy().any()):
        return frame
    return frame.style.format(formats, na_rep=MISSING)  # one pass over the frame


def as_text(frame: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, list[str]]:
    """`frame` with its numbers written as the reader reads them, and the columns to align
    right: for the small data table under a chart (cheaper to send than a styled grid; the
    downloads keep the numbers)."""
    formats = number_formats(frame, lang)
    if not frame.columns.is_unique:
        return frame, []
    out = frame.astype(object).where(frame.notna(), MISSING)  # never the grid's "None"
    for column, shown in formats.items():
        out[column] = frame[column].map(lambda v, f=shown: MISSING if pd.isna(v) else f(v))
    return out, [str(c) for c in formats]
