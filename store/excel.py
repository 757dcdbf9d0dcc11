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

from metrics.attainment import rate_unit
from store import messages, sheets
from store.catalog import Catalog, load_catalog
from store.models import COMMENT_MAX_CHARS, SnapshotIn, ValueIn
from store.sheets import ColumnSpec, Problems, Row, Source
from store.snapshots import preview_snapshots, save_snapshots, snapshots_frame
from store.values import SaveResult, preview_values, save_values, value_problem

REPORT_SHEET = "raportare"
REPORT_COLUMNS = [
    "indicator_id", "indicator_text", "target_value", "target_unit", "milestone_due",
    "period_end", "value", "comment",
]  # fmt: skip
SNAPSHOT_SHEET = "servicii"
SNAPSHOT_COLUMNS = [
    "service_id", "service_name", "component", "previous_year", "previous_capacity",
    "previous_beneficiaries", "year", "capacity", "beneficiaries",
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
SNAPSHOT_SPECS = [
    ColumnSpec("service_id", 10),
    ColumnSpec("service_name", 60, wrap=True),
    ColumnSpec("component", 16),
    ColumnSpec("previous_year", 12),
    ColumnSpec("previous_capacity", 12),
    ColumnSpec("previous_beneficiaries", 14),
    ColumnSpec("year", 8),
    ColumnSpec("capacity", 12, unlocked=True),
    ColumnSpec("beneficiaries", 14, unlocked=True),
]
REPORT_NOTES = [
    "Șablon de raportare a indicatorilor. Completați doar coloanele value și comment (galben).",
    "value: număr ≥ 0 (procentele între 0 și 100; da/nu: 1 = realizat, 0 = nerealizat).",
    "Lăsați value gol pentru indicatorii pe care nu îi raportați acum.",
    "Nu modificați indicator_id, period_end, numele foii sau numele coloanelor.",
    "La încărcare, fișierul este verificat în întregime; orice problemă oprește importul.",
]
SNAPSHOT_NOTES = [
    "Capacitatea și beneficiarii fiecărui serviciu pentru anul din coloana year.",
    "Completați capacity și beneficiaries (numere întregi ≥ 0), coloanele galbene.",
    "Coloanele previous_* arată ultima situație cunoscută, pentru comparație.",
]


@dataclass(frozen=True)
class ImportResult:
    """The outcome of an upload: problems (then nothing was written), preview, what was saved."""

    problems: list[str]
    preview: pd.DataFrame
    saved: SaveResult | None


# --- reported values -------------------------------------------------------------------------


def template_bytes(plan_id: str, period_end: date, *, catalog: Catalog | None = None) -> bytes:
    """The prefilled monitoring template for one plan and period end, as .xlsx bytes."""
    catalog = catalog or load_catalog()
    indicators = catalog.plan_indicators(plan_id)
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
    sheets.add_notes(workbook, "instructiuni", [f"Plan: {plan_id}", *REPORT_NOTES])
    return sheets.to_bytes(workbook)


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
    path: str | Path, plan_id: str, period_end: date, *, catalog: Catalog | None = None
) -> int:
    """Write the prefilled template to `path`; the number of indicator rows."""
    catalog = catalog or load_catalog()
    Path(path).write_bytes(template_bytes(plan_id, period_end, catalog=catalog))
    return len(catalog.plan_indicators(plan_id))


def validate_report(
    source: Source,
    *,
    plan_id: str | None = None,
    period_end: date | None = None,
    catalog: Catalog | None = None,
) -> tuple[list[ValueIn], list[str]]:
    """(rows to save, []) or ([], every problem): file, sheet, columns, then every cell.

    Rows with neither value nor comment are not reported this time and are skipped.
    `plan_id` / `period_end`, when given, must match the file's indicators and period.
    """
    problems = Problems()
    data = sheets.read_source(source, problems)
    ws = None if data is None else sheets.open_sheet(data, REPORT_SHEET, problems)
    columns = None if ws is None else sheets.header(ws, REPORT_COLUMNS, problems)
    if ws is None or columns is None:
        return [], problems.lines
    catalog = catalog or load_catalog()
    rows: list[ValueIn] = []
    state = _ReportState(plan_id=plan_id, period_end=period_end)
    for row in sheets.data_rows(ws, columns, problems):
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
    seen: dict[str, int] | None = None


def _report_row(
    row: Row, catalog: Catalog, state: _ReportState, problems: Problems
) -> ValueIn | None:
    count = len(problems.lines)
    indicator_id = _indicator(row, catalog, state, problems)
    period = _period(row, state, problems)
    value, problem = sheets.read_number(row.cells["value"])
    if problem:
        problems.cell(row.number, row.where("value"), problem)
    elif indicator_id and (wrong := value_problem(indicator_id, value, catalog)):
        problems.cell(row.number, row.where("value"), wrong)
    comment, problem = sheets.read_text(row.cells["comment"])
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
    seen = state.seen if state.seen is not None else {}
    state.seen = seen
    if text in seen:
        problems.cell(row.number, where, messages.DUPLICATE_ID.format(value=text, first=seen[text]))
        return None
    seen[text] = row.number
    return text


def _period(row: Row, state: _ReportState, problems: Problems) -> date | None:
    where = row.where("period_end")
    period, problem = sheets.read_date(row.cells["period_end"])
    if problem or period is None:
        problems.cell(row.number, where, problem or messages.REQUIRED)
        return None
    if state.period_end is not None and period != state.period_end:
        message = messages.PERIOD_EXPECTED.format(value=period, expected=state.period_end)
        problems.cell(row.number, where, message)
        return None
    if state.first_period is None:
        state.first_period = (period, row.number)
    first, first_row = state.first_period
    if period != first:
        message = messages.PERIOD_MIXED.format(value=period, first=first, first_row=first_row)
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
) -> ImportResult:
    """Validate, preview, then (unless dry_run or any problem) save in one transaction."""
    catalog = catalog or load_catalog()
    rows, problems = validate_report(
        source, plan_id=plan_id, period_end=period_end, catalog=catalog
    )
    if problems:
        return ImportResult(problems=problems, preview=preview([], engine=engine), saved=None)
    planned = preview(rows, engine=engine)
    if dry_run:
        return ImportResult(problems=[], preview=planned, saved=None)
    saved = save_values(rows, user, "upload", catalog=catalog, engine=engine)
    return ImportResult(problems=[], preview=planned, saved=saved)


# --- service snapshots -----------------------------------------------------------------------


def snapshot_template_bytes(
    year: int, *, catalog: Catalog | None = None, engine: Engine | None = None
) -> bytes:
    """The snapshot template for `year`: every service unit with its latest earlier snapshot."""
    catalog = catalog or load_catalog()
    known = snapshots_frame(engine=engine)
    earlier = known[known["year"] < year].sort_values("year").groupby("service_id").tail(1)
    latest = earlier.set_index("service_id")
    rows = []
    for service in catalog.services.itertuples():
        has = service.service_id in latest.index
        previous = latest.loc[service.service_id] if has else None
        rows.append(
            [
                service.service_id,
                service.name,
                service.component,
                None if previous is None else int(previous["year"]),
                _int_or_none(None if previous is None else previous["capacity"]),
                _int_or_none(None if previous is None else previous["beneficiaries"]),
                year,
                None,
                None,
            ]
        )
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = SNAPSHOT_SHEET
    sheets.write_table(ws, SNAPSHOT_SPECS, rows)
    cells = [f"{c}{n}" for n in range(2, len(rows) + 2) for c in ("H", "I")]
    sheets.add_validation(ws, cells, kind="whole", error="Introduceți un număr întreg ≥ 0.")
    sheets.add_notes(workbook, "instructiuni", [f"Anul: {year}", *SNAPSHOT_NOTES])
    return sheets.to_bytes(workbook)


def _int_or_none(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(str(value))


def export_snapshot_template(
    path: str | Path, year: int, *, catalog: Catalog | None = None, engine: Engine | None = None
) -> int:
    """Write the snapshot template for `year` to `path`; the number of service rows."""
    catalog = catalog or load_catalog()
    Path(path).write_bytes(snapshot_template_bytes(year, catalog=catalog, engine=engine))
    return len(catalog.services)


def validate_snapshots(
    source: Source, *, year: int | None = None, catalog: Catalog | None = None
) -> tuple[list[SnapshotIn], list[str]]:
    """(rows to save, []) or ([], every problem), with the same rigour as validate_report.

    Rows with neither capacity nor beneficiaries are skipped (not reported this time).
    """
    problems = Problems()
    data = sheets.read_source(source, problems)
    ws = None if data is None else sheets.open_sheet(data, SNAPSHOT_SHEET, problems)
    columns = None if ws is None else sheets.header(ws, SNAPSHOT_COLUMNS, problems)
    if ws is None or columns is None:
        return [], problems.lines
    known = set((catalog or load_catalog()).services["service_id"])
    rows: list[SnapshotIn] = []
    seen: dict[str, int] = {}
    first_year: list[tuple[int, int]] = []
    for row in sheets.data_rows(ws, columns, problems):
        if sheets.is_blank(row.cells["capacity"]) and sheets.is_blank(row.cells["beneficiaries"]):
            continue  # not reported this time
        count = len(problems.lines)
        service_id = _service(row, known, seen, problems)
        row_year = _year(row, year, first_year, problems)
        numbers = {}
        for name in ("capacity", "beneficiaries"):
            numbers[name], problem = sheets.read_whole(row.cells[name])
            if problem:
                problems.cell(row.number, row.where(name), problem)
        if len(problems.lines) > count or service_id is None or row_year is None:
            continue
        rows.append(SnapshotIn(service_id=service_id, year=row_year, **numbers))
    if not problems and not rows:
        problems.file(messages.NO_ROWS)
    return ([], problems.lines) if problems else (rows, [])


def _service(row: Row, known: set[str], seen: dict[str, int], problems: Problems) -> str | None:
    where = row.where("service_id")
    text, problem = sheets.read_text(row.cells["service_id"])
    if problem or not text:
        problems.cell(row.number, where, problem or messages.REQUIRED)
        return None
    if text not in known:
        problems.cell(row.number, where, messages.UNKNOWN_SERVICE.format(value=text))
        return None
    if text in seen:
        problems.cell(row.number, where, messages.DUPLICATE_ID.format(value=text, first=seen[text]))
        return None
    seen[text] = row.number
    return text


def _year(
    row: Row, expected: int | None, first: list[tuple[int, int]], problems: Problems
) -> int | None:
    where = row.where("year")
    value, problem = sheets.read_whole(row.cells["year"])
    if problem or value is None:
        problems.cell(row.number, where, problem or messages.REQUIRED)
        return None
    if not 2000 <= value <= 2100:
        problems.cell(row.number, where, messages.YEAR_RANGE.format(value=value))
        return None
    if expected is not None and value != expected:
        problems.cell(
            row.number, where, messages.YEAR_EXPECTED.format(value=value, expected=expected)
        )
        return None
    if not first:
        first.append((value, row.number))
    if value != first[0][0]:
        message = messages.YEAR_MIXED.format(value=value, first=first[0][0], first_row=first[0][1])
        problems.cell(row.number, where, message)
        return None
    return value


def import_snapshots(
    source: Source,
    *,
    user: str,
    dry_run: bool = False,
    year: int | None = None,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> ImportResult:
    """Validate, preview, then (unless dry_run or any problem) save the snapshots at once."""
    catalog = catalog or load_catalog()
    rows, problems = validate_snapshots(source, year=year, catalog=catalog)
    if problems:
        empty = preview_snapshots([], engine=engine)
        return ImportResult(problems=problems, preview=empty, saved=None)
    planned = preview_snapshots(rows, engine=engine)
    if dry_run:
        return ImportResult(problems=[], preview=planned, saved=None)
    saved = save_snapshots(rows, user, "upload", catalog=catalog, engine=engine)
    return ImportResult(problems=[], preview=planned, saved=saved)
