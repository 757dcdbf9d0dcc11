"""What the store checks input against: the stored plans' indicators, milestones and service
units (the versions in force), and the rules shared by the form and the upload."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import pandas as pd
from sqlalchemy import Engine

from domain.plans import PLAN_TABLES, PlanTables
from domain.targets import as_date, plan_bounds, target_in_force
from loaders.tables import load_indicator_units
from loaders.unit_links import links_by_text
from store import plan_versions as stored_plans


@dataclass(frozen=True)
class Catalog:
    """Indicators (by id), milestones and service units to validate against, and the plans
    (plan_id, title, kind, year_start, year_end) they belong to. `indicator_units`: the
    indicator → unit links (indicator_id, unit_id, role); None reads indicator_units.csv."""

    indicators: pd.DataFrame
    milestones: pd.DataFrame
    services: pd.DataFrame
    plans: pd.DataFrame
    indicator_units: pd.DataFrame | None = None

    @functools.cached_property
    def owners(self) -> pd.DataFrame:
        """indicator_id, unit_id: the units responsible for each indicator — the curated links,
        extended to a plan loaded from a workbook by its `responsible` text
        (loaders.unit_links.links_by_text, the mapping every page uses). Read on first use."""
        links = self.indicator_units
        if links is None:
            links = load_indicator_units()
        indicators = self.indicators.reset_index(drop=True)
        for column in ("responsible", "partners"):
            if column not in indicators:
                indicators = indicators.assign(**{column: None})
        extended = links_by_text(indicators, links)
        mine = extended[
            (extended["role"] == "responsible")
            & extended["indicator_id"].isin(indicators["indicator_id"])
        ]
        return mine[["indicator_id", "unit_id"]].drop_duplicates().reset_index(drop=True)

    def units_of(self, indicator_id: str) -> frozenset[str]:
        """The units responsible for one indicator (empty: none in the catalogue)."""
        owners = self.owners
        return frozenset(owners.loc[owners["indicator_id"] == indicator_id, "unit_id"])

    def unit_indicators(self, plan_id: str, unit_id: str) -> pd.DataFrame:
        """The plan's indicators the unit is responsible for, in file order."""
        mine = set(self.owners.loc[self.owners["unit_id"] == unit_id, "indicator_id"])
        frame = self.plan_indicators(plan_id)
        return frame[frame["indicator_id"].isin(mine)].reset_index(drop=True)

    @property
    def bounds(self) -> dict[str, tuple[date, date]]:
        """plan id → (first day, last day)."""
        return plan_bounds(self.plans)

    def semester_ends(self, plan_id: str) -> list[date]:
        """30 June and 31 December of every year of the plan ([] for an unknown plan)."""
        if plan_id not in self.bounds:
            return []
        return semester_ends(*self.bounds[plan_id])

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


def stored_plan_tables(*, engine: Engine | None = None) -> dict[str, PlanTables]:
    """Every stored plan (version in force) by id, in `list_plans` order."""
    listed = stored_plans.list_plans(engine=engine)
    return {p: stored_plans.plan_tables(p, engine=engine) for p in listed["plan_id"]}


def stored_tables(
    *, engine: Engine | None = None, loaded: dict[str, PlanTables] | None = None
) -> dict[str, pd.DataFrame]:
    """Every plan table of every stored plan (versions in force), concatenated, plus `plans`."""
    listed = stored_plans.list_plans(engine=engine)
    by_id = loaded if loaded is not None else stored_plan_tables(engine=engine)
    loaded_list = [by_id[p] for p in listed["plan_id"] if p in by_id]
    out = {"plans": listed}
    for table in PLAN_TABLES:
        frames = [p.table(table) for p in loaded_list if not p.table(table).empty]
        out[table] = (
            pd.concat(frames, ignore_index=True) if frames else stored_plans.typed_frame(table, [])
        )
    return out


def load_catalog(
    *,
    indicators: pd.DataFrame | None = None,
    milestones: pd.DataFrame | None = None,
    services: pd.DataFrame | None = None,
    plans: pd.DataFrame | None = None,
    indicator_units: pd.DataFrame | None = None,
    engine: Engine | None = None,
) -> Catalog:
    """The catalogue of the stored plans (each table may be given instead, e.g. in tests; then
    `plans` too, else no plan has dates; `indicator_units` None: the curated links)."""
    given = indicators is not None
    stored = {} if given else stored_tables(engine=engine)
    frame = indicators if indicators is not None else stored["indicators"]
    if plans is None:
        plans = stored["plans"] if not given else pd.DataFrame(columns=stored_plans.PLAN_COLUMNS)
    return Catalog(
        indicators=frame.set_index("indicator_id", drop=False).rename_axis(None),
        milestones=milestones if milestones is not None else stored["milestones"],
        services=services
        if services is not None
        else stored.get("services", stored_plans.typed_frame("services", [])),
        plans=plans,
        indicator_units=indicator_units,
    )


def semester_ends(start: date, end: date) -> list[date]:
    """30 June and 31 December of every year from `start` to `end`."""
    return [
        day
        for year in range(start.year, end.year + 1)
        for day in (date(year, 6, 30), date(year, 12, 31))
        if start <= day <= end
    ]


__all__ = [
    "Catalog",
    "as_date",
    "load_catalog",
    "semester_ends",
    "stored_plan_tables",
    "stored_tables",
]
