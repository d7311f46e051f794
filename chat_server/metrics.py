"""Prometheus metrics of one node (each node serves its own at /metrics)."""

from __future__ import annotations

import logging
import time
from typing import Any

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
STALE_STATES = Counter(
    "livechat_stale_states_total",
    "Customer States changed before being sent (the current State went instead)",
)
RESOLVED = Counter("livechat_resolved_total", "Conversations resolved by agents")
RATINGS = Counter("livechat_ratings_total", "Ratings given", ["score"])
REJECTED = Counter("livechat_rejected_events_total", "Client events refused", ["namespace", "code"])
EVENT_ERRORS = Counter(
    "livechat_event_errors_total",
    "Unexpected errors in client events (answered `internal`; tracebacks logged once a minute)",
    ["namespace", "event"],
)

REDIS_MEMORY_USED = Gauge("livechat_redis_memory_used_bytes", "Redis used_memory")
REDIS_MEMORY_MAX = Gauge(
    "livechat_redis_memory_max_bytes", "Redis maxmemory (0: no limit: configure one)"
)
REDIS_MEMORY_RATIO = Gauge(
    "livechat_redis_memory_used_ratio", "used_memory / maxmemory (0 when there is no limit)"
)

_log = logging.getLogger("chat_server.metrics")
_WARN_EVERY_S = 60.0
_last_warning = 0.0


async def observe_redis_memory(redis: Any, warn_ratio: float) -> dict[str, Any]:
    """Redis' memory against its maxmemory, into the gauges; a warning (logged at most once a
    minute per node) when it passes ``warn_ratio``: with `noeviction` a full Redis refuses
    writes, so operators must act before that."""
    global _last_warning
    info = await redis.info("memory")
    used = int(info.get("used_memory", 0))
    limit = int(info.get("maxmemory", 0))
    ratio = used / limit if limit else 0.0
    REDIS_MEMORY_USED.set(used)
    REDIS_MEMORY_MAX.set(limit)
    REDIS_MEMORY_RATIO.set(ratio)
    report: dict[str, Any] = {
        "used_bytes": used,
        "max_bytes": limit,
        "used_ratio": round(ratio, 4),
        "policy": info.get("maxmemory_policy", ""),
    }
    if not limit:
        report["warning"] = "Redis has no maxmemory: set one with maxmemory-policy noeviction"
    elif ratio >= warn_ratio:
        report["warning"] = (
            f"Redis memory is {ratio:.0%} of maxmemory; at 100% it refuses writes "
            "(noeviction): add memory or lower RETENTION_DAYS"
        )
    if "warning" in report and limit:
        now = time.monotonic()
        if now - _last_warning >= _WARN_EVERY_S:
            _last_warning = now
            _log.warning(
                "redis memory high",
                extra={"used_bytes": used, "max_bytes": limit, "used_ratio": round(ratio, 4)},
            )
    return report
