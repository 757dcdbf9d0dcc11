"""What the store checks input against: the plan indicators, milestones and service units
(the curated tables, through loaders), and the rules shared by the form and the upload."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from loaders.tables import load_indicators, load_milestones, load_services
from metrics.attainment import PLAN_END, PLAN_START, as_date, target_in_force


@dataclass(frozen=True)
class Catalog:
    """Indicators (by id), milestones and service units to validate against."""

    indicators: pd.DataFrame
    milestones: pd.DataFrame
    services: pd.DataFrame

    def indicator(self, indicator_id: str) -> pd.Series | None:
        """The indicator row, or None when the id is unknown."""
        if indicator_id not in self.indicators.index:
            return None
        return self.indicators.loc[indicator_id]

    def plan_of(self, indicator_id: str) -> str | None:
        """The plan an indicator belongs to."""
        row = self.indicator(indicator_id)
        return None if row is None else str(row["plan_id"])

    def is_percent(self, indicator_id: str) -> bool:
        """True for a share (target_kind percent), whose values cannot exceed 100."""
        row = self.indicator(indicator_id)
        return row is not None and row["target_kind"] == "percent"

    def plan_indicators(self, plan_id: str) -> pd.DataFrame:
        """The plan's indicators in file order, indicator_id as a column."""
        frame = self.indicators[self.indicators["plan_id"] == plan_id]
        return frame.reset_index(drop=True)

    def has_milestones(self, indicator_id: str) -> bool:
        """True when the target is split into dated milestones."""
        return bool((self.milestones["indicator_id"] == indicator_id).any())

    def is_boolean(self, indicator_id: str) -> bool:
        """True for a done / not done indicator, reported as 1 or 0."""
        row = self.indicator(indicator_id)
        return row is not None and row["target_kind"] == "boolean"

    def target_at(self, indicator_id: str, period_end: date) -> tuple[float | None, str | None]:
        """(target in force, due date or deadline) at `period_end`."""
        row = self.indicators.loc[indicator_id]
        target_value = None if pd.isna(row["target_value"]) else float(row["target_value"])
        target, due = target_in_force(indicator_id, target_value, self.milestones, period_end)
        if due is None and not pd.isna(row["deadline"]):
            due = str(row["deadline"])
        return target, due


def load_catalog(
    *,
    indicators: pd.DataFrame | None = None,
    milestones: pd.DataFrame | None = None,
    services: pd.DataFrame | None = None,
) -> Catalog:
    """The catalogue from the curated tables (each may be given instead, e.g. in tests)."""
    frame = load_indicators() if indicators is None else indicators
    return Catalog(
        indicators=frame.set_index("indicator_id", drop=False).rename_axis(None),
        milestones=load_milestones() if milestones is None else milestones,
        services=load_services() if services is None else services,
    )


def semester_ends(plan_id: str) -> list[date]:
    """30 June and 31 December of every year of the plan."""
    start, end = PLAN_START.get(plan_id), PLAN_END.get(plan_id)
    if start is None or end is None:
        return []
    return [
        day
        for year in range(start.year, end.year + 1)
        for day in (date(year, 6, 30), date(year, 12, 31))
        if start <= day <= end
    ]


__all__ = ["Catalog", "as_date", "load_catalog", "semester_ends"]
