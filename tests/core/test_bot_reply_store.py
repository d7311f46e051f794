"""The bot turn's reads: a turn that starts at once uses the conversation as read with the
customer's message (the widget's locale of a first message included); a turn that waited
reads it again. A bot reply is stored only while the bot still has the conversation: the
state is read with the append (one round trip), so a person who takes over during Rasa's
call never sees the bot speak after them, nor its payloads acted on."""

from __future__ import annotations

import asyncio
from typing import Any

from chat_server.bot_bridge import BotReply
from chat_server.conversations.events import MessageStored
from tests.core.conftest import Core

CID = "conv-bot-reply-1"


class HeldBot:
    """Wraps the scripted bot: each `ask` waits until the test lets it answer."""

    def __init__(self, core: Core) -> None:
        self.inner = core.bot
        self.asked = asyncio.Event()
        self.release = asyncio.Event()
        self.metadata: list[dict[str, Any]] = []
        core.service.bot._bot = self  # type: ignore[assignment]

    async def ask(self, conversation_id: str, text: str, metadata: dict[str, Any]) -> BotReply:
        self.metadata.append(metadata)
        self.asked.set()
        await self.release.wait()
        return await self.inner.ask(conversation_id, text, metadata)


async def say(core: Core, text: str, client_id: str, locale: str | None = None) -> None:
    await core.service.messages.customer_message(
        CID, client_id=client_id, text=text, payload=None, sid="sid-1", locale=locale
    )


async def test_a_reply_is_stored_as_a_message_of_the_log(core: Core) -> None:
    core.bot.say("First line.", "Second line.")
    await core.customer_says(CID, "hello there")
    log = await core.service.messages.transcript(CID)
    assert [(m["seq"], m["author"], m["text"]) for m in log] == [
        (1, "customer", "hello there"),
        (2, "bot", "First line."),
        (3, "bot", "Second line."),
    ]
    bot = log[1]
    assert bot["client_id"] is None and bot["name"] is None and bot["redactions"] == []
    assert bot["id"].startswith("m_") and bot["conversation_id"] == CID
    shown = [e.data for e in core.to_customer(CID, "message")]
    assert shown == log[1:]


async def test_a_person_who_took_over_during_the_call_is_not_followed_by_the_bot(
    core: Core,
) -> None:
    held = HeldBot(core)
    core.bot.say("Here is an answer.", custom={"handoff": True, "reason": "late"})
    await core.service.sessions.tab_opened(CID)
    await say(core, "hello there", "c-1")
    await held.asked.wait()
    await core.service.routing.request_handoff(CID, reason="customer")
    anna = await core.agent("Anna")
    await core.service.accept(CID, anna)
    stored_before = len(core.of(MessageStored))
    held.release.set()
    await core.settle()

    assert await core.state(CID) == "agent"
    log = await core.service.messages.transcript(CID)
    assert [m["author"] for m in log if m["author"] == "bot"] == []
    assert all(e.data["author"] != "bot" for e in core.to_customer(CID, "message"))
    assert all(e.message["author"] != "bot" for e in core.of(MessageStored)[stored_before:])


async def test_the_first_message_s_locale_reaches_the_bot(core: Core) -> None:
    held = HeldBot(core)
    held.release.set()
    core.bot.say("Hallo!")
    await core.service.sessions.tab_opened(CID)
    await say(core, "hallo zusammen", "c-1", locale="de-DE")
    await core.settle()
    assert held.metadata[0]["locale"] == "de-DE"


async def test_a_turn_that_waited_reads_the_conversation_again(core: Core) -> None:
    held = HeldBot(core)
    core.bot.say("First answer.")
    core.bot.say("Second answer.")
    await core.service.sessions.tab_opened(CID)
    await say(core, "first question", "c-1")
    await held.asked.wait()
    await say(core, "second question", "c-2")  # waits behind the first turn
    await core.service.routing.request_handoff(CID, reason="customer")
    held.release.set()
    await core.settle()

    assert core.bot.asked == ["first question"]  # the waiting turn saw the handoff
    assert await core.state(CID) == "queued"
