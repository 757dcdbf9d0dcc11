"""Plans in the store: plan, plan_version, catalog_row (the plan catalogue as data).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the plan tables (seeded by `python -m store init`)."""
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("year_start", sa.Integer(), nullable=False),
        sa.Column("year_end", sa.Integer(), nullable=False),
        sa.Column("county", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('annual', 'strategy')", name="ck_plan_kind"),
        sa.CheckConstraint("year_start <= year_end", name="ck_plan_years"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", name="uq_plan_plan_id"),
    )
    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("year_start", sa.Integer(), nullable=False),
        sa.Column("year_end", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=1000), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_id", "version", name="uq_plan_version"),
    )
    op.create_index("ix_plan_version_plan_id", "plan_version", ["plan_id"])
    op.create_table(
        "catalog_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=30), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("data", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["version_id"], ["plan_version.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("version_id", "table_name", "position", name="uq_catalog_row"),
    )
    op.create_index("ix_catalog_row_version_id", "catalog_row", ["version_id"])


def downgrade() -> None:
    """Drop the plan tables."""
    op.drop_index("ix_catalog_row_version_id", table_name="catalog_row")
    op.drop_table("catalog_row")
    op.drop_index("ix_plan_version_plan_id", table_name="plan_version")
    op.drop_table("plan_version")
    op.drop_table("plan")
