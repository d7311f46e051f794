"""Security tests: real chat server processes, real Socket.IO clients, the session's Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import pytest
import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from tests.support.clients import AgentClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess

SERVER_ENV = {
    "HANDOFF_TIMEOUT_S": "300",
    "AGENT_GRACE_S": "2",
    "RATE_LIMIT_PER_S": "5",
    "RATE_LIMIT_BURST": "20",
    "AGENT_MAX_CHATS": "2",
}


@contextmanager
def node(redis_url: str, **env: str) -> Iterator[ChatServerProcess]:
    server = ChatServerProcess(redis_url, **{**SERVER_ENV, **env})
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def server(redis_proc: RedisServer) -> Iterator[ChatServerProcess]:
    with node(redis_proc.url) as server:
        yield server


@pytest.fixture
async def agents(redis_client: aioredis.Redis) -> AsyncIterator[AgentStore]:
    yield AgentStore(redis_client)


async def new_agent(
    store: AgentStore, server: ChatServerProcess, email: str = "anna@oca.test", name: str = "Anna"
) -> AgentClient:
    await store.add(email, name, "correct horse battery")
    client = AgentClient(server.url)
    await client.connect(email, "correct horse battery")
    return client
