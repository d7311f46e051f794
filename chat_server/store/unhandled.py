"""`lc:bot:unhandled`: the customer messages the bot fell back on or handed off (redacted),
newest first, at most UNHANDLED_MAX, kept RETENTION_DAYS; trainers export them
(`livechat bot unhandled`)."""

from __future__ import annotations

import json
import time
from typing import Any

import redis.asyncio as aioredis

from redaction import swap_line

__all__ = ["UNHANDLED_KEY", "UNHANDLED_MAX", "UnhandledLog"]

UNHANDLED_KEY = "lc:bot:unhandled"  # list of JSON {text, intent, confidence, reason, ts}
UNHANDLED_MAX = 5000
#: How far back an entry is looked for when its message is masked anew (moments later).
UNHANDLED_SCAN = 200

_REPLACE = """
-- KEYS[1] the list; ARGV[1] the entry as read, ARGV[2] its replacement, ARGV[3] how far to
-- look: the entry may have moved down by newer pushes since it was read.
local items = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[3]) - 1)
for i, item in ipairs(items) do
  if item == ARGV[1] then
    redis.call('LSET', KEYS[1], i - 1, ARGV[2])
    return 1
  end
end
return 0
"""


class UnhandledLog:
    def __init__(self, redis: aioredis.Redis, retention_s: int) -> None:
        self._redis = redis
        self._retention_s = retention_s
        self._replace = redis.register_script(_REPLACE)

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

    async def redact_again(self, before: str, after: str, scan: int = UNHANDLED_SCAN) -> int:
        """Entries among the newest `scan` whose text holds `before` as a line (a message
        the bot answered alone or merged with others) get `after` in its place; an entry
        replaced meanwhile by a newer push is found again at its new place. Returns how
        many were replaced."""
        replaced = 0
        raw: list[str] = await self._redis.lrange(UNHANDLED_KEY, 0, scan - 1)
        for item in raw:
            try:
                entry = json.loads(item)
            except ValueError:
                continue
            text = entry.get("text")
            if not isinstance(text, str):
                continue
            swapped = swap_line(text, before, after)
            if swapped is None:
                continue
            entry["text"] = swapped
            replaced += int(
                await self._replace(keys=[UNHANDLED_KEY], args=[item, json.dumps(entry), scan])
            )
        return replaced

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
