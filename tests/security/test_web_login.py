"""Defect 2: failed sign-ins slow down the guesser at their own address, never lock the
agents out, and only our own proxies may say who the client is."""

from __future__ import annotations

import asyncio
import time

import redis.asyncio as aioredis
from aiohttp import ClientResponse, web
from aiohttp.test_utils import TestClient

from chat_server.agents import AgentStore
from chat_server.agents.auth import LoginLimiter
from tests.security.web_support import PASSWORD, web_client
from tests.support.procs import RedisServer
from tests.support.waits import wait_until

# The documented figures (docs/operations.md, "Agent sign-in"): free failures per account and
# address, and per address over all accounts, before the waits start.
FREE_PER_ACCOUNT = 3
FREE_PER_ADDRESS = 20


async def _login(
    client: TestClient[web.Request, web.Application],
    email: str,
    password: str,
    xff: str | None = None,
) -> ClientResponse:
    """A scripted sign-in (no Origin, like curl), so no session cookie is kept between tries."""
    headers = {"X-Forwarded-For": xff} if xff else {}
    resp = await client.post(
        "/api/login", json={"email": email, "password": password}, headers=headers
    )
    client.session.cookie_jar.clear()
    return resp


async def test_ten_bad_logins_behind_the_proxy_lock_nobody_else_out(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    store = AgentStore(redis_client)
    await store.add("anna@oca.test", "Anna", PASSWORD)
    await store.add("bob@oca.test", "Bob", PASSWORD)
    # The peer (127.0.0.1) is our nginx; the clients are behind it.
    async with web_client(redis_proc.url, trusted_proxies=("127.0.0.1/32",)) as client:
        attacker = "203.0.113.9"
        statuses = []
        for _ in range(12):
            resp = await _login(client, "anna@oca.test", "wrong password!", attacker)
            statuses.append(resp.status)
        # A few honest typos are free, then the attacker is slowed down, not served.
        assert statuses[:FREE_PER_ACCOUNT] == [401] * FREE_PER_ACCOUNT
        assert 429 in statuses
        # Anna at her own address, and Bob, sign in at once.
        resp = await _login(client, "anna@oca.test", PASSWORD, "198.51.100.7")
        assert resp.status == 200, await resp.text()
        resp = await _login(client, "bob@oca.test", PASSWORD, "198.51.100.8")
        assert resp.status == 200, await resp.text()
        # The attacker's address waits, even with the right password. The wait is a Redis TTL
        # of a second or two: on a loaded machine it may have run out during the sign-ins
        # above, so a wrong guess renews it first whenever less than half a second is left.
        limiter = LoginLimiter(redis_client)
        for _ in range(5):
            if await limiter.wait_s("anna@oca.test", attacker) >= 0.5:
                break

            async def expired() -> bool:
                return await limiter.wait_s("anna@oca.test", attacker) == 0

            await wait_until(expired, what="the attacker's short wait to run out")
            await _login(client, "anna@oca.test", "wrong password!", attacker)
        slowed = await _login(client, "anna@oca.test", PASSWORD, attacker)
        assert slowed.status == 429 and int(slowed.headers["Retry-After"]) >= 1
        # A chain through two of our proxies still names the client.
        resp = await _login(client, "bob@oca.test", PASSWORD, "198.51.100.9, 127.0.0.1")
        assert resp.status == 200


async def test_the_slow_down_is_short_not_a_lock(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    async with web_client(redis_proc.url) as client:
        for _ in range(FREE_PER_ACCOUNT + 1):
            assert (await _login(client, "anna@oca.test", "nope nope")).status == 401
        resp = await _login(client, "anna@oca.test", PASSWORD)
        assert resp.status == 429
        wait = int(resp.headers["Retry-After"])
        assert 1 <= wait <= 2, "the first wait after the free tries is about a second"
        deadline = time.monotonic() + 10
        while (resp := await _login(client, "anna@oca.test", PASSWORD)).status == 429:
            assert time.monotonic() < deadline, "still refused long after Retry-After"
            await asyncio.sleep(0.2)
        assert resp.status == 200
        # A correct sign-in forgets the failures: the next typo is free again.
        assert (await _login(client, "anna@oca.test", "typo typo")).status == 401
        assert (await _login(client, "anna@oca.test", PASSWORD)).status == 200


async def test_an_untrusted_peer_cannot_forge_x_forwarded_for(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    # Only 10.0.0.0/8 are our proxies: the test client at 127.0.0.1 is not one.
    async with web_client(redis_proc.url, trusted_proxies=("10.0.0.0/8",)) as client:
        for i in range(FREE_PER_ACCOUNT + 1):
            resp = await _login(client, "anna@oca.test", "wrong!!!", f"192.0.2.{i + 1}")
            assert resp.status == 401
        # A fresh "address" in the header changes nothing: the client is still 127.0.0.1.
        resp = await _login(client, "anna@oca.test", PASSWORD, "192.0.2.200")
        assert resp.status == 429
        resp = await _login(client, "anna@oca.test", PASSWORD, "192.0.2.201")  # nor a second one
        assert resp.status == 429


async def test_spraying_many_accounts_from_one_address_is_slowed(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    async with web_client(redis_proc.url, trusted_proxies=("127.0.0.1/32",)) as client:
        for i in range(FREE_PER_ADDRESS + 1):
            resp = await _login(client, f"user{i}@oca.test", "guess guess", "203.0.113.50")
            assert resp.status == 401, i
        assert (await _login(client, "anna@oca.test", PASSWORD, "203.0.113.50")).status == 429
        assert (await _login(client, "anna@oca.test", PASSWORD, "203.0.113.51")).status == 200
