"""a runner's own clearance is marked self-reported; the return-to-run check's answers

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-06 23:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cleared_source", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("cleared_clinician_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cleared_at", sa.DateTime(timezone=True), nullable=True))
    # Every clearance so far came from the runner's own /cleared: self-reported.
    op.execute("UPDATE referrals SET cleared_source = 'self' WHERE cleared_on IS NOT NULL")
    op.create_table(
        "return_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("brisk_walk", sa.Boolean(), nullable=False),
        sa.Column("single_leg_squats", sa.Boolean(), nullable=False),
        sa.Column("single_leg_hops", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_return_checks_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_checks")),
    )
    with op.batch_alter_table("return_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_return_checks_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("return_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_checks_user_id"))
    op.drop_table("return_checks")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_column("cleared_at")
        batch_op.drop_column("cleared_clinician_id")
        batch_op.drop_column("cleared_source")
