"""The monitoring templates: export a prefilled .xlsx, validate an upload completely (every problem,
nothing written), preview what it changes, import it in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from sqlalchemy import Engine

from domain.targets import rate_unit
from store import messages, sheets
from store.errors import WriteRefusedError
from store.input_rules import Catalog, load_catalog
from store.models import COMMENT_MAX_CHARS, ValueIn
from store.sheets import ColumnSpec, Problems, Row, Source
from store.values import SaveResult, check_write, preview_values, save_values, value_problem

REPORT_SHEET = "raportare"
REPORT_COLUMNS = [
    "indicator_id", "indicator_text", "target_value", "target_unit", "milestone_due",
    "period_end", "value", "comment",
]  # fmt: skip
REPORT_SPECS = [
    ColumnSpec("indicator_id", 22),
    ColumnSpec("indicator_text", 70, wrap=True),
    ColumnSpec("target_value", 12),
    ColumnSpec("target_unit", 14),
    ColumnSpec("milestone_due", 14),
    ColumnSpec("period_end", 12, number_format="yyyy-mm-dd"),
    ColumnSpec("value", 12, unlocked=True),
    ColumnSpec("comment", 40, unlocked=True, wrap=True),
]
REPORT_NOTES = [
    "Șablon de raportare a indicatorilor. Completați doar coloanele value și comment (galben).",
    "value: număr ≥ 0 (procentele între 0 și 100; da/nu: 1 = realizat, 0 = nerealizat).",
    "Numerele se pot scrie în format românesc (37,5; 1.200); un procent ca 75 sau 75 %.",
    "Lăsați value gol pentru indicatorii pe care nu îi raportați acum.",
    "Nu modificați indicator_id, period_end, numele foii sau numele coloanelor.",
    "La încărcare, fișierul este verificat în întregime; orice problemă oprește importul.",
]


@dataclass(frozen=True)
class ImportResult:
    """The outcome of an upload: problems (then nothing was written), preview, what was saved."""

    problems: list[str]
    preview: pd.DataFrame
    saved: SaveResult | None


# --- reported values -------------------------------------------------------------------------


def template_bytes(
    plan_id: str,
    period_end: date,
    *,
    catalog: Catalog | None = None,
    unit_id: str | None = None,
    unit_name: str | None = None,
) -> bytes:
    """The prefilled monitoring template for one plan and period end, as .xlsx bytes; with
    `unit_id`, only the indicators that unit is responsible for (`unit_name` on the notes)."""
    catalog = catalog or load_catalog()
    indicators = template_indicators(catalog, plan_id, unit_id)
    rows = []
    for indicator in indicators.itertuples():
        target, due = catalog.target_at(str(indicator.indicator_id), period_end)
        unit = rate_unit(indicator.target_unit, getattr(indicator, "target_per", None))
        text = str(indicator.indicator_text)
        rows.append([indicator.indicator_id, text, target, unit, due, period_end, None, None])
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = REPORT_SHEET
    sheets.write_table(ws, REPORT_SPECS, rows)
    _validate_values(ws, [str(k) for k in indicators["target_kind"]])
    heading = [f"Plan: {plan_id}"]
    if unit_id is not None:
        heading.append(f"Unitate: {unit_name or unit_id}")
    sheets.add_notes(workbook, "instructiuni", [*heading, *REPORT_NOTES])
    return sheets.to_bytes(workbook)


def template_indicators(catalog: Catalog, plan_id: str, unit_id: str | None) -> pd.DataFrame:
    """The indicators of a template: the plan's, or those the unit is responsible for."""
    if unit_id is None:
        return catalog.plan_indicators(plan_id)
    return catalog.unit_indicators(plan_id, unit_id)


def _validate_values(ws: Any, kinds: list[str]) -> None:
    """Excel checks on the value cells: ≥ 0; 0–100 for percents; 1 or 0 for done / not done."""
    cells: dict[str, list[str]] = {"percent": [], "boolean": [], "other": []}
    for number, kind in enumerate(kinds, start=2):
        cells[kind if kind in cells else "other"].append(f"G{number}")
    sheets.add_validation(ws, cells["other"], kind="decimal", error="Introduceți un număr ≥ 0.")
    sheets.add_validation(
        ws, cells["percent"], kind="decimal", maximum=100, error="Un procent între 0 și 100."
    )
    sheets.add_validation(
        ws, cells["boolean"], kind="whole", maximum=1, error="1 = realizat, 0 = nerealizat."
    )


def export_template(
    path: str | Path,
    plan_id: str,
    period_end: date,
    *,
    catalog: Catalog | None = None,
    unit_id: str | None = None,
    unit_name: str | None = None,
) -> int:
    """Write the prefilled template to `path` (with `unit_id`: that unit's indicators only);
    the number of indicator rows."""
    catalog = catalog or load_catalog()
    data = template_bytes(
        plan_id, period_end, catalog=catalog, unit_id=unit_id, unit_name=unit_name
    )
    Path(path).write_bytes(data)
    return len(template_indicators(catalog, plan_id, unit_id))


def validate_report(
    source: Source,
    *,
    plan_id: str | None = None,
    period_end: date | None = None,
    catalog: Catalog | None = None,
    filename: str | None = None,
) -> tuple[list[ValueIn], list[str]]:
    """(rows to save, []) or ([], every problem): file, sheet, columns, then every cell.

    An indicator appears at most once per file, even when a copy is empty (which copy would
    count is not for us to guess). Rows with neither value nor comment are not reported this
    time and are skipped. `plan_id` / `period_end`, when given, must match the file's
    indicators and period; `filename`, when given (an upload), must end in .xlsx.
    """
    problems = Problems()
    data = sheets.read_source(source, problems, filename=filename)
    ws = None if data is None else sheets.open_sheet(data, REPORT_SHEET, problems)
    columns = None if ws is None else sheets.header(ws, REPORT_COLUMNS, problems)
    if ws is None or columns is None:
        return [], problems.lines
    catalog = catalog or load_catalog()
    rows: list[ValueIn] = []
    state = _ReportState(plan_id=plan_id, period_end=period_end)
    seen: dict[str, int] = {}
    for row in sheets.data_rows(ws, columns, problems):
        if _duplicate(row, "indicator_id", seen, problems):
            continue
        if sheets.is_blank(row.cells["value"]) and sheets.is_blank(row.cells["comment"]):
            continue  # not reported this time
        value = _report_row(row, catalog, state, problems)
        if value is not None:
            rows.append(value)
    if not problems and not rows:
        problems.file(messages.NO_ROWS)
    return ([], problems.lines) if problems else (rows, [])


@dataclass
class _ReportState:
    plan_id: str | None
    period_end: date | None
    first_period: tuple[date, int] | None = None


def _duplicate(row: Row, column: str, seen: dict[str, int], problems: Problems) -> bool:
    """True (and a problem) when this row's id appeared on an earlier row, empty or not."""
    text, problem = sheets.read_text(row.cells[column])
    if problem or not text:
        return False  # reported by the row's own checks
    if text in seen:
        message = messages.DUPLICATE_ID.format(value=text, first=seen[text])
        problems.cell(row.number, row.where(column), message)
        return True
    seen[text] = row.number
    return False


def _report_row(
    row: Row, catalog: Catalog, state: _ReportState, problems: Problems
) -> ValueIn | None:
    count = len(problems.lines)
    indicator_id = _indicator(row, catalog, state, problems)
    period = _period(row, state, problems)
    percent = indicator_id is not None and catalog.is_percent(indicator_id)
    value, problem = sheets.read_number(row.cells["value"], percent=percent)
    if problem:
        problems.cell(row.number, row.where("value"), problem)
    elif indicator_id and (wrong := value_problem(indicator_id, value, catalog)):
        problems.cell(row.number, row.where("value"), wrong)
    comment, problem = sheets.read_text(row.cells["comment"], formula_as_text=True)
    if problem:
        problems.cell(row.number, row.where("comment"), problem)
    elif len(comment) > COMMENT_MAX_CHARS:
        message = messages.TOO_LONG.format(length=len(comment), limit=COMMENT_MAX_CHARS)
        problems.cell(row.number, row.where("comment"), message)
    if comment and sheets.is_blank(row.cells["value"]):
        problems.cell(row.number, row.where("value"), messages.COMMENT_WITHOUT_VALUE)
    if len(problems.lines) > count or value is None or indicator_id is None or period is None:
        return None
    return ValueIn(indicator_id=indicator_id, period_end=period, value=value, comment=comment)


def _indicator(row: Row, catalog: Catalog, state: _ReportState, problems: Problems) -> str | None:
    where = row.where("indicator_id")
    text, problem = sheets.read_text(row.cells["indicator_id"])
    if problem or not text:
        problems.cell(row.number, where, problem or messages.REQUIRED)
        return None
    plan = catalog.plan_of(text)
    if plan is None:
        problems.cell(row.number, where, messages.UNKNOWN_INDICATOR.format(value=text))
        return None
    if state.plan_id is not None and plan != state.plan_id:
        message = messages.OTHER_PLAN.format(value=text, plan=plan, expected=state.plan_id)
        problems.cell(row.number, where, message)
        return None
    return text


def _period(row: Row, state: _ReportState, problems: Problems) -> date | None:
    where = row.where("period_end")
    period, problem = sheets.read_date(row.cells["period_end"])
    if problem or period is None:
        problems.cell(row.number, where, problem or messages.REQUIRED)
        return None
    if state.period_end is not None and period != state.period_end:
        message = messages.PERIOD_EXPECTED.format(
            value=f"{period:%d.%m.%Y}", expected=f"{state.period_end:%d.%m.%Y}"
        )
        problems.cell(row.number, where, message)
        return None
    if state.first_period is None:
        state.first_period = (period, row.number)
    first, first_row = state.first_period
    if period != first:
        message = messages.PERIOD_MIXED.format(
            value=f"{period:%d.%m.%Y}", first=f"{first:%d.%m.%Y}", first_row=first_row
        )
        problems.cell(row.number, where, message)
        return None
    return period


def preview(rows: list[ValueIn], *, engine: Engine | None = None) -> pd.DataFrame:
    """Per row: status new / changed / unchanged against the database, old and new values."""
    return preview_values(rows, source="upload", engine=engine)


def import_report(
    source: Source,
    *,
    user: str,
    dry_run: bool = False,
    plan_id: str | None = None,
    period_end: date | None = None,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
    filename: str | None = None,
) -> ImportResult:
    """Validate, preview, then (unless dry_run or any problem) save in one transaction.
    When `user` may not write these rows (another unit's indicator, a submitted unit, a closed
    period): with dry_run, one problem `fișierul: reason` (no audit entry); else the save
    raises WriteRefusedError (its kinds), audited."""
    catalog = catalog or load_catalog()
    rows, problems = validate_report(
        source, plan_id=plan_id, period_end=period_end, catalog=catalog, filename=filename
    )
    if problems:
        return ImportResult(problems=problems, preview=preview([], engine=engine), saved=None)
    planned = preview(rows, engine=engine)
    if dry_run:
        try:
            check_write(rows, user, catalog=catalog, engine=engine)
        except WriteRefusedError as exc:  # the preview says it as a problem of the file
            refused = [f"fișierul: {exc}"]
            return ImportResult(problems=refused, preview=preview([], engine=engine), saved=None)
        return ImportResult(problems=[], preview=planned, saved=None)
    saved = save_values(rows, user, "upload", catalog=catalog, engine=engine)
    return ImportResult(problems=[], preview=planned, saved=saved)
