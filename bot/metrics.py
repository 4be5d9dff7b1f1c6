"""The process's Prometheus figures, one place for their names (served by ``bot.ops``).

Counters and histograms count what this process did since it started; the gauges read from
the database (deliveries due, open questions) are filled in at each scrape by
:mod:`bot.ops.observability`, so every process reports the same shared figure. No label ever
carries a user id, a message or health data: only channels, outcomes, rule ids and urgencies.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

# Seconds from an update's arrival to its last reply sent; a reply waits for the runner's own
# earlier messages and for the chat's send pace, so the buckets reach well past a second.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60)
LAG_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200)

MESSAGES = Counter(
    "itb_messages_handled", "Updates and interactions from runners handled", ["channel"]
)
REPLY_LATENCY = Histogram(
    "itb_reply_latency_seconds",
    "From a runner's update arriving to its handling done (replies sent)",
    ["channel"],
    buckets=LATENCY_BUCKETS,
)
DELIVERIES = Counter(
    "itb_reminder_deliveries",
    "Reminder deliveries by outcome: claimed (became due), sent, skipped, retried, failed, blocked",
    ["outcome"],
)
DELIVERY_LAG = Histogram(
    "itb_reminder_lag_seconds",
    "How long after its slot a reminder was sent",
    buckets=LAG_BUCKETS,
)
RATE_LIMITED = Counter("itb_rate_limited", "429 answers (RetryAfter) from a chat API", ["channel"])
DECISIONS = Counter("itb_decisions", "Run reports judged, by the rule that decided", ["rule"])
RED_FLAGS = Counter(
    "itb_red_flags", "Referrals opened (red flags heard, rules), by urgency", ["urgency", "source"]
)
DELIVERIES_DUE = Gauge(
    "itb_reminder_deliveries_due", "Open deliveries whose time has come (all processes)"
)
WAVE_LATENESS = Gauge(
    "itb_reminder_wave_lateness_seconds",
    "How late the last reminder due by now is expected to go at this process's pace",
)
WAVE_PACE_NEEDED = Gauge(
    "itb_reminder_wave_pace_needed",
    "Messages per second that would send every reminder due by now on time",
)
OPEN_QUESTIONS = Gauge("itb_open_questions", "Runners with a question waiting for their answer")
UP = Gauge("itb_process_ready", "1 while this process serves, 0 while starting or stopping")


def delivery_outcomes(**counts: int) -> None:
    """Add a tick's counts (``sent=3, retrying=1``...) to :data:`DELIVERIES`."""
    for outcome, count in counts.items():
        if count:
            DELIVERIES.labels(outcome=outcome).inc(count)
