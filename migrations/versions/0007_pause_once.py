"""a pause is stored once, as its span in pauses: user_settings.paused_until is dropped

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 03:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A pause recorded only in the settings (paused before the pauses table existed) keeps
    # its end as a span: the settings read the latest span's last day from now on.
    op.execute(
        """
        INSERT INTO pauses (user_id, first_day, last_day)
        SELECT s.user_id, s.paused_until, s.paused_until
        FROM user_settings s
        WHERE s.paused_until IS NOT NULL
          AND NOT EXISTS (
              SELECT 1 FROM pauses p
              WHERE p.user_id = s.user_id AND p.last_day >= s.paused_until
          )
        """
    )
    with op.batch_alter_table("user_settings", schema=None) as batch_op:
        batch_op.drop_column("paused_until")


def downgrade() -> None:
    with op.batch_alter_table("user_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paused_until", sa.Date(), nullable=True))
    op.execute(
        """
        UPDATE user_settings SET paused_until = (
            SELECT max(p.last_day) FROM pauses p WHERE p.user_id = user_settings.user_id
        )
        """
    )
