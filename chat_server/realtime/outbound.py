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

log = logging.getLogger("chat_server.realtime")

CHAT = "/chat"
AGENT = "/agent"


def customer_room(conversation_id: str) -> str:
    return f"c:{conversation_id}"


def agent_room(agent_id: str) -> str:
    return f"agent:{agent_id}"


ALL_AGENTS = "agents"


class SocketOutbound:
    """Implements chat_server.conversations.service.Outbound."""

    def __init__(self, sio: socketio.AsyncServer, snapshot_delay_s: float = 0.05) -> None:
        self.sio = sio
        self.service: Any = None  # set by the app factory (the service needs us too)
        self._delay = snapshot_delay_s
        self._pending: asyncio.Task[None] | None = None
        self._dirty = False
        self._changed: set[str] = set()

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

    async def to_all_agents(self, event: str, data: Any) -> None:
        await self.sio.emit(event, data, room=ALL_AGENTS, namespace=AGENT)

    async def queue_changed(self, conversation_id: str | None = None) -> None:
        """Coalesce bursts: one round of snapshots at most every `snapshot_delay_s`; the
        summaries of the conversations named since the last round are rebuilt."""
        self._dirty = True
        if conversation_id is not None:
            self._changed.add(conversation_id)
        if self._pending is None or self._pending.done():
            self._pending = asyncio.create_task(self._broadcast())

    async def _broadcast(self) -> None:
        try:
            while self._dirty:
                self._dirty = False
                await asyncio.sleep(self._delay)
                await self.broadcast_queue_now()
        except Exception:
            log.exception("queue broadcast failed")

    async def broadcast_queue_now(self) -> None:
        changed, self._changed = self._changed, set()
        service = self.service
        try:
            await service.broadcast_queue(await service.queue.online_agents(), changed)
        except Exception:
            self._changed |= changed  # rebuilt in the next round, not served stale
            raise
