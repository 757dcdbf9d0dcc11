"""Seeding: the curated plans of data/curated into the store, and yearly capacities entered
before plans lived in the store folded into registry years (one way to state a year)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine
from sqlmodel import col, select

from domain.plans import PlanMeta, PlanTables
from loaders.plan_files import curated_plan_tables, load_plans
from store import plan_versions as plans
from store.db import read_session
from store.models import ServiceSnapshot

CURATED_USER = "date-curate"
FOLD_USER = "capacitati-anuale"


def seed_curated(*, engine: Engine | None = None) -> dict[str, str]:
    """Store every curated plan: new → stored; seeded before and the curated rows changed → a new
    version; a version imported by the directorate since → kept as it is. {plan_id: outcome}
    with outcome `nou`, `actualizat`, `neschimbat` or `păstrat`."""
    outcomes = {}
    # every curated file is read and validated before anything is written (CuratedDataError)
    curated = [curated_plan_tables(str(p)) for p in load_plans()["plan_id"]]
    for plan in curated:
        meta = plan.meta
        versions = plans.plan_versions(meta.plan_id, engine=engine)
        if not versions.empty and versions["created_by"].iloc[0] != CURATED_USER:
            outcomes[meta.plan_id] = "păstrat"
            continue
        summary = plans.save_plan(
            plan, user=CURATED_USER, note="date curate din data/curated", engine=engine
        )
        outcomes[meta.plan_id] = (
            "nou" if versions.empty else "actualizat" if summary.stored else "neschimbat"
        )
    return outcomes


def fold_snapshots(*, engine: Engine | None = None) -> list[str]:
    """Yearly capacities entered as snapshots (before plans lived in the store) for a year with
    no annual plan become that year's registry: the latest earlier registry with the entered
    capacity and beneficiaries, and a note on every row not entered that year. Returns the plan
    ids created (none on a second run)."""
    with read_session(engine) as session:
        rows = session.exec(
            select(ServiceSnapshot).where(col(ServiceSnapshot.source).in_(["form", "upload"]))
        ).all()
        snaps = pd.DataFrame([r.model_dump() for r in rows])
    created: list[str] = []
    if snaps.empty:
        return created
    for year in sorted(int(y) for y in snaps["year"].unique()):
        if plans.annual_plan_of(year, engine=engine) is not None:
            continue
        earlier = [y for y in plans.registry_years(engine=engine) if y < year]
        if not earlier:
            continue
        base_id = plans.annual_plan_of(earlier[-1], engine=engine)
        assert base_id is not None
        base = plans.plan_tables(base_id, engine=engine)
        entered = snaps[snaps["year"] == year].set_index("service_id")
        services = base.table("services").copy()
        for i, service_id in services["service_id"].items():
            if service_id in entered.index:
                for column in ("capacity", "beneficiaries"):
                    value = entered.at[service_id, column]
                    services.at[i, column] = pd.NA if pd.isna(value) else int(value)
            else:
                note = f"Capacitate și beneficiari preluați din registrul {earlier[-1]}, "
                note += f"neconfirmați pentru {year}."
                old = services.at[i, "notes"]
                services.at[i, "notes"] = note if old is None else f"{old} {note}"
        plan_id = f"plan_{year}"
        derived = PlanTables(
            PlanMeta(
                plan_id=plan_id,
                title=f"Registrul serviciilor {year} (din capacitățile anuale introduse)",
                kind="annual",
                year_start=year,
                year_end=year,
                county=base.meta.county,
                source=f"Capacități anuale introduse în aplicație pentru {year}",
            ),
            {"services": services, "budget_groups": base.table("budget_groups")},
        )
        plans.save_plan(derived, user=FOLD_USER, note="din capacitățile anuale", engine=engine)
        created.append(plan_id)
    return created
