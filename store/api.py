"""The store's interface for pages and the command line (implementations in the modules named).

Reported values: values_frame, save_values, preview_values, history, reporting_periods.
Plans (store.plan_versions): list_plans, plan_tables, check_plan, save_plan; service snapshots
entered before plans lived in the store: snapshots_frame (read only).
Demonstration values: has_demo, generate_demo, remove_demo.
Users (database table `app_user`, bcrypt hashes): create_user, update_user, login (throttled,
audited), locked_names, unlock, authenticate, users_frame, has_users, can_edit, is_admin. Every
write loads its acting user in its transaction (WriteRefusedError). Audit: audit_frame.
Set-up: init, row_counts. Backup: backup, restore (store.backup).
Reporters and periods (issue #24): user_units, reporter_units_frame (store.reporters);
close_period, reopen_period, closed_periods, is_closed (store.periods); submit_unit,
approve_unit, return_unit, submission_state, submissions_frame (store.submissions).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlalchemy import select as sa_select
from sqlmodel import SQLModel

from store.aggregates import latest_values, value_counts_by_period
from store.audit import AUDIT_COLUMNS, audit_frame, audit_users, data_version
from store.db import current_revision, get_engine, migrate
from store.demo import (
    demo_plan_id,
    generate_demo,
    generate_demo_registry,
    generate_strategy_demo,
    has_demo,
    remove_demo,
)
from store.errors import (
    ClosedPeriodError,
    ConflictError,
    LastAdminError,
    OtherUnitError,
    PeriodStateError,
    ProblemsError,
    ReporterUnitsError,
    SubmissionError,
    SubmittedError,
    UnknownUserError,
    UserExistsError,
    WriteRefusedError,
)
from store.logins import Lock, LoginResult, locked_names, login, unlock
from store.models import UserInfo, ValueIn
from store.periods import close_period, closed_periods, is_closed, reopen_period
from store.reporters import reporter_units_frame, user_units
from store.seed import fold_snapshots, seed_curated
from store.snapshots import SNAPSHOT_COLUMNS, snapshots_frame
from store.submissions import (
    approve_unit,
    return_unit,
    submission_state,
    submissions_frame,
    submit_unit,
)
from store.users import (
    USER_COLUMNS,
    authenticate,
    can_edit,
    create_user,
    current_user,
    has_users,
    is_admin,
    update_user,
    users_frame,
)
from store.values import (
    HISTORY_COLUMNS,
    PREVIEW_COLUMNS,
    VALUE_COLUMNS,
    Conflict,
    SaveResult,
    history,
    preview_values,
    reporting_periods,
    save_values,
    values_frame,
)


@dataclass(frozen=True)
class InitReport:
    """What `init` found and did: schema revision, plans seeded, registries folded, rows."""

    revision: str | None
    seeded_plans: dict[str, str]
    folded: list[str]
    counts: dict[str, int]

    def summary(self) -> str:
        """`table: rows` for every table, comma-separated."""
        return ", ".join(f"{table}: {rows}" for table, rows in self.counts.items())


def init(*, engine: Engine | None = None, seed: bool = True) -> InitReport:
    """Create or migrate the schema, seed the curated plans and fold earlier yearly capacities
    (`seed=False`: the schema only, for tests that bring their own catalogue)."""
    migrate(engine)
    seeded = seed_curated(engine=engine) if seed else {}
    folded = fold_snapshots(engine=engine) if seed else []
    return InitReport(
        revision=current_revision(engine),
        seeded_plans=seeded,
        folded=folded,
        counts=row_counts(engine),
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
    "ClosedPeriodError",
    "Conflict",
    "ConflictError",
    "InitReport",
    "LastAdminError",
    "Lock",
    "LoginResult",
    "OtherUnitError",
    "PeriodStateError",
    "ProblemsError",
    "ReporterUnitsError",
    "SaveResult",
    "SubmissionError",
    "SubmittedError",
    "UnknownUserError",
    "UserExistsError",
    "UserInfo",
    "ValueIn",
    "WriteRefusedError",
    "approve_unit",
    "audit_frame",
    "audit_users",
    "authenticate",
    "can_edit",
    "close_period",
    "closed_periods",
    "create_user",
    "current_user",
    "data_version",
    "demo_plan_id",
    "generate_demo",
    "generate_demo_registry",
    "generate_strategy_demo",
    "has_demo",
    "has_users",
    "history",
    "init",
    "is_admin",
    "is_closed",
    "latest_values",
    "locked_names",
    "login",
    "preview_values",
    "remove_demo",
    "reopen_period",
    "reporter_units_frame",
    "reporting_periods",
    "return_unit",
    "row_counts",
    "save_values",
    "snapshots_frame",
    "submission_state",
    "submissions_frame",
    "submit_unit",
    "unlock",
    "update_user",
    "user_units",
    "users_frame",
    "value_counts_by_period",
    "values_frame",
]
