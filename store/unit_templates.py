"""Every unit's template for a period in one go (`python -m store export-templates DIR`): one
file per unit that answers for at least one of the plan's indicators, with only those
indicators, named by the unit's abbreviation (when no other unit shares it) or its name —
ASCII, lower case, words joined by `-` (`CIAPV Răchitoasa` → `ciapv.xlsx`,
`Serviciul Juridic și Contencios` → `serviciul-juridic-si-contencios.xlsx`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from domain.file_names import file_stem as stem_of
from loaders.tables import load_units
from store.excel import export_template
from store.input_rules import Catalog, load_catalog

STEM_MAX_CHARS = 60


@dataclass(frozen=True)
class UnitTemplate:
    """One file written: the unit, its file, how many indicators it holds."""

    unit_id: str
    unit_name: str
    path: Path
    rows: int


def file_stem(text: str) -> str:
    """A unit's file name (`domain.file_names`), at most STEM_MAX_CHARS."""
    return stem_of(text, limit=STEM_MAX_CHARS)


def unit_file_names(units: pd.DataFrame) -> dict[str, str]:
    """unit_id → file name (`.xlsx`) for every unit of the catalogue, unique: the abbreviation
    when the unit has one no other unit shares, else the name; a clash gets the unit id."""
    abbreviations = units["abbreviation"].fillna("").astype(str).str.strip()
    counts = abbreviations[abbreviations != ""].value_counts()
    stems = {}
    for unit_id, name, abbreviation in zip(units["unit_id"], units["name"], abbreviations,
                                           strict=True):  # fmt: skip
        own = abbreviation and counts.get(abbreviation, 0) == 1
        stems[str(unit_id)] = file_stem(abbreviation if own else str(name)) or str(unit_id)
    taken = pd.Series(list(stems.values())).value_counts()
    return {
        unit_id: f"{stem if taken[stem] == 1 else f'{stem}-{file_stem(unit_id)}'}.xlsx"
        for unit_id, stem in stems.items()
    }


def export_unit_templates(
    directory: str | Path,
    plan_id: str,
    period_end: date,
    *,
    catalog: Catalog | None = None,
    units: pd.DataFrame | None = None,
) -> list[UnitTemplate]:
    """Write one template per unit answering for the plan's indicators into `directory`
    (created if missing); what was written, by file name."""
    catalog = catalog or load_catalog()
    units = load_units() if units is None else units
    names = dict(zip(units["unit_id"], units["name"], strict=True))
    files = unit_file_names(units)
    plan_ids = set(catalog.plan_indicators(plan_id)["indicator_id"])
    owners = catalog.owners[catalog.owners["indicator_id"].isin(plan_ids)]
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for unit_id in sorted(set(owners["unit_id"]), key=lambda u: files.get(u, u)):
        name = str(names.get(unit_id, unit_id))
        path = target / files.get(unit_id, f"{file_stem(unit_id)}.xlsx")
        rows = export_template(
            path, plan_id, period_end, catalog=catalog, unit_id=unit_id, unit_name=name
        )
        written.append(UnitTemplate(unit_id=unit_id, unit_name=name, path=path, rows=rows))
    return written


def unowned_count(plan_id: str, catalog: Catalog) -> int:
    """The plan's indicators no unit answers for (they are in no unit's file)."""
    plan_ids = set(catalog.plan_indicators(plan_id)["indicator_id"])
    return len(plan_ids - set(catalog.owners["indicator_id"]))
