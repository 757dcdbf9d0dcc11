"""Texts shared by the deck and the report: table cells formatted per language, the footer."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from pack.model import PackSpec
from ui.fmt import (  # the cell formats of every table, screen and pack alike
    cell_text,
    column_decimals,
    fmt_date,
    is_plain_integer_column,
    plain_integer,
)
from ui.i18n import t
from ui.inert import cut

ROWS_PER_TABLE_SLIDE = 10  # rows whose long names wrap to two lines still fit a slide


COLUMNS_PER_TABLE = 8  # columns a slide or page shows across, readable
CELL_CHARS = 240  # a cell's text on a slide or page, cut at a word: one row always fits a page
LINE_CHARS = 400  # a title, filter or source line, cut at a word


def table_rows(table: pd.DataFrame, lang: str) -> list[list[str]]:
    """Every row of `table` as formatted text cells, one number format per column; years and
    codes without a thousands separator."""
    columns = [table.iloc[:, i] for i in range(table.shape[1])]
    plain = [
        is_plain_integer_column(name, col) for name, col in zip(table.columns, columns, strict=True)
    ]
    decimals = [column_decimals(col) for col in columns]
    return [
        [
            plain_integer(v) if p else cut(cell_text(v, lang, d), CELL_CHARS)
            for v, d, p in zip(row, decimals, plain, strict=True)
        ]
        for row in table.itertuples(index=False)
    ]


def line(text: object, limit: int = LINE_CHARS) -> str:
    """A text from data as one printed line of a slide or page: control and bidi characters
    removed, cut at a word when longer than `limit` (a 3.000-character name does not fit)."""
    return cut(text, limit)


def chunks(rows: list[list[str]], size: int = ROWS_PER_TABLE_SLIDE) -> Iterator[list[list[str]]]:
    """Rows in slices of `size` (at least one slice, even when empty)."""
    if not rows:
        yield []
        return
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def filters_text(spec: PackSpec) -> str:
    """`Componentă: Toate componentele` — the active filters on one line."""
    return line(" · ".join(f"{label}: {value}" for label, value in spec.filters))


def created_text(spec: PackSpec) -> str:
    """The creation time, in the language's date format."""
    return f"{fmt_date(spec.created_at, spec.lang)} {spec.created_at:%H:%M}"


def footer_text(spec: PackSpec) -> str:
    """The line printed at the foot of every slide and page: filters, as of, pack id."""
    return " · ".join([filters_text(spec), spec.as_of, t("pack.id", spec.lang, id=spec.pack_id)])


def demo_mark(spec: PackSpec) -> str | None:
    """The mark every slide and page carries when the pack shows demonstration values."""
    return t("pack.demo_mark", spec.lang) if spec.demo else None


def sources(spec: PackSpec) -> list[str]:
    """The distinct sources of the pack's charts, in order of first appearance."""
    return list(dict.fromkeys(line(v.source) for v in spec.charts if v.source))


def column_groups(header: list[str], size: int = COLUMNS_PER_TABLE) -> list[list[int]]:
    """Column indexes in groups that fit a page across: the first column (what the row is)
    in every group, the others `size - 1` at a time — a wide table continues on the next
    page instead of squeezing its columns to a few letters."""
    if len(header) <= size:
        return [list(range(len(header)))]
    rest = list(range(1, len(header)))
    return [[0, *rest[i : i + size - 1]] for i in range(0, len(rest), size - 1)]


def pick(rows: list[list[str]], columns: list[int]) -> list[list[str]]:
    """The cells of `columns` in every row."""
    return [[row[c] for c in columns] for row in rows]
