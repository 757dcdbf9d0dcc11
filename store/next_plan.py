"""Next year's plan drafted from this year's (DESIGN.md "Commands", `next-plan`): the stored plan
with every date moved by the years between the two plans, its objective and indicator ids
renamed to the new plan's, and its registry carried over (same service ids, the new year as the
registry year) — a workbook ready to edit, with a sheet listing each moved date."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd
from openpyxl import load_workbook
from openpyxl.styles import Font
from sqlalchemy import Engine

from domain.plans import PlanMeta, PlanTables, id_prefix
from store import plan_versions as plans
from store.workbook import YEARS, plan_workbook_bytes

MOVED_SHEET = "termene_mutate"
# The moved-dates sheet: (column in the frame, header a person reads)
MOVED_HEADERS = (
    ("sheet", "Foaia"),
    ("indicator_id", "Indicator (id nou)"),
    ("what", "Ce"),
    ("text", "Indicator"),
    ("old", "Termen vechi"),
    ("new", "Termen nou"),
)
_PLAN_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


class NextPlanError(ValueError):
    """The arguments of `next-plan` are wrong (a Romanian message)."""


@dataclass(frozen=True)
class NextPlan:
    """The drafted plan and every date moved: sheet, indicator_id, what, text, old, new."""

    plan: PlanTables
    moved: pd.DataFrame


def shift_date(value: Any, years: int) -> Any:
    """A deadline written `YYYY` or `YYYY-MM-DD` moved by `years` (29 February becomes 28);
    anything else (empty, free text) as it is."""
    if plans._blank(value):
        return value
    text = str(value).strip()
    if match := _YEAR.match(text):
        return str(int(match.group(1)) + years)
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year + years, month, day).isoformat()
        except ValueError:  # 29 February into a common year
            return date(year + years, month, 28).isoformat()
    return value


def own_id(value: Any, prefix: str) -> Any:
    """An objective/indicator id as the plan with `prefix` owns it (`p22-1.1-i1` → `p23-1.1-i1`),
    the rule the store applies to ids copied from another plan (store.plan_versions._own_ids)."""
    if plans._blank(value):
        return value
    text = str(value)
    _head, sep, rest = text.partition("-")
    return f"{prefix}-{rest}" if sep else f"{prefix}-{text}"


def check_next_plan(
    plan_id: str, new_plan_id: str, year: int, *, engine: Engine | None = None
) -> PlanMeta:
    """The stored plan's metadata when next year's plan can be drafted from it; KeyError when
    there is no such plan, NextPlanError (Romanian) when the new id or year cannot be used."""
    if not _PLAN_ID.match(new_plan_id):
        raise NextPlanError(
            f"codul planului nou „{new_plan_id}” nu este valid: litere mici, cifre și _ "
            "(de ex. plan_2023)"
        )
    if new_plan_id == plan_id:
        raise NextPlanError(f"planul nou trebuie să aibă alt cod decât „{plan_id}”")
    base = plans.plan_meta(plan_id, engine=engine)
    if base is None:
        raise KeyError(plan_id)
    if plans.plan_meta(new_plan_id, engine=engine) is not None:
        raise NextPlanError(f"planul „{new_plan_id}” există deja; alegeți alt cod")
    if not YEARS[0] <= year <= YEARS[1]:
        raise NextPlanError(f"anul {year} nu este între {YEARS[0]} și {YEARS[1]}")
    if year <= base.year_start:
        raise NextPlanError(
            f"anul {year} nu este după primul an al planului „{base.title}” ({base.year_start})"
        )
    return base


def draft_next_plan(
    plan_id: str, new_plan_id: str, year: int, *, engine: Engine | None = None
) -> NextPlan:
    """Next year's plan from the stored plan `plan_id` (errors as `check_next_plan`)."""
    check_next_plan(plan_id, new_plan_id, year, engine=engine)
    base = plans.plan_tables(plan_id, engine=engine)
    years = year - base.meta.year_start
    old_year, new_year = str(base.meta.year_start), str(year)
    title = base.meta.title
    title = title.replace(old_year, new_year) if old_year in title else f"{title} {new_year}"
    meta = replace(
        base.meta,
        plan_id=new_plan_id,
        title=title,
        year_start=year,
        year_end=base.meta.year_end + years,
        source="",
    )
    prefix = id_prefix(new_plan_id)
    tables = {name: frame.copy() for name, frame in base.tables.items()}
    for table, columns in (
        ("objectives", ("node_id", "parent_id")),
        ("indicators", ("indicator_id", "activity_node_id", "part_of")),
        ("milestones", ("indicator_id",)),
    ):
        frame = tables[table]
        for column in columns:
            frame[column] = frame[column].map(lambda v: own_id(v, prefix)).astype(object)
        if "plan_id" in frame:
            frame["plan_id"] = new_plan_id
    moved: list[dict[str, Any]] = []
    indicators, milestones = tables["indicators"], tables["milestones"]
    texts = dict(zip(indicators["indicator_id"], indicators["indicator_text"], strict=True))
    for frame, column, sheet, what in (
        (indicators, "deadline", "indicatori", "termenul indicatorului"),
        (milestones, "due_date", "etape", "etapă"),
    ):
        for i in frame.index:
            old = frame.at[i, column]
            new = shift_date(old, years)
            if plans._blank(old) or new == old:
                continue
            frame.at[i, column] = new
            indicator_id = frame.at[i, "indicator_id"]
            moved.append(
                {
                    "sheet": sheet,
                    "indicator_id": indicator_id,
                    "what": what,
                    "text": texts.get(indicator_id),
                    "old": str(old),
                    "new": str(new),
                }
            )
    services = tables["services"]
    if not services.empty:
        services["snapshot_year"] = pd.array([year] * len(services), dtype="Int64")
    draft = PlanTables(
        meta, {t: plans.typed_frame(t, plans._records(f)) for t, f in tables.items()}
    )
    return NextPlan(draft, pd.DataFrame(moved, columns=[c for c, _ in MOVED_HEADERS]))


def _cell(text: str) -> Any:
    """A moved date as a spreadsheet cell: a real date (31.12.2023) or the year as a number."""
    if match := _ISO.match(text):
        return date(*(int(g) for g in match.groups()))
    if _YEAR.match(text):
        return int(text)
    return text


def next_plan_workbook_bytes(draft: NextPlan) -> bytes:
    """The plan workbook of the draft, with the sheet of moved dates after the plan sheets."""
    workbook = load_workbook(io.BytesIO(plan_workbook_bytes(draft.plan)))
    ws = workbook.create_sheet(MOVED_SHEET, index=len(workbook.sheetnames) - 1)
    for column, (_name, header) in enumerate(MOVED_HEADERS, start=1):
        ws.cell(row=1, column=column, value=header).font = Font(bold=True)
    for row, record in enumerate(draft.moved.to_dict("records"), start=2):
        for column, (name, _header) in enumerate(MOVED_HEADERS, start=1):
            value = record[name]
            if name in ("old", "new"):
                value = _cell(str(value))
            cell = ws.cell(row=row, column=column, value=None if plans._blank(value) else value)
            if isinstance(value, date):
                cell.number_format = "DD.MM.YYYY"
    for letter, width in zip("ABCDEF", (12, 22, 22, 60, 14, 14), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
