"""A plan as data: its metadata, its tables (the curated contracts) and its workbook sheets.

Plans themselves live in the store (`store.plan_versions`); this module declares their shape only.
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
# The source documents plans were curated from (data/sources): file → (title, year) as a reader
# is told it. A source line names the document, never its file.
SOURCE_DOCUMENTS: dict[str, tuple[str, str]] = {
    "000_4cfc5bf8d61bed48.txt": (
        "Planul anual de acțiune privind serviciile sociale, Consiliul Județean Bacău", "2022",
    ),
    "001_dfd4bbb413e2f194.txt": (
        "Planul operațional al Strategiei județene de dezvoltare a serviciilor sociale",
        "2025–2034",
    ),
}  # fmt: skip


def document_title(doc: object) -> str:
    """A source document as a reader names it: „title”, year; an unknown one as it is."""
    known = SOURCE_DOCUMENTS.get(str(doc))
    return str(doc) if known is None else f"„{known[0]}”, {known[1]}"


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
