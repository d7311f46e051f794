"""One conversation through the core: customer → bot → handoff → accept → agent → resolve or
transfer; each step's domain events and the Socket.IO emits made of them."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from chat_server.conversations.events import (
    CustomerWrote,
    MessageStored,
    QueueChanged,
    StateChanged,
    Transitioned,
)
from chat_server.conversations.state_machine import Event, Route
from chat_server.errors import ServiceError
from tests.core.conftest import Core, build_core, core_settings

CID = "conv-flow-1"


async def test_customer_to_bot_to_agent_and_resolved(core: Core) -> None:
    core.bot.say("Hi! How can I help?")
    message = await core.customer_says(CID, "hello there")
    assert message["author"] == "customer" and message["seq"] == 1
    wrote = core.of(CustomerWrote)
    assert [w.route for w in wrote] == [Route.BOT]
    assert core.bot.asked == ["hello there"]
    # The sender's tab has its message in the ack; only the bot's reply is emitted.
    said = [e.data["text"] for e in core.to_customer(CID, "message")]
    assert said == ["Hi! How can I help?"]

    core.bot.say("Let me get a person.", custom={"handoff": True, "reason": "billing"})
    await core.customer_says(CID, "I need a human")
    assert await core.state(CID) == "queued"
    handoff = [t for t in core.of(Transitioned) if t.event is Event.HANDOFF]
    assert len(handoff) == 1 and handoff[0].reason == "billing"
    states = [e.data for e in core.to_customer(CID, "state")]
    assert states[-1]["state"] == "queued" and states[-1]["queue_position"] == 1
    assert states[-1]["deadline_ts"] is not None

    anna = await core.agent("Anna")
    await core.service.routing.capacity_changed()
    await core.settle()
    snapshot = core.to_agent(anna.id, "queue")[-1].data
    assert [s["conversation_id"] for s in snapshot["conversations"]] == [CID]

    detail = await core.service.accept(CID, anna)
    assert detail["state"] == "agent" and detail["agent"]["id"] == anna.id
    await core.settle()
    assert core.to_customer(CID, "state")[-1].data["agent"] == {"name": "Anna"}
    joined = core.to_customer(CID, "message")[-1].data
    assert joined["author"] == "system" and "Anna" in joined["text"]
    assert core.to_agent(anna.id, "queue")[-1].data["conversations"][0]["state"] == "agent"

    await core.service.agent_message(CID, anna, client_id="a1", text="Hello, Anna here", sid="s")
    to_customer = core.to_customer(CID, "message")[-1]
    assert to_customer.data["author"] == "agent" and to_customer.skip_sid is None
    assert core.to_agent(anna.id, "message")[-1].skip_sid == "s"  # the agent's own tab acked

    await core.customer_says(CID, "my card is 4111 1111 1111 1111")
    relayed = [e.data for e in core.to_agent(anna.id, "message") if e.data["author"] == "customer"]
    assert "4111 1111 1111 1111" not in relayed[-1]["text"]
    assert relayed[-1]["redactions"] == ["CREDIT_CARD"]

    state = await core.service.routing.resolve(CID, anna)
    assert state["state"] == "resolved"
    assert core.to_agent(anna.id, "state")[-1].data["state"] == "resolved"
    assert core.to_agent(anna.id, "message")[-1].data["author"] == "system"
    assert (await core.service.views.queue_snapshot(anna.id))["conversations"] == []

    # A new message reopens it with the bot (the table's resolved + message cell).
    core.bot.say("Welcome back!")
    await core.customer_says(CID, "one more thing")
    assert await core.state(CID) == "bot"
    assert core.bot.asked[-1] == "one more thing"


async def test_transfer_puts_it_back_with_a_new_deadline(core: Core) -> None:
    anna, ben = await core.agent("Anna"), await core.agent("Ben")
    await core.customer_says(CID, "hi", payload="/request_human")
    first = await core.service.conversations.get(CID)
    assert first.state.value == "queued"
    await core.service.accept(CID, anna)

    with pytest.raises(ServiceError) as refused:
        await core.service.routing.transfer(CID, ben)
    assert refused.value.code == "forbidden"
    with pytest.raises(ServiceError) as twice:
        await core.service.accept(CID, ben)
    assert twice.value.code == "already_assigned"

    state = await core.service.routing.transfer(CID, anna)
    await core.settle()
    assert state["state"] == "queued"
    again = await core.service.conversations.get(CID)
    assert again.deadline_ts is not None and first.deadline_ts is not None
    assert again.deadline_ts >= first.deadline_ts and again.agent_id is None
    assert core.to_agent(anna.id, "state")[-1].data["state"] == "queued"
    await core.service.accept(CID, ben)
    assert (await core.service.conversations.get(CID)).agent_id == ben.id


async def test_at_capacity_and_auto_routing(redis_client: aioredis.Redis) -> None:
    core = await build_core(redis_client, core_settings(agent_max_chats=1, routing="auto"))
    anna = await core.agent("Anna")
    await core.customer_says("c1", "x", payload="/request_human")
    assert (await core.service.conversations.get("c1")).agent_id == anna.id  # auto-assigned
    await core.customer_says("c2", "y", payload="/request_human")
    assert await core.state("c2") == "queued"  # Anna is at her cap: it waits
    with pytest.raises(ServiceError) as full:
        await core.service.accept("c2", anna)
    assert full.value.code == "at_capacity"
    await core.service.routing.resolve("c1", anna)  # a slot frees: c2 is assigned at once
    await core.settle()
    assert (await core.service.conversations.get("c2")).agent_id == anna.id


async def test_every_queue_change_reaches_the_agents(core: Core) -> None:
    anna = await core.agent("Anna")
    await core.customer_says(CID, "hi", payload="/request_human")
    assert any(q.conversation_id == CID for q in core.of(QueueChanged))
    await core.service.routing.close(CID)
    await core.settle()
    assert core.to_agent(anna.id, "queue")[-1].data == {"conversations": []}
    last_state = core.of(StateChanged)[-1]
    assert last_state.state["state"] == "closed"
    stored = [m.message["author"] for m in core.of(MessageStored)]
    assert stored[0] == "customer" and stored[-1] == "system"
