"""The coded values of the data contracts (DESIGN.md), declared once with what they mean:
service types (and how each one's capacity counts), where a service is, levels of a plan,
targets' kinds, directions and periodicities, units' kinds and roles.

The schemas (domain/schemas.py) check data against these; the metrics group by them; the plan
workbook explains them (`GLOSSES`, Romanian, in its „Coloane” sheet) and the tables print them.
The screen's labels of service types are in display/strings (`stype.<value>`, RO/EN)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from domain.components import BY_VALUE

Counts = Literal["places", "flow", "network", "other"]


@dataclass(frozen=True)
class ServiceType:
    """A service type; `counts`: what its capacity counts — places occupied by residents
    (residential, family-type), beneficiaries over the year (day and counselling services),
    carers and children placed (the foster-care network), or other."""

    value: str
    counts: Counts


SERVICE_TYPE_DECLARATIONS: tuple[ServiceType, ...] = (
    ServiceType("family_type_home", "places"),
    ServiceType("emergency_reception", "places"),
    ServiceType("maternal_centre", "places"),
    ServiceType("day_recovery_centre", "flow"),
    ServiceType("counselling", "flow"),
    ServiceType("youth_support", "places"),
    ServiceType("domestic_violence_shelter", "places"),
    ServiceType("foster_care", "network"),
    ServiceType("rehabilitation_centre", "places"),
    ServiceType("care_assistance_centre", "places"),
    ServiceType("protected_house", "places"),
    ServiceType("occupational_therapy_centre", "places"),
    ServiceType("elderly_home", "places"),
    ServiceType("other", "other"),
)
SERVICE_TYPES: list[str] = [t.value for t in SERVICE_TYPE_DECLARATIONS]


def service_types_counting(counts: Counts) -> frozenset[str]:
    """The service types whose capacity counts `counts`."""
    return frozenset(t.value for t in SERVICE_TYPE_DECLARATIONS if t.counts == counts)


LOCATION_CONFIDENCE = ["stated", "inferred", "unknown", "directorate"]
LEVELS = ["general", "specific", "activity"]
TARGET_KINDS = ["count", "percent", "increase_pct", "boolean", "text"]
NUMERIC_KINDS = ("count", "percent", "increase_pct")  # a number to reach (a trajectory)
DIRECTIONS = ["min", "max", "approx", "exact"]
PERIODICITIES = ["once", "annual", "semester", "quarterly", "monthly", "weekly", "permanent"]
UNIT_KINDS = ["dgaspc", "service", "institution", "local_authority", "ngo", "other"]
UNIT_ROLES = ["responsible", "partner"]
# How the coded values read in Romanian (the plan workbook's „Coloane” sheet, the tables).
GLOSSES: dict[str, dict[str, str]] = {
    "component": {value: c.label_ro for value, c in BY_VALUE.items()},
    "location_confidence": {
        "stated": "declarată în document", "inferred": "dedusă", "unknown": "necunoscută",
        "directorate": "stabilită de personalul direcției",
    },
    "level": {"general": "obiectiv general", "specific": "obiectiv specific",
              "activity": "activitate"},
    "target_kind": {"count": "număr", "percent": "procent (pondere 0–100)",
                    "increase_pct": "creștere procentuală", "boolean": "da/nu", "text": "text"},
    "direction": {"min": "cel puțin", "max": "cel mult", "approx": "aproximativ",
                  "exact": "exact"},
    "periodicity": {"once": "o dată", "annual": "anual", "semester": "semestrial",
                    "quarterly": "trimestrial", "monthly": "lunar", "weekly": "săptămânal",
                    "permanent": "permanent"},
    "kind": {"annual": "plan anual de acțiune", "strategy": "strategie"},
}  # fmt: skip
