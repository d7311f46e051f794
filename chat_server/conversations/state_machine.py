"""The contract's conversation state table as a pure function: no I/O, no clock.

`decide(state, event)` says what an event does in a state: move to a new state, leave it as
it is (optionally answering with something the caller already has), or refuse with an error
code. The service applies the decision atomically in Redis; this module only knows the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class State(StrEnum):
    BOT = "bot"
    QUEUED = "queued"
    AGENT = "agent"
    RESOLVED = "resolved"
    TICKET = "ticket"
    CLOSED = "closed"


class Event(StrEnum):
    CUSTOMER_MESSAGE = "customer_message"
    HANDOFF = "handoff"  # the customer's `handoff` or the bot's handoff payload
    CUSTOMER_TICKET = "customer_ticket"
    DEADLINE = "deadline"
    ACCEPT = "accept"
    RESOLVE = "resolve"
    TRANSFER = "transfer"
    AGENT_TICKET = "agent_ticket"
    CLOSE = "close"
    AGENT_GONE = "agent_gone"  # the assigned agent has been disconnected for over 60 s
    INACTIVE = "inactive"  # 30 minutes without a customer message in `bot`


class Route(StrEnum):
    """Where a customer message goes after it is stored."""

    BOT = "bot"
    AGENTS = "agents"  # queued: stored, agents see it in the queue
    AGENT = "agent"
    TICKET = "ticket"  # added to the ticket's thread


@dataclass(frozen=True)
class Decision:
    """What an event does: `to` is the new state (None: unchanged); `error` refuses it."""

    to: State | None = None
    error: str | None = None
    route: Route | None = None
    returns_existing_ticket: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def changes(self) -> bool:
        return self.to is not None


_UNCHANGED = Decision()
_ENDED = frozenset({State.RESOLVED, State.CLOSED})
_OPEN = frozenset({State.BOT, State.QUEUED, State.AGENT})


def decide(state: State, event: Event) -> Decision:
    """Look up one cell of the contract's state table."""
    match event:
        case Event.CUSTOMER_MESSAGE:
            if state is State.BOT:
                return Decision(route=Route.BOT)
            if state is State.QUEUED:
                return Decision(route=Route.AGENTS)
            if state is State.AGENT:
                return Decision(route=Route.AGENT)
            if state in _ENDED:
                return Decision(to=State.BOT, route=Route.BOT)  # a new message reopens it
            return Decision(route=Route.TICKET)
        case Event.HANDOFF:
            if state is State.BOT or state in _ENDED:
                return Decision(to=State.QUEUED)
            if state is State.TICKET:
                return Decision(error="conversation_closed")
            return _UNCHANGED
        case Event.CUSTOMER_TICKET:
            if state in _OPEN:
                return Decision(to=State.TICKET)
            if state is State.TICKET:
                return Decision(returns_existing_ticket=True)
            return Decision(error="conversation_closed")
        case Event.DEADLINE:
            return Decision(to=State.TICKET) if state is State.QUEUED else _UNCHANGED
        case Event.ACCEPT:
            if state is State.QUEUED:
                return Decision(to=State.AGENT)
            if state is State.AGENT:
                return Decision(error="already_assigned")
            return Decision(error="not_queued")
        case Event.RESOLVE:
            return Decision(to=State.RESOLVED) if state is State.AGENT else _agent_refusal(state)
        case Event.TRANSFER:
            return Decision(to=State.QUEUED) if state is State.AGENT else _agent_refusal(state)
        case Event.AGENT_TICKET:
            return Decision(to=State.TICKET) if state is State.AGENT else _agent_refusal(state)
        case Event.CLOSE:
            return Decision(to=State.CLOSED) if state in _OPEN else _UNCHANGED
        case Event.AGENT_GONE:
            return Decision(to=State.QUEUED) if state is State.AGENT else _UNCHANGED
        case Event.INACTIVE:
            return Decision(to=State.CLOSED) if state is State.BOT else _UNCHANGED
    raise ValueError(f"unknown event {event!r}")  # pragma: no cover - Event is closed


def _agent_refusal(state: State) -> Decision:
    # The table leaves these cells empty ("—"): an agent acts only on a chat it holds.
    return Decision(error="not_assigned")
