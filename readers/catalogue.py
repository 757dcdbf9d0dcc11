"""The plan catalogue as pages read it: the stored plans (versions in force) and their tables,
cached on the store's data version — a plan imported anywhere shows on the next run.

The registry of a year is the `services`, `budget_groups`, `projects` and `planned_services` of
the annual plan of that year; objectives, indicators and milestones are read per plan or for all
plans together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from caching import shared
from domain.errors import StoreUnavailableError
from domain.plans import PlanTables
from domain.targets import plan_bounds as bounds
from store.audit import data_version
from store.db import database_url
from store.input_rules import stored_plan_tables, stored_tables

REGISTRY_TABLES = ("services", "budget_groups", "projects", "planned_services")


@dataclass(frozen=True)
class Registry:
    """One year's registry: its year, the annual plan it comes from, and its tables."""

    year: int
    plan_id: str
    services: pd.DataFrame
    budget_groups: pd.DataFrame
    projects: pd.DataFrame
    planned_services: pd.DataFrame


def _state() -> tuple[str, tuple[int, int]]:
    """(database URL, data version); StoreUnavailableError with the reason when unreadable."""
    try:
        return database_url(), data_version()
    except Exception as exc:  # no schema yet, server down, …
        raise StoreUnavailableError(f"{exc.__class__.__name__}: {str(exc)[:200]}") from exc


def state() -> tuple[str, tuple[int, int]]:
    """The stored catalogue's cache key: (database URL, data version)."""
    return _state()


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per stored version
class Catalogue:
    """The stored plans: metadata, each plan's tables, and every table of all plans together."""

    plans: pd.DataFrame
    by_plan: dict[str, PlanTables]
    tables: dict[str, pd.DataFrame]
    registry_years: tuple[int, ...]  # the years that have a service registry, ascending


@shared  # one object for every session (read-only); accessors hand out shallow copies
def _load(url: str, version: tuple[int, int]) -> Catalogue:
    by_plan = stored_plan_tables()
    tables = stored_tables(loaded=by_plan)
    services = tables["services"]
    years = tuple(sorted(int(y) for y in services["snapshot_year"].dropna().unique()))
    return Catalogue(
        plans=tables.pop("plans"), by_plan=by_plan, tables=tables, registry_years=years
    )


def load() -> Catalogue:
    """The stored catalogue; StoreUnavailableError (with the reason) when it cannot be read or
    holds no plan."""
    try:
        stored = _load(*_state())
    except StoreUnavailableError:
        raise
    except Exception as exc:
        raise StoreUnavailableError(f"{exc.__class__.__name__}: {str(exc)[:200]}") from exc
    if stored.plans.empty:
        raise StoreUnavailableError("no plan stored (python -m store init seeds them)")
    return stored


def catalogue() -> dict[str, pd.DataFrame]:
    """Every plan table of every stored plan, concatenated, and `plans` (their metadata)."""
    stored = load()
    # shallow copies (copy-on-write, pandas 3): a caller that sets a column changes its own
    # frame, never the cached one; no data is copied
    return {"plans": stored.plans.copy(deep=False)} | {
        name: frame.copy(deep=False) for name, frame in stored.tables.items()
    }


def plans() -> pd.DataFrame:
    """The stored plans: plan_id, title, kind, year_start, year_end, county, source, demo,
    version, created_by, created_at (annual plans by year, then strategies)."""
    return catalogue()["plans"]


def plan_ids(kind: str | None = None, *, with_indicators: bool = False) -> list[str]:
    """The stored plans' ids (of `kind` when given; only those with indicators when asked —
    the plans objectives and reports are about), newest annual plan first, then strategies."""
    frame = plans()
    if kind is not None:
        frame = frame[frame["kind"] == kind]
    if with_indicators:
        frame = frame[frame["plan_id"].isin(set(catalogue()["indicators"]["plan_id"]))]
    frame = frame.sort_values(["kind", "year_start"], ascending=[True, False], kind="stable")
    return frame["plan_id"].tolist()


def plan_row(plan_id: str) -> pd.Series:
    """One stored plan's metadata (KeyError when unknown)."""
    frame = plans()
    match = frame[frame["plan_id"] == plan_id]
    if match.empty:
        raise KeyError(plan_id)
    return match.iloc[0]


def plan_bounds() -> dict[str, tuple[date, date]]:
    """plan id → (first day, last day) of every stored plan."""

    return bounds(plans())


def registry_years() -> list[int]:
    """The years that have a service registry, ascending."""
    return list(load().registry_years)


def registry(year: int | None = None) -> Registry:
    """The registry of `year` (default: the latest); KeyError for a year without one."""
    years = registry_years()
    if not years:
        raise KeyError("no registry")
    year = years[-1] if year is None else int(year)
    if year not in years:
        raise KeyError(year)
    frame = plans()
    annual = frame[(frame["kind"] == "annual") & (frame["year_start"] == year)]
    plan_id = str(annual["plan_id"].iloc[0])
    plan = load().by_plan[plan_id]
    tables = {t: plan.table(t).copy(deep=False) for t in REGISTRY_TABLES}
    return Registry(year=year, plan_id=plan_id, **tables)


def services_history() -> pd.DataFrame:
    """Every year's registry rows together (service_id keeps its id from year to year)."""
    return catalogue()["services"]


def objectives(plan_id: str | None = None) -> pd.DataFrame:
    """Objectives of one plan, or of all."""
    return _plan_rows("objectives", plan_id)


def indicators(plan_id: str | None = None) -> pd.DataFrame:
    """Indicators of one plan, or of all."""
    return _plan_rows("indicators", plan_id)


def milestones(plan_id: str | None = None) -> pd.DataFrame:
    """Milestones of one plan's indicators, or of all."""
    frame = catalogue()["milestones"]
    if plan_id is None:
        return frame
    ids = set(indicators(plan_id)["indicator_id"])
    return frame[frame["indicator_id"].isin(ids)].reset_index(drop=True)


def _plan_rows(table: str, plan_id: str | None) -> pd.DataFrame:
    frame = catalogue()[table]
    if plan_id is None:
        return frame
    return frame[frame["plan_id"] == plan_id].reset_index(drop=True)
