"""ORM tables. The schema changes only through Alembic migrations in ``migrations/``.

Every table that holds a user's data has a ``user_id`` foreign key with ON DELETE CASCADE;
``/delete`` removes the user row and the database removes the rest.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, column_property, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _user_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class User(Base):
    """A person on one channel. ``channel`` + ``external_id`` is how a channel finds them."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    onboarding_step: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # A question waiting for an answer (e.g. a pain rating), so a restart does not lose it.
    pending: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    # The phase and calm-day count last told to the user, so each change is announced once.
    announced: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    # The runner's language (``bot.texts.language.SUPPORTED``); None: never said, English.
    language: Mapped[str | None] = mapped_column(String(8), nullable=True, default=None)


class Pause(Base):
    """A span of local dates the user paused coaching (/pause, cut short by /resume): kept so
    a paused day still counts as paused in /progress after the pause is over."""

    __tablename__ = "pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)  # inclusive


class UserSettings(Base):
    __tablename__ = "user_settings"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    protocol_id: Mapped[str] = mapped_column(String(48))
    start_date: Mapped[date] = mapped_column(Date)
    side: Mapped[str] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64))
    stretch_times: Mapped[str] = mapped_column(String(32))  # "08:00,13:00,20:00"
    strength_time: Mapped[str] = mapped_column(String(5))
    # A race the runner trains toward (/race): its day and, if said, its distance.
    race_day: Mapped[date | None] = mapped_column(Date, nullable=True, default=None)
    race_distance: Mapped[str | None] = mapped_column(String(32), nullable=True, default=None)
    # The last day of the latest pause, read from the pauses table (stored there only):
    # today is paused while today <= paused_until. Kept over a flush of other settings (a
    # reload then would be I/O in the middle of an attribute read); a pause reads it again.
    paused_until: Mapped[date | None] = column_property(
        select(func.max(Pause.last_day))
        .where(Pause.user_id == user_id)
        .correlate_except(Pause)
        .scalar_subquery(),
        expire_on_flush=False,
    )
    # The first day of that latest pause: a pause asked for late in the day starts tomorrow.
    paused_from: Mapped[date | None] = column_property(
        select(Pause.first_day)
        .where(Pause.user_id == user_id)
        .correlate_except(Pause)
        .order_by(Pause.last_day.desc(), Pause.id.desc())
        .limit(1)
        .scalar_subquery(),
        expire_on_flush=False,
    )


class Completion(Base):
    """A session or exercise marked done on a local date."""

    __tablename__ = "completions"
    __table_args__ = (UniqueConstraint("user_id", "day", "item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    day: Mapped[date] = mapped_column(Date)
    item: Mapped[str] = mapped_column(String(48))  # stretch-1..3, strength, or an exercise id
    done_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RunReport(Base):
    __tablename__ = "run_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    day: Mapped[date] = mapped_column(Date, index=True)
    reported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    distance_km: Mapped[float | None] = mapped_column(Float, nullable=True)
    pain_during: Mapped[int] = mapped_column(Integer)
    stopped: Mapped[bool] = mapped_column(Boolean)
    stage: Mapped[int | None] = mapped_column(Integer, nullable=True)
    phase: Mapped[str | None] = mapped_column(String(16), nullable=True)
    morning_pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decision: Mapped[str] = mapped_column(String(16))
    rule: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)


class MorningReport(Base):
    __tablename__ = "morning_reports"
    __table_args__ = (UniqueConstraint("user_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    day: Mapped[date] = mapped_column(Date)
    pain: Mapped[int] = mapped_column(Integer)
    stairs_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class StrengthReport(Base):
    __tablename__ = "strength_reports"
    __table_args__ = (UniqueConstraint("user_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    day: Mapped[date] = mapped_column(Date)
    pain: Mapped[int] = mapped_column(Integer)


class Referral(Base):
    """A red-flag event or a rule that handed the user to a clinician (R1, R2, R7)."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    day: Mapped[date] = mapped_column(Date)
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    cause: Mapped[str] = mapped_column(String(24))  # red-flag id or rule id
    source: Mapped[str] = mapped_column(String(16))  # screen, symptom, run, rule
    reason: Mapped[str] = mapped_column(Text)
    cleared_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    words: Mapped[str | None] = mapped_column(Text, nullable=True)  # the runner's own words
    words_language: Mapped[str | None] = mapped_column(String(8), nullable=True)  # ... in
    urgency: Mapped[str | None] = mapped_column(String(12), nullable=True)  # emergency/urgent/soon
    retracted_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # "I didn't mean that"
    cleared_by: Mapped[str | None] = mapped_column(String(16), nullable=True)  # physio/doctor/other
    seen_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # when the clinician cleared
    # Who closed it (CLINICAL.md §5 v3): "self", the runner's own word (self-reported), or
    # "clinician", a clinician linked to the runner, whose id is then in cleared_clinician_id.
    cleared_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    cleared_clinician_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ReturnCheck(Base):
    """The return-to-run check's answers (CLINICAL.md §3 v3): each item at pain <= 2/10."""

    __tablename__ = "return_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    day: Mapped[date] = mapped_column(Date)
    answered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    brisk_walk: Mapped[bool] = mapped_column(Boolean)
    single_leg_squats: Mapped[bool] = mapped_column(Boolean)
    single_leg_hops: Mapped[bool] = mapped_column(Boolean)


class ReminderSlot(Base):
    """One repeating reminder of a user (stretch session n, strength), derived from their
    settings and protocol by ``bot.reminders.slots.sync_slots``. ``next_due_utc`` is the next
    occurrence (NULL: none scheduled); ``due_date`` is the user's local date it belongs to."""

    __tablename__ = "reminder_slots"
    __table_args__ = (UniqueConstraint("user_id", "kind", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # No separate user_id index: the unique key above starts with user_id.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # stretch, strength, weekly
    slot: Mapped[int] = mapped_column(Integer)  # stretch session 1..3; 1 for the others
    local_time: Mapped[str] = mapped_column(String(5))  # "HH:MM" on the user's wall clock
    timezone: Mapped[str] = mapped_column(String(64))
    next_due_utc: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True, index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)


class ReminderDelivery(Base):
    """One occurrence of a reminder: written before it is sent, so a crash loses nothing and
    the unique key stops a second send. Also the send queue: open rows (pending, sending) are
    picked by ``next_attempt_at``; a snooze reopens the row with a later one."""

    __tablename__ = "reminder_deliveries"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "local_date", "slot"),
        # Only open rows are indexed, so millions of sent rows do not slow the queue.
        Index(
            "ix_reminder_deliveries_open",
            "next_attempt_at",
            sqlite_where=text("status IN ('pending', 'sending')"),
            postgresql_where=text("status IN ('pending', 'sending')"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    local_date: Mapped[date] = mapped_column(Date, index=True)
    slot: Mapped[int] = mapped_column(Integer)
    # pending -> sending (leased to one process) -> sent | skipped | failed | blocked
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(16), nullable=True)  # why skipped/failed
    due_utc: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AppState(Base):
    """Small facts about the deployment, not about any user (e.g. the hash of the command set
    last synced to Discord)."""

    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SendPace(Base):
    """The bot's overall send budget, shared by every process: one row per message allowed in
    a pace period (slot 0 .. rate-1). A send holds a row from the moment it starts until a
    period after its answer came back (``free_at``, seconds since the epoch); row -1 holds
    the time a ``RetryAfter`` lets sending resume."""

    __tablename__ = "send_pace"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    free_at: Mapped[float] = mapped_column(Float)


class ChatPace(Base):
    """When each chat may next be written to (GCRA: the theoretical arrival time), shared by
    every process so one chat's ~1 message/s holds across them."""

    __tablename__ = "chat_pace"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    tat: Mapped[float] = mapped_column(Float)


class StateSnapshot(Base):
    """The coach state at the start of ``day`` (``bot.coach.state.state_at_start_of``), so
    a message replays the days since then, not the whole history. Derived from the reports,
    never a source: dropped in the same transaction as any write it no longer matches
    (``bot.store.snapshots``), and ignored when its format, protocol or start date differ."""

    __tablename__ = "state_snapshots"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date)
    format: Mapped[int] = mapped_column(Integer)
    protocol_key: Mapped[str] = mapped_column(String(96))  # protocol id and a hash of its file
    start_date: Mapped[date] = mapped_column(Date)
    state: Mapped[dict[str, object]] = mapped_column(JSON)


class SeenUpdate(Base):
    """An update id a webhook took lately, shared by every process: Telegram sends an update
    again when the answer was slow, and the second copy is dropped. Rows expire
    (``bot.store.seen_updates``); they hold no user data."""

    __tablename__ = "seen_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
