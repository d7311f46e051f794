"""Domain events and the in-process bus that fans them out to listeners.

Services say what happened (a message was stored, a state changed, the queue changed, ...);
listeners decide what follows: Socket.IO emits (chat_server.realtime.outbound), metrics, mail
and bot turns (chat_server.conversations.listeners). A new reaction is a new listener.
Listeners run one after another in the order they subscribed, inside `publish`, so a
service's events reach people in the order it published them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from chat_server.conversations.state_machine import Event, Route
from chat_server.store.conversations import Conversation
from chat_server.store.messages import MessageDict
from chat_server.tickets import Ticket
from redaction import Redacted


@dataclass(frozen=True)
class MessageStored:
    """A message was appended to a conversation's log. `conversation` is as it was read when
    storing (who holds it). `echo`: whether the customer's connections get it as an event
    (the sender's connection `sender_sid` has it in its ack). `former_agent`: an agent who
    has just left the conversation and still sees this last message."""

    conversation: Conversation
    message: MessageDict
    sender_sid: str | None = None
    echo: bool = True
    former_agent: str | None = None


@dataclass(frozen=True)
class MessageMaskedAgain:
    """A stored customer message was masked anew in place (the customer's next message
    named it a secret: "Bramble88" ⏎ "that's my password"): whoever was shown it gets the
    masked copy."""

    conversation: Conversation
    message: MessageDict
    #: The text it was stored and announced with before (the listeners that kept a copy,
    #: such as the bot's unhandled log, find theirs by it).
    before: Redacted


@dataclass(frozen=True)
class CustomerWrote:
    """A new customer message was stored; `route` is where the state table sends it."""

    conversation: Conversation
    message: MessageDict
    route: Route
    bot_input: Redacted  # the redacted text, or a clicked button's payload
    typed: bool
    address: str | None


@dataclass(frozen=True)
class Transitioned:
    """The state table's change for `event` was applied: `before` -> `after`."""

    event: Event
    before: Conversation
    after: Conversation
    at: float
    reason: str | None = None  # why a handoff was asked for


@dataclass(frozen=True)
class StateChanged:
    """The customer (and `former_agent`, who has just lost the conversation) must see its new
    State object `state`."""

    conversation_id: str
    state: dict[str, Any]
    former_agent: str | None = None


@dataclass(frozen=True)
class QueueChanged:
    """What agents see of the queue changed; `conversation_id`: whose entry to rebuild."""

    conversation_id: str | None = None


@dataclass(frozen=True)
class Typing:
    conversation: Conversation
    author: str  # customer | agent | bot
    typing: bool


@dataclass(frozen=True)
class NoteAdded:
    conversation: Conversation
    note: MessageDict
    author_id: str


@dataclass(frozen=True)
class TicketOpened:
    """A chat became a ticket (`source` chat); or its contact address was set later
    (`contact_set`): either way the customer's confirmation mail is due if an address is known."""

    ticket: Ticket
    conversation: Conversation
    contact_set: bool = False


@dataclass(frozen=True)
class PresenceChanged:
    agent_id: str
    status: str


@dataclass(frozen=True)
class TranscriptRequested:
    """The customer asked for the chat's transcript by mail, to `conversation`'s verified
    address; `messages` are stored (redacted) messages."""

    conversation: Conversation
    messages: list[MessageDict]


@dataclass(frozen=True)
class Rated:
    conversation_id: str
    score: int


E = TypeVar("E")
Handler = Callable[[Any], Awaitable[None]]


class EventBus:
    """Subscribers per event type (or every event); `publish` awaits them in order."""

    def __init__(self) -> None:
        self._handlers: dict[type, list[Handler]] = {}
        self._every: list[Handler] = []

    def subscribe(self, event_type: type[E], handler: Callable[[E], Awaitable[None]]) -> None:
        self._handlers.setdefault(event_type, []).append(handler)

    def subscribe_all(self, handler: Handler) -> None:
        """For recorders and tracing: every event, before the typed handlers."""
        self._every.append(handler)

    async def publish(self, event: object) -> None:
        for handler in self._every:
            await handler(event)
        for handler in self._handlers.get(type(event), ()):
            await handler(event)
