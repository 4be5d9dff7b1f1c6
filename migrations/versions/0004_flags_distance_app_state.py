"""red-flag detail on referrals (words, urgency, retraction, clearance), run distance, app state

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 00:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("words", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("urgency", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("retracted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("cleared_by", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("seen_on", sa.Date(), nullable=True))
    with op.batch_alter_table("run_reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("distance_km", sa.Float(), nullable=True))
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )


def downgrade() -> None:
    op.drop_table("app_state")
    with op.batch_alter_table("run_reports", schema=None) as batch_op:
        batch_op.drop_column("distance_km")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_column("seen_on")
        batch_op.drop_column("cleared_by")
        batch_op.drop_column("retracted_on")
        batch_op.drop_column("urgency")
        batch_op.drop_column("words")
