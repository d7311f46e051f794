"""A queue round's State must never undo an accept that was delivered before it.

`SocketOutbound.broadcast_queue_now` reads a round (each waiting customer's State with its
place), sends every agent's `queue`, then the customers' States: an accept in between sends
the customer `agent` first and the round's older `queued` after it. This runs the real app
in this process (real Redis, real Socket.IO clients) and holds the round deterministically
between its read and its sends: `to_agent("queue")` waits until the accept has reached the
customer.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import redis.asyncio as aioredis
from aiohttp import web

from chat_server.agents import AgentStore
from chat_server.app import init_app
from chat_server.config import Settings
from chat_server.realtime.outbound import SocketOutbound
from tests.support.clients import AgentClient, CustomerClient
from tests.support.procs import RedisServer, free_port
from tests.support.server import TEST_SECRET

PASSWORD = "staple battery horse correct"


@dataclass
class RoundGate:
    """Holds the next queue round at its first agent snapshot once `armed`."""

    armed: bool = False
    paused: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    outbound: SocketOutbound | None = None


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> RoundGate:
    held = RoundGate()
    send = SocketOutbound.to_agent

    async def to_agent(
        self: SocketOutbound, agent_id: str, event: str, data: Any, skip_sid: str | None = None
    ) -> None:
        held.outbound = self
        if event == "queue" and held.armed:  # only a round sends `queue` through to_agent
            held.armed = False
            held.paused.set()
            await held.release.wait()
        await send(self, agent_id, event, data, skip_sid)

    monkeypatch.setattr(SocketOutbound, "to_agent", to_agent)
    return held


@pytest.fixture
async def app_url(redis_proc: RedisServer, redis_client: aioredis.Redis) -> AsyncIterator[str]:
    port = free_port()
    settings = Settings(
        env="test",
        redis_url=redis_proc.url,
        secret_key=TEST_SECRET,
        rasa_url=f"http://127.0.0.1:{free_port()}",  # nothing listens: the bot is down
        host="127.0.0.1",
        port=port,
        max_connections_per_address=1000,
        handoffs_per_address_per_hour=1000,
        rate_limit_per_address_per_s=1000,
    )
    runner = web.AppRunner(init_app(settings))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


async def signed_in_agent(url: str, agents: AgentStore, email: str, name: str) -> AgentClient:
    await agents.add(email, name, PASSWORD)
    client = AgentClient(url)
    await client.connect(email, PASSWORD)
    return client


async def test_a_round_read_before_an_accept_does_not_send_the_customer_back_to_queued(
    app_url: str, redis_client: aioredis.Redis, gate: RoundGate
) -> None:
    agents = AgentStore(redis_client)
    taker = await signed_in_agent(app_url, agents, "oskar@oca.test", "Oskar")
    customer = CustomerClient(app_url)
    helper = AgentClient(app_url)
    try:
        await customer.connect()
        await race_a_round_against_an_accept(customer, taker, helper, agents, gate)
    finally:
        gate.release.set()
        await asyncio.gather(customer.close(), taker.close(), helper.close())
    states = customer.events["state"]
    assert states[-1]["state"] == "agent", [s["state"] for s in states]
    versions = [s["version"] for s in states]
    assert versions == sorted(versions), versions  # never an older State after a newer one


async def race_a_round_against_an_accept(
    customer: CustomerClient,
    taker: AgentClient,
    helper: AgentClient,
    agents: AgentStore,
    gate: RoundGate,
) -> None:
    """The customer waits; a round is read and held; the taker accepts and the customer sees
    it; then the round goes on and everything it sent has arrived."""
    conversation_id = customer.session["conversation_id"]
    ack = await customer.call("handoff")
    assert ack["ok"] and ack["state"]["state"] == "queued", ack
    await taker.wait_for("queue", lambda q: len(q["conversations"]) == 1)
    await customer.wait_for("state", lambda s: s["queue_position"] == 1)
    assert gate.outbound is not None
    await gate.outbound.settle()

    # A second agent comes online: the round that follows tells the waiting customer the new
    # agents' count, and is held after reading it, before sending anything.
    gate.armed = True
    await agents.add("priya@oca.test", "Priya", PASSWORD)
    await helper.connect("priya@oca.test", PASSWORD)
    await asyncio.wait_for(gate.paused.wait(), 10)

    accepted = await taker.call("accept", {"conversation_id": conversation_id})
    assert accepted["ok"], accepted
    await customer.wait_for("state", lambda s: s["state"] == "agent")

    gate.release.set()
    await gate.outbound.settle()
    # Everything the round sent has reached the customer before a later message does (one
    # node publishes in order through the Redis manager).
    sent = await taker.call(
        "message", {"conversation_id": conversation_id, "client_id": "mark-1", "text": "Hallo"}
    )
    assert sent["ok"], sent
    await customer.wait_for("message", lambda m: m["client_id"] == "mark-1")
