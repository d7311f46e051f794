"""A secret named only after it was sent ("Bramble88" ⏎ "that's my password"), through the
real server: the stored message is masked anew in place and everyone who was shown it gets
the masked copy (`message_redacted`)."""

from __future__ import annotations

import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from redaction.testing import find_raw_secrets
from tests.integration.conftest import new_agent
from tests.support.clients import CustomerClient
from tests.support.server import ChatServerProcess


async def test_a_value_named_a_password_afterwards_is_masked_where_it_was_stored_and_shown(
    server: ChatServerProcess, redis_client: aioredis.Redis
) -> None:
    tab1, tab2 = CustomerClient(server.url), CustomerClient(server.url)
    session = await tab1.connect()
    await tab2.connect(token=session["token"])
    value = await tab1.say("Bramble88")
    assert value["message"]["text"] == "Bramble88"  # alone, a word and a number
    await tab1.say("that's my password")
    for tab in (tab1, tab2):  # the sender's tab too: it showed the text from its ack
        again = await tab.wait_for("message_redacted", lambda m: m["seq"] == 1)
        assert again["id"] == value["message"]["id"]
        assert again["text"] == "[PASSWORD]" and again["redactions"] == ["PASSWORD"]
    await tab1.wait_for("message", lambda m: m["author"] == "system" and "we hid" in m["text"])
    history = await tab1.call("history", {"after_seq": 0})
    said = [m["text"] for m in history["messages"] if m["author"] == "customer"]
    assert said == ["[PASSWORD]", "that's my password"]
    # Stored once, in place: no second copy, no gap in seq, the first-message summary too.
    assert [m["seq"] for m in history["messages"]] == list(range(1, len(history["messages"]) + 1))
    assert await find_raw_secrets(redis_client, ["Bramble88"]) == []
    await tab1.close()
    await tab2.close()


async def test_a_value_named_no_secret_afterwards_stays_as_sent(
    server: ChatServerProcess,
) -> None:
    customer = CustomerClient(server.url)
    await customer.connect()
    name = await customer.say("anna.k77")
    await customer.say("that's my username, the password reset does not arrive")
    order = await customer.say("ORD-44719")
    later = await customer.say("das ist meine Bestellnummer")
    # A control named a secret afterwards: its redaction comes after any earlier one would.
    control = await customer.say("Bramble88")
    await customer.say("that was the PIN")
    await customer.wait_for("message_redacted", lambda m: m["id"] == control["message"]["id"])
    history = await customer.call("history", {"after_seq": 0})
    texts = {m["id"]: m["text"] for m in history["messages"]}
    assert texts[name["message"]["id"]] == "anna.k77"
    assert texts[order["message"]["id"]] == "ORD-44719"
    assert texts[later["message"]["id"]] == "das ist meine Bestellnummer"
    assert [m["id"] for m in customer.matching("message_redacted")] == [control["message"]["id"]]
    await customer.close()


async def test_the_agent_holding_the_chat_gets_the_masked_copy(
    server: ChatServerProcess, agents: AgentStore, redis_client: aioredis.Redis
) -> None:
    agent = await new_agent(agents, server, email="berta@oca.test", name="Berta")
    customer = CustomerClient(server.url)
    await customer.connect()
    await customer.say("I cannot log in to the portal")
    assert (await customer.call("handoff"))["ok"] is True
    snapshot = await agent.wait_for("queue", lambda q: q["conversations"])
    conversation_id = snapshot["conversations"][0]["conversation_id"]
    assert (await agent.call("accept", {"conversation_id": conversation_id}))["ok"] is True
    await customer.wait_for("state", lambda s: s["state"] == "agent")
    value = await customer.say("Lindenbaum 7")
    shown = await agent.wait_for("message", lambda m: m["id"] == value["message"]["id"])
    assert shown["text"] == "Lindenbaum 7"
    await customer.say("das war mein altes Passwort")
    again = await agent.wait_for("message_redacted", lambda m: m["id"] == value["message"]["id"])
    assert again["text"] == "[PASSWORD]" and again["conversation_id"] == conversation_id
    assert await find_raw_secrets(redis_client, ["Lindenbaum 7"]) == []
    await agent.close()
    await customer.close()


async def test_a_queued_chats_summary_is_rebuilt_without_the_value(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    agent = await new_agent(agents, server, email="carla@oca.test", name="Carla")
    customer = CustomerClient(server.url)
    session = await customer.connect()
    await customer.say("Kettle-River")
    await customer.say("^ that's the wifi password, the router keeps dropping")
    assert (await customer.call("handoff"))["ok"] is True
    mine = session["conversation_id"]

    def summary(q: dict[str, object]) -> dict[str, object] | None:
        for c in q["conversations"]:  # type: ignore[attr-defined]
            if c["conversation_id"] == mine:
                return c  # type: ignore[no-any-return]
        return None

    snapshot = await agent.wait_for("queue", lambda q: summary(q) is not None)
    entry = summary(snapshot)
    assert entry is not None and "Kettle-River" not in str(entry)
    assert entry["first_message"] == "[PASSWORD]"
    await agent.close()
    await customer.close()
