"""The conversation core, assembled: stores → services → event bus → listeners.

Transports (chat_server.realtime, chat_server.http) call one method of one named service:

  sessions   who resumes what, identity, tabs, the `session` payload, ratings
  messages   customer, agent, bot and system messages; notes; typing
  bot        bot turns through Rasa (listens to `CustomerWrote`)
  routing    handoff, accept, auto-assign, transfer, resolve, close, limit, presence
  tickets    tickets from chat, `contact` (listens to `CustomerWrote` in state `ticket`)
  clock      deadlines, agents gone, inactive bot chats (run by the sweeper)
  views      State, Summary, the agents' queue, history pages

Every state change goes through `Transitions` (the state table). Services publish domain
events on `bus`; chat_server.realtime.outbound turns them into Socket.IO emits, and the
listeners here into metrics, mail and bot turns. Tests subscribe a recorder to the bus.
"""

from __future__ import annotations

from typing import Any

import redis.asyncio as aioredis

from chat_server.agents.store import Agent, AgentStore
from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.conversations.bot import BotTurns
from chat_server.conversations.clock import ClockJobs
from chat_server.conversations.events import CustomerWrote, EventBus, MessageMaskedAgain
from chat_server.conversations.listeners import MailListener, MetricsListener
from chat_server.conversations.messaging import Messages
from chat_server.conversations.routing import Routing
from chat_server.conversations.sessions import Sessions
from chat_server.conversations.shared import Shared
from chat_server.conversations.ticketing import ChatTickets
from chat_server.conversations.transcripts import Transcripts
from chat_server.conversations.transitions import Transitions
from chat_server.conversations.views import Views
from chat_server.errors import refuse
from chat_server.handoff.queue import HandoffQueue
from chat_server.store import (
    AddressLimiter,
    ConversationStore,
    CustomerIndex,
    MessageLog,
    UnhandledLog,
)
from chat_server.tickets import Ticket, TicketMailer, TicketStore


class ConversationService:
    def __init__(
        self,
        settings: Settings,
        redis: aioredis.Redis,
        *,
        agents: AgentStore,
        tickets: TicketStore,
        mailer: TicketMailer,
        bot: BotBridge,
    ) -> None:
        retention_s = settings.retention_days * 86400
        conversations = ConversationStore(redis, retention_s)
        messages = MessageLog(redis, retention_s)
        queue = HandoffQueue(redis, retention_s, settings.agent_max_chats)
        self.settings = settings
        self.conversations = conversations
        self.bus = bus = EventBus()
        self.agents = agents  # for chat_server.agents' token checks at the transport
        customers = CustomerIndex(redis, retention_s)
        hourly = settings.mail_actions_per_address_per_hour
        self.transitions = transitions = Transitions(
            conversations, queue, bus, settings.handoff_timeout_s
        )
        self.views = views = Views(settings, conversations, messages, queue, agents, tickets)
        self.messages = Messages(conversations, messages, transitions, bus)
        self.sessions = Sessions(conversations, customers, views, bus)
        shared = Shared(settings, conversations, transitions, self.messages, views, bus)
        self.routing = Routing(
            shared,
            agents,
            customers,
            AddressLimiter(redis, "handoff", settings.handoffs_per_address_per_hour, 3600),
        )
        self.tickets = ChatTickets(
            shared,
            tickets,
            customers,
            AddressLimiter(redis, "ticket", hourly, 3600),
            AddressLimiter(redis, "contact", hourly, 3600),
        )
        self.bot = BotTurns(shared, self.routing, tickets, UnhandledLog(redis, retention_s), bot)
        self.clock = ClockJobs(shared, queue, self.routing, self.tickets)
        self.transcripts = Transcripts(shared)
        MetricsListener().attach(bus)
        MailListener(mailer).attach(bus)
        bus.subscribe(CustomerWrote, self.bot.on_customer_wrote)
        bus.subscribe(MessageMaskedAgain, self.bot.on_message_redacted)
        bus.subscribe(CustomerWrote, self.tickets.on_customer_wrote)

    async def drain(self, wait_s: float = 5.0) -> None:
        """Wait for running bot turns (graceful shutdown, tests)."""
        await self.bot.drain(wait_s)

    async def ticket_event(self, event: str, ticket: Ticket, agent: Any) -> None:
        """The ticket package's listener: an agent answered or closed a chat's ticket."""
        await self.tickets.on_ticket_event(event, ticket, agent)

    async def conversation_detail(self, conversation_id: str) -> dict[str, Any]:
        """What an agent sees of one conversation; ``not_found`` for one never made or
        erased."""
        if not await self.conversations.exists(conversation_id):
            raise refuse("not_found")
        return await self.views.conversation_detail(conversation_id)

    # ------------------------------------------------------------ agents' sessions
    async def agent_still_valid(self, agent: Agent, token_digest: str) -> Agent | None:
        """The agent as it is now, or None if disabled, given a new password or signed out
        since `agent` was read."""
        current = await self.agents.get(agent.id)
        if current is None or current.disabled or current.version != agent.version:
            return None
        if await self.agents.token_revoked(token_digest):
            return None
        return current

    async def agent_message(
        self, conversation_id: str, agent: Agent, *, client_id: str, text: str, sid: str | None
    ) -> dict[str, Any]:
        conv = await self.routing.held_by(conversation_id, agent)
        return await self.messages.agent_message(
            conv, agent, client_id=client_id, text=text, sid=sid
        )

    async def agent_typing(self, conversation_id: str, agent: Agent, typing: bool) -> None:
        conv = await self.routing.held_by(conversation_id, agent)
        await self.messages.typing(conv, "agent", typing)

    async def accept(self, conversation_id: str, agent: Agent) -> dict[str, Any]:
        await self.routing.accept(conversation_id, agent)
        return await self.views.conversation_detail(conversation_id)
