"""Yearly service snapshots (capacity, beneficiaries per service unit): read, seed, save."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import col, select

from store import messages
from store.audit import record
from store.catalog import Catalog, load_catalog
from store.db import read_session, write_session
from store.errors import ProblemsError
from store.models import SNAPSHOT_SOURCE_PATTERN, ServiceSnapshot, SnapshotIn, utc_now
from store.values import SaveResult

TABLE = "service_snapshot"
REGISTRY_USER = "registry"
SNAPSHOT_COLUMNS = [
    "service_id", "year", "capacity", "beneficiaries", "source", "entered_by", "entered_at",
]  # fmt: skip


def snapshot_key(service_id: str, year: int) -> str:
    """The audit key of one snapshot: `service_id|year`."""
    return f"{service_id}|{year}"


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


def validate_snapshots_rows(
    rows: Iterable[SnapshotIn | Mapping[str, Any]], catalog: Catalog
) -> tuple[list[SnapshotIn], list[str]]:
    """(valid rows, problems): the model's checks, known service ids, no duplicate keys."""
    known = set(catalog.services["service_id"])
    valid: list[SnapshotIn] = []
    problems: list[str] = []
    seen: dict[tuple[str, int], int] = {}
    for number, raw in enumerate(rows, start=1):
        try:
            row = raw if isinstance(raw, SnapshotIn) else SnapshotIn.model_validate(dict(raw))
        except ValidationError as exc:
            for error in exc.errors():
                column = ".".join(str(p) for p in error.get("loc", ())) or "-"
                detail = messages.INVALID.format(detail=error["msg"])
                problems.append(f"row {number}, column {column}: {detail}")
            continue
        key = (row.service_id, row.year)
        if row.service_id not in known:
            message = messages.UNKNOWN_SERVICE.format(value=row.service_id)
            problems.append(f"row {number}, column service_id: {message}")
        elif key in seen:
            message = messages.DUPLICATE_ID.format(value=row.service_id, first=seen[key])
            problems.append(f"row {number}, column service_id: {message}")
        else:
            valid.append(row)
        seen.setdefault(key, number)
    return valid, problems


def _state(row: ServiceSnapshot | SnapshotIn, source: str) -> dict[str, Any]:
    return {"capacity": row.capacity, "beneficiaries": row.beneficiaries, "source": source}


def _existing(session: Any, rows: list[SnapshotIn]) -> dict[tuple[str, int], ServiceSnapshot]:
    if not rows:
        return {}
    query = select(ServiceSnapshot).where(
        col(ServiceSnapshot.service_id).in_(sorted({r.service_id for r in rows})),
        col(ServiceSnapshot.year).in_(sorted({r.year for r in rows})),
    )
    return {(s.service_id, s.year): s for s in session.exec(query)}


def snapshot_status(existing: ServiceSnapshot | None, row: SnapshotIn) -> str:
    """new / changed / unchanged."""
    if existing is None:
        return "new"
    same = (existing.capacity, existing.beneficiaries) == (row.capacity, row.beneficiaries)
    return "unchanged" if same else "changed"


def preview_snapshots(rows: Iterable[SnapshotIn], *, engine: Engine | None = None) -> pd.DataFrame:
    """What saving `rows` would do: service_id, year, status, old/new capacity and beneficiaries."""
    rows = list(rows)
    with read_session(engine) as session:
        existing = _existing(session, rows)
    records = []
    for row in rows:
        old = existing.get((row.service_id, row.year))
        records.append(
            {
                "service_id": row.service_id,
                "year": row.year,
                "status": snapshot_status(old, row),
                "old_capacity": None if old is None else old.capacity,
                "new_capacity": row.capacity,
                "old_beneficiaries": None if old is None else old.beneficiaries,
                "new_beneficiaries": row.beneficiaries,
            }
        )
    frame = pd.DataFrame(
        records,
        columns=[
            "service_id", "year", "status", "old_capacity", "new_capacity",
            "old_beneficiaries", "new_beneficiaries",
        ],
    )  # fmt: skip
    for column in frame.columns[3:]:
        frame[column] = frame[column].astype("Int64")
    return frame


def save_snapshots(
    rows: Iterable[SnapshotIn | Mapping[str, Any]],
    user: str,
    source: str = "upload",
    *,
    only_missing: bool = False,
    catalog: Catalog | None = None,
    engine: Engine | None = None,
) -> SaveResult:
    """Validate every row, then write them in one transaction, audited; ProblemsError if any."""
    if not re.match(SNAPSHOT_SOURCE_PATTERN, source):
        raise ValueError(f"source must match {SNAPSHOT_SOURCE_PATTERN}, not {source!r}")
    if not user.strip():
        raise ValueError("user is required")
    valid, problems = validate_snapshots_rows(rows, catalog or load_catalog())
    if problems:
        raise ProblemsError(problems)
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    now = utc_now()
    with write_session(engine, lock=TABLE) as session:
        existing = _existing(session, valid)
        for row in valid:
            old = existing.get((row.service_id, row.year))
            status = "unchanged" if only_missing and old else snapshot_status(old, row)
            counts[status] += 1
            if status == "unchanged":
                continue
            before = None if old is None else _state(old, old.source)
            target = old or ServiceSnapshot(
                service_id=row.service_id,
                year=row.year,
                source=source,
                entered_by=user,
                entered_at=now,
            )
            target.capacity, target.beneficiaries, target.source = (
                row.capacity,
                row.beneficiaries,
                source,
            )
            target.entered_by, target.entered_at = user, now
            session.add(target)
            key = snapshot_key(row.service_id, row.year)
            after = _state(row, source)
            record(session, user=user, table_name=TABLE, key=key, old=before, new=after, at=now)
    return SaveResult(
        inserted=counts["new"], updated=counts["changed"], unchanged=counts["unchanged"]
    )


def seed_registry(*, catalog: Catalog | None = None, engine: Engine | None = None) -> int:
    """Insert the curated registry's snapshot (2022) where it is missing; the number inserted."""
    catalog = catalog or load_catalog()
    inserted = 0
    for year, group in catalog.services.groupby("snapshot_year"):
        rows = [
            SnapshotIn(
                service_id=str(s.service_id),
                year=int(year),
                capacity=None if pd.isna(s.capacity) else int(s.capacity),
                beneficiaries=None if pd.isna(s.beneficiaries) else int(s.beneficiaries),
            )
            for s in group.itertuples()
        ]
        result = save_snapshots(
            rows,
            REGISTRY_USER,
            f"registry_{int(year)}",
            only_missing=True,
            catalog=catalog,
            engine=engine,
        )
        inserted += result.inserted
    return inserted
