"""The clock's events of the state table, run by the sweeper (chat_server.handoff.sweeper):
a queued conversation's deadline passes, an agent stays disconnected, a bot chat goes idle."""

from __future__ import annotations

import logging
import time

from chat_server import metrics
from chat_server.conversations import texts
from chat_server.conversations.events import QueueChanged, StateChanged
from chat_server.conversations.routing import Routing
from chat_server.conversations.shared import ConversationActor, Shared
from chat_server.conversations.state_machine import Event, State
from chat_server.conversations.ticketing import ChatTickets
from chat_server.errors import ServiceError
from chat_server.handoff.queue import HandoffQueue

log = logging.getLogger("chat_server.conversations")
EXPIRE_RETRY_S = 30.0  # a conversation whose deadline ticket failed is tried again after this


class ClockJobs(ConversationActor):
    def __init__(
        self, shared: Shared, queue: HandoffQueue, routing: Routing, tickets: ChatTickets
    ) -> None:
        super().__init__(shared)
        self._queue = queue
        self._routing = routing
        self._tickets = tickets

    async def heartbeat(self, agent_ids: list[str], now: float | None = None) -> None:
        """The agents connected to this node are alive (every node beats for its own)."""
        await self._queue.heartbeat(agent_ids, now)

    async def expire_due(self, now: float | None = None) -> int:
        """Turn every queued conversation past its deadline into a ticket. Returns how many."""
        now = now or time.time()
        done = 0
        for conversation_id in await self._queue.due(now):
            # Each conversation on its own: one that fails is logged and put back to be tried
            # again a little later; the rest of the batch goes on.
            try:
                done += await self._expire_one(conversation_id, now)
            except Exception:
                log.exception(
                    "deadline ticket failed; retried shortly",
                    extra={"conversation_id": conversation_id},
                )
                await self._queue.retry_at(conversation_id, now + EXPIRE_RETRY_S)
        return done

    async def _expire_one(self, conversation_id: str, now: float) -> int:
        change = await self._transitions.apply(conversation_id, Event.DEADLINE, now=now)
        conv = change.conversation
        # Unchanged: a stale entry (accepted or closed already), or an earlier try that failed
        # after the transition and left a ticket-state conversation without a ticket.
        retry = change.after is None and conv.state is State.TICKET and not conv.ticket_number
        if change.after is None and not retry:
            await self._queue.drop(conversation_id)
            return 0
        if change.after is not None and conv.queued_at:
            lateness = now - (conv.queued_at + self.settings.handoff_timeout_s)
            metrics.DEADLINE_LATENESS.observe(max(0.0, lateness))
        timeout = texts.duration(self.settings.handoff_timeout_s, conv.locale)
        await self._tickets.ensure_ticket(conv, None, "ticket_deadline", timeout=timeout)
        if retry:
            await self._queue.drop(conversation_id)
        metrics.DEADLINE_TICKETS.inc()
        await self._bus.publish(QueueChanged(conversation_id))
        return 1

    async def refresh_waits(self, now: float | None = None) -> int:
        """Tell waiting customers whose estimate grew with the time waited (only those whose
        rounded range changed). Returns how many were told."""
        states = await self._views.waiting_states(now)
        for state in states:
            await self._bus.publish(StateChanged(state["conversation_id"], state))
        return len(states)

    async def requeue_abandoned(self, now: float | None = None) -> int:
        """Chats of agents disconnected for longer than the grace period go back to the queue."""
        now = now or time.time()
        moved = 0
        for agent_id in await self._queue.agents_seen_before(now - self.settings.agent_grace_s):
            for conversation_id in await self._queue.chats_of(agent_id):
                conv = await self._conversations.get(conversation_id)
                if conv.state is not State.AGENT or conv.agent_id != agent_id:
                    await self._queue.release(agent_id, conversation_id)
                    continue
                try:
                    await self._routing.requeue(conversation_id, Event.AGENT_GONE, "agent_gone")
                    moved += 1
                except ServiceError:
                    pass
            await self._queue.forget_agent(agent_id)
        return moved

    async def close_inactive(self, now: float | None = None) -> int:
        now = now or time.time()
        closed = 0
        for conversation_id in await self._conversations.inactive_bot_conversations(
            now - self.settings.inactivity_close_s
        ):
            conv = await self._conversations.get(conversation_id)
            if conv.state is State.BOT and conv.stored:
                await self._routing.close(conversation_id, inactive=True)
                closed += 1
            else:
                await self._conversations.forget_bot_activity(conversation_id)
        return closed
