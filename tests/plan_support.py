"""Plan workbooks for tests: the 2023 plan derived from the 2022 workbook as a clerk would."""

from __future__ import annotations

import io
from collections.abc import Callable

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

FIRST = 3  # first data row of every sheet


def edit_workbook(data: bytes, change: Callable[[openpyxl.Workbook], None]) -> bytes:
    """The workbook `data` after `change(workbook)`."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    change(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def columns(ws: Worksheet) -> dict[str, int]:
    """Column name (row 1) → 1-based column number."""
    return {str(c.value): c.column for c in ws[1] if c.value}


def find_row(ws: Worksheet, column: str, value: object) -> int:
    """The sheet row whose `column` holds `value`."""
    col = columns(ws)[column]
    for row in range(FIRST, ws.max_row + 1):
        if ws.cell(row, col).value == value:
            return row
    raise KeyError(value)


def set_meta(workbook: openpyxl.Workbook, **values: object) -> None:
    """Set keys of the `plan` sheet."""
    ws = workbook["plan"]
    for row in range(FIRST, ws.max_row + 1):
        key = ws.cell(row, 1).value
        if key in values:
            ws.cell(row, 2).value = values[key]


def set_cell(ws: Worksheet, key_column: str, key: object, column: str, value: object) -> None:
    """Set `column` of the row whose `key_column` is `key`."""
    ws.cell(find_row(ws, key_column, key), columns(ws)[column]).value = value


# The 2023 plan of the tests: from the 2022 workbook, hand-made changes (DESIGN.md yearly cycle)
CAPACITY_2023 = {"s44": 240, "s01": 14}  # Răcăciuni 300 → 240; Casa Gabriela 12 → 14
CLOSED_2023 = "s04"
NEW_SERVICE_2023 = "Centrul de zi Orizont"
TARGETS_2023 = {"p22-1.1.1-i1": 6.0, "p22-1.1.2-i1": 60.0}  # from 4 and 50


def derive_2023(workbook_2022: bytes) -> bytes:
    """plan_2023 from the 2022 workbook: capacities changed, one service closed, one opened,
    two targets changed; everything else copied as is."""

    def change(workbook: openpyxl.Workbook) -> None:
        set_meta(workbook, plan_id="plan_2023", title="Planul anual de acțiune 2023",
                 year_start=2023, year_end=2023)  # fmt: skip
        services = workbook["servicii"]
        for service_id, capacity in CAPACITY_2023.items():
            set_cell(services, "service_id", service_id, "capacity", capacity)
        services.delete_rows(find_row(services, "service_id", CLOSED_2023))
        cols = columns(services)
        row = services.max_row + 1
        for name, value in {
            "row_no": 57, "name": NEW_SERVICE_2023, "component": "children",
            "service_type": "other", "capacity": 25, "location_confidence": "unknown",
            "snapshot_year": 2023,
        }.items():  # fmt: skip
            services.cell(row, cols[name]).value = value
        indicators = workbook["indicatori"]
        for indicator_id, target in TARGETS_2023.items():
            set_cell(indicators, "indicator_id", indicator_id, "target_value", target)

    return edit_workbook(workbook_2022, change)
