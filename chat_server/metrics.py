"""Prometheus metrics of one node (each node serves its own at /metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

CONNECTIONS = Gauge("livechat_connections", "Open Socket.IO connections", ["namespace"])
QUEUE_LENGTH = Gauge("livechat_queue_length", "Conversations waiting for an agent")
MESSAGES = Counter("livechat_messages_total", "Messages stored", ["author"])
REDACTIONS = Counter("livechat_redactions_total", "Secrets masked in incoming text")
HANDOFFS = Counter("livechat_handoffs_total", "Conversations queued for a person", ["source"])
TIME_TO_ACCEPT = Histogram(
    "livechat_time_to_accept_seconds",
    "From queued to accepted by an agent",
    buckets=(5, 15, 30, 60, 120, 180, 240, 300, 600),
)
DEADLINE_TICKETS = Counter("livechat_deadline_tickets_total", "Queued chats that became tickets")
DEADLINE_LATENESS = Histogram(
    "livechat_deadline_lateness_seconds",
    "How long after its deadline a queued chat was ticketed",
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10),
)
BOT_LATENCY = Histogram(
    "livechat_bot_latency_seconds",
    "Rasa round trip per customer turn",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3),
)
BOT_FAILURES = Counter(
    "livechat_bot_failures_total", "Bot turns without a usable answer", ["reason"]
)
TICKETS = Counter("livechat_tickets_total", "Tickets opened", ["source"])
RESOLVED = Counter("livechat_resolved_total", "Conversations resolved by agents")
RATINGS = Counter("livechat_ratings_total", "Ratings given", ["score"])
REJECTED = Counter("livechat_rejected_events_total", "Client events refused", ["namespace", "code"])
