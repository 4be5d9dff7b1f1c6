"""a race goal on the settings: its day and distance (/race, onboarding)

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("race_day", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("race_distance", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user_settings", schema=None) as batch_op:
        batch_op.drop_column("race_distance")
        batch_op.drop_column("race_day")
