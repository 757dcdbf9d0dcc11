"""Texts shared by the deck and the report: table cells formatted per language, the footer."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

import pandas as pd

from display.fmt import (  # the cell formats of every table, screen and pack alike
    cell_text,
    column_decimals,
    fmt_date,
    is_plain_integer_column,
    plain_integer,
)
from display.i18n import t
from display.inert import cut
from pack.model import PackSpec

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


NUMBER_CELL = re.compile(r"^[\d\s.,%+−–-]*$")  # a number, a row number, a range, or empty
MAX_KEY_COLUMNS = 2  # "Nr. crt." and the name: what a continued table repeats


def key_columns(rows: list[list[str]]) -> list[int]:
    """The leading columns that say what a row is: every column up to the first one of text
    (the row number, then the name), at most MAX_KEY_COLUMNS; the first column at least."""
    width = len(rows[0]) if rows else 1
    for c in range(min(width, MAX_KEY_COLUMNS)):
        if any(not NUMBER_CELL.match(row[c]) for row in rows):
            return list(range(c + 1))
    return [0]


def column_groups(
    header: list[str], rows: list[list[str]] | None = None, size: int = COLUMNS_PER_TABLE
) -> list[list[int]]:
    """Column indexes in groups that fit a page across: the columns that name a row
    (`key_columns`: „Nr. crt.” and the name) in every group, the others a groupful at a
    time — a wide table continues on the next page instead of squeezing its columns."""
    if len(header) <= size:
        return [list(range(len(header)))]
    key = key_columns(rows or [])
    rest = list(range(len(key), len(header)))
    step = size - len(key)
    return [[*key, *rest[i : i + step]] for i in range(0, len(rest), step)]


def row_lines(row: list[str], chars: list[int]) -> int:
    """Lines the tallest cell of `row` takes when its column holds `chars[c]` characters a
    line (words kept whole)."""
    return max(
        (
            len(textwrap.wrap(cell, max(width, 1))) or 1
            for cell, width in zip(row, chars, strict=True)
        ),
        default=1,
    )


def fitted_chunks(
    header: list[str],
    rows: list[list[str]],
    chars: list[int],
    *,
    height: float,
    line: float,
    padding: float,
    min_row: float = 0.0,
    max_rows: int = ROWS_PER_TABLE_SLIDE,
) -> Iterator[list[list[str]]]:
    """Rows in slices that fit `height` with the header repeated on each: a row is its wrapped
    lines × `line` + `padding` (at least `min_row`) tall, its column c holding `chars[c]`
    characters a line; at most `max_rows` rows a slice, a row too tall for one goes alone (at
    least one slice, even when empty)."""

    def tall(row: list[str]) -> float:
        return max(min_row, row_lines(row, chars) * line + padding)

    part: list[list[str]] = []
    used = tall(header)
    for row in rows:
        size = tall(row)
        if part and (used + size > height or len(part) >= max_rows):
            yield part
            part, used = [], tall(header)
        part.append(row)
        used += size
    yield part


def pick(rows: list[list[str]], columns: list[int]) -> list[list[str]]:
    """The cells of `columns` in every row."""
    return [[row[c] for c in columns] for row in rows]
