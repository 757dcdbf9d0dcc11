"""The curated plans (data/curated/plans.csv) and each one's tables, as the store seeds them."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from caching import cached
from domain.plans import COUNTY, PLAN_KINDS, PLAN_TABLES, PlanMeta, PlanTables
from domain.schemas import DOCS
from loaders import tables

PLANS = pa.DataFrameSchema(
    {
        "plan_id": pa.Column(str, pa.Check.str_matches(r"^[a-z][a-z0-9_]*$"), nullable=False),
        "title": pa.Column(str, nullable=False),
        "kind": pa.Column(str, pa.Check.isin(list(PLAN_KINDS)), nullable=False),
        "year_start": pa.Column("Int64", pa.Check.in_range(2000, 2100), nullable=False),
        "year_end": pa.Column("Int64", pa.Check.in_range(2000, 2100), nullable=False),
        "county": pa.Column(str, pa.Check.isin([COUNTY]), nullable=False),
        "source": pa.Column(str, nullable=True),
        "source_doc": pa.Column(str, pa.Check.isin(DOCS), nullable=False),
        "source_line": pa.Column("Int64", pa.Check.ge(1), nullable=False),
    },
    checks=[
        pa.Check(
            lambda df: df["year_start"] <= df["year_end"],
            name="year_start ≤ year_end",
            error="year_start is after year_end",
        )
    ],
    strict=True,
    unique=["plan_id"],
    name="plans.csv",
)

# The registry tables: a plan owns the rows curated from its own source document.
_REGISTRY_TABLES = {
    "services": tables.load_services,
    "budget_groups": tables.load_budget_groups,
    "projects": tables.load_projects,
    "planned_services": tables.load_planned_services,
}


def load_plans(path: str | None = None) -> pd.DataFrame:
    """plans.csv, validated (one row per curated plan)."""
    file = tables.curated_path(path, "plans.csv")
    try:
        stamp = os.stat(file).st_mtime_ns
    except OSError:
        stamp = 0
    return _load_plans(file, stamp)


@cached
def _load_plans(file: str, stamp: int) -> pd.DataFrame:
    """Validated once per file version and process."""
    return tables.read_table(Path(file), PLANS)


def plan_meta(plan_id: str) -> PlanMeta:
    """The metadata of the curated plan `plan_id` (KeyError when plans.csv does not list it)."""
    plans = load_plans().set_index("plan_id")
    if plan_id not in plans.index:
        raise KeyError(f"plan {plan_id!r} is not in plans.csv")
    row = plans.loc[plan_id]
    return PlanMeta(
        plan_id=plan_id,
        title=str(row["title"]),
        kind=str(row["kind"]),
        year_start=int(row["year_start"]),
        year_end=int(row["year_end"]),
        county=str(row["county"]),
        source="" if pd.isna(row["source"]) else str(row["source"]),
    )


def curated_plan_tables(plan_id: str) -> PlanTables:
    """The curated plan `plan_id` with its seven tables (empty ones keep their typed columns).

    Services, budget groups, projects and planned services belong to the plan curated from the
    same source document; objectives and indicators carry their plan_id; milestones follow
    their indicator.
    """
    meta = plan_meta(plan_id)
    source_doc = str(load_plans().set_index("plan_id").at[plan_id, "source_doc"])
    result: dict[str, pd.DataFrame] = {}
    for name, load in _REGISTRY_TABLES.items():
        frame = load()
        result[name] = _rows(frame, frame["source_doc"] == source_doc)
    objectives = tables.load_objectives()
    result["objectives"] = _rows(objectives, objectives["plan_id"] == plan_id)
    indicators = tables.load_indicators()
    result["indicators"] = _rows(indicators, indicators["plan_id"] == plan_id)
    milestones = tables.load_milestones()
    own = set(result["indicators"]["indicator_id"])
    result["milestones"] = _rows(milestones, milestones["indicator_id"].isin(own))
    return PlanTables(meta=meta, tables={name: result[name] for name in PLAN_TABLES})


def _rows(frame: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    return frame.loc[mask].reset_index(drop=True).copy()
