"""Logins: a user can be disabled (kept for the audit trail, no longer able to log in).

Login attempts themselves are audit entries (table_name `login`), so no table is added.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add app_user.disabled (false for every existing user)."""
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(
            sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    """Drop app_user.disabled."""
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("disabled")
