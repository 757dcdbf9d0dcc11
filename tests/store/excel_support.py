"""Helpers for the template tests: fill a template as a person would, with openpyxl."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from store import excel


def column_letter(name: str, columns: list[str] = excel.REPORT_COLUMNS) -> str:
    """The letter of a template column."""
    return "ABCDEFGHIJ"[columns.index(name)]


def fill(
    template: bytes,
    values: Mapping[str, Any],
    *,
    comments: Mapping[str, str] | None = None,
    sheet: str = excel.REPORT_SHEET,
    id_column: str = "indicator_id",
    value_column: str = "value",
    columns: list[str] = excel.REPORT_COLUMNS,
    edit: Callable[[Worksheet], None] | None = None,
) -> bytes:
    """The template with `values` (and comments) typed into the rows of the given ids."""
    workbook = load_workbook(io.BytesIO(template))
    ws = workbook[sheet]
    id_letter = column_letter(id_column, columns)
    value_letter = column_letter(value_column, columns)
    for row in range(2, ws.max_row + 1):
        key = ws[f"{id_letter}{row}"].value
        if key in values:
            ws[f"{value_letter}{row}"] = values[key]
        if comments and key in comments:
            ws[f"{column_letter('comment', columns)}{row}"] = comments[key]
    if edit is not None:
        edit(ws)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def row_of(ws: Worksheet, indicator_id: str) -> int:
    """The spreadsheet row of an indicator."""
    for row in range(2, ws.max_row + 1):
        if ws[f"A{row}"].value == indicator_id:
            return row
    raise KeyError(indicator_id)
