"""Feedback mail (to FEEDBACK_ADDRESS): the one owner of the ``lc:feedback:*`` keys.

Kept for RETENTION_DAYS; never a ticket and never answered.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import cast

import redis.asyncio as aioredis

from chat_server.tickets.keys import FEEDBACK_INDEX, feedback_by_email, feedback_key


@dataclass(frozen=True)
class Feedback:
    """One feedback mail; subject, text, name and file names already redacted."""

    email: str
    subject: str
    text: str
    name: str | None = None
    redactions: list[str] = field(default_factory=list)
    attachments: list[dict[str, object]] = field(default_factory=list)
    auto: bool = False


class FeedbackStore:
    def __init__(self, redis: aioredis.Redis, retention_s: int) -> None:
        self.redis = redis
        self.retention_s = retention_s

    async def add(self, item: Feedback) -> str:
        """Store ``item``; returns its id."""
        fid = uuid.uuid4().hex
        ts = time.time()
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                feedback_key(fid),
                mapping={
                    "id": fid,
                    "email": item.email,
                    "name": item.name or "",
                    "subject": item.subject,
                    "text": item.text,
                    "redactions": json.dumps(item.redactions),
                    "attachments": json.dumps(item.attachments),
                    "ts": repr(ts),
                    "auto": "1" if item.auto else "0",
                },
            )
            pipe.expire(feedback_key(fid), self.retention_s)
            pipe.zadd(FEEDBACK_INDEX, {fid: ts})
            pipe.sadd(feedback_by_email(item.email), fid)
            pipe.expire(feedback_by_email(item.email), self.retention_s)
            await pipe.execute()
        return fid

    async def newest(self, limit: int = 100) -> list[dict[str, str]]:
        """Newest feedback first (expired entries dropped from the index)."""
        ids = [str(f) for f in await self.redis.zrevrange(FEEDBACK_INDEX, 0, limit - 1)]
        items = await self._load(ids)
        gone = [fid for fid, item in zip(ids, items, strict=True) if not item]
        if gone:
            await self.redis.zrem(FEEDBACK_INDEX, *gone)
        return [item for item in items if item]

    async def for_email(self, email: str) -> list[dict[str, str]]:
        """Every stored feedback sent from ``email`` (for a GDPR export)."""
        ids = sorted(str(f) for f in await self.redis.smembers(feedback_by_email(email)))
        return [item for item in await self._load(ids) if item]

    async def _load(self, ids: list[str]) -> list[dict[str, str]]:
        async with self.redis.pipeline(transaction=False) as pipe:
            for fid in ids:
                pipe.hgetall(feedback_key(fid))
            return cast(list[dict[str, str]], await pipe.execute())

    async def erase_email(self, email: str) -> int:
        """Delete every feedback sent from ``email``; returns how many ids it had."""
        ids: set[str] = set(await self.redis.smembers(feedback_by_email(email)))
        async with self.redis.pipeline(transaction=True) as pipe:
            for fid in ids:
                pipe.delete(feedback_key(fid))
                pipe.zrem(FEEDBACK_INDEX, fid)
            pipe.delete(feedback_by_email(email))
            await pipe.execute()
        return len(ids)
