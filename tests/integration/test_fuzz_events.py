"""Random payloads at every event: the server stays up and the stored data stays valid."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chat_server.agents import AgentStore
from tests.support.clients import AgentClient, CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess

CUSTOMER_EVENTS = [
    "message",
    "history",
    "handoff",
    "ticket",
    "contact",
    "typing",
    "close",
    "rating",
]
AGENT_EVENTS = [
    "accept",
    "message",
    "note",
    "typing",
    "resolve",
    "ticket",
    "transfer",
    "presence",
    "history",
]
KEYS = [
    "client_id",
    "text",
    "payload",
    "after_seq",
    "email",
    "name",
    "typing",
    "score",
    "comment",
    "conversation_id",
    "note",
    "status",
]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
plausible = st.dictionaries(st.sampled_from(KEYS), json_values | st.text(max_size=3000), max_size=5)
payloads = st.one_of(json_values, plausible)
events = st.lists(
    st.tuples(
        st.sampled_from(["customer", "agent"]),
        st.sampled_from(sorted(set(CUSTOMER_EVENTS + AGENT_EVENTS))),
        payloads,
    ),
    min_size=20,
    max_size=40,
)


def assert_store_valid(url: str) -> None:
    client = redis.Redis.from_url(url, decode_responses=True)
    try:
        for key in client.scan_iter("lc:conv:*"):
            kind = client.type(key)
            if key.endswith(":log"):
                entries = [json.loads(e) for e in client.lrange(key, 0, -1)]
                assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1)), key
                for entry in entries:
                    assert entry["author"] in {"customer", "bot", "agent", "system"}
                    assert isinstance(entry["text"], str)
            elif kind == "hash" and key.count(":") == 2:
                state = client.hget(key, "state")
                assert state in {"bot", "queued", "agent", "resolved", "ticket", "closed"}, key
    finally:
        client.close()


async def fire(url: str, redis_url: str, items: list[tuple[str, str, Any]]) -> None:
    customer = CustomerClient(url)
    await customer.connect()
    await customer.say("hello")
    await customer.call("handoff")
    agent = AgentClient(url)
    await agent.connect("fuzz@oca.test", "correct horse battery")
    for who, event, payload in items:
        client = customer if who == "customer" else agent
        valid = CUSTOMER_EVENTS if who == "customer" else AGENT_EVENTS
        if event not in valid:
            await client.sio.emit(
                event, payload, namespace=f"/{'chat' if who == 'customer' else 'agent'}"
            )
            continue
        ack = await client.call(event, payload, timeout=5)
        assert isinstance(ack, dict) and isinstance(ack.get("ok"), bool), (event, payload, ack)
        if not ack["ok"]:
            assert isinstance(ack["error"]["code"], str) and ack["error"]["message"]
    # Both connections still work after the barrage.
    assert isinstance(await customer.call("history", {"after_seq": 0}), dict)
    async with aiohttp.ClientSession() as http, http.get(f"{url}/healthz") as resp:
        assert resp.status == 200
    await customer.close()
    await agent.close()


def test_random_payloads_never_break_the_server(
    server: ChatServerProcess, redis_proc: RedisServer
) -> None:
    async def setup() -> None:
        import redis.asyncio as aioredis

        client = aioredis.Redis.from_url(redis_proc.url, decode_responses=True)
        if not await AgentStore(client).by_email("fuzz@oca.test"):
            await AgentStore(client).add("fuzz@oca.test", "Fuzz", "correct horse battery")
        await client.aclose()

    asyncio.run(setup())

    @settings(
        max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    @given(events)
    def run(items: list[tuple[str, str, Any]]) -> None:
        asyncio.run(fire(server.url, redis_proc.url, items))
        assert_store_valid(redis_proc.url)

    run()
