"""Read models: what the contract shows of conversations (State, Summary, an accepted
conversation's detail, history pages), built from the stores and changing nothing but caches.
The agents' queue and the waiting customers' places are `chat_server.conversations.queue_view`."""

from __future__ import annotations

import time
from typing import Any

from chat_server.agents.store import AgentStore
from chat_server.config import Settings
from chat_server.conversations.estimate import wait_fields
from chat_server.conversations.queue_view import Capacity, QueueRound, QueueView
from chat_server.conversations.state_machine import State
from chat_server.errors import refuse
from chat_server.handoff.queue import AgentLoad, HandoffQueue
from chat_server.store.conversations import Conversation, ConversationStore
from chat_server.store.messages import MessageDict, MessageLog
from chat_server.tickets import TicketStore


class Views:
    def __init__(
        self,
        settings: Settings,
        conversations: ConversationStore,
        messages: MessageLog,
        queue: HandoffQueue,
        agents: AgentStore,
        tickets: TicketStore,
    ) -> None:
        self.settings = settings
        self._conversations = conversations
        self._messages = messages
        self._queue = queue
        self._agents = agents
        self._tickets = tickets
        self._capacity_cache: tuple[float, Capacity] | None = None
        self.clock = time.time  # the estimates' now (a test may set its own)
        self._queue_view = QueueView(self, conversations, messages, queue)

    # ------------------------------------------------------------ the agents' load
    async def online_loads(self) -> list[AgentLoad]:
        online = await self._queue.online_agents()
        presence = await self._agents.presence_of(online)
        return await self._queue.loads(online, presence)

    async def capacity(self) -> Capacity:
        cap = self.settings.agent_max_chats
        loads = [load for load in await self.online_loads() if load.available]
        return Capacity(
            agents_available=sum(1 for load in loads if load.chats < cap),
            free_slots=sum(max(0, cap - load.chats) for load in loads),
            waits=await self._queue.recent_waits(),
        )

    async def recent_capacity(self, max_age_s: float = 1.0) -> Capacity:
        """`capacity()` reused for up to `max_age_s` (for session events on connect)."""
        now = time.monotonic()
        if self._capacity_cache is None or now - self._capacity_cache[0] > max_age_s:
            self._capacity_cache = (now, await self.capacity())
        return self._capacity_cache[1]

    # ---------------------------------------------------------------- one conversation
    async def state_of(
        self, conv: Conversation, capacity: Capacity | None = None, position: int | None = None
    ) -> dict[str, Any]:
        """The contract's State object (fields that do not apply are null).

        `capacity` and `position` let a caller that states many queued conversations at once
        read the agents' load and the queue a single time."""
        capacity = capacity or await self.capacity()
        wait: dict[str, Any] = {"estimated_wait_s": None, "estimated_wait": None}
        if conv.state is State.QUEUED:
            if position is None:
                position = await self._queue.position(conv.id)
            if position is not None:
                wait = wait_fields(
                    position, capacity.free_slots, capacity.waits, conv.queued_at, self.clock()
                )
        else:
            position = None
        return {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "queue_position": position,
            **wait,
            "deadline_ts": conv.deadline_ts if conv.state is State.QUEUED else None,
            "agents_available": capacity.agents_available,
            "agent": {"name": conv.agent_name} if conv.state is State.AGENT else None,
            "ticket": await self.ticket_ref(conv),
            "limited": conv.limited,
            "customer": conv.customer(),
            "version": conv.version,
        }

    async def current_state(self, conversation_id: str) -> dict[str, Any]:
        return await self.state_of(await self._conversations.get(conversation_id))

    async def state_versions(self, conversation_ids: list[str]) -> list[int]:
        """The conversations' current versions: a State whose `version` is lower is stale."""
        return await self._conversations.versions(conversation_ids)

    async def ticket_ref(self, conv: Conversation) -> dict[str, Any] | None:
        if not conv.ticket_number:
            return None
        record = await self._tickets.get(conv.ticket_number, with_thread=False)
        return None if record is None else {"number": record.number, "due_ts": record.due_ts}

    async def summary(self, conv: Conversation) -> dict[str, Any]:
        return {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "customer": conv.customer(),
            "queued_at": conv.queued_at,
            "deadline_ts": conv.deadline_ts if conv.state is State.QUEUED else None,
            "agent": {"id": conv.agent_id, "name": conv.agent_name} if conv.agent_id else None,
            "last_message": await self._messages.last(conv.id),
            "first_message": conv.first_text,
        }

    async def conversation_detail(self, conversation_id: str) -> dict[str, Any]:
        conv = await self._conversations.get(conversation_id)
        history, has_more = await self._messages.page_before(
            conv.id, None, self.settings.history_page_size
        )
        return {
            "conversation_id": conv.id,
            "state": conv.state.value,
            "customer": conv.customer(),
            "agent": {"id": conv.agent_id, "name": conv.agent_name} if conv.agent_id else None,
            "ticket": conv.ticket_number,
            "version": conv.version,
            # One page, the newest: a long conversation must not make a megabyte payload.
            # Older pages via the agent's `history` event with `before_seq`.
            "history": history,
            "has_more": has_more,
            "notes": await self._messages.notes(conv.id),
        }

    async def history(
        self,
        conversation_id: str,
        *,
        after_seq: int = 0,
        before_seq: int | None = None,
        limit: int | None = None,
        must_exist: bool = False,
    ) -> tuple[list[MessageDict], bool]:
        """A page of messages before `before_seq`, else after `after_seq`, and whether more
        follow; `must_exist` refuses `not_found` for a conversation never stored."""
        if must_exist and not (await self._conversations.get(conversation_id)).stored:
            raise refuse("not_found")
        page = min(limit or self.settings.history_page_size, self.settings.history_page_size)
        if before_seq is not None:
            return await self._messages.page_before(conversation_id, before_seq, page)
        return await self._messages.page_after(conversation_id, after_seq, page)

    async def session_history(
        self, conversation_id: str, after_seq: int | None
    ) -> tuple[list[MessageDict], bool]:
        """A bounded page on connect: the newest messages without after_seq (older ones via
        `history` with `before_seq`), else the first page after it."""
        page = self.settings.history_page_size
        if after_seq:
            return await self._messages.page_after(conversation_id, after_seq, page)
        return await self._messages.page_before(conversation_id, None, page)

    # ----------------------------------------------------------------------- the queue
    async def queued(self) -> list[str]:
        """Queued conversation ids, oldest first."""
        return await self._queue.queued()

    async def online_agents(self) -> list[str]:
        return await self._queue.online_agents()

    async def queue_snapshot(self, agent_id: str) -> dict[str, Any]:
        """One agent's `queue` snapshot (`QueueView.snapshot`)."""
        return await self._queue_view.snapshot(agent_id)

    async def queue_round(self, agent_ids: list[str], changed: set[str]) -> QueueRound:
        """Every agent's snapshot and the customers to tell (`QueueView.round`)."""
        return await self._queue_view.round(agent_ids, changed)

    async def waiting_states(self, now: float | None = None) -> list[dict[str, Any]]:
        """Waiting customers' changed States (`QueueView.waiting_states`)."""
        return await self._queue_view.waiting_states(now)
