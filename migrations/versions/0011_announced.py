"""users.announced: the phase and calm-day count last told to the user, announced once

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 23:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("announced", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Not a batch (table copy) on SQLite: rebuilding users would cascade to every table that
    # refers to it. SQLite 3.35+ drops a column in place.
    op.drop_column("users", "announced")
