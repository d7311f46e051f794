"""`lc:bot:unhandled`: the customer messages the bot fell back on or handed off (redacted),
newest first, at most UNHANDLED_MAX, kept RETENTION_DAYS; trainers export them
(`livechat bot unhandled`)."""

from __future__ import annotations

import json
import time
from typing import Any

import redis.asyncio as aioredis

__all__ = ["UNHANDLED_KEY", "UNHANDLED_MAX", "UnhandledLog"]

UNHANDLED_KEY = "lc:bot:unhandled"  # list of JSON {text, intent, confidence, reason, ts}
UNHANDLED_MAX = 5000


class UnhandledLog:
    def __init__(self, redis: aioredis.Redis, retention_s: int) -> None:
        self._redis = redis
        self._retention_s = retention_s

    async def record(
        self, text: str, intent: str | None, confidence: float | None, reason: str
    ) -> None:
        entry = json.dumps(
            {
                "text": text,
                "intent": intent,
                "confidence": confidence,
                "reason": reason,
                "ts": round(time.time(), 3),
            }
        )
        pipe = self._redis.pipeline(transaction=False)
        pipe.lpush(UNHANDLED_KEY, entry)
        pipe.ltrim(UNHANDLED_KEY, 0, UNHANDLED_MAX - 1)
        pipe.expire(UNHANDLED_KEY, self._retention_s)
        await pipe.execute()

    async def newest(self, limit: int = UNHANDLED_MAX) -> list[dict[str, Any]]:
        """The newest entries; an entry that is not JSON any more is skipped."""
        raw: list[str] = await self._redis.lrange(UNHANDLED_KEY, 0, max(0, limit - 1))
        entries = []
        for item in raw:
            try:
                entries.append(json.loads(item))
            except ValueError:
                continue
        return entries
