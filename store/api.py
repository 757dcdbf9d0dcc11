"""The store's interface for pages and the command line (implementations in the modules named).

Reported values: values_frame, save_values, preview_values, history, reporting_periods.
Service snapshots: snapshots_frame, save_snapshots, preview_snapshots.
Demonstration values: has_demo, generate_demo, remove_demo.
Users (database table `app_user`, bcrypt hashes): create_user, update_user, login (throttled,
audited), authenticate, users_frame, has_users, can_edit, is_admin. Audit: audit_frame.
Set-up: init, row_counts. Backup: backup, restore (store.backup).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel

from store.aggregates import latest_values, value_counts_by_period
from store.audit import AUDIT_COLUMNS, audit_frame, data_version
from store.catalog import Catalog, load_catalog
from store.db import current_revision, get_engine, migrate
from store.demo import generate_demo, has_demo, remove_demo
from store.errors import LastAdminError, ProblemsError, UnknownUserError, UserExistsError
from store.logins import LoginResult, login
from store.models import SnapshotIn, UserInfo, ValueIn
from store.snapshots import (
    SNAPSHOT_COLUMNS,
    preview_snapshots,
    save_snapshots,
    seed_registry,
    snapshots_frame,
)
from store.users import (
    USER_COLUMNS,
    authenticate,
    can_edit,
    create_user,
    has_users,
    is_admin,
    update_user,
    users_frame,
)
from store.values import (
    HISTORY_COLUMNS,
    PREVIEW_COLUMNS,
    VALUE_COLUMNS,
    SaveResult,
    history,
    preview_values,
    reporting_periods,
    save_values,
    values_frame,
)


@dataclass(frozen=True)
class InitReport:
    """What `init` found and did: schema revision, snapshots seeded, rows per table."""

    revision: str | None
    seeded_snapshots: int
    counts: dict[str, int]

    def summary(self) -> str:
        """`table: rows` for every table, comma-separated."""
        return ", ".join(f"{table}: {rows}" for table, rows in self.counts.items())


def init(*, catalog: Catalog | None = None, engine: Engine | None = None) -> InitReport:
    """Create or migrate the schema, then seed the registry's service snapshot where missing."""
    migrate(engine)
    seeded = seed_registry(catalog=catalog or load_catalog(), engine=engine)
    return InitReport(
        revision=current_revision(engine), seeded_snapshots=seeded, counts=row_counts(engine)
    )


def row_counts(engine: Engine | None = None) -> dict[str, int]:
    """Rows per table of the schema (every table on SQLModel.metadata, in foreign-key order), to
    print after a step (the step completing is not the data being right)."""
    with get_engine(engine).connect() as connection:
        return {
            table.name: int(connection.execute(sa_select(func.count()).select_from(table)).one()[0])
            for table in SQLModel.metadata.sorted_tables
        }


__all__ = [
    "AUDIT_COLUMNS",
    "HISTORY_COLUMNS",
    "PREVIEW_COLUMNS",
    "SNAPSHOT_COLUMNS",
    "USER_COLUMNS",
    "VALUE_COLUMNS",
    "InitReport",
    "LastAdminError",
    "LoginResult",
    "ProblemsError",
    "SaveResult",
    "SnapshotIn",
    "UnknownUserError",
    "UserExistsError",
    "UserInfo",
    "ValueIn",
    "audit_frame",
    "authenticate",
    "can_edit",
    "create_user",
    "data_version",
    "generate_demo",
    "has_demo",
    "has_users",
    "history",
    "init",
    "is_admin",
    "latest_values",
    "login",
    "preview_snapshots",
    "preview_values",
    "remove_demo",
    "reporting_periods",
    "row_counts",
    "save_snapshots",
    "save_values",
    "snapshots_frame",
    "update_user",
    "users_frame",
    "value_counts_by_period",
    "values_frame",
]
