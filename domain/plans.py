"""A plan as data: its metadata, its tables (the curated contracts) and its workbook sheets.

Plans themselves live in the store (`store.plans`); this module declares their shape only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

PLAN_KINDS = ("annual", "strategy")
COUNTY = "BC"  # Bacău

# Table name (contract) → workbook sheet name (DESIGN.md "The plan workbook"), in sheet order.
PLAN_TABLE_SHEETS: dict[str, str] = {
    "services": "servicii",
    "budget_groups": "bugete",
    "projects": "proiecte",
    "planned_services": "servicii_planificate",
    "objectives": "obiective",
    "indicators": "indicatori",
    "milestones": "etape",
}
PLAN_TABLES: tuple[str, ...] = tuple(PLAN_TABLE_SHEETS)
# The key column of each table (milestones: indicator_id + due_date).
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "services": ("service_id",),
    "budget_groups": ("budget_group",),
    "projects": ("project_id",),
    "planned_services": ("planned_id",),
    "objectives": ("node_id",),
    "indicators": ("indicator_id",),
    "milestones": ("indicator_id", "due_date"),
}
# Tables whose rows belong to one plan only (ids copied from another plan are replaced).
PLAN_OWNED = ("objectives", "indicators", "milestones")
# The general objective on deinstitutionalisation is found by its title in any plan.
DEINSTITUTION_TITLE = r"dezinstitu[tțţ]ionaliz"
META_KEYS = ("plan_id", "title", "kind", "year_start", "year_end", "county", "source")


@dataclass(frozen=True)
class PlanMeta:
    """The `plan` sheet: id, title, kind (annual/strategy), first and last year, county, source."""

    plan_id: str
    title: str
    kind: str
    year_start: int
    year_end: int
    county: str = COUNTY
    source: str = ""


@dataclass
class PlanTables:
    """A plan's metadata and its tables, each a DataFrame with the contract's columns (typed as
    the loaders type them: text as object with None, whole numbers Int64, amounts float64)."""

    meta: PlanMeta
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def table(self, name: str) -> pd.DataFrame:
        """The table `name` (an empty frame with no columns when the plan has none)."""
        return self.tables.get(name, pd.DataFrame())


def id_prefix(plan_id: str) -> str:
    """The prefix of a plan's own objective/indicator ids: `plan_2023` → `p23`, else the id."""
    digits = plan_id.removeprefix("plan_")
    if plan_id.startswith("plan_") and len(digits) == 4 and digits.isdigit():
        return "p" + digits[2:]
    return plan_id
