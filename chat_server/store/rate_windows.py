"""`lc:rl:{action}:{address}:{window}`: per-client-address counts of costly actions per
fixed window, in Redis so that fresh connections, tabs and nodes all share one count."""

from __future__ import annotations

import time

import redis.asyncio as aioredis

__all__ = ["AddressLimiter"]


class AddressLimiter:
    """At most `limit` actions per client address per `window_s`, counted in Redis so that
    fresh connections, tabs and nodes all share one count (`lc:rl:{action}:{address}:{n}`).

    A fixed window is enough here: it guards rare, costly actions (mail), not chat traffic.
    """

    def __init__(self, redis: aioredis.Redis, action: str, limit: int, window_s: int) -> None:
        self._redis = redis
        self._action = action
        self._limit = limit
        self._window_s = window_s

    async def take(self, address: str, now: float | None = None) -> bool:
        window = int((time.time() if now is None else now) // self._window_s)
        key = f"lc:rl:{self._action}:{address}:{window}"
        pipe = self._redis.pipeline(transaction=False)
        pipe.incr(key)
        pipe.expire(key, self._window_s + 60)
        count, _ = await pipe.execute()
        return int(count) <= self._limit
