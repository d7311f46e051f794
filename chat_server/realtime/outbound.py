"""Outbound over Socket.IO: rooms per conversation (customers) and per agent.

Every connection of a customer joins `c:{conversation_id}`; every connection of an agent
joins `agent:{agent_id}` and `agents`. Emits to rooms go through the Redis manager, so they
reach connections on every node; no node ever has to move a socket between rooms elsewhere.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import socketio

from chat_server import metrics
from chat_server.conversations.events import (
    MessageMaskedAgain,
    MessageStored,
    NoteAdded,
    PresenceChanged,
    QueueChanged,
    StateChanged,
    Typing,
)
from chat_server.conversations.service import ConversationService
from chat_server.conversations.state_machine import State

log = logging.getLogger("chat_server.realtime")

CHAT = "/chat"
AGENT = "/agent"


def customer_room(conversation_id: str) -> str:
    return f"c:{conversation_id}"


def agent_room(agent_id: str) -> str:
    return f"agent:{agent_id}"


ALL_AGENTS = "agents"


class SocketOutbound:
    """Listens to the conversation core's events and emits what each person must see."""

    def __init__(
        self, sio: socketio.AsyncServer, core: ConversationService, snapshot_delay_s: float = 0.05
    ) -> None:
        self.sio = sio
        self._views = core.views
        self._delay = snapshot_delay_s
        self._pending: asyncio.Task[None] | None = None
        self._dirty = False
        self._changed: set[str] = set()
        bus = core.bus
        bus.subscribe(MessageStored, self.on_message)
        bus.subscribe(MessageMaskedAgain, self.on_redacted)
        bus.subscribe(StateChanged, self.on_state)
        bus.subscribe(QueueChanged, self.on_queue)
        bus.subscribe(Typing, self.on_typing)
        bus.subscribe(NoteAdded, self.on_note)
        bus.subscribe(PresenceChanged, self.on_presence)

    async def to_customer(
        self, conversation_id: str, event: str, data: Any, skip_sid: str | None = None
    ) -> None:
        await self.sio.emit(
            event, data, room=customer_room(conversation_id), namespace=CHAT, skip_sid=skip_sid
        )

    async def to_agent(
        self, agent_id: str, event: str, data: Any, skip_sid: str | None = None
    ) -> None:
        await self.sio.emit(
            event, data, room=agent_room(agent_id), namespace=AGENT, skip_sid=skip_sid
        )

    # ------------------------------------------------------------------ listeners
    async def on_message(self, event: MessageStored) -> None:
        """To the customer's tabs (the sender's has it in its ack), to whoever handles it."""
        conv, message = event.conversation, event.message
        by_agent = message.get("author") == "agent"
        if event.echo:
            skip = None if by_agent else event.sender_sid
            await self.to_customer(conv.id, "message", message, skip_sid=skip)
        if conv.state is State.AGENT and conv.agent_id:
            skip = event.sender_sid if by_agent else None
            await self.to_agent(conv.agent_id, "message", message, skip_sid=skip)
        elif event.former_agent:
            await self.to_agent(event.former_agent, "message", message)
        elif conv.state is State.QUEUED:
            await self.on_queue(QueueChanged(conv.id))

    async def on_redacted(self, event: MessageMaskedAgain) -> None:
        """A message shown before, masked anew: every tab of the customer and whoever holds
        the conversation replace their copy, and the summaries are rebuilt: a queued one's,
        and the holder's list of its own chats, whose preview may show the raw value (a
        round built after it arrived and before it was named a secret)."""
        conv, message = event.conversation, event.message
        await self.to_customer(conv.id, "message_redacted", message)
        if conv.state is State.AGENT and conv.agent_id:
            await self.to_agent(conv.agent_id, "message_redacted", message)
        if conv.state in (State.AGENT, State.QUEUED):
            await self.on_queue(QueueChanged(conv.id))

    async def on_state(self, event: StateChanged) -> None:
        await self.tell_states([event.state])
        if event.former_agent:
            await self.to_agent(event.former_agent, "state", event.state)
        if event.state["state"] == State.QUEUED.value:  # its queue entry may have changed too
            await self.on_queue(QueueChanged(event.conversation_id))

    async def on_typing(self, event: Typing) -> None:
        conv = event.conversation
        if event.author != "customer":
            data = {"author": event.author, "typing": event.typing}
            await self.to_customer(conv.id, "typing", data)
        elif conv.state is State.AGENT and conv.agent_id:
            data = {"conversation_id": conv.id, "author": "customer", "typing": event.typing}
            await self.to_agent(conv.agent_id, "typing", data)

    async def on_note(self, event: NoteAdded) -> None:
        holder = event.conversation.agent_id
        if holder:
            await self.to_agent(holder, "note", event.note)
        if holder != event.author_id:
            await self.to_agent(event.author_id, "note", event.note)

    async def on_presence(self, event: PresenceChanged) -> None:
        await self.to_agent(event.agent_id, "presence", {"status": event.status})

    async def on_queue(self, event: QueueChanged) -> None:
        """Coalesce bursts: one round of snapshots at most every `snapshot_delay_s`; the
        summaries of the conversations named since the last round are rebuilt."""
        self._dirty = True
        if event.conversation_id is not None:
            self._changed.add(event.conversation_id)
        if self._pending is None or self._pending.done():
            self._pending = asyncio.create_task(self._broadcast())

    async def settle(self) -> None:
        """Wait until the pending round of queue snapshots has been sent (tests, shutdown)."""
        while self._pending is not None and not self._pending.done():
            await asyncio.wait([self._pending])

    async def _broadcast(self) -> None:
        try:
            while self._dirty:
                self._dirty = False
                await asyncio.sleep(self._delay)
                await self.broadcast_queue_now()
        except Exception:
            log.exception("queue broadcast failed")

    async def broadcast_queue_now(self) -> None:
        """Every online agent's `queue`, then each waiting customer whose place changed."""
        changed, self._changed = self._changed, set()
        try:
            round_ = await self._views.queue_round(await self._views.online_agents(), changed)
        except Exception:
            self._changed |= changed  # rebuilt in the next round, not served stale
            raise
        metrics.QUEUE_LENGTH.set(round_.length)
        for agent_id, snapshot in round_.snapshots.items():
            await self.to_agent(agent_id, "queue", snapshot)
        # The states were read before the awaits above: an accept may have been sent since.
        await self.tell_states(round_.states)

    async def tell_states(self, states: list[dict[str, Any]]) -> None:
        """Send each customer its State, unless the conversation changed since that State was
        computed (its `version` is lower than the stored one): then its current State instead,
        so an older State never follows a newer one out of this node. The versions are read
        again in one round trip; the window that leaves (until each emit) and other nodes'
        emits are closed by the clients, which drop a State older than the one they hold."""
        if not states:
            return
        current = await self._views.state_versions([s["conversation_id"] for s in states])
        for state, version in zip(states, current, strict=True):
            conversation_id = state["conversation_id"]
            if state.get("version", 0) < version:
                metrics.STALE_STATES.inc()
                # A queued one's cached entry is stale too: the next round rebuilds it.
                self._changed.add(conversation_id)
                state = await self._views.current_state(conversation_id)
            await self.to_customer(conversation_id, "state", state)
