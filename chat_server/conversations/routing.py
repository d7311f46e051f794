"""Handoff and routing: a conversation goes to the queue, to an agent (accepted, or assigned
with ROUTING=auto), back to the queue, resolved or closed. Each change is one state-table
event through `Transitions`; this module says what the customer reads about it."""

from __future__ import annotations

from typing import Any

from chat_server.agents.store import Agent, AgentStore
from chat_server.conversations import texts
from chat_server.conversations.events import PresenceChanged, QueueChanged, StateChanged
from chat_server.conversations.shared import ConversationActor, Shared
from chat_server.conversations.state_machine import Decision, Event, State
from chat_server.conversations.transitions import Guard, Taker
from chat_server.errors import ServiceError, refuse
from chat_server.store.conversations import Conversation
from chat_server.store.customers import CustomerIndex
from chat_server.store.rate_windows import AddressLimiter

HANDOFF_LIMITED_TEXT = (
    "Too many requests for a person from your network right now. Please leave your email "
    "address (the `ticket` option) and we will answer by email."
)


def held_by(agent: Agent) -> Guard:
    """An agent acts only on a conversation it holds (the table refuses other states)."""

    async def guard(conv: Conversation, _: Decision) -> None:
        if not conv.stored:
            raise refuse("not_found")
        if conv.state is State.AGENT and conv.agent_id != agent.id:
            raise refuse("forbidden")

    return guard


class Routing(ConversationActor):
    def __init__(
        self,
        shared: Shared,
        agents: AgentStore,
        customers: CustomerIndex,
        handoff_limit: AddressLimiter,
    ) -> None:
        super().__init__(shared)
        self._agents = agents
        self._customers = customers
        # Handoffs per client address and hour (across nodes): each one costs agents work
        # and becomes a ticket at its deadline.
        self._handoff_limit = handoff_limit

    async def held_by(self, conversation_id: str, agent: Agent) -> Conversation:
        conv = await self._conversations.get(conversation_id)
        await held_by(agent)(conv, Decision())
        if conv.state is not State.AGENT:
            raise refuse("not_assigned")
        return conv

    async def _state_changed(self, conv: Conversation, former_agent: str | None = None) -> None:
        state = await self._views.state_of(conv)
        await self._bus.publish(StateChanged(conv.id, state, former_agent))

    # ------------------------------------------------------------------ to the queue
    async def request_handoff(
        self, conversation_id: str, reason: str = "customer", address: str | None = None
    ) -> dict[str, Any]:
        """Queue the conversation for a person. `address` (the customer's client address)
        is counted against HANDOFFS_PER_ADDRESS_PER_HOUR when the handoff would queue."""
        counted = False

        async def guard(conv: Conversation, decision: Decision) -> None:
            nonlocal counted
            if conv.limited:
                raise refuse("limited")
            if decision.changes and address is not None and not counted:
                counted = True
                if not await self._handoff_limit.take(address):
                    raise ServiceError("rate_limited", HANDOFF_LIMITED_TEXT)

        await self._conversations.ensure_stored(conversation_id)
        change = await self._transitions.apply(
            conversation_id, Event.HANDOFF, guard=guard, reason=reason
        )
        if change.after is None:
            return await self._views.state_of(change.before)
        conv = change.after
        timeout = texts.duration(self.settings.handoff_timeout_s, conv.locale)
        state = await self._views.state_of(conv)
        if state["agents_available"]:
            wait = texts.wait_span(state["estimated_wait"], conv.locale)
            position = state["queue_position"] or 1
            await self._messages.system(
                conv, "queued", position=position, wait=wait, timeout=timeout
            )
        else:
            await self._messages.system(conv, "queued_nobody", timeout=timeout)
        await self._bus.publish(StateChanged(conv.id, state))
        await self._assign_if_auto(conv.id)
        return await self._views.current_state(conv.id)

    async def transfer(self, conversation_id: str, agent: Agent) -> dict[str, Any]:
        guard = held_by(agent)
        name = agent.name
        return await self.requeue(conversation_id, Event.TRANSFER, "transferred", guard, name=name)

    async def requeue(
        self,
        conversation_id: str,
        event: Event,
        text_key: str,
        guard: Guard | None = None,
        **values: Any,
    ) -> dict[str, Any]:
        """Back to the queue from an agent (`transfer`, or `agent_gone`); the deadline restarts."""
        change = await self._transitions.apply(conversation_id, event, guard=guard)
        if change.after is None:  # the agent was gone but the conversation had moved on
            return await self._views.state_of(change.before)
        queued = change.after
        await self._messages.system(queued, text_key, **values)
        await self._state_changed(queued, former_agent=change.before.agent_id)
        await self._assign_if_auto(queued.id)
        return await self._views.current_state(queued.id)

    async def _assign_if_auto(self, conversation_id: str) -> None:
        if self.settings.routing == "auto":
            await self.auto_assign(conversation_id)
        await self._bus.publish(QueueChanged(conversation_id))

    # ------------------------------------------------------------------ to an agent
    async def accept(self, conversation_id: str, agent: Agent) -> None:
        async def exists(conv: Conversation, _: Decision) -> None:
            if not conv.stored and not conv.tabs:
                raise refuse("not_found")

        await self._take(conversation_id, agent, exists)

    async def auto_assign(self, conversation_id: str) -> bool:
        """ROUTING=auto: give the conversation to the available agent with the fewest chats."""
        cap = self.settings.agent_max_chats
        loads = await self._views.online_loads()
        candidates = sorted(
            (load for load in loads if load.available and load.chats < cap),
            key=lambda load: load.chats,
        )
        for load in candidates:
            agent = await self._agents.get(load.agent_id)
            if agent is None or agent.disabled:
                continue
            try:
                await self._take(conversation_id, agent)
            except ServiceError as exc:
                if exc.code == "at_capacity":
                    continue
                return False
            return True
        return False

    async def _take(self, conversation_id: str, agent: Agent, guard: Guard | None = None) -> None:
        change = await self._transitions.apply(
            conversation_id, Event.ACCEPT, guard=guard, taker=Taker(agent.id, agent.name)
        )
        conv = change.conversation
        await self._messages.system(conv, "agent_joined", name=agent.name)
        await self._state_changed(conv)
        await self._bus.publish(QueueChanged(conv.id))

    async def capacity_changed(self) -> None:
        """An agent came, became available or freed a slot: with ROUTING=auto, waiting
        conversations are assigned at once, oldest first; everyone sees the new queue (and
        each waiting customer a place or estimate that changed)."""
        if self.settings.routing == "auto":
            for conversation_id in await self._views.queued():
                if not await self.auto_assign(conversation_id):
                    break
        await self._bus.publish(QueueChanged())

    async def set_presence(self, agent: Agent, status: str) -> None:
        await self._agents.set_presence(agent.id, status)
        await self.capacity_changed()
        await self._bus.publish(PresenceChanged(agent.id, status))

    # ------------------------------------------------------------------ endings
    async def resolve(self, conversation_id: str, agent: Agent) -> dict[str, Any]:
        change = await self._transitions.apply(conversation_id, Event.RESOLVE, guard=held_by(agent))
        resolved = change.conversation
        await self._messages.system(resolved, "resolved", former_agent=agent.id, name=agent.name)
        state = await self._views.state_of(resolved)
        await self._bus.publish(StateChanged(resolved.id, state, former_agent=agent.id))
        await self.capacity_changed()
        return state

    async def close(self, conversation_id: str, *, inactive: bool = False) -> dict[str, Any]:
        event = Event.INACTIVE if inactive else Event.CLOSE
        change = await self._transitions.apply(conversation_id, event)
        if change.after is None:
            return await self._views.state_of(change.before)
        # A closed chat is over for this browser: its tokens no longer bring it back.
        await self._conversations.revoke_tokens(conversation_id)
        closed, before = change.after, change.before
        former = before.agent_id if before.state is State.AGENT else None
        idle = texts.duration(self.settings.inactivity_close_s, closed.locale)
        key = "inactive" if inactive else "closed"
        await self._messages.system(closed, key, former_agent=former, idle=idle)
        state = await self._views.state_of(closed)
        await self._bus.publish(StateChanged(closed.id, state, former_agent=former))
        if before.state in (State.QUEUED, State.AGENT):
            await self._bus.publish(QueueChanged(conversation_id))
        return state

    async def limit(self, conversation_id: str) -> None:
        """Support limited after abuse (the bot's `limit`): no person, no more messages."""
        conv = await self._conversations.get(conversation_id)
        if conv.limited:
            return
        await self._conversations.update(conversation_id, {"limited": True})
        conv = await self._conversations.get(conversation_id)
        if conv.identity_email:
            # The limit follows the signed customer into a new chat (a fresh connection
            # without the old token must not undo it); an anonymous one has no such handle.
            await self._customers.limit(conv.identity_email, int(self.settings.abuse_limit_ttl_s))
        await self._messages.system(conv, "limited", support=self.settings.support_address)
        await self._state_changed(conv)
