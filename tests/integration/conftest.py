"""Integration fixtures: real chat server processes against the session's private Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from tests.support.clients import AgentClient, CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess

SERVER_ENV = {
    "HANDOFF_TIMEOUT_S": "3",
    "AGENT_GRACE_S": "2",
    "RATE_LIMIT_PER_S": "5",
    "RATE_LIMIT_BURST": "20",
    "AGENT_MAX_CHATS": "2",
}


@pytest.fixture(scope="module")
def server(redis_proc: RedisServer) -> Iterator[ChatServerProcess]:
    node = ChatServerProcess(redis_proc.url, **SERVER_ENV)
    node.start()
    try:
        yield node
    finally:
        node.stop()


@pytest.fixture
async def agents(redis_client: aioredis.Redis) -> AgentStore:
    return AgentStore(redis_client)


@pytest.fixture
async def customer(server: ChatServerProcess) -> AsyncIterator[CustomerClient]:
    client = CustomerClient(server.url)
    yield client
    await client.close()


async def new_agent(
    store: AgentStore, server: ChatServerProcess, email: str = "anna@oca.test", name: str = "Anna"
) -> AgentClient:
    await store.add(email, name, "correct horse battery")
    client = AgentClient(server.url)
    await client.connect(email, "correct horse battery")
    return client


def node_mailing_to(redis_url: str, smtp_port: int) -> ChatServerProcess:
    """A started chat node whose mail goes to a test SMTP server on loopback (no TLS)."""
    node = ChatServerProcess(
        redis_url,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(smtp_port),
        SMTP_STARTTLS="false",
        **SERVER_ENV,
    )
    node.start()
    return node
