"""A message named a secret by the customer's next one ("Bramble88" ⏎ "that's my password"),
in the core: the stored copy, the first-message summary, the emits, and the bot's unhandled
log (for trainers) all end masked, whether the bot's turn ended before or after."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from chat_server.agents import Agent
from chat_server.conversations.events import MessageMaskedAgain
from chat_server.conversations.messaging import LeadIn
from chat_server.store.unhandled import UNHANDLED_KEY
from redaction.testing import find_raw_secrets
from tests.core.conftest import Core

VALUE = "Bramble88"


async def unhandled_texts(core: Core) -> list[str]:
    return [json.loads(e)["text"] for e in await core.redis.lrange(UNHANDLED_KEY, 0, -1)]


async def test_stored_shown_summarised_and_unhandled_copies_are_masked(core: Core) -> None:
    cid = "conv-named-1"
    core.bot.down = True  # each turn fails: its text goes to the unhandled log
    lead = LeadIn()
    first = await core.customer_says(cid, VALUE, lead_in=lead)
    assert first["text"] == VALUE
    assert VALUE in await unhandled_texts(core)
    await core.customer_says(cid, "that's my password", lead_in=lead)
    redacted = core.of(MessageMaskedAgain)
    assert [(e.message["id"], e.message["text"]) for e in redacted] == [(first["id"], "[PASSWORD]")]
    emitted = core.to_customer(cid, "message_redacted")
    assert [e.data["seq"] for e in emitted] == [first["seq"]]
    conv = await core.service.conversations.get(cid)
    assert conv.first_text == "[PASSWORD]"
    assert VALUE not in await unhandled_texts(core)
    assert await find_raw_secrets(core.redis, [VALUE]) == []


async def test_a_turn_still_running_records_the_masked_text(core: Core) -> None:
    cid = "conv-named-2"
    gate = asyncio.Event()
    asked = core.bot.ask

    async def slow_ask(conversation_id: str, text: str, metadata: dict[str, Any]) -> Any:
        await gate.wait()
        return await asked(conversation_id, text, metadata)

    core.bot.ask = slow_ask  # type: ignore[method-assign]
    core.bot.down = True
    lead = LeadIn()
    await core.service.sessions.tab_opened(cid)
    for i, text in enumerate([VALUE, "that's my password"]):
        await core.service.messages.customer_message(
            cid, client_id=f"k{i}", text=text, payload=None, sid="s", lead_in=lead
        )
    assert core.of(MessageMaskedAgain)  # amended while the first turn waits on Rasa
    gate.set()
    await core.settle()
    texts = await unhandled_texts(core)
    assert texts and all(VALUE not in t for t in texts), texts
    assert await find_raw_secrets(core.redis, [VALUE]) == []


async def held_by_anna(core: Core, cid: str, lead: LeadIn) -> Agent:
    """The conversation handed to a person and accepted by Anna: the agent holding it."""
    core.bot.say("Let me get a person.", custom={"handoff": True})
    await core.customer_says(cid, "I need a person", lead_in=lead)
    anna = await core.agent("Anna")
    await core.service.routing.capacity_changed()
    await core.settle()
    await core.service.routing.accept(cid, anna)
    return anna


async def test_the_agent_holding_the_chat_gets_the_masked_copy(core: Core) -> None:
    cid = "conv-named-3"
    lead = LeadIn()
    anna = await held_by_anna(core, cid, lead)
    value = await core.customer_says(cid, "Lindenbaum 7", lead_in=lead)
    await core.customer_says(cid, "das war mein Passwort", lead_in=lead)
    again = core.to_agent(anna.id, "message_redacted")
    assert [(e.data["id"], e.data["text"]) for e in again] == [(value["id"], "[PASSWORD]")]


async def test_a_card_sent_in_pieces_is_masked_in_every_piece(core: Core) -> None:
    cid = "conv-named-4"
    lead = LeadIn()
    # typed without its space: a half as printed ("4929 1010") is masked on arrival
    # (below), so this one is the piece that only the next piece names a card
    first = await core.customer_says(cid, "49291010", lead_in=lead)
    assert first["text"] == "49291010"
    await core.customer_says(cid, "sorry", lead_in=lead)
    last = await core.customer_says(cid, "1234 5670", lead_in=lead)
    assert not any(ch.isdigit() for ch in last["text"])
    again = [e.message for e in core.of(MessageMaskedAgain)]
    assert [(m["id"], m["text"]) for m in again] == [(first["id"], "•••• •••• •••• ••••")]
    assert await find_raw_secrets(core.redis, ["4929 1010", "49291010"]) == []


async def test_a_cards_first_half_as_printed_is_masked_on_arrival(core: Core) -> None:
    """Two groups of four opening a real issuer's number are a card's first half: masked
    before the agent, the bot or Redis sees them, and the second half after it too."""
    cid = "conv-named-4b"
    lead = LeadIn()
    first = await core.customer_says(cid, "4929 1010", lead_in=lead)
    assert not any(ch.isdigit() for ch in first["text"])
    last = await core.customer_says(cid, "1234 5670", lead_in=lead)
    assert not any(ch.isdigit() for ch in last["text"])
    assert await find_raw_secrets(core.redis, ["4929 1010", "1234 5670"]) == []


async def test_the_holders_chat_list_preview_is_rebuilt_without_the_value(core: Core) -> None:
    """The agent's `queue` snapshot lists its own chats with their last message. A round
    built after the value arrived and before it was named a secret showed it raw (CI under
    load: the accept's round ran late, the console kept "Bramble88" in "My chats"); the
    masking rebuilds the holder's snapshot."""
    cid = "conv-named-5"
    lead = LeadIn()
    anna = await held_by_anna(core, cid, lead)
    await core.customer_says(cid, "Lindenbaum 7", lead_in=lead)
    await core.service.routing.capacity_changed()  # a round now shows the value as last
    await core.settle()

    def preview(snapshot: dict[str, Any]) -> str:
        (mine,) = [c for c in snapshot["conversations"] if c["conversation_id"] == cid]
        return str(mine["last_message"]["text"])

    shown = core.to_agent(anna.id, "queue")
    assert preview(shown[-1].data) == "Lindenbaum 7"
    await core.customer_says(cid, "das war mein Passwort", lead_in=lead)
    rebuilt = core.to_agent(anna.id, "queue")[len(shown) :]
    assert rebuilt, "no queue round after the masking: the preview keeps the raw value"
    assert "Lindenbaum 7" not in json.dumps(rebuilt[-1].data)
    assert await find_raw_secrets(core.redis, ["Lindenbaum 7"]) == []
