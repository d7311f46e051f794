"""`lc:customer:{email}`, `lc:contact:{email}`, `lc:limited:{email}`: what is kept per customer
address, across conversations.

- `lc:customer:{email}` set: conversations of a portal-signed identity (for `gdpr`).
- `lc:contact:{email}` set: conversations where this address was typed into `contact`
  (unverified; for `gdpr` only, never for ownership).
- `lc:limited:{email}` string: a signed customer whose support was limited after abuse
  (`ABUSE_LIMIT_TTL_S`); a new conversation of theirs starts limited.
Addresses are compared whole after trimming and lower-casing.
"""

from __future__ import annotations

import redis.asyncio as aioredis

__all__ = ["CustomerIndex"]


def _norm(email: str) -> str:
    return email.strip().lower()


def identity_key(email: str) -> str:
    return f"lc:customer:{_norm(email)}"


def contact_key(email: str) -> str:
    return f"lc:contact:{_norm(email)}"


def limited_key(email: str) -> str:
    return f"lc:limited:{_norm(email)}"


class CustomerIndex:
    """Which conversations belong to (or merely mention) an address, and who is limited."""

    def __init__(self, redis: aioredis.Redis, retention_s: int) -> None:
        self._redis = redis
        self._retention_s = retention_s

    async def add_identity_conversation(self, email: str, conversation_id: str) -> None:
        await self._add(identity_key(email), conversation_id)

    async def add_contact_conversation(self, email: str, conversation_id: str) -> None:
        await self._add(contact_key(email), conversation_id)

    async def _add(self, key: str, conversation_id: str) -> None:
        pipe = self._redis.pipeline(transaction=False)
        pipe.sadd(key, conversation_id)
        pipe.expire(key, self._retention_s)
        await pipe.execute()

    async def conversations_of(self, email: str) -> set[str]:
        """Conversations of the identity and those where the address was typed."""
        pipe = self._redis.pipeline(transaction=False)
        pipe.smembers(identity_key(email))
        pipe.smembers(contact_key(email))
        signed, typed = await pipe.execute()
        return set(signed) | set(typed)

    async def limit(self, email: str, ttl_s: int) -> None:
        await self._redis.set(limited_key(email), "1", ex=ttl_s)

    async def is_limited(self, email: str) -> bool:
        return bool(await self._redis.exists(limited_key(email)))

    async def erase(self, email: str) -> None:
        await self._redis.delete(identity_key(email), contact_key(email), limited_key(email))
