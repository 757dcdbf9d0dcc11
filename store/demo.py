"""Demonstration values: generated on request only, stored with source=demo, removable at once.

They fill empty slots only (a value someone reported is never overwritten) and are
deterministic for a seed, so a demo looks the same on every machine.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pandas as pd
from sqlalchemy import Engine
from sqlmodel import col, select

from domain.enums import NUMERIC_KINDS
from domain.plans import PlanTables
from domain.targets import as_date, time_elapsed
from store import plan_versions as plans
from store.audit import record
from store.db import read_session, write_session
from store.input_rules import Catalog, load_catalog
from store.models import Plan, ReportedValue, ValueIn
from store.values import TABLE, _save, value_key

DEMO_USER = "demo"
DEMO_SEED = 2022
DEMO_NOTE = "Valoare demonstrativă (generată, nu raportată)."
DEMO_COMMENT = "valoare demonstrativă (generată, nu raportată)"
DEMO_KINDS = (*NUMERIC_KINDS, "boolean")
# The strategy's demonstration periods: 2025 and the first half of 2026 (issue 18).
STRATEGY_DEMO_PERIODS = (date(2025, 6, 30), date(2025, 12, 31), date(2026, 6, 30))
PER_PERIOD = ("semester", "quarterly", "monthly")


def demo_periods(plan_id: str, catalog: Catalog) -> list[date]:
    """The two semester ends of the plan's first year (2022-06-30 and 2022-12-31 for 2022)."""
    return catalog.semester_ends(plan_id)[:2]


def demo_rows(
    plan_id: str,
    *,
    seed: int,
    period_ends: Sequence[date],
    catalog: Catalog,
    share_by_time: bool = False,
) -> list[ValueIn]:
    """Plausible values for the plan's indicators with a numeric target, one per period end.

    A running total has got `share` of the way to its target: the period's rank among
    `period_ends`, or (`share_by_time`, for a multi-year strategy) the share of the target's
    time window elapsed at the period end (metrics.attainment.time_elapsed)."""
    rows: list[ValueIn] = []
    for indicator in catalog.plan_indicators(plan_id).itertuples():
        if indicator.target_kind not in DEMO_KINDS:
            continue
        rng = random.Random(f"{seed}|{indicator.indicator_id}")
        previous = 0.0
        cumulative = indicator.periodicity not in PER_PERIOD and not catalog.has_milestones(
            str(indicator.indicator_id)
        )
        year = None
        for number, period_end in enumerate(sorted(period_ends), start=1):
            if indicator.periodicity in ("annual", "permanent") and period_end.year != year:
                previous, year = 0.0, period_end.year  # an annual total starts again each year
            target, _ = catalog.target_at(str(indicator.indicator_id), period_end)
            if target is None:
                continue
            share = number / len(period_ends)
            if share_by_time:
                deadline = as_date(indicator.deadline, default=catalog.bounds[plan_id][1])
                share = time_elapsed(
                    plan_id=plan_id, periodicity=str(indicator.periodicity), deadline=deadline,
                    period_end=period_end, bounds=catalog.bounds,
                )  # fmt: skip
            value = _plausible(
                str(indicator.target_kind),
                str(indicator.direction),
                cumulative=cumulative,
                target=target,
                share=share,
                rng=rng,
            )
            if cumulative and indicator.direction != "max":
                value = max(value, previous)  # a running total does not go down
            previous = value
            rows.append(
                ValueIn(
                    indicator_id=str(indicator.indicator_id),
                    period_end=period_end,
                    value=value,
                    comment=DEMO_COMMENT,
                )
            )
    return rows


def _plausible(
    kind: str, direction: str, *, cumulative: bool, target: float, share: float, rng: random.Random
) -> float:
    """A value near the target in force; a cumulative one has got `share` of the way there."""
    if kind == "boolean":
        return 1.0 if rng.random() < 0.3 + 0.6 * share else 0.0
    if direction == "max":
        value = target * rng.uniform(0.85, 1.35)
    else:
        low, high = (0.85, 1.05) if direction in ("approx", "exact") else (0.6, 1.15)
        value = target * (share if cumulative else 1.0) * rng.uniform(low, high)
    if kind == "percent":
        value = min(value, 100.0)
    return round(value, 1) if kind in ("percent", "increase_pct") else float(round(value))


def generate_demo(
    plan_id: str | None = None,
    *,
    seed: int = DEMO_SEED,
    period_ends: Sequence[date] | None = None,
    user: str = DEMO_USER,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> int:
    """Store demonstration values where none exist yet (source=demo); the number inserted.

    Without `plan_id`: the first annual plan, and the strategies' STRATEGY_DEMO_PERIODS."""
    catalog = catalog or load_catalog(engine=engine)
    if plan_id is None and period_ends is None:
        extra = generate_strategy_demo(seed=seed, user=user, catalog=catalog, engine=engine)
        return extra + generate_demo(
            demo_plan_id(engine=engine) or "", seed=seed, user=user, catalog=catalog, engine=engine
        )
    plan_id = plan_id or demo_plan_id(engine=engine)
    if not plan_id:
        return 0
    periods = list(period_ends) if period_ends is not None else demo_periods(plan_id, catalog)
    rows = demo_rows(plan_id, seed=seed, period_ends=periods, catalog=catalog)
    if not rows:
        return 0
    result = _save(
        rows, user=user, source="demo", catalog=catalog, engine=engine, only_missing=True
    )
    return result.inserted


def generate_strategy_demo(
    *,
    seed: int = DEMO_SEED,
    user: str = DEMO_USER,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> int:
    """Demonstration values for every strategy at STRATEGY_DEMO_PERIODS inside its years (running
    totals by the share of time elapsed); the number inserted."""
    catalog = catalog or load_catalog(engine=engine)
    listed = plans.list_plans(engine=engine)
    strategies = listed[(listed["kind"] == "strategy") & ~listed["demo"].astype(bool)]
    rows: list[ValueIn] = []
    for plan_id in strategies["plan_id"].astype(str):
        start, end = catalog.bounds.get(plan_id, (date.max, date.min))
        periods = [d for d in STRATEGY_DEMO_PERIODS if start <= d <= end]
        rows += demo_rows(
            plan_id, seed=seed, period_ends=periods, catalog=catalog, share_by_time=True
        )
    if not rows:
        return 0
    result = _save(
        rows, user=user, source="demo", catalog=catalog, engine=engine, only_missing=True
    )
    return result.inserted


def has_demo(*, engine: Engine | None = None) -> bool:
    """True while any demonstration value or plan is stored (pages then show a banner)."""
    with read_session(engine) as session:
        query = select(ReportedValue.id).where(ReportedValue.source == "demo").limit(1)
        if session.exec(query).first() is not None:
            return True
        return session.exec(select(Plan.id).where(col(Plan.demo)).limit(1)).first() is not None


def demo_plan_id(*, engine: Engine | None = None) -> str | None:
    """The plan demonstration values are made for: the first annual plan with indicators."""
    listed = plans.list_plans(engine=engine)
    for row in listed[(listed["kind"] == "annual") & ~listed["demo"].astype(bool)].itertuples():
        if not plans.plan_tables(str(row.plan_id), engine=engine).table("indicators").empty:
            return str(row.plan_id)
    return None


def demo_registry(base: PlanTables, *, seed: int = DEMO_SEED) -> PlanTables:
    """A demonstration registry for the year after `base` (marked in title, source and notes):
    institutions with a target capacity move a fifth of the way to it, their residents with
    them; other services keep their places, with beneficiaries varied by up to ±10 %."""
    rng = random.Random(seed)
    year = base.meta.year_start + 1
    services = base.table("services").copy()
    for i in services.index:
        capacity, target = services.at[i, "capacity"], services.at[i, "capacity_target"]
        residents = services.at[i, "beneficiaries"]
        if pd.notna(capacity) and pd.notna(target) and capacity > target:
            moved = int(capacity - round((capacity - target) / 5))
            services.at[i, "capacity"] = moved
            if pd.notna(residents):
                services.at[i, "beneficiaries"] = min(int(residents), moved)
        elif pd.notna(residents):
            services.at[i, "beneficiaries"] = max(0, round(residents * rng.uniform(0.9, 1.1)))
        old = services.at[i, "notes"]
        services.at[i, "notes"] = DEMO_NOTE if old is None else f"{DEMO_NOTE} {old}"
        services.at[i, "occupancy_text"] = None
    meta = replace(
        base.meta,
        plan_id=f"demo_{year}",
        title=f"Registru demonstrativ {year} (derivat din {base.meta.year_start}, nu real)",
        year_start=year,
        year_end=year,
        source=DEMO_NOTE,
    )
    tables = {t: base.table(t) for t in ("budget_groups", "projects", "planned_services")}
    return PlanTables(meta, {**tables, "services": services})


def generate_demo_registry(*, user: str = DEMO_USER, engine: Engine | None = None) -> str | None:
    """Store the demonstration registry of the year after the latest real one (once); its id."""
    years = plans.registry_years(engine=engine)
    if not years:
        return None
    base_id = plans.annual_plan_of(years[-1], engine=engine)
    assert base_id is not None
    if plans.plan_meta(base_id, engine=engine) is not None and base_id.startswith("demo_"):
        return None  # the latest registry is already the demonstration one
    derived = demo_registry(plans.plan_tables(base_id, engine=engine))
    if plans.plan_meta(derived.meta.plan_id, engine=engine) is not None:
        return None
    plans.save_plan(derived, user=user, note=DEMO_NOTE, demo=True, engine=engine)
    return derived.meta.plan_id


def remove_demo(*, user: str = DEMO_USER, engine: Engine | None = None) -> int:
    """Delete every demonstration value and plan, audited; the number of values deleted."""
    listed = plans.list_plans(engine=engine)
    for plan_id in listed.loc[listed["demo"].astype(bool), "plan_id"]:
        plans.remove_plan(str(plan_id), user=user, engine=engine)
    with write_session(engine, lock=TABLE) as session:
        rows = session.exec(
            select(ReportedValue)
            .where(ReportedValue.source == "demo")
            .order_by(col(ReportedValue.id))
        ).all()
        for row in rows:
            key = value_key(row.indicator_id, row.period_end, row.uat_siruta)
            old = {"value": row.value, "comment": row.comment, "source": row.source}
            record(session, user=user, table_name=TABLE, key=key, old=old, new=None)
            session.delete(row)
    return len(rows)
