"""the bot's send pace shared by every process: overall budget and per-chat pace

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 00:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_pace",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("free_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("slot", name=op.f("pk_send_pace")),
    )
    op.create_table(
        "chat_pace",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("tat", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_chat_pace")),
    )


def downgrade() -> None:
    op.drop_table("chat_pace")
    op.drop_table("send_pace")
