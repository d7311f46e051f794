"""After a Redis restart, no pooled connection fails a command (a real redis-server).

Before the pool recipe (chat_server.store.connection), redis-py skipped its check of a
pooled connection whenever maintenance notifications were on ("auto" by default): each stale
connection failed its next command once, and a customer's message came back `internal`.
"""

from __future__ import annotations

import asyncio

import pytest
import redis.asyncio as aioredis

from chat_server.store import client, connection_pool
from tests.support.procs import RedisServer

POOLED = 12


async def _open_connections(redis: aioredis.Redis) -> None:
    """Hold POOLED connections at once, so the pool keeps that many."""
    await asyncio.gather(*(redis.blpop(["lc:test:nothing"], 0.2) for _ in range(POOLED)))


@pytest.mark.parametrize("kill", [False, True], ids=["graceful", "kill"])
async def test_every_pooled_connection_survives_a_redis_restart(kill: bool) -> None:
    server = RedisServer()
    server.start()
    redis = client(server.url, decode_responses=True, max_connections=POOLED)
    try:
        await _open_connections(redis)
        # off the loop, as on a live node: the loop reads each closed socket's end meanwhile
        await asyncio.to_thread(server.stop, kill)
        await asyncio.to_thread(server.start)
        # every stale connection is used at once: none may fail
        results = await asyncio.gather(
            *(redis.incr("lc:test:counter") for _ in range(POOLED)), return_exceptions=True
        )
        failures = [r for r in results if isinstance(r, BaseException)]
        assert not failures, failures
        assert await redis.get("lc:test:counter") == str(POOLED)
    finally:
        await redis.aclose()
        server.cleanup()


async def test_pool_options_pass_through() -> None:
    pool = connection_pool("redis://127.0.0.1:1/0", max_connections=7, decode_responses=True)
    assert pool.max_connections == 7
    assert pool.timeout == 10
    assert not pool.maint_notifications_enabled()
    await pool.disconnect()
