"""The only path of a state change: read, `decide()`, carry the decision out atomically.

Every one of the state table's events goes through `Transitions.apply`. What a change does
besides the state itself follows from where it goes and where it comes from, spelled once
here: into `queued` the deadline starts and the conversation joins the queue; into `agent`
it leaves the queue onto the agent's load (refused at the cap); out of `queued` it leaves the
queue; out of `agent` it leaves the agent's load. The stores only carry that out, in one
script (chat_server.store.atomic); if another node changed the state in between, the event is
decided again on what is there now.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from chat_server.conversations.events import EventBus, Transitioned
from chat_server.conversations.state_machine import Decision, Event, State, decide
from chat_server.errors import refuse
from chat_server.handoff.queue import HandoffQueue
from chat_server.store.conversations import Conversation, ConversationStore

Guard = Callable[[Conversation, Decision], Awaitable[None]]
ATTEMPTS = 3  # re-decisions when other nodes keep changing the conversation meanwhile


@dataclass(frozen=True)
class Taker:
    """The agent a conversation goes to on `accept`."""

    id: str
    name: str


@dataclass(frozen=True)
class Change:
    """What `apply` did: `after` is None when the table left the state as it was."""

    before: Conversation
    decision: Decision
    after: Conversation | None = None

    @property
    def conversation(self) -> Conversation:
        return self.after or self.before


class Transitions:
    def __init__(
        self,
        conversations: ConversationStore,
        queue: HandoffQueue,
        bus: EventBus,
        handoff_timeout_s: float,
    ) -> None:
        self._conversations = conversations
        self._queue = queue
        self._bus = bus
        self._timeout_s = handoff_timeout_s

    async def apply(
        self,
        conversation_id: str,
        event: Event,
        *,
        guard: Guard | None = None,
        taker: Taker | None = None,
        reason: str | None = None,
        now: float | None = None,
    ) -> Change:
        """Apply `event` as the table decides. `guard` sees the conversation and the decision
        first and may refuse (raise ServiceError) for reasons outside the table (who holds
        it, limits). Raises the table's refusal as a ServiceError."""
        for _ in range(ATTEMPTS):
            conv = await self._conversations.get(conversation_id)
            decision = decide(conv.state, event)
            if guard is not None:
                await guard(conv, decision)
            if decision.error:
                raise refuse(decision.error)
            if decision.to is None:
                return Change(conv, decision)
            at = now or time.time()
            fields, also = self._effects(conv, decision.to, at, taker, reason)
            result = await self._conversations.transition(
                conv.id,
                conv.state,
                decision.to,
                fields,
                now=at,
                expect_agent=conv.agent_id if conv.state is State.AGENT else None,
                also=[also],
            )
            if result.refused:
                raise refuse(result.refused)
            if result.applied:
                after = await self._conversations.get(conv.id)
                await self._bus.publish(Transitioned(event, conv, after, at, reason))
                return Change(conv, decision, after)
        raise refuse("invalid_state")

    def _effects(
        self, conv: Conversation, to: State, at: float, taker: Taker | None, reason: str | None
    ) -> tuple[dict[str, Any], Any]:
        fields: dict[str, Any] = {}
        deadline = None
        if to is State.QUEUED:
            deadline = at + self._timeout_s  # a conversation queued again starts a new deadline
            fields = {"queued_at": at, "deadline_ts": deadline}
            fields |= {"agent_id": None, "agent_name": None}
            if reason is not None:
                fields["handoff_reason"] = reason
        elif to is State.AGENT:
            if taker is None:
                raise ValueError("accepting needs the agent who takes the conversation")
            fields = {"agent_id": taker.id, "agent_name": taker.name, "accepted_at": at}
            fields["deadline_ts"] = None
        elif to is State.RESOLVED:
            fields = {"resolved_at": at}
        elif to in (State.TICKET, State.CLOSED):
            fields = {"deadline_ts": None}
        waited = at - conv.queued_at if to is State.AGENT and conv.queued_at else None
        also = self._queue.moves(
            enqueue_at=deadline,
            dequeue=conv.state is State.QUEUED and to is not State.QUEUED,
            take_agent=taker.id if to is State.AGENT and taker else None,
            release_agent=conv.agent_id if conv.state is State.AGENT else None,
            waited_s=waited,
        )
        return fields, also
