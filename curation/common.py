"""Shared helpers for the curation scripts that write `data/curated/*.csv`.

The column lists here are the data contracts of DESIGN.md; loaders and tests
import them from this one place.
"""

from __future__ import annotations

import csv
import fcntl
from collections.abc import Iterable, Mapping
from pathlib import Path

from domain.paths import CURATED as CURATED
from domain.paths import PLAN_2022_DOC as PLAN_2022_DOC
from domain.paths import ROOT as ROOT
from domain.paths import SOURCES as SOURCES
from domain.paths import STRATEGY_DOC as STRATEGY_DOC

SERVICES_COLUMNS = [
    "service_id", "row_no", "sub_no", "code", "name", "component", "service_type",
    "target_group", "capacity", "capacity_target", "beneficiaries", "occupancy_text",
    "budget_group", "uat_siruta", "location_confidence", "snapshot_year",
    "source_doc", "source_line", "notes",
]  # fmt: skip
BUDGET_GROUPS_COLUMNS = [
    "budget_group", "label", "county_budget_thousand_lei", "other_sources",
    "source_doc", "source_line",
]  # fmt: skip
PROJECTS_COLUMNS = [
    "project_id", "title", "smis_code", "objective", "total_budget_lei",
    "dgaspc_budget_lei", "leader", "partner", "uat_siruta", "institution_row_no",
    "source_doc", "source_line",
]  # fmt: skip
PLANNED_SERVICES_COLUMNS = [
    "planned_id", "name", "code", "target_group", "places_per_unit", "units",
    "uat_siruta", "funding", "project_id", "source_doc", "source_line",
]  # fmt: skip
OBJECTIVES_COLUMNS = [
    "plan_id", "component", "node_id", "parent_id", "level", "number", "title",
    "source_doc", "source_line",
]  # fmt: skip
INDICATORS_COLUMNS = [
    "indicator_id", "plan_id", "component", "objective_number", "specific_number",
    "activity_number", "activity_node_id", "indicator_text", "target_value",
    "target_unit", "target_kind", "direction", "periodicity", "deadline",
    "responsible", "partners", "funding", "source_doc", "source_line", "notes",
    "target_per", "part_of",
]  # fmt: skip
UNITS_COLUMNS = ["unit_id", "name", "abbreviation", "kind"]
INDICATOR_UNITS_COLUMNS = ["indicator_id", "unit_id", "role"]
MILESTONES_COLUMNS = ["indicator_id", "due_date", "target_value"]

PLAN_FILES = {
    "objectives": ("objectives.csv", OBJECTIVES_COLUMNS),
    "indicators": ("indicators.csv", INDICATORS_COLUMNS),
    "milestones": ("milestones.csv", MILESTONES_COLUMNS),
}


def write_csv(path: Path, columns: list[str], rows: Iterable[Mapping[str, object]]) -> int:
    """Write rows (dicts) with exactly `columns`, UTF-8, LF; return the row count."""
    rows = list(rows)
    for i, row in enumerate(rows, start=1):
        extra = set(row) - set(columns)
        if extra:
            raise ValueError(f"{path.name}: row {i} has unknown columns {sorted(extra)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c)) for c in columns})
    return len(rows)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a curated CSV as a list of dicts of strings (empty file → [])."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_plan_rows(
    plan_id: str,
    *,
    objectives: Iterable[Mapping[str, object]],
    indicators: Iterable[Mapping[str, object]],
    milestones: Iterable[Mapping[str, object]],
    curated_dir: Path = CURATED,
) -> dict[str, int]:
    """Replace one plan's rows in objectives/indicators/milestones.csv, keeping the other plan's.

    Milestones carry no plan_id: a milestone belongs to the plan of its indicator.
    The write happens under a lock so two curation scripts never interleave.
    """
    new = {
        "objectives": list(objectives),
        "indicators": list(indicators),
        "milestones": list(milestones),
    }
    for kind in ("objectives", "indicators"):
        for row in new[kind]:
            if row.get("plan_id") != plan_id:
                raise ValueError(f"{kind}: row {row} is not of plan {plan_id}")
    curated_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with (curated_dir / ".plans.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        old_ind = read_csv(curated_dir / "indicators.csv")
        other_ids = {r["indicator_id"] for r in old_ind if r["plan_id"] != plan_id}
        for kind, (name, columns) in PLAN_FILES.items():
            old = read_csv(curated_dir / name)
            if kind == "milestones":
                kept = [r for r in old if r["indicator_id"] in other_ids]
            else:
                kept = [r for r in old if r["plan_id"] != plan_id]
            rows = _plan_order(kept + new[kind], kind)
            write_csv(curated_dir / name, columns, rows)
            counts[kind] = len(new[kind])
    return counts


def _plan_order(rows: list[Mapping[str, object]], kind: str) -> list[Mapping[str, object]]:
    """Keep plan_2022 rows before strategy rows, each plan in its own order."""
    if kind == "milestones":
        return rows
    order = {"plan_2022": 0, "strategy_2025_2034": 1}
    return sorted(rows, key=lambda r: order.get(str(r.get("plan_id")), 9))
