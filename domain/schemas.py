"""One pandera schema per curated table (DESIGN.md data contracts)."""

from __future__ import annotations

import pandera.pandas as pa

from domain.components import COMPONENT_VALUES
from domain.enums import (
    DIRECTIONS,
    LEVELS,
    LOCATION_CONFIDENCE,
    PERIODICITIES,
    SERVICE_TYPES,
    TARGET_KINDS,
    UNIT_KINDS,
    UNIT_ROLES,
)
from domain.paths import PLAN_2022_DOC, STRATEGY_DOC

COMPONENTS = list(COMPONENT_VALUES)
PLAN_ID = r"^[a-z][a-z0-9_]{2,39}$"  # the plans themselves are data (plans.csv, the store)
DOCS = [PLAN_2022_DOC, STRATEGY_DOC]

_DEADLINE = r"^(\d{4}|\d{4}-\d{2}-\d{2})$"


def _text(*checks: pa.Check, nullable: bool = True) -> pa.Column:
    return pa.Column(str, list(checks), nullable=nullable)


def _int(*checks: pa.Check, nullable: bool = True) -> pa.Column:
    return pa.Column("Int64", list(checks), nullable=nullable)


def _float(*checks: pa.Check, nullable: bool = True) -> pa.Column:
    return pa.Column(float, list(checks), nullable=nullable)


def _source() -> dict[str, pa.Column]:
    return {
        "source_doc": _text(pa.Check.isin(DOCS), nullable=False),
        "source_line": _int(pa.Check.ge(1), nullable=False),
    }


NON_NEGATIVE = pa.Check.ge(0)

SERVICES = pa.DataFrameSchema(
    {
        "service_id": _text(pa.Check.str_matches(r"^s\d{2}(-\d)?$"), nullable=False),
        "row_no": _int(pa.Check.in_range(1, 56), nullable=False),
        "sub_no": _int(pa.Check.ge(1)),
        "code": _text(pa.Check.str_matches(r"^\d{4}[A-Z]+(-[A-Z]+)*(-[IVX]+)?$")),
        "name": _text(nullable=False),
        "component": _text(pa.Check.isin(COMPONENTS), nullable=False),
        "service_type": _text(pa.Check.isin(SERVICE_TYPES), nullable=False),
        "target_group": _text(),
        "capacity": _int(NON_NEGATIVE),
        "capacity_target": _int(NON_NEGATIVE),
        "beneficiaries": _int(NON_NEGATIVE),
        "occupancy_text": _text(),
        "budget_group": _text(pa.Check.str_matches(r"^b\d{2}$")),
        "uat_siruta": _int(pa.Check.gt(0)),
        "location_confidence": _text(pa.Check.isin(LOCATION_CONFIDENCE), nullable=False),
        "snapshot_year": _int(pa.Check.in_range(2000, 2100), nullable=False),
        **_source(),
        "notes": _text(),
    },
    strict=True,
    unique=["service_id"],
    name="services.csv",
)

BUDGET_GROUPS = pa.DataFrameSchema(
    {
        "budget_group": _text(pa.Check.str_matches(r"^b\d{2}$"), nullable=False),
        "label": _text(nullable=False),
        "county_budget_thousand_lei": _float(NON_NEGATIVE),
        "other_sources": _text(),
        **_source(),
    },
    strict=True,
    unique=["budget_group"],
    name="budget_groups.csv",
)

PROJECTS = pa.DataFrameSchema(
    {
        "project_id": _text(pa.Check.str_matches(r"^p\d{2}$"), nullable=False),
        "title": _text(nullable=False),
        "smis_code": _text(),
        "objective": _text(),
        "total_budget_lei": _float(NON_NEGATIVE),
        "dgaspc_budget_lei": _float(NON_NEGATIVE),
        "leader": _text(),
        "partner": _text(),
        "uat_siruta": _int(pa.Check.gt(0)),
        "institution_row_no": _int(pa.Check.in_range(1, 56)),
        **_source(),
    },
    strict=True,
    unique=["project_id"],
    name="projects.csv",
)

PLANNED_SERVICES = pa.DataFrameSchema(
    {
        "planned_id": _text(pa.Check.str_matches(r"^ps\d{2}$"), nullable=False),
        "name": _text(nullable=False),
        "code": _text(),
        "target_group": _text(),
        "places_per_unit": _int(NON_NEGATIVE),
        "units": _int(NON_NEGATIVE),
        "uat_siruta": _int(pa.Check.gt(0)),
        "funding": _text(),
        "project_id": _text(),
        **_source(),
    },
    strict=True,
    unique=["planned_id"],
    name="planned_services.csv",
)

COMMUNITY_CENTRES = pa.DataFrameSchema(
    {
        "centre_id": _text(pa.Check.str_matches(r"^cc\d{2}$"), nullable=False),
        "name_as_printed": _text(nullable=False),
        "uat_siruta": _int(pa.Check.gt(0), nullable=False),
        "project_code": _text(pa.Check.isin(["PN3002", "PN4056"]), nullable=False),
        "status": _text(pa.Check.isin(["înființat", "funcțional"]), nullable=False),
        "indicator_id": _text(nullable=False),
        "location_confidence": _text(pa.Check.isin(LOCATION_CONFIDENCE), nullable=False),
        **_source(),
        "notes": _text(),
    },
    strict=True,
    unique=["centre_id"],
    name="community_centres.csv",
)

OBJECTIVES = pa.DataFrameSchema(
    {
        "plan_id": _text(pa.Check.str_matches(PLAN_ID), nullable=False),
        "component": _text(pa.Check.isin(COMPONENTS), nullable=False),
        "node_id": _text(nullable=False),
        "parent_id": _text(),
        "level": _text(pa.Check.isin(LEVELS), nullable=False),
        "number": _text(),
        "title": _text(nullable=False),
        **_source(),
    },
    strict=True,
    unique=["node_id"],
    name="objectives.csv",
)

INDICATORS = pa.DataFrameSchema(
    {
        "indicator_id": _text(nullable=False),
        "plan_id": _text(pa.Check.str_matches(PLAN_ID), nullable=False),
        "component": _text(pa.Check.isin(COMPONENTS), nullable=False),
        "objective_number": _text(),
        "specific_number": _text(),
        "activity_number": _text(),
        "activity_node_id": _text(nullable=False),
        "indicator_text": _text(nullable=False),
        "target_value": _float(NON_NEGATIVE),
        "target_unit": _text(),
        "target_kind": _text(pa.Check.isin(TARGET_KINDS), nullable=False),
        "direction": _text(pa.Check.isin(DIRECTIONS), nullable=False),
        "periodicity": _text(pa.Check.isin(PERIODICITIES), nullable=False),
        "deadline": _text(pa.Check.str_matches(_DEADLINE)),
        "responsible": _text(),
        "partners": _text(),
        "funding": _text(),
        **_source(),
        "notes": _text(),
        "target_per": _text(pa.Check.str_matches(r"^\S.*\S$|^\S$")),
        "part_of": _text(),
    },
    checks=[
        pa.Check(
            lambda df: ~((df["target_kind"] == "percent") & (df["target_value"] > 100)),
            name="percent share ≤ 100",
            error="target_value of a percent (share) indicator is above 100",
        ),
        pa.Check(
            lambda df: df["target_per"].isna() | (df["target_kind"] == "count"),
            name="rate is a count",
            error="target_per is set on an indicator whose target is not a count",
        ),
        pa.Check(
            lambda df: (
                df["part_of"].isna()
                | df["part_of"]
                .map(dict(zip(df["indicator_id"], df["plan_id"], strict=True)))
                .eq(df["plan_id"])
            ),
            name="part_of is a total of the same plan",
            error="part_of names no indicator_id of the same plan",
        ),
        pa.Check(
            lambda df: df["part_of"].isna() | df["part_of"].ne(df["indicator_id"]),
            name="part_of is another indicator",
            error="an indicator is named as a part of itself",
        ),
    ],
    strict=True,
    unique=["indicator_id"],
    name="indicators.csv",
)

MILESTONES = pa.DataFrameSchema(
    {
        "indicator_id": _text(nullable=False),
        "due_date": _text(pa.Check.str_matches(_DEADLINE), nullable=False),
        "target_value": _float(NON_NEGATIVE, nullable=False),
    },
    strict=True,
    unique=["indicator_id", "due_date"],
    name="milestones.csv",
)

UNITS = pa.DataFrameSchema(
    {
        "unit_id": _text(pa.Check.str_matches(r"^u-[a-z0-9-]+$"), nullable=False),
        "name": _text(nullable=False),
        "abbreviation": _text(),
        "kind": _text(pa.Check.isin(UNIT_KINDS), nullable=False),
    },
    strict=True,
    unique=["unit_id"],
    name="units.csv",
)

INDICATOR_UNITS = pa.DataFrameSchema(
    {
        "indicator_id": _text(nullable=False),
        "unit_id": _text(pa.Check.str_matches(r"^u-[a-z0-9-]+$"), nullable=False),
        "role": _text(pa.Check.isin(UNIT_ROLES), nullable=False),
    },
    strict=True,
    unique=["indicator_id", "unit_id", "role"],
    name="indicator_units.csv",
)
