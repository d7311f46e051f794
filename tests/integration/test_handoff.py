"""Human handoff through the real server: queue, accept races, caps, deadlines, agents leaving."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from tests.integration.conftest import new_agent
from tests.support.clients import AgentClient, CustomerClient, login
from tests.support.server import ChatServerProcess, signed_identity
from tests.support.waits import wait_until


async def queued_customer(server: ChatServerProcess, **auth: object) -> CustomerClient:
    customer = CustomerClient(server.url)
    await customer.connect(**auth)
    await customer.say("I need a person")
    ack = await customer.call("handoff")
    assert ack["ok"] is True and ack["state"]["state"] == "queued", ack
    return customer


async def test_no_agent_means_told_at_once_then_a_ticket_at_the_deadline(
    server: ChatServerProcess, redis_client: aioredis.Redis
) -> None:
    customer = await queued_customer(server)
    state = await customer.wait_for("state", lambda s: s["state"] == "queued")
    assert state["agents_available"] == 0
    assert state["deadline_ts"] > time.time()
    nobody = await customer.wait_for(
        "message", lambda m: m["author"] == "system" and "No agent" in m["text"]
    )
    assert "email" in nobody["text"]
    deadline = state["deadline_ts"]
    ticketed = await customer.wait_for("state", lambda s: s["state"] == "ticket", timeout=8)
    late = time.time() - deadline
    assert late < 2.0, f"ticketed {late:.2f}s after the deadline"
    number = ticketed["ticket"]["number"]
    assert number.startswith("OCA-") and len(number) == 10
    told = await customer.wait_for("message", lambda m: number in m["text"])
    assert "email" in told["text"]
    # Out of the queue (other modules' chats may wait in it: the Redis is the session's).
    assert await redis_client.zscore("lc:queue", ticketed["conversation_id"]) is None
    # In `ticket`, messages join the ticket's thread; a handoff is refused.
    assert (await customer.say("more details for the ticket"))["ok"] is True
    refused = await customer.call("handoff")
    assert refused["error"]["code"] == "conversation_closed"
    contact = await customer.call("contact", {"email": "kim@example.com", "name": "Kim"})
    assert contact["ok"] is True and contact["contact"]["ticket"]["number"] == number
    await customer.close()


async def test_agent_sees_queue_accepts_and_they_talk(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    agent = await new_agent(agents, server)
    identity = signed_identity("kim@example.com", "Kim Kunde")
    customer = await queued_customer(server, identity=identity)
    state = await customer.wait_for("state", lambda s: s["state"] == "queued")
    assert state["agents_available"] == 1 and state["queue_position"] == 1
    assert state["estimated_wait_s"] is not None
    snapshot = await agent.wait_for("queue", lambda q: q["conversations"])
    summary = snapshot["conversations"][0]
    conversation_id = summary["conversation_id"]
    assert summary["customer"] == {
        "name": "Kim Kunde",
        "email": "kim@example.com",
        "email_verified": True,  # portal-signed
    }
    assert summary["last_message"]["author"] in {"customer", "system"}
    accepted = await agent.call("accept", {"conversation_id": conversation_id})
    assert accepted["ok"] is True
    texts = [m["text"] for m in accepted["conversation"]["history"]]
    assert "I need a person" in texts
    await customer.wait_for(
        "state", lambda s: s["state"] == "agent" and s["agent"]["name"] == "Anna"
    )
    ack = await agent.call(
        "message",
        {"conversation_id": conversation_id, "client_id": "a1", "text": "Hello, Anna here"},
    )
    assert ack["ok"] is True
    got = await customer.wait_for("message", lambda m: m["author"] == "agent")
    assert got["text"] == "Hello, Anna here" and got["name"] == "Anna"
    await customer.say("Thanks Anna, my invoice is wrong")
    heard = await agent.wait_for(
        "message", lambda m: m["author"] == "customer" and "invoice" in m["text"]
    )
    assert heard["conversation_id"] == conversation_id
    note = await agent.call("note", {"conversation_id": conversation_id, "text": "check invoice"})
    assert note["ok"] is True
    # Written after the note: once the customer has it, the note would have arrived too.
    after = await agent.call(
        "message", {"conversation_id": conversation_id, "client_id": "a2", "text": "One moment"}
    )
    await customer.wait_for("message", lambda m: m["id"] == after["message"]["id"])
    assert not customer.matching("message", lambda m: "check invoice" in m["text"])
    await customer.call("typing", {"typing": True})
    await agent.wait_for("typing", lambda t: t["author"] == "customer")
    resolved = await agent.call("resolve", {"conversation_id": conversation_id})
    assert resolved["ok"] is True
    await customer.wait_for("state", lambda s: s["state"] == "resolved")
    assert (await customer.call("rating", {"score": 5, "comment": "great"}))["ok"] is True
    # A new message reopens the conversation with the bot.
    await customer.say("one more question")
    await customer.wait_for("message", lambda m: m["author"] == "system" and m.get("buttons"))
    await agent.close()
    await customer.close()


async def test_two_agents_race_and_exactly_one_wins(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    anna = await new_agent(agents, server, "anna@oca.test", "Anna")
    ben = await new_agent(agents, server, "ben@oca.test", "Ben")
    customer = await queued_customer(server)
    snapshot = await anna.wait_for("queue", lambda q: q["conversations"])
    conversation_id = snapshot["conversations"][0]["conversation_id"]
    results = await asyncio.gather(
        anna.call("accept", {"conversation_id": conversation_id}),
        ben.call("accept", {"conversation_id": conversation_id}),
    )
    winners = [r for r in results if r["ok"]]
    losers = [r for r in results if not r["ok"]]
    assert len(winners) == 1 and len(losers) == 1
    assert losers[0]["error"]["code"] == "already_assigned"
    loser = ben if results[1] is losers[0] else anna
    forbidden = await loser.call(
        "message", {"conversation_id": conversation_id, "client_id": "x", "text": "me too"}
    )
    assert forbidden["error"]["code"] == "forbidden"
    for client in (anna, ben, customer):
        await client.close()


async def test_cap_transfer_and_state_errors(server: ChatServerProcess, agents: AgentStore) -> None:
    agent = await new_agent(agents, server)
    customers = [await queued_customer(server) for _ in range(3)]
    await agent.wait_for("queue", lambda q: len(q["conversations"]) == 3)
    ids = [c["conversation_id"] for c in agent.latest_queue()]
    assert (await agent.call("accept", {"conversation_id": ids[0]}))["ok"]
    assert (await agent.call("accept", {"conversation_id": ids[1]}))["ok"]
    capped = await agent.call("accept", {"conversation_id": ids[2]})
    assert capped["error"]["code"] == "at_capacity"  # AGENT_MAX_CHATS=2 here
    again = await agent.call("accept", {"conversation_id": ids[0]})
    assert again["error"]["code"] == "already_assigned"
    transfer = await agent.call("transfer", {"conversation_id": ids[0]})
    assert transfer["ok"] and transfer["state"]["state"] == "queued"
    assert transfer["state"]["deadline_ts"] > time.time() + 1  # the deadline restarted
    assert (await agent.call("accept", {"conversation_id": ids[2]}))["ok"]
    unknown = await agent.call("resolve", {"conversation_id": "0" * 32})
    assert unknown["error"]["code"] == "not_found"
    bad = await agent.call("accept", {"conversation_id": "../etc"})
    assert bad["error"]["code"] == "invalid_payload"
    for client in [agent, *customers]:
        await client.close()


async def test_agent_who_drops_returns_its_chats_to_the_queue(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    agent = await new_agent(agents, server)
    customer = await queued_customer(server)
    snapshot = await agent.wait_for("queue", lambda q: q["conversations"])
    conversation_id = snapshot["conversations"][0]["conversation_id"]
    assert (await agent.call("accept", {"conversation_id": conversation_id}))["ok"]
    await customer.wait_for("state", lambda s: s["state"] == "agent")
    await agent.close()  # AGENT_GRACE_S=2 on this server
    since = customer.count("state")
    back = await customer.wait_for(
        "state", lambda s: s["state"] == "queued", timeout=15, since=since
    )
    assert back["deadline_ts"] > time.time()
    await customer.close()


async def test_customer_ticket_and_close(server: ChatServerProcess) -> None:
    customer = await queued_customer(server)
    ack = await customer.call("ticket")
    assert ack["ok"] and ack["ticket"]["number"].startswith("OCA-")
    assert ack["ticket"]["due_ts"] > time.time() + 23 * 3600
    again = await customer.call("ticket")
    assert again["ticket"]["number"] == ack["ticket"]["number"]
    other = CustomerClient(server.url)
    await other.connect()
    await other.say("bye")
    closed = await other.call("close")
    assert closed["ok"] and closed["state"]["state"] == "closed"
    assert (await other.call("ticket"))["error"]["code"] == "conversation_closed"
    for client in (customer, other):
        await client.close()


async def test_agents_only_http_and_login(server: ChatServerProcess, agents: AgentStore) -> None:
    await agents.add("cara@oca.test", "Cara", "correct horse battery")
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{server.url}/api/conversations/{'0' * 32}") as resp:
            assert resp.status == 401
        async with http.get(f"{server.url}/api/canned") as resp:
            assert resp.status == 401
    wrong = await login(server.url, "cara@oca.test", "wrong password")
    assert wrong["status"] == 401
    ok = await login(server.url, "cara@oca.test", "correct horse battery")
    assert ok["status"] == 200 and ok["agent"]["name"] == "Cara"
    headers = {"Authorization": f"Bearer {ok['token']}"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.get(f"{server.url}/api/canned") as resp:
            canned = await resp.json()
            assert any(c["shortcut"] == "nosecrets" for c in canned["responses"])
        async with http.get(f"{server.url}/metrics") as resp:
            assert "livechat_messages_total" in await resp.text()
    refused = AgentClient(server.url)
    try:
        await refused.sio.connect(
            server.url,
            namespaces=["/agent"],
            auth={"token": "a1.x.y.z.w"},
            transports=["websocket"],
            wait_timeout=5,
        )
        connected = True
    except Exception:
        connected = False
    assert not connected
    await agents.disable("cara@oca.test")
    after = AgentClient(server.url)
    try:
        await after.sio.connect(
            server.url,
            namespaces=["/agent"],
            auth={"token": ok["token"]},
            transports=["websocket"],
            wait_timeout=5,
        )
        still = True
    except Exception:
        still = False
    assert not still  # disabling ends the agent's sessions


async def test_login_is_rate_limited(server: ChatServerProcess, agents: AgentStore) -> None:
    await agents.add("dan@oca.test", "Dan", "correct horse battery")
    statuses = [(await login(server.url, "dan@oca.test", f"guess{i}"))["status"] for i in range(6)]
    # Three free failures per account and address, then a doubling wait (docs/operations.md).
    assert statuses[:4] == [401] * 4 and statuses[-1] == 429
    # Even the right password waits it out from this address: guessing gains nothing.
    assert (await login(server.url, "dan@oca.test", "correct horse battery"))["status"] == 429


async def test_agent_messages_keep_their_client_id_and_resends_store_once(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    agent = await new_agent(agents, server)
    customer = await queued_customer(server)
    snapshot = await agent.wait_for("queue", lambda q: q["conversations"])
    conversation_id = snapshot["conversations"][0]["conversation_id"]
    assert (await agent.call("accept", {"conversation_id": conversation_id}))["ok"]
    body = {"conversation_id": conversation_id, "client_id": "k-1", "text": "once"}
    first, second = await agent.call("message", body), await agent.call("message", body)
    assert first["message"]["client_id"] == "k-1"
    assert first["message"]["id"] == second["message"]["id"]
    # Sent after the resend: once the customer has it, a second "once" would be in too.
    after = await agent.call(
        "message", {"conversation_id": conversation_id, "client_id": "k-2", "text": "twice?"}
    )
    await customer.wait_for("message", lambda m: m["id"] == after["message"]["id"])
    assert len(customer.matching("message", lambda m: m["text"] == "once")) == 1
    await agent.close()
    await customer.close()


async def test_disabled_agent_is_disconnected(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    agent = await new_agent(agents, server, "eve@oca.test", "Eve")
    assert agent.sio.connected
    await agents.disable("eve@oca.test")
    # Heartbeats run every AGENT_GRACE_S/4 = 0.5 s here.
    await wait_until(lambda: "/agent" not in agent.sio.namespaces, what="eve disconnected")


async def test_auto_routing_assigns_at_once_and_when_an_agent_arrives(
    redis_proc: object, agents: AgentStore
) -> None:
    from tests.integration.conftest import SERVER_ENV

    node = ChatServerProcess(redis_proc.url, ROUTING="auto", **SERVER_ENV)  # type: ignore[attr-defined]
    node.start()
    try:
        waiting = await queued_customer(node)  # nobody online yet: it waits
        agent = await new_agent(agents, node, "auto@oca.test", "Otto")
        state = await waiting.wait_for("state", lambda s: s["state"] == "agent", timeout=5)
        assert state["agent"]["name"] == "Otto"
        second = CustomerClient(node.url)
        await second.connect()
        ack = await second.call("handoff")
        assert ack["state"]["state"] == "agent"  # assigned at once: the ack says so
        third = await queued_customer(node)  # AGENT_MAX_CHATS=2: this one waits
        third_id = third.session["conversation_id"]
        # The queue agents see is sent after routing decided: an assignment would be in.
        await agent.wait_for(
            "queue", lambda q: any(c["conversation_id"] == third_id for c in q["conversations"])
        )
        await third.wait_for("state", lambda s: s["state"] == "queued")
        assert not third.matching("state", lambda s: s["state"] == "agent")
        for client in (waiting, second, third, agent):
            await client.close()
    finally:
        node.stop()
