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

    async def queue_changed(self) -> None:
        """Coalesce bursts: one round of snapshots at most every `snapshot_delay_s`."""
        self._dirty = True
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
        service = self.service
        metrics.QUEUE_LENGTH.set(await service.queue.length())
        snapshots = await service.queue_snapshots(await service.queue.online_agents())
        for agent_id, snapshot in snapshots.items():
            await self.to_agent(agent_id, "queue", snapshot)
        await service._refresh_queued_states()
