"""Agent authentication: login slow-down, signed expiring tokens and sign-out. The HTTP side
(reading the token off a request) is `chat_server.http.auth`."""

from __future__ import annotations

import hashlib
import time

import redis.asyncio as aioredis

from chat_server.agents.store import Agent, AgentStore
from chat_server.security import agent_claims

COOKIE_NAME = "lc_agent"


def token_digest(token: str) -> str:
    """What identifies a session token in Redis (never the token itself)."""
    return hashlib.sha256(token.encode()).hexdigest()[:32]


async def agent_from_token(store: AgentStore, secret: bytes, token: object) -> Agent | None:
    """The enabled agent a token names, if the token is genuine, unexpired, not signed out
    and current (no password change or disable since it was issued)."""
    claims = agent_claims(secret, token)
    if claims is None or not isinstance(token, str):
        return None
    if await store.token_revoked(token_digest(token)):
        return None
    agent = await store.get(claims.agent_id)
    if agent is None or agent.disabled or agent.version != claims.version:
        return None
    return agent


# Failed sign-ins slow down the guesser, never lock anyone else out. Every count is per
# client address (chat_server.client_address: behind TRUSTED_PROXIES, the real client):
# - one account from one address: FREE_PER_ACCOUNT failures, then a wait that doubles with
#   each further failure up to MAX_ACCOUNT_WAIT_S;
# - any accounts from one address (password spraying): FREE_PER_ADDRESS, then the same
#   doubling up to MAX_ADDRESS_WAIT_S.
# The agent at another address signs in at once. A correct sign-in clears its account's
# count from that address. Counts are forgotten FAILURE_MEMORY_S after the last failure.
FREE_PER_ACCOUNT = 3
MAX_ACCOUNT_WAIT_S = 60
FREE_PER_ADDRESS = 20
MAX_ADDRESS_WAIT_S = 300
FAILURE_MEMORY_S = 900


def _backoff_ms(failures: int, free: int, cap_s: int) -> int:
    if failures <= free:
        return 0
    return int(min(2 ** (failures - free - 1), cap_s) * 1000)


class LoginLimiter:
    """`lc:login:*` keys (shared by all nodes): failure counts and waits, per account and
    address, and per address."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis

    @staticmethod
    def _keys(email: str, address: str) -> tuple[str, str, str, str]:
        account = hashlib.sha256(email.strip().lower().encode()).hexdigest()[:24]
        pair = f"{account}:{address}"
        return (
            f"lc:login:fail:acct:{pair}",
            f"lc:login:wait:acct:{pair}",
            f"lc:login:fail:addr:{address}",
            f"lc:login:wait:addr:{address}",
        )

    async def wait_s(self, email: str, address: str) -> float:
        """Seconds before this address may try this account again (0: now)."""
        _, pair_wait, _, addr_wait = self._keys(email, address)
        pipe = self._redis.pipeline(transaction=False)
        pipe.pttl(pair_wait)
        pipe.pttl(addr_wait)
        waits: list[int] = await pipe.execute()
        return max(0, *waits) / 1000

    async def failed(self, email: str, address: str) -> None:
        pair_fail, pair_wait, addr_fail, addr_wait = self._keys(email, address)
        pipe = self._redis.pipeline(transaction=False)
        pipe.incr(pair_fail)
        pipe.expire(pair_fail, FAILURE_MEMORY_S)
        pipe.incr(addr_fail)
        pipe.expire(addr_fail, FAILURE_MEMORY_S)
        pair_count, _, addr_count, _ = await pipe.execute()
        pipe = self._redis.pipeline(transaction=False)
        for key, ms in (
            (pair_wait, _backoff_ms(int(pair_count), FREE_PER_ACCOUNT, MAX_ACCOUNT_WAIT_S)),
            (addr_wait, _backoff_ms(int(addr_count), FREE_PER_ADDRESS, MAX_ADDRESS_WAIT_S)),
        ):
            if ms:
                pipe.set(key, "1", px=ms)
        await pipe.execute()

    async def succeeded(self, email: str, address: str) -> None:
        pair_fail, pair_wait, _, _ = self._keys(email, address)
        await self._redis.delete(pair_fail, pair_wait)


def remaining_s(claims_expires: int) -> int:
    return max(1, int(claims_expires - time.time()) + 1)
