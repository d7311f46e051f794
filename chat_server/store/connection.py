"""How every long-lived part of the service connects to Redis: one pool recipe.

redis-py 8 checks a pooled connection before handing it out (a socket the server closed
is reconnected instead of failing the next command), but skips that check whenever the
pool's maintenance notifications are enabled, and their default, "auto", counts as enabled.
After a Redis restart each stale pooled connection then turned one customer's message into
an ``internal`` error. We use no maintenance notifications (a Redis Enterprise feature), so
they are off here and the check runs.
"""

from __future__ import annotations

from typing import Any

import redis.asyncio as aioredis
from redis.maint_notifications import MaintNotificationsConfig


def connection_pool(url: str, **options: Any) -> aioredis.BlockingConnectionPool:
    """A blocking pool for ``url`` whose connections are checked before use.

    A blocking pool: a burst (thousands of reconnects after a node restart) waits for a free
    connection instead of failing with "Too many connections". ``options`` are
    ``BlockingConnectionPool`` keyword arguments (``timeout`` defaults to 10 s).
    """
    options.setdefault("timeout", 10)
    return aioredis.BlockingConnectionPool.from_url(
        url,
        maint_notifications_config=MaintNotificationsConfig(enabled=False),
        **options,
    )


def client(url: str, **options: Any) -> aioredis.Redis:
    """A Redis client owning its ``connection_pool(url, **options)`` (closed with it)."""
    return aioredis.Redis.from_pool(connection_pool(url, **options))
