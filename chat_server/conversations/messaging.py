"""Messages: what customers, agents, the bot and the service itself write into a conversation.

Each message is redacted, stored, then announced (`MessageStored`); listeners deliver it.
A customer message is read top to bottom in `customer_message`:
redact → store (with the conversation, one round trip) → decide its route → announce.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any

from chat_server import metrics
from chat_server.agents.store import Agent
from chat_server.conversations import texts
from chat_server.conversations.events import (
    CustomerWrote,
    EventBus,
    MessageMaskedAgain,
    MessageStored,
    NoteAdded,
    Typing,
)
from chat_server.conversations.long_text import redact_long
from chat_server.conversations.state_machine import Event, Route, State, decide
from chat_server.conversations.transitions import Transitions
from chat_server.errors import ERROR_TEXT, ServiceError, refuse
from chat_server.store.conversations import Conversation, ConversationStore, erased_key
from chat_server.store.messages import MessageDict, MessageLog
from redaction import (
    Continuation,
    Redacted,
    RedactionResult,
    default_redactor,
    may_answer,
    question_of,
)
from redaction.hindsight import KEPT as HINDSIGHT_KEPT


def redact(text: str) -> tuple[Redacted, list[str]]:
    """The text as it may be stored, shown and sent, and the kinds of secret masked in it."""
    return _counted(default_redactor().redact(text))


def _counted(result: RedactionResult) -> tuple[Redacted, list[str]]:
    if result.entities:
        metrics.REDACTIONS.inc(len(result.entities))
    return result.text, list(result.types)


def redacted(text: str | None) -> Redacted | None:
    return redact(text)[0] if text else None


#: How long a lead-in ("my password is") waits for its value sent as the next message:
#: people who press Enter too early send the rest at once.
LEAD_IN_TTL_S = 600.0


@dataclass
class LeadIn:
    """A customer connection's run of messages (``redaction.Continuation``): a message
    that follows a line leading up to a secret ("my password is" ⏎ "Sommer 2024!") is
    redacted as its continuation. In memory only: the value comes at once and over the
    same connection, so nothing about it needs storing."""

    thread: Continuation = field(default_factory=Continuation)
    at: float = 0.0
    #: When the agent's or the bot's question this connection last took was asked (epoch
    #: seconds): each is the cue of one next message, on every tab.
    asked_at: float = 0.0
    #: This connection's last messages as stored, newest first (None: not stored, such as
    #: a resend): the ones a next message may name secrets ("Bramble88" ⏎ "that's my
    #: password"). One entry per message the thread has read, so the two count alike.
    sent: deque[MessageDict | None] = field(
        default_factory=lambda: deque(maxlen=HINDSIGHT_KEPT + 1)
    )

    def redact(
        self, text: str, now: float, asked: tuple[str, float] | None = None
    ) -> tuple[Redacted, list[str]]:
        """`asked`: the question the agent or the bot last put to the customer
        (``ConversationStore.asked``): a new one that is still fresh leads into `text`."""
        if now - self.at > LEAD_IN_TTL_S:
            self.reset()
        self.at = now
        if asked is not None and asked[1] > self.asked_at:
            self.asked_at = asked[1]
            if time.time() - asked[1] <= LEAD_IN_TTL_S:
                # stored redacted; read back it is plain text again, redacted anew to match
                self.thread.asked(default_redactor().redact(asked[0]).text)
        redacted_text = _counted(self.thread.redact(text))
        self.sent.appendleft(None)  # this message, until it is stored
        return redacted_text

    def stored(self, message: MessageDict) -> None:
        """The message just redacted was stored as `message`."""
        if self.sent:
            self.sent[0] = message

    def amended(self) -> list[tuple[MessageDict, Redacted, list[str]]]:
        """The stored messages the message just redacted showed to be secrets, each with
        its text masked anew."""
        found = []
        for back, again in self.thread.amended:
            earlier = self.sent[back] if back < len(self.sent) else None
            if earlier is not None:
                text, types = _counted(again)
                found.append((earlier, text, types))
        return found

    def reset(self) -> None:
        self.thread.reset()
        self.sent.clear()


class Messages:
    def __init__(
        self,
        conversations: ConversationStore,
        messages: MessageLog,
        transitions: Transitions,
        bus: EventBus,
    ) -> None:
        self._conversations = conversations
        self._messages = messages
        self._transitions = transitions
        self._bus = bus

    async def customer_message(
        self,
        conversation_id: str,
        *,
        client_id: str,
        text: str,
        payload: str | None,
        sid: str | None,
        locale: str | None = None,
        address: str | None = None,
        kind: str | None = None,
        lead_in: LeadIn | None = None,
    ) -> MessageDict:
        """`kind` "log": a long pasted log, stored whole and shown collapsed; the bot is not
        asked about it (it cannot read one): a system message offers a person instead.
        `lead_in`: the sender's connection's run of messages; this one is redacted as the
        continuation of a line before it that leads up to a secret."""
        amended: list[tuple[MessageDict, Redacted, list[str]]] = []
        if kind == "log":
            if lead_in is not None:
                lead_in.reset()
            clean_text, found = await redact_long(text)
        elif lead_in is not None:
            # (only a message that could answer pays for reading the question)
            asked = await self._conversations.asked(conversation_id) if may_answer(text) else None
            clean_text, found = lead_in.redact(text, time.monotonic(), asked)
            amended = lead_in.amended()
        else:
            clean_text, found = redact(text)
        stored, created, raw = await self._messages.append_customer(
            conversation_id,
            ConversationStore.key(conversation_id),
            erased_key(conversation_id),
            text=clean_text,
            client_id=client_id,
            redactions=found,
            kind=kind,
        )
        if stored is None:
            # Erased (`gdpr erase`) or gone while this connection was open: not recreated.
            if not raw:
                raise ServiceError("conversation_closed", ERROR_TEXT["erased"])
            raise refuse("limited")
        if not created:  # a resend after a reconnect: same message, nothing routed twice
            return stored
        if lead_in is not None:
            lead_in.stored(stored)
        conv = Conversation.from_hash(conversation_id, raw)
        decision = decide(conv.state, Event.CUSTOMER_MESSAGE)
        if decision.changes:  # resolved/closed: a new message reopens it with the bot
            conv = (await self._transitions.apply(conv.id, Event.CUSTOMER_MESSAGE)).conversation
        elif not conv.stored:
            await self._conversations.ensure_stored(conv.id)
        first = {} if conv.first_text is not None else {"first_text": clean_text[:200].strip()}
        if locale and not conv.locale:
            first["locale"] = locale[:16]
        if first:
            await self._conversations.update(conv.id, first)
            # As stored (and as from_hash reads it): the bot turn starts from this.
            conv = replace(
                conv,
                first_text=first.get("first_text", conv.first_text) or None,
                locale=first.get("locale", conv.locale) or None,
            )
        # The sender has its message in the ack; other tabs (if any) get it as an event.
        await self._bus.publish(
            MessageStored(conv, stored, sender_sid=sid, echo=conv.tabs > 1 or sid is None)
        )
        for earlier in amended:
            conv = await self._redact_again(conv, *earlier)
        if found or amended:
            await self.system(conv, "masked")
        bot_input = redacted(payload) or clean_text
        assert decision.route is not None  # a customer message always has a route
        if kind == "log" and decision.route is Route.BOT:
            title = texts.say("talk_to_person", conv.locale)
            button = {"title": title, "payload": texts.REQUEST_HUMAN_PAYLOAD}
            await self.system(conv, "log_saved", [button])
            return stored
        await self._bus.publish(
            CustomerWrote(conv, stored, decision.route, bot_input, not payload, address)
        )
        return stored

    async def _redact_again(
        self, conv: Conversation, message: MessageDict, text: Redacted, found: list[str]
    ) -> Conversation:
        """The customer's message before this one, masked anew in place: it was stored and
        shown before its next message said it was a secret. Its first-message summary too."""
        if message.get("conversation_id") != conv.id:
            return conv
        again = await self._messages.redact_again(message, text, found)
        if again is None:
            return conv
        if conv.first_text is not None and conv.first_text == message["text"][:200].strip():
            first_text = text[:200].strip()
            await self._conversations.update(conv.id, {"first_text": first_text})
            conv = replace(conv, first_text=first_text or None)
        await self._bus.publish(MessageMaskedAgain(conv, again, message["text"]))
        return conv

    async def system(
        self,
        conv: Conversation,
        key: str,
        buttons: list[dict[str, str]] | None = None,
        former_agent: str | None = None,
        **values: Any,
    ) -> MessageDict:
        """The service's own words (texts.py) in the conversation's language."""
        text, _ = redact(texts.say(key, conv.locale, **values))
        return await self.post(conv, "system", text, buttons, former_agent=former_agent)

    async def post(
        self,
        conv: Conversation,
        author: str,
        text: Redacted,
        buttons: list[dict[str, str]] | None = None,
        former_agent: str | None = None,
    ) -> MessageDict:
        """Store and announce a bot or system message."""
        message, _ = await self._messages.append(conv.id, author=author, text=text, buttons=buttons)
        if author == "bot":
            await self._keep_question(conv.id, text)
        await self._bus.publish(MessageStored(conv, message, former_agent=former_agent))
        return message

    async def _keep_question(self, conversation_id: str, text: Redacted) -> None:
        """The agent's or the bot's message that asks the customer for a secret (or for
        another thing, which ends the talk of one) is kept with the conversation: the
        customer's next message is read as its answer on any node ("What's the code on
        the back?" ⏎ "381")."""
        if (question := question_of(text)) is not None:
            await self._conversations.set_asked(conversation_id, question)

    async def post_while_bot(
        self,
        conversation_id: str,
        author: str,
        text: Redacted,
        buttons: list[dict[str, str]] | None = None,
    ) -> tuple[MessageDict | None, Conversation]:
        """Store and announce a bot message only while the conversation is with the bot (a
        person who took over meanwhile hears no bot). Returns the message (None: not
        stored) and the conversation as read with it, in one round trip."""
        message, raw = await self._messages.append_in_state(
            conversation_id,
            ConversationStore.key(conversation_id),
            State.BOT.value,
            author=author,
            text=text,
            buttons=buttons,
        )
        conv = Conversation.from_hash(conversation_id, raw)
        if message is not None:
            await self._keep_question(conversation_id, text)
            await self._bus.publish(MessageStored(conv, message))
        return message, conv

    async def agent_message(
        self, conv: Conversation, agent: Agent, *, client_id: str, text: str, sid: str | None
    ) -> MessageDict:
        """An agent's message in a conversation it holds (checked by the caller)."""
        clean, found = redact(text)
        message, created = await self._messages.append(
            conv.id,
            author="agent",
            text=clean,
            client_id=client_id,
            dedupe_key=f"{agent.id}:{client_id}",
            name=redact(agent.name)[0],
            redactions=found,
        )
        if created:
            await self._keep_question(conv.id, clean)
            await self._bus.publish(MessageStored(conv, message, sender_sid=sid))
        return message

    async def note(self, conversation_id: str, agent: Agent, text: str) -> MessageDict:
        conv = await self._conversations.get(conversation_id)
        if not conv.stored:
            raise refuse("not_found")
        if conv.state is State.AGENT and conv.agent_id != agent.id:
            raise refuse("forbidden")
        clean, _ = redact(text)
        note = await self._messages.add_note(conv.id, {"id": agent.id, "name": agent.name}, clean)
        await self._bus.publish(NoteAdded(conv, note, agent.id))
        return note

    async def typing(self, conv: Conversation, author: str, typing: bool) -> None:
        await self._bus.publish(Typing(conv, author, typing))

    async def customer_typing(self, conversation_id: str, typing: bool) -> None:
        await self.typing(await self._conversations.get(conversation_id), "customer", typing)

    async def transcript(self, conversation_id: str) -> list[MessageDict]:
        return await self._messages.after(conversation_id, 0, 2000)
