"""users.language: the runner's language (NULL: never said, English); referrals.words_language:
the language the runner's own words were written in, shown beside them to a clinician

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 02:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("language", sa.String(8), nullable=True))
    op.add_column("referrals", sa.Column("words_language", sa.String(8), nullable=True))


def downgrade() -> None:
    # Not a batch (table copy) on SQLite: rebuilding users would cascade to every table that
    # refers to it. SQLite 3.35+ drops a column in place.
    op.drop_column("referrals", "words_language")
    op.drop_column("users", "language")
