"""The audit log: every insert, update and delete, written in the transaction that makes it."""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import pandas as pd
from sqlalchemy import Engine, event, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from store.db import get_engine, read_session
from store.models import AuditLog, utc_now

AUDIT_COLUMNS = ["id", "at", "user", "table_name", "key", "action", "old", "new"]
_RUN = threading.local()  # this thread's page run: the data version read once (begin_run)


def begin_run() -> None:
    """A page run starts (app.py, first thing): from now on, in this thread, the data version is
    read from the database once and then remembered — until a commit in this thread or the next
    run. A value saved anywhere is still on the next run; a page that saves sees its own write.
    Outside a page run (command line, tests) every call reads the database."""
    _RUN.versions = {}


@event.listens_for(Engine, "commit")
def _forget_version(connection: Any) -> None:
    """Any commit in this thread: the next data version read goes to the database."""
    if getattr(_RUN, "versions", None):
        _RUN.versions = {}


def record(
    session: Session,
    *,
    user: str,
    table_name: str,
    key: str,
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any] | None,
    at: datetime | None = None,
) -> None:
    """Add one audit entry (insert when `old` is None, delete when `new` is None)."""
    action = "insert" if old is None else "delete" if new is None else "update"
    session.add(
        AuditLog(
            at=at or utc_now(),
            user=user,
            table_name=table_name,
            key=key,
            old=_dump(old),
            new=_dump(new),
            action=action,
        )
    )


def _dump(state: Mapping[str, Any] | None) -> str | None:
    return None if state is None else json.dumps(dict(state), ensure_ascii=False, sort_keys=True)


def load_state(text: object) -> dict[str, Any] | None:
    """An audit entry's old/new state as a dict (None for the missing side, also NaN)."""
    return json.loads(text) if isinstance(text, str) else None


def audit_frame(
    *,
    table_name: str | None = None,
    key_prefix: str | None = None,
    limit: int | None = None,
    user: str | None = None,
    since: datetime | None = None,
    before: datetime | None = None,
    engine: Engine | None = None,
) -> pd.DataFrame:
    """Audit entries, newest first: id, at (UTC), user, table_name, key, action, old, new (JSON).
    Filters, all optional: the kind (`table_name`), a key prefix, who (`user`), when
    (`since` ≤ at < `before`, aware datetimes)."""
    query = select(AuditLog).order_by(col(AuditLog.id).desc())
    if table_name is not None:
        query = query.where(AuditLog.table_name == table_name)
    if user is not None:
        query = query.where(AuditLog.user == user)
    if since is not None:
        query = query.where(col(AuditLog.at) >= since)
    if before is not None:
        query = query.where(col(AuditLog.at) < before)
    if key_prefix is not None:
        query = query.where(col(AuditLog.key).startswith(key_prefix, autoescape=True))
    if limit is not None:
        query = query.limit(limit)
    with read_session(engine) as session:
        rows = [entry.model_dump() for entry in session.exec(query)]
    frame = pd.DataFrame(rows, columns=AUDIT_COLUMNS)
    frame["at"] = as_utc(frame["at"])
    return frame


def audit_users(*, engine: Engine | None = None) -> list[str]:
    """Every name that appears in the audit log, sorted (the audit tab's user filter)."""
    with read_session(engine) as session:
        names = session.exec(select(AuditLog.user).distinct()).all()
    return sorted(str(n) for n in names)


def as_utc(series: pd.Series) -> pd.Series:
    """Timestamps as timezone-aware UTC (SQLite returns them naive; they were stored in UTC)."""
    return pd.Series(pd.to_datetime(list(series), utc=True), index=series.index, name=series.name)


def data_version(*, engine: Engine | None = None) -> tuple[int, int]:
    """(number of audit entries, highest audit id): changes with every committed write of values,
    snapshots or users, because each is audited in its own transaction. Pages key their caches on
    it, so a saved value is shown on the next run and nothing is read twice in between.

    The count as well as the highest id: a PostgreSQL transaction that took a lower id may commit
    after one with a higher id, which the count still sees. Raises when the database cannot be
    read.
    """
    bound = get_engine(engine)
    memo: dict[str, tuple[int, int]] | None = getattr(_RUN, "versions", None)
    key = str(bound.url)
    if memo is not None and key in memo:
        return memo[key]
    table = AuditLog.__table__  # type: ignore[attr-defined]
    query = sa_select(func.count(table.c.id), func.max(table.c.id))
    with bound.connect() as connection:
        count, highest = connection.execute(query).one()
    version = int(count), int(highest or 0)
    if memo is not None:
        memo[key] = version
    return version
