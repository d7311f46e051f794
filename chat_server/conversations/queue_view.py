"""The agents' queue as a read model: each agent's `queue` snapshot and the places, estimates
and agents' count each waiting customer is told, read from the summary cache the queue keeps
(`lc:queue:summaries`, owned by `chat_server.handoff.queue`). Only what was never told, or
changed since, is told again."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from chat_server.conversations.estimate import wait_fields
from chat_server.conversations.state_machine import State
from chat_server.handoff.queue import HandoffQueue
from chat_server.store.conversations import Conversation, ConversationStore
from chat_server.store.messages import MessageDict, MessageLog


@dataclass(frozen=True)
class Capacity:
    """The agents' side of a State object, read once per round of updates."""

    agents_available: int
    free_slots: int
    waits: list[float]


@dataclass
class QueueEntry:
    """A queued conversation as the queue shows it, cached in Redis between changes."""

    conversation_id: str
    summary: dict[str, Any]  # the contract's Summary
    state: dict[str, Any]  # its State without the place-dependent fields
    sent: list[Any] | None  # [position, wait, agents_available, version] last told
    # (kept in its own field `{id}:told`, so telling never overwrites a newer summary)

    def dump(self) -> str:
        return json.dumps({"summary": self.summary, "state": self.state}, separators=(",", ":"))

    @classmethod
    def load(cls, raw: str) -> QueueEntry:
        data = json.loads(raw)
        summary = data["summary"]
        return cls(summary["conversation_id"], summary, data["state"], None)


@dataclass(frozen=True)
class QueueRound:
    """One round after queue changes: each online agent's `queue` snapshot, and the waiting
    customers whose place, estimate or agents' count differs from what they were told."""

    snapshots: dict[str, dict[str, Any]]
    states: list[dict[str, Any]]
    length: int


class ReadModels(Protocol):
    """What the queue's read model takes from `chat_server.conversations.views.Views`."""

    clock: Callable[[], float]

    async def capacity(self) -> Capacity: ...

    async def summary(self, conv: Conversation) -> dict[str, Any]: ...

    async def ticket_ref(self, conv: Conversation) -> dict[str, Any] | None: ...


class QueueView:
    def __init__(
        self,
        views: ReadModels,
        conversations: ConversationStore,
        messages: MessageLog,
        queue: HandoffQueue,
    ) -> None:
        self._views = views
        self._conversations = conversations
        self._messages = messages
        self._queue = queue

    async def snapshot(self, agent_id: str) -> dict[str, Any]:
        """What `queue` shows one agent: every queued conversation plus its own chats."""
        return (await self._snapshots([agent_id], await self._entries()))[agent_id]

    async def round(self, agent_ids: list[str], changed: set[str]) -> QueueRound:
        """Every agent's snapshot and the customers to tell, reading the queue once; what
        each customer is told is remembered so an unchanged place is not told again."""
        entries = await self._entries(changed)
        snapshots = await self._snapshots(agent_ids, entries)
        return QueueRound(snapshots, await self._places(entries), len(entries))

    async def waiting_states(self, now: float | None = None) -> list[dict[str, Any]]:
        """The State of each waiting customer whose place or estimate changed (the estimate
        grows with the time waited: the clock asks this now and then)."""
        return await self._places(await self._entries(), now)

    async def _snapshots(
        self, agent_ids: list[str], entries: list[QueueEntry]
    ) -> dict[str, dict[str, Any]]:
        ids = {entry.conversation_id for entry in entries}
        queued = [entry.summary for entry in entries]
        snapshots: dict[str, dict[str, Any]] = {}
        for agent_id in agent_ids:
            own = []
            for conversation_id in sorted(await self._queue.chats_of(agent_id) - ids):
                conv = await self._conversations.get(conversation_id)
                if conv.state is State.AGENT and conv.agent_id == agent_id:
                    own.append(await self._views.summary(conv))
            snapshots[agent_id] = {"conversations": queued + own}
        return snapshots

    async def _places(
        self, entries: list[QueueEntry], now: float | None = None
    ) -> list[dict[str, Any]]:
        capacity = await self._views.capacity()
        states: list[dict[str, Any]] = []
        told: dict[str, str] = {}
        for index, entry in enumerate(entries):
            position = index + 1
            queued_at = entry.summary.get("queued_at")
            wait = wait_fields(
                position, capacity.free_slots, capacity.waits, queued_at, now or self._views.clock()
            )
            # The version too: a conversation changed while queued (say its contact) is told
            # again, so its customer holds its newest State.
            version = entry.state.get("version")
            sent = [position, wait["estimated_wait"], capacity.agents_available, version]
            if entry.sent == sent:
                continue
            states.append(
                {
                    **entry.state,
                    "queue_position": position,
                    **wait,
                    "agents_available": capacity.agents_available,
                }
            )
            entry.sent = sent
            told[entry.conversation_id + ":told"] = json.dumps(sent)
        await self._queue.store_entries(told)
        return states

    async def _entries(self, changed: set[str] | None = None) -> list[QueueEntry]:
        """The queued conversations in order, each with its summary and State, read from the
        summary cache (`lc:queue:summaries`); only `changed` ones and ones never built are
        rebuilt. A queue change thus costs O(1) round trips, not O(queue)."""
        changed = changed or set()
        listed = await self._queue.entries()
        queued_ids = {conversation_id for conversation_id, _, _ in listed}
        stale = [cid for cid, raw, _ in listed if raw is None or cid in changed]
        fresh: dict[str, QueueEntry] = {}
        if stale:
            convs = await self._conversations.get_many(stale)
            lasts = await self._messages.last_of_many(stale)
            for conv, last in zip(convs, lasts, strict=True):
                if conv.state is State.QUEUED:  # else it left the queue meanwhile: skipped
                    fresh[conv.id] = await self._build_entry(conv, last)
            await self._queue.store_entries({cid: e.dump() for cid, e in fresh.items()})
        await self._queue.forget_entries([cid for cid in changed if cid not in queued_ids])
        entries: list[QueueEntry] = []
        for conversation_id, raw, told in listed:
            entry = fresh.get(conversation_id)
            if entry is None and raw is not None and conversation_id not in changed:
                entry = QueueEntry.load(raw)
            if entry is not None:
                entry.sent = json.loads(told) if told else None
                entries.append(entry)
        return entries

    async def _build_entry(self, conv: Conversation, last: MessageDict | None) -> QueueEntry:
        summary = {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "customer": conv.customer(),
            "queued_at": conv.queued_at,
            "deadline_ts": conv.deadline_ts,
            "agent": None,
            "last_message": last,
            "first_message": conv.first_text,
        }
        state = {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "deadline_ts": conv.deadline_ts,
            "agent": None,
            "ticket": await self._views.ticket_ref(conv),
            "limited": conv.limited,
            "customer": conv.customer(),
            "version": conv.version,
        }
        return QueueEntry(conv.id, summary, state, None)
