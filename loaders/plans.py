"""The curated plans (data/curated/plans.csv) as PlanTables: what `store init` seeds."""

from __future__ import annotations

from pathlib import Path

import pandera.pandas as pa

from domain.plans import PLAN_KINDS, PlanMeta, PlanTables
from loaders.tables import (
    curated_path,
    load_budget_groups,
    load_indicators,
    load_milestones,
    load_objectives,
    load_planned_services,
    load_projects,
    load_services,
    read_table,
)

PLANS = pa.DataFrameSchema(
    {
        "plan_id": pa.Column(str, pa.Check.str_matches(r"^[a-z][a-z0-9_]{2,39}$")),
        "title": pa.Column(str),
        "kind": pa.Column(str, pa.Check.isin(list(PLAN_KINDS))),
        "year_start": pa.Column("Int64", pa.Check.in_range(2000, 2100)),
        "year_end": pa.Column("Int64", pa.Check.in_range(2000, 2100)),
        "county": pa.Column(str),
        "source": pa.Column(str, nullable=True),
        "source_doc": pa.Column(str),
        "source_line": pa.Column("Int64", pa.Check.ge(1)),
    },
    strict=True,
    unique=["plan_id"],
    name="plans.csv",
)
# The registry tables (services, budgets, projects, planned services) of data/curated belong to
# the curated annual plan whose year is their snapshot year.
REGISTRY_TABLES = ("services", "budget_groups", "projects", "planned_services")


def load_plans(path: str | None = None) -> list[PlanMeta]:
    """The curated plans' metadata, validated."""
    frame = read_table(Path(curated_path(path, "plans.csv")), PLANS)
    return [
        PlanMeta(
            plan_id=str(r.plan_id),
            title=str(r.title),
            kind=str(r.kind),
            year_start=int(r.year_start),
            year_end=int(r.year_end),
            county=str(r.county),
            source="" if r.source is None else str(r.source),
        )
        for r in frame.itertuples()
    ]


def curated_plan_tables(plan_id: str) -> PlanTables:
    """One curated plan with its rows from data/curated (KeyError for an unknown plan)."""
    meta = {m.plan_id: m for m in load_plans()}[plan_id]
    objectives = load_objectives()
    indicators = load_indicators()
    own = indicators[indicators["plan_id"] == plan_id].reset_index(drop=True)
    milestones = load_milestones()
    tables = {
        "objectives": objectives[objectives["plan_id"] == plan_id].reset_index(drop=True),
        "indicators": own,
        "milestones": milestones[
            milestones["indicator_id"].isin(set(own["indicator_id"]))
        ].reset_index(drop=True),
    }
    services = load_services()
    registry = meta.kind == "annual" and bool((services["snapshot_year"] == meta.year_start).any())
    for name, loader in (
        ("services", load_services),
        ("budget_groups", load_budget_groups),
        ("projects", load_projects),
        ("planned_services", load_planned_services),
    ):
        frame = loader()
        tables[name] = frame.reset_index(drop=True) if registry else frame.iloc[0:0]
    return PlanTables(meta, tables)
