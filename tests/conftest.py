"""Fixtures every suite may use. Redis is real: one private server per test session."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import redis.asyncio as aioredis

from redaction import Redactor
from tests.support.procs import RedisServer, redis_server


@pytest.fixture(scope="session")
def redis_proc() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


@pytest.fixture
async def redis_client(redis_proc: RedisServer) -> AsyncIterator[aioredis.Redis]:
    """A client on a database flushed before each test."""
    client = aioredis.Redis.from_url(redis_proc.url, decode_responses=True)
    await client.flushdb()
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture(scope="session")
def unfiltered() -> Redactor:
    """Every recognizer on every text: what the pre-check must never hide."""
    return Redactor(precheck=False)
