"""the clinician's web view: clinicians, set-password tokens, shares (consent), the access log,
clinician actions and notes, messages to runners, alerts, sign-in throttling (a
clinician's clearance uses the referral columns of 0009)

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-06 23:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None

STAMP = sa.DateTime(timezone=True)


def _user_fk() -> sa.Column[int]:
    return sa.Column(
        "user_id",
        sa.Integer(),
        sa.ForeignKey("users.id", ondelete="CASCADE", name=None),
        nullable=False,
        index=True,
    )


def _clinician_fk(nullable: bool = True) -> sa.Column[int]:
    return sa.Column(
        "clinician_id",
        sa.Integer(),
        sa.ForeignKey("clinicians.id", ondelete="SET NULL"),
        nullable=nullable,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "clinicians",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("clinic", sa.String(120), nullable=True),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("disabled_at", STAMP, nullable=True),
        sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("chat_channel", sa.String(16), nullable=True),
        sa.Column("chat_external_id", sa.String(64), nullable=True),
        sa.Column("link_code", sa.String(64), nullable=True, unique=True),
    )
    op.create_table(
        "clinician_tokens",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "clinician_id",
            sa.Integer(),
            sa.ForeignKey("clinicians.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("expires_at", STAMP, nullable=False),
        sa.Column("used_at", STAMP, nullable=True),
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("key", sa.String(96), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_at", STAMP, nullable=False),
        sa.Column("locked_until", STAMP, nullable=True),
    )
    op.create_table(
        "shares",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        _clinician_fk(),
        sa.Column("runner_label", sa.String(80), nullable=True),
        sa.Column("code_hash", sa.String(64), nullable=True, unique=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("code_expires_at", STAMP, nullable=False),
        sa.Column("requested_at", STAMP, nullable=True),
        sa.Column("allowed_at", STAMP, nullable=True),
        sa.Column("refused_at", STAMP, nullable=True),
        sa.Column("stopped_at", STAMP, nullable=True),
        sa.Column("last_seen_at", STAMP, nullable=True),
    )
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        _clinician_fk(),
        sa.Column("at", STAMP, nullable=False),
        sa.Column("what", sa.String(32), nullable=False),
    )
    op.create_table(
        "clinician_actions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        _clinician_fk(),
        sa.Column("at", STAMP, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
    )
    op.create_table(
        "clinic_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
    )
    op.create_table(
        "clinician_alerts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column(
            "clinician_id",
            sa.Integer(),
            sa.ForeignKey("clinicians.id", ondelete="CASCADE"),
            nullable=True,
            index=True,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.UniqueConstraint("clinician_id", "user_id", "day"),
    )


def downgrade() -> None:
    for table in (
        "clinician_alerts",
        "clinic_messages",
        "clinician_actions",
        "access_log",
        "shares",
        "sign_in_throttle",
        "clinician_tokens",
        "clinicians",
    ):
        op.drop_table(table)
