"""Texts shared by the deck and the report: table cells formatted per language, the footer."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pandas as pd

from pack.model import PackSpec
from ui.fmt import fmt_date, fmt_number, fmt_value
from ui.i18n import t

ROWS_PER_TABLE_SLIDE = 14


def cell_text(value: object, lang: str) -> str:
    """A table cell as text: numbers in the language's format (whole → no decimals), NaN → ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, int):
        return fmt_number(value, 0, lang)
    if isinstance(value, float):
        return "" if math.isnan(value) else fmt_value(value, lang)
    if value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return fmt_date(value.date(), lang)
    if hasattr(value, "item"):  # numpy scalars
        return cell_text(value.item(), lang)  # type: ignore[attr-defined]
    return str(value)


def table_rows(table: pd.DataFrame, lang: str) -> list[list[str]]:
    """Every row of `table` as formatted text cells."""
    return [[cell_text(v, lang) for v in row] for row in table.itertuples(index=False)]


def chunks(rows: list[list[str]], size: int = ROWS_PER_TABLE_SLIDE) -> Iterator[list[list[str]]]:
    """Rows in slices of `size` (at least one slice, even when empty)."""
    if not rows:
        yield []
        return
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def filters_text(spec: PackSpec) -> str:
    """`Componentă: Toate componentele` — the active filters on one line."""
    return " · ".join(f"{label}: {value}" for label, value in spec.filters)


def created_text(spec: PackSpec) -> str:
    """The creation time, in the language's date format."""
    return f"{fmt_date(spec.created_at, spec.lang)} {spec.created_at:%H:%M}"


def footer_text(spec: PackSpec) -> str:
    """The line printed at the foot of every slide and page: filters, as of, pack id."""
    return " · ".join([filters_text(spec), spec.as_of, t("pack.id", spec.lang, id=spec.pack_id)])


def sources(spec: PackSpec) -> list[str]:
    """The distinct sources of the pack's charts, in order of first appearance."""
    return list(dict.fromkeys(v.source for v in spec.charts if v.source))
