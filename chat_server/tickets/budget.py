"""Hourly budgets of automatic mail per address: the one owner of ``lc:mail:budget:*`` (mail
we queue to an address: we are no relay) and ``lc:mail:autoreply:*`` (answers to mail from
an address: the last guard against loops with robots that ignore Auto-Submitted)."""

from __future__ import annotations

from typing import Literal

import redis.asyncio as aioredis

from chat_server.tickets.keys import autoreply_budget, mail_budget

Budget = Literal["mail", "autoreply"]

_KEY = {"mail": mail_budget, "autoreply": autoreply_budget}


class MailBudgets:
    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def take(self, budget: Budget, address: str, limit: int) -> bool:
        """Take one mail from ``address``'s budget this hour; False once ``limit`` is spent."""
        key = _KEY[budget](address)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, 3600, nx=True)
            count, _ = await pipe.execute()
        return int(count) <= limit

    async def erase(self, address: str) -> None:
        """Forget both counters of ``address`` (GDPR erase): they name it."""
        await self.redis.delete(*(key(address) for key in _KEY.values()))
