"""The stored catalogue as CSV files with the curated contracts (`export-catalog`); a text cell
that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets an apostrophe in front,
by the downloads' rule (domain.spreadsheet)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pandas as pd
from sqlalchemy import Engine

from curation.common import write_csv
from domain.plans import META_KEYS, PLAN_TABLES
from domain.spreadsheet import neutralise_formulas
from store import plan_versions as plans

CURATED_FILES = {table: f"{table}.csv" for table in PLAN_TABLES}


def _rows(frame: pd.DataFrame) -> list[dict[str, object]]:
    safe = neutralise_formulas(frame)
    safe.columns = frame.columns  # the contract's names, as they are
    return [
        {k: (None if pd.isna(v) else v) for k, v in row.items()}
        for row in safe.astype(object).to_dict("records")
    ]


def export_catalog(
    folder: Path, *, plan_id: str | None = None, engine: Engine | None = None
) -> list[Path]:
    """Write plans.csv and one CSV per plan table (rows of `plan_id`, or of every stored plan in
    the store's order) with the contracts' columns; KeyError for an unknown plan."""
    ids = [plan_id] if plan_id else list(plans.list_plans(engine=engine)["plan_id"])
    loaded = [plans.plan_tables(p, engine=engine) for p in ids]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    path = folder / "plans.csv"
    write_csv(path, list(META_KEYS), [asdict(p.meta) for p in loaded])
    written.append(path)
    for table, name in CURATED_FILES.items():
        rows = [row for p in loaded for row in _rows(p.table(table))]
        path = folder / name
        write_csv(path, plans.table_columns(table), rows)
        written.append(path)
    return written
