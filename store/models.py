"""Table models (persisted) and plain input models (validated first), in one module.

County-level values have no UAT: the input models and `store.api` say `uat_siruta=None`, the
table stores the sentinel `COUNTY_SIRUTA` (0, never a SIRUTA code) so that the unique key
(indicator_id, period_end, uat_siruta) holds the same way on SQLite and PostgreSQL (a NULL in a
unique constraint would let duplicates through on both).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Column, DateTime, UniqueConstraint, false
from sqlmodel import Field, SQLModel

COUNTY_SIRUTA = 0
VALUE_SOURCES = ("form", "upload", "demo")
ROLES = ("viewer", "editor", "admin", "reporter")
SUBMISSION_STATES = ("submitted", "approved", "returned")
SENT_STATES = ("submitted", "approved")  # a unit's report sent: frozen for its reporters
COMMENT_MAX_CHARS = 2000

# Removed from every text the store writes and the workbook reader reads: NUL and the other
# control characters a spreadsheet cannot hold (tab and line breaks stay), and the bidi
# controls (U+200E/F, U+202A–202E, U+2066–2069) that would reverse how a table reads.
UNSAFE_CHARS = "".join(
    [chr(c) for c in range(32) if chr(c) not in "\t\n\r"]
    + ["\u200e", "\u200f"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_UNSAFE = str.maketrans("", "", UNSAFE_CHARS)

ValueSource = Literal["form", "upload", "demo"]
Role = Literal["viewer", "editor", "admin", "reporter"]


def clean_text(text: str) -> str:
    """`text` without UNSAFE_CHARS (the one rule for text written or read from a workbook)."""
    return text.translate(_UNSAFE)


def utc_now() -> datetime:
    """The current time in UTC (stored timezone-aware where the database can)."""
    return datetime.now(UTC)


def _utc_column(*, index: bool = False) -> Column:
    return Column(DateTime(timezone=True), nullable=False, index=index)


class ReportingPeriod(SQLModel, table=True):
    """A period end for which a plan has reported values (filled as values are saved)."""

    __tablename__ = "reporting_period"
    __table_args__ = (UniqueConstraint("plan_id", "period_end", name="uq_reporting_period"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str = Field(max_length=40)
    period_end: date


class ReportedValue(SQLModel, table=True):
    """One reported value: indicator × period end × UAT (COUNTY_SIRUTA for the county)."""

    __tablename__ = "reported_value"
    __table_args__ = (
        UniqueConstraint("indicator_id", "period_end", "uat_siruta", name="uq_reported_value"),
        CheckConstraint("source IN ('form', 'upload', 'demo')", name="ck_reported_value_source"),
        CheckConstraint("value >= 0", name="ck_reported_value_non_negative"),
    )

    id: int | None = Field(default=None, primary_key=True)
    indicator_id: str = Field(max_length=80, index=True)
    period_end: date
    uat_siruta: int = Field(default=COUNTY_SIRUTA)
    value: float
    comment: str = Field(default="", max_length=COMMENT_MAX_CHARS)
    source: str = Field(max_length=10)
    entered_by: str = Field(max_length=80)
    entered_at: datetime = Field(sa_column=_utc_column())


class ServiceSnapshot(SQLModel, table=True):
    """Capacity and beneficiaries of one service unit in one year (2022: the registry)."""

    __tablename__ = "service_snapshot"
    __table_args__ = (
        UniqueConstraint("service_id", "year", name="uq_service_snapshot"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="ck_snapshot_capacity"),
        CheckConstraint(
            "beneficiaries IS NULL OR beneficiaries >= 0", name="ck_snapshot_beneficiaries"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    service_id: str = Field(max_length=20, index=True)
    year: int
    capacity: int | None = None
    beneficiaries: int | None = None
    source: str = Field(max_length=20)
    entered_by: str = Field(max_length=80)
    entered_at: datetime = Field(sa_column=_utc_column())


class Plan(SQLModel, table=True):
    """A plan (annual action plan or multi-year strategy): the `plan` sheet of its workbook."""

    __tablename__ = "plan"
    __table_args__ = (
        UniqueConstraint("plan_id", name="uq_plan_plan_id"),
        CheckConstraint("kind IN ('annual', 'strategy')", name="ck_plan_kind"),
        CheckConstraint("year_start <= year_end", name="ck_plan_years"),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str = Field(max_length=40)
    title: str = Field(max_length=300)
    kind: str = Field(max_length=10)
    year_start: int
    year_end: int
    county: str = Field(max_length=10)
    source: str = Field(default="", max_length=1000)
    demo: bool = False
    created_by: str = Field(max_length=80)
    created_at: datetime = Field(sa_column=_utc_column())


class PlanVersion(SQLModel, table=True):
    """One stored version of a plan's catalogue; the highest number is the one in force."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "version", name="uq_plan_version"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str = Field(max_length=40, index=True)
    version: int
    title: str = Field(max_length=300)
    year_start: int
    year_end: int
    source: str = Field(default="", max_length=1000)
    note: str = Field(default="", max_length=500)
    created_by: str = Field(max_length=80)
    created_at: datetime = Field(sa_column=_utc_column())


class CatalogRow(SQLModel, table=True):
    """One row of a plan version's table (services, indicators, …) as JSON with the contract's
    columns; read back and validated with the same pandera schemas as the curated files."""

    __tablename__ = "catalog_row"
    __table_args__ = (
        UniqueConstraint("version_id", "table_name", "position", name="uq_catalog_row"),
    )

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="plan_version.id", index=True)
    table_name: str = Field(max_length=30)
    position: int
    row_key: str = Field(max_length=200)
    data: str


class AuditLog(SQLModel, table=True):
    """One change: who, when, which table and key, old → new (JSON text), insert/update/delete."""

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="ck_audit_action"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=_utc_column(index=True))
    user: str = Field(max_length=80)
    table_name: str = Field(max_length=40)
    key: str = Field(max_length=200, index=True)
    old: str | None = None
    new: str | None = None
    action: str = Field(max_length=10)


class User(SQLModel, table=True):
    """A person who may log in; the password only as a bcrypt hash."""

    __tablename__ = "app_user"
    __table_args__ = (
        UniqueConstraint("username", name="uq_app_user_username"),
        CheckConstraint(
            "role IN ('viewer', 'editor', 'admin', 'reporter')", name="ck_app_user_role"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=40)
    password_hash: str = Field(max_length=100)
    role: str = Field(max_length=10)
    created_at: datetime = Field(sa_column=_utc_column())
    disabled: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class UserUnit(SQLModel, table=True):
    """A unit (units.csv `unit_id`) a `reporter` answers for: it writes only their indicators."""

    __tablename__ = "user_unit"
    __table_args__ = (UniqueConstraint("user_id", "unit_id", name="uq_user_unit"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    unit_id: str = Field(max_length=60)


class PeriodClosure(SQLModel, table=True):
    """A closed period of a plan: every write of its values is refused until it is reopened
    (reopening deletes the row; the audit keeps who closed and reopened it, and why)."""

    __tablename__ = "period_closure"
    __table_args__ = (UniqueConstraint("plan_id", "period_end", name="uq_period_closure"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str = Field(max_length=40)
    period_end: date
    closed_by: str = Field(max_length=80)
    closed_at: datetime = Field(sa_column=_utc_column())


class UnitSubmission(SQLModel, table=True):
    """Where a unit's report for one plan and period stands: submitted, approved or returned
    (no row: nothing submitted yet). `comment`: the office's reason when it sends it back."""

    __tablename__ = "unit_submission"
    __table_args__ = (
        UniqueConstraint("plan_id", "period_end", "unit_id", name="uq_unit_submission"),
        CheckConstraint(
            "state IN ('submitted', 'approved', 'returned')", name="ck_unit_submission_state"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str = Field(max_length=40)
    period_end: date
    unit_id: str = Field(max_length=60)
    state: str = Field(max_length=10)
    comment: str = Field(default="", max_length=COMMENT_MAX_CHARS)
    submitted_by: str = Field(max_length=80)
    submitted_at: datetime = Field(sa_column=_utc_column())
    reviewed_by: str | None = Field(default=None, max_length=80)
    reviewed_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


# --- plain input models: validate first, then persist the table models -----------------------


class ValueIn(BaseModel):
    """A reported value as entered (form, upload or demo); `value=None` asks to delete it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    indicator_id: str = PydanticField(min_length=1, max_length=80)
    period_end: date
    uat_siruta: int | None = PydanticField(default=None, gt=0)
    value: float | None = PydanticField(ge=0)
    comment: str = PydanticField(default="", max_length=COMMENT_MAX_CHARS)

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("value must be a finite number")
        return value

    @field_validator("comment", mode="before")
    @classmethod
    def _blank_comment(cls, value: object) -> object:
        if value is None:
            return ""
        return clean_text(value) if isinstance(value, str) else value


class UserIn(BaseModel):
    """A new user: lower-case name, a password bcrypt can hash (8–72 bytes), a role."""

    model_config = ConfigDict(extra="forbid")

    username: str = PydanticField(pattern=r"^[a-z0-9][a-z0-9._-]{1,39}$")
    password: str = PydanticField(min_length=8, repr=False)
    role: Role

    @field_validator("password")
    @classmethod
    def _bcrypt_length(cls, value: str) -> str:
        return _fits_bcrypt(value)


def _fits_bcrypt(value: str) -> str:
    if len(value.encode("utf-8")) > 72:
        raise ValueError("password longer than 72 bytes (bcrypt's limit)")
    return value


class PasswordIn(BaseModel):
    """A new password for an existing user (the same rule as UserIn)."""

    model_config = ConfigDict(extra="forbid")

    password: str = PydanticField(min_length=8, repr=False)

    @field_validator("password")
    @classmethod
    def _bcrypt_length(cls, value: str) -> str:
        return _fits_bcrypt(value)


class UserInfo(BaseModel):
    """Who is logged in (never the hash)."""

    username: str
    role: Role
