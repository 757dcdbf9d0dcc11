"""Initial schema: reporting periods, reported values, service snapshots, audit log, users.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create every table."""
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role IN ('viewer', 'editor', 'admin')", name="ck_app_user_role"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username", name="uq_app_user_username"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(length=80), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("old", sa.String(), nullable=True),
        sa.Column("new", sa.String(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.CheckConstraint("action IN ('insert', 'update', 'delete')", name="ck_audit_action"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_key", "audit_log", ["key"])
    op.create_table(
        "reported_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.String(length=80), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("uat_siruta", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("entered_by", sa.String(length=80), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("source IN ('form', 'upload', 'demo')", name="ck_reported_value_source"),
        sa.CheckConstraint("value >= 0", name="ck_reported_value_non_negative"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("indicator_id", "period_end", "uat_siruta", name="uq_reported_value"),
    )
    op.create_index("ix_reported_value_indicator_id", "reported_value", ["indicator_id"])
    op.create_table(
        "reporting_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "period_end", name="uq_reporting_period"),
    )
    op.create_table(
        "service_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("beneficiaries", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("entered_by", sa.String(length=80), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "beneficiaries IS NULL OR beneficiaries >= 0", name="ck_snapshot_beneficiaries"
        ),
        sa.CheckConstraint("capacity IS NULL OR capacity >= 0", name="ck_snapshot_capacity"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("service_id", "year", name="uq_service_snapshot"),
    )
    op.create_index("ix_service_snapshot_service_id", "service_snapshot", ["service_id"])


def downgrade() -> None:
    """Drop every table."""
    for index, table in (
        ("ix_service_snapshot_service_id", "service_snapshot"),
        ("ix_reported_value_indicator_id", "reported_value"),
        ("ix_audit_log_key", "audit_log"),
        ("ix_audit_log_at", "audit_log"),
    ):
        op.drop_index(index, table_name=table)
    for table in ("service_snapshot", "reporting_period", "reported_value", "audit_log"):
        op.drop_table(table)
    op.drop_table("app_user")
