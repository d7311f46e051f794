"""Two `livechat serve` processes on one Redis behave as one service."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from tests.integration.conftest import SERVER_ENV
from tests.support.clients import AgentClient, CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess


@pytest.fixture
def two_nodes(redis_proc: RedisServer) -> Iterator[tuple[ChatServerProcess, ChatServerProcess]]:
    a = ChatServerProcess(redis_proc.url, NODE_ID="node-a", **SERVER_ENV)
    b = ChatServerProcess(redis_proc.url, NODE_ID="node-b", **SERVER_ENV)
    a.start()
    b.start()
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()


async def handed_over(
    customer_node: ChatServerProcess, agent_node: ChatServerProcess, agents: AgentStore, first: str
) -> tuple[CustomerClient, dict[str, Any], AgentClient]:
    """A customer on one node who wrote `first` and asked for a person, and an agent on
    the other node who accepted the conversation."""
    await agents.add("anna@oca.test", "Anna", "correct horse battery")
    agent = AgentClient(agent_node.url)
    await agent.connect("anna@oca.test", "correct horse battery")
    customer = CustomerClient(customer_node.url)
    session = await customer.connect()
    await customer.say(first)
    assert (await customer.call("handoff"))["ok"]
    snapshot = await agent.wait_for("queue", lambda q: q["conversations"])
    conversation_id = snapshot["conversations"][0]["conversation_id"]
    assert conversation_id == session["conversation_id"]
    assert (await agent.call("accept", {"conversation_id": conversation_id}))["ok"]
    await customer.wait_for("state", lambda s: s["state"] == "agent")
    return customer, session, agent


async def test_customer_on_a_agent_on_b_then_a_dies(
    two_nodes: tuple[ChatServerProcess, ChatServerProcess], agents: AgentStore
) -> None:
    a, b = two_nodes
    customer, session, agent = await handed_over(a, b, agents, "hello from node A")
    conversation_id = session["conversation_id"]
    await agent.call(
        "message",
        {"conversation_id": conversation_id, "client_id": "b1", "text": "hello from node B"},
    )
    got = await customer.wait_for("message", lambda m: m["author"] == "agent")
    assert got["text"] == "hello from node B"
    await customer.say("and back again")
    await agent.wait_for("message", lambda m: m["author"] == "customer" and "back" in m["text"])

    a.stop(kill=True)  # the customer's node dies without a word
    await customer.sio.disconnect()
    moved = CustomerClient(b.url)
    resumed = await moved.connect(token=session["token"])
    texts = [m["text"] for m in resumed["history"]]
    assert "hello from node A" in texts and "hello from node B" in texts
    assert "and back again" in texts
    seqs = [m["seq"] for m in resumed["history"]]
    assert seqs == list(range(1, len(seqs) + 1))
    assert resumed["state"]["state"] == "agent"
    await agent.call(
        "message", {"conversation_id": conversation_id, "client_id": "b2", "text": "still here"}
    )
    again = await moved.wait_for("message", lambda m: m.get("text") == "still here")
    assert again["seq"] == seqs[-1] + 1
    await moved.close()
    await agent.close()


async def test_deadline_is_kept_by_the_surviving_node(
    two_nodes: tuple[ChatServerProcess, ChatServerProcess],
) -> None:
    a, b = two_nodes
    customer = CustomerClient(b.url)
    await customer.connect()
    await customer.say("anyone?")
    ack = await customer.call("handoff")
    deadline = ack["state"]["deadline_ts"]
    a.stop(kill=True)  # may have held the sweeper lease: b must take over
    b.stop(kill=True)
    b.start()  # all nodes were down; the one that comes back ticketizes at once
    started = time.time()
    moved = CustomerClient(b.url)
    session = await moved.connect(token=customer.session["token"])
    state = session["state"]
    if state["state"] != "ticket" or state["ticket"] is None:
        # The state changes first and the ticket is made right after: a connect in between
        # sees `ticket` without its number, and the number follows in a `state` event.
        state = await moved.wait_for(
            "state", lambda s: s["state"] == "ticket" and s["ticket"] is not None, timeout=8
        )
    assert time.time() - max(deadline, started) < 2.0
    assert state["ticket"]["number"].startswith("OCA-")
    await moved.close()


async def test_sigterm_tells_clients_and_loses_nothing(redis_proc: RedisServer) -> None:
    node = ChatServerProcess(redis_proc.url, **SERVER_ENV)
    node.start()
    customer = CustomerClient(node.url)
    session = await customer.connect()
    await customer.say("before the restart")
    assert node.proc is not None
    proc = node.proc
    started = time.monotonic()
    proc.terminate()
    told = await customer.wait_for("server_shutdown", timeout=5)
    assert told == {"reconnect": True}
    assert proc.wait(10) == 0
    assert time.monotonic() - started < 8
    node.proc = None
    await customer.sio.disconnect()
    node.start()  # the node comes back (or another takes its place): nothing was lost
    again = CustomerClient(node.url)
    resumed = await again.connect(token=session["token"])
    assert resumed["history"][0]["text"] == "before the restart"
    await again.close()
    node.stop()


async def test_an_answer_to_the_agents_question_for_a_secret_is_masked_on_the_other_node(
    two_nodes: tuple[ChatServerProcess, ChatServerProcess],
    agents: AgentStore,
    redis_client: aioredis.Redis,
) -> None:
    """The agent (on B) asks for the card's code; the customer (on A) answers "381" alone.
    The question travels with the conversation in Redis, so A reads the bare digits as the
    answer: masked before anything stores, shows or sends them. A question for something
    else leaves its bare answer as typed."""
    a, b = two_nodes
    first = "I want to pay the open invoice by card over the chat"
    customer, session, agent = await handed_over(a, b, agents, first)
    conversation_id = session["conversation_id"]

    async def ask(client_id: str, text: str) -> None:
        await agent.call(
            "message", {"conversation_id": conversation_id, "client_id": client_id, "text": text}
        )
        await customer.wait_for("message", lambda m: m["author"] == "agent" and m["text"] == text)

    await ask("q1", "What is your order number?")
    order = await customer.say("4471123")
    assert order["message"]["text"] == "4471123"
    await ask("q2", "Thanks! And the 3-digit code on the back of your card?")
    answer = await customer.say("381")
    assert answer["message"]["text"] == "[CVC]"
    assert answer["message"]["redactions"] == ["CARD_CVC"]
    shown = await agent.wait_for("message", lambda m: m["id"] == answer["message"]["id"])
    assert shown["text"] == "[CVC]"
    later = await customer.say("is the payment through now? invoice 2024-0815")
    assert later["message"]["text"] == "is the payment through now? invoice 2024-0815"
    stored = await redis_client.lrange(f"lc:conv:{conversation_id}:log", 0, -1)
    texts = [json.loads(entry)["text"] for entry in stored]
    assert "[CVC]" in texts and not any("381" in text for text in texts)
    await customer.close()
    await agent.close()
