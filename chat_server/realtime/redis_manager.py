"""python-socketio's Redis manager with a bounded reconnect back-off and a blocking pool.

Upstream doubles its resubscribe sleep up to 60 s, so after a Redis outage a node could stay
deaf to other nodes' emits for up to a minute while /readyz already says 200. Here the wait
between attempts stays at most half a second: a restarted Redis is heard again at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import socketio

from chat_server.store import client

RETRY_SLEEP_S = 0.5


class BoundedRetryRedisManager(socketio.AsyncRedisManager):  # type: ignore[misc]
    def _redis_connect(self) -> None:
        # A blocking pool: publishes in a burst wait for a free connection instead of failing
        # ("Cannot publish to redis"), which upstream's second failure turns into a lost emit.
        self.redis = client(self.redis_url, **self.redis_options)
        self.pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
        self.connected = True

    async def _redis_listen_with_retries(self) -> AsyncIterator[Any]:  # pragma: no cover
        while True:
            try:
                self._redis_connect()
                await self.pubsub.subscribe(self.channel)
                async for message in self.pubsub.listen():
                    yield message
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._get_logger().warning(
                    "Socket.IO bus: cannot receive from Redis, retrying",
                    extra={"redis_exception": str(exc)},
                )
                await asyncio.sleep(RETRY_SLEEP_S)
