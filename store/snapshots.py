"""Yearly service snapshots entered before plans lived in the store (read only).

The registry of a year is now the `services` sheet of that year's annual plan
(`store.plan_versions`);
`store init` folds snapshots of a year without a plan into one (`store.seed.fold_snapshots`).
The table stays so that older databases keep what was entered, and backups carry it.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine
from sqlmodel import col, select

from store.db import read_session
from store.models import ServiceSnapshot

SNAPSHOT_COLUMNS = [
    "service_id", "year", "capacity", "beneficiaries", "source", "entered_by", "entered_at",
]  # fmt: skip


def snapshots_frame(*, engine: Engine | None = None) -> pd.DataFrame:
    """Every snapshot (SNAPSHOT_COLUMNS; capacity and beneficiaries Int64; entered_at UTC)."""
    with read_session(engine) as session:
        query = select(ServiceSnapshot).order_by(
            col(ServiceSnapshot.service_id), col(ServiceSnapshot.year)
        )
        records = [row.model_dump(include=set(SNAPSHOT_COLUMNS)) for row in session.exec(query)]
    frame = pd.DataFrame(records, columns=SNAPSHOT_COLUMNS)
    for column in ("year", "capacity", "beneficiaries"):
        frame[column] = frame[column].astype("Int64")
    frame["entered_at"] = pd.Series(
        pd.to_datetime(list(frame["entered_at"]), utc=True), index=frame.index
    )
    return frame
