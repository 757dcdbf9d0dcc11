"""When a target is due and what it asks: the deadline as a date, the milestone in force at a
period's end, the target's time window (its term), the plan's bounds, the unit a reporter reads.

Rules of the plans' targets, used alike by the store (checks, demonstration values, templates)
and by the metrics (attainment, pace, status; definitions in metrics/attainment.py)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta

import pandas as pd

# plan id → (first day, last day) of the plan, from the stored plans (`plan_bounds`).
Bounds = Mapping[str, tuple[date, date]]


def as_date(deadline: object, *, default: date) -> date:
    """An ISO date or a bare year (→ 31 December of it); missing → `default`."""
    if deadline is None or (isinstance(deadline, float) and math.isnan(deadline)):
        return default
    text = str(deadline).strip()
    if not text:
        return default
    if len(text) == 4 and text.isdigit():
        return date(int(text), 12, 31)
    return date.fromisoformat(text[:10])


def target_in_force(
    indicator_id: str, target_value: float | None, milestones: pd.DataFrame, period_end: date
) -> tuple[float | None, str | None]:
    """(target, due date) in force at `period_end`: the earliest milestone not yet past."""
    own = milestone_table(milestones[milestones["indicator_id"] == indicator_id])
    return milestone_in_force(own.get(indicator_id), target_value, period_end)


Milestone = tuple[date, float, str]  # (due as a date, target, due as written)


def milestone_table(milestones: pd.DataFrame) -> dict[str, list[Milestone]]:
    """Per indicator, its milestones in due-date order (read once per scorecard)."""
    out: dict[str, list[Milestone]] = {}
    for row in milestones.itertuples(index=False):
        due = as_date(row.due_date, default=date.max)
        out.setdefault(row.indicator_id, []).append(
            (due, float(row.target_value), str(row.due_date))
        )
    for rows in out.values():
        rows.sort(key=lambda m: m[0])  # stable: equal dates keep the file's order
    return out


def milestone_in_force(
    own: list[Milestone] | None, target_value: float | None, period_end: date
) -> tuple[float | None, str | None]:
    if not own:
        return target_value, None
    ahead = [m for m in own if m[0] >= period_end]
    _, target, due = ahead[0] if ahead else own[-1]
    return target, due


def _window_start(periodicity: str, plan_start: date, period_end: date) -> date:
    if periodicity in ("annual", "permanent"):
        return date(period_end.year, 1, 1)
    if periodicity == "semester":
        return date(period_end.year, 1 if period_end.month <= 6 else 7, 1)
    if periodicity == "quarterly":
        return date(period_end.year, 3 * ((period_end.month - 1) // 3) + 1, 1)
    if periodicity == "monthly":
        return date(period_end.year, period_end.month, 1)
    if periodicity == "weekly":
        return period_end - timedelta(days=period_end.weekday())
    return plan_start


def _window_end(periodicity: str, start: date, deadline: date) -> date:
    if periodicity in ("annual", "permanent"):
        return min(deadline, date(start.year, 12, 31))
    if periodicity == "semester":
        return min(
            deadline,
            date(start.year, 6 if start.month == 1 else 12, 30 if start.month == 1 else 31),
        )
    if periodicity == "quarterly":
        month = start.month + 2
        return min(deadline, (pd.Timestamp(start.year, month, 1) + pd.offsets.MonthEnd(0)).date())
    if periodicity == "monthly":
        return min(deadline, (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date())
    if periodicity == "weekly":
        return min(deadline, start + timedelta(days=6))
    return deadline


def plan_bounds(plans: pd.DataFrame) -> dict[str, tuple[date, date]]:
    """plan id → (1 January of its first year, 31 December of its last), from a plans frame
    (plan_id, year_start, year_end)."""
    return {
        str(p.plan_id): (date(int(p.year_start), 1, 1), date(int(p.year_end), 12, 31))
        for p in plans.itertuples()
    }


def time_elapsed(
    *, plan_id: str, periodicity: str, deadline: date, period_end: date, bounds: Bounds
) -> float:
    """Share (0–1) of the target's time window that has passed at `period_end`."""
    plan_start = bounds[plan_id][0] if plan_id in bounds else date(period_end.year, 1, 1)
    start = _window_start(periodicity, plan_start, period_end)
    end = _window_end(periodicity, start, deadline)
    if end <= start:
        return 1.0
    share = ((period_end - start).days + 1) / ((end - start).days + 1)
    return float(min(1.0, max(0.0, share)))


def term_end_of(
    *, plan_id: str, periodicity: str, deadline: date, period_end: date, bounds: Bounds
) -> date:
    """The last day of the target's time window at `period_end` (its deadline for a once target,
    the end of the current year/semester/… for a periodic one, never after the deadline)."""
    plan_start = bounds[plan_id][0] if plan_id in bounds else date(period_end.year, 1, 1)
    start = _window_start(periodicity, min(plan_start, period_end), min(period_end, deadline))
    return _window_end(periodicity, start, deadline)


def rate_unit(target_unit: object, target_per: object) -> str | None:
    """The unit a reporter reads: `excursie per copil` for a rate target, else the unit."""
    unit = None if target_unit is None or pd.isna(target_unit) else str(target_unit)
    per = None if target_per is None or pd.isna(target_per) or not target_per else str(target_per)
    if per is None:
        return unit
    return f"{unit} per {per}" if unit else f"per {per}"
