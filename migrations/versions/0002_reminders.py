"""reminder slots and deliveries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_OPEN = "status IN ('pending', 'sending')"


def upgrade() -> None:
    op.create_table(
        "reminder_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("local_time", sa.String(length=5), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("next_due_utc", sa.DateTime(timezone=True), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_reminder_slots_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_slots")),
        sa.UniqueConstraint("user_id", "kind", "slot", name=op.f("uq_reminder_slots_user_id")),
    )
    with op.batch_alter_table("reminder_slots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_slots_next_due_utc"), ["next_due_utc"], unique=False
        )

    op.create_table(
        "reminder_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=True),
        sa.Column("due_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_reminder_deliveries_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_deliveries")),
        sa.UniqueConstraint(
            "user_id", "kind", "local_date", "slot", name=op.f("uq_reminder_deliveries_user_id")
        ),
    )
    with op.batch_alter_table("reminder_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reminder_deliveries_local_date"), ["local_date"], unique=False
        )
        batch_op.create_index(
            "ix_reminder_deliveries_open",
            ["next_attempt_at"],
            unique=False,
            sqlite_where=sa.text(_OPEN),
            postgresql_where=sa.text(_OPEN),
        )


def downgrade() -> None:
    with op.batch_alter_table("reminder_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_deliveries_open")
        batch_op.drop_index(batch_op.f("ix_reminder_deliveries_local_date"))

    op.drop_table("reminder_deliveries")
    with op.batch_alter_table("reminder_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_slots_next_due_utc"))

    op.drop_table("reminder_slots")
