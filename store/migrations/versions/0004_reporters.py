"""Reporters, closed periods, submissions (issue #24): role `reporter`, the units a reporter
answers for (user_unit), closed periods (period_closure) and each unit's submission per plan
and period (unit_submission).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES_BEFORE = "role IN ('viewer', 'editor', 'admin')"
ROLES_AFTER = "role IN ('viewer', 'editor', 'admin', 'reporter')"


def upgrade() -> None:
    """Allow the role `reporter`; create user_unit, period_closure and unit_submission."""
    with op.batch_alter_table("app_user") as batch:
        batch.drop_constraint("ck_app_user_role", type_="check")
        batch.create_check_constraint("ck_app_user_role", ROLES_AFTER)
    op.create_table(
        "user_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "unit_id", name="uq_user_unit"),
    )
    op.create_index("ix_user_unit_user_id", "user_unit", ["user_id"])
    op.create_table(
        "period_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("closed_by", sa.String(length=80), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "period_end", name="uq_period_closure"),
    )
    op.create_table(
        "unit_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("unit_id", sa.String(length=60), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.String(length=2000), nullable=False),
        sa.Column("submitted_by", sa.String(length=80), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_by", sa.String(length=80), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('submitted', 'approved', 'returned')", name="ck_unit_submission_state"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "period_end", "unit_id", name="uq_unit_submission"),
    )


def downgrade() -> None:
    """Drop the three tables; reporters become viewers (the old constraint has no reporter)."""
    op.drop_table("unit_submission")
    op.drop_table("period_closure")
    op.drop_index("ix_user_unit_user_id", table_name="user_unit")
    op.drop_table("user_unit")
    op.execute("UPDATE app_user SET role = 'viewer' WHERE role = 'reporter'")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_constraint("ck_app_user_role", type_="check")
        batch.create_check_constraint("ck_app_user_role", ROLES_BEFORE)
