"""Tickets from chat: a conversation the chat cannot finish continues by email.

The ticket record and its mail belong to chat_server.tickets; this module decides when a
chat becomes one (the customer's or agent's `ticket`, the queue's deadline), what the
customer reads about it, and where its mail goes (`contact`).
"""

from __future__ import annotations

from typing import Any

from chat_server.agents.store import Agent
from chat_server.conversations import texts
from chat_server.conversations.events import (
    CustomerWrote,
    QueueChanged,
    StateChanged,
    TicketOpened,
)
from chat_server.conversations.messaging import redact, redacted
from chat_server.conversations.routing import held_by
from chat_server.conversations.shared import ConversationActor, Shared
from chat_server.conversations.state_machine import Event, Route, State
from chat_server.conversations.subject import subject_of
from chat_server.errors import ServiceError
from chat_server.store.conversations import Conversation
from chat_server.store.customers import CustomerIndex
from chat_server.store.rate_windows import AddressLimiter
from chat_server.tickets import Ticket, TicketStore

MAIL_LIMITED_TEXT = "Too many email requests from your network; please try again later."


class ChatTickets(ConversationActor):
    def __init__(
        self,
        shared: Shared,
        tickets: TicketStore,
        customers: CustomerIndex,
        ticket_limit: AddressLimiter,
        contact_limit: AddressLimiter,
    ) -> None:
        super().__init__(shared)
        self._tickets = tickets
        self._customers = customers
        # Each costs a mail: counted per client address and hour, across nodes.
        self._ticket_limit = ticket_limit
        self._contact_limit = contact_limit

    async def open_ticket(
        self,
        conversation_id: str,
        *,
        note: str | None = None,
        by_agent: Agent | None = None,
        address: str | None = None,
        text: str | None = None,
        locale: str | None = None,
    ) -> dict[str, Any]:
        """The customer's `ticket` (from client `address`) or the agent's: the chat continues
        by email. The customer's `text` (what it is about) is the ticket's subject and first
        thread entry, redacted."""
        if address is not None and not await self._ticket_limit.take(address):
            raise ServiceError("rate_limited", MAIL_LIMITED_TEXT)
        topic, found = redact(text.strip()) if text and text.strip() else (None, [])
        await self.remember_locale(conversation_id, locale)
        if by_agent is None:
            await self._conversations.ensure_stored(conversation_id)
            change = await self._transitions.apply(conversation_id, Event.CUSTOMER_TICKET)
        else:
            change = await self._transitions.apply(
                conversation_id, Event.AGENT_TICKET, guard=held_by(by_agent)
            )
        if change.decision.returns_existing_ticket or change.after is None:
            ticket = await self.ensure_ticket(change.before, note, topic=topic, found=found)
        else:
            before = change.before
            former = before.agent_id if before.state is State.AGENT else None
            ticket = await self.ensure_ticket(
                change.after, note, "ticket", former_agent=former, topic=topic, found=found
            )
            await self._bus.publish(QueueChanged(conversation_id))
        return {"number": ticket.number, "due_ts": ticket.due_ts}

    async def ensure_ticket(
        self,
        conv: Conversation,
        note: str | None,
        announce: str | None = None,
        former_agent: str | None = None,
        topic: str | None = None,
        found: list[str] | None = None,
        **values: Any,
    ) -> Ticket:
        """The conversation's ticket, made (with its transcript) if it has none yet; the
        customer's `topic` (redacted, with the kinds `found` masked in it) joins its thread."""
        if conv.ticket_number:
            existing = await self._tickets.get(conv.ticket_number)
            if existing is not None:
                if topic:
                    existing = await self._add_topic(existing.number, topic, found)
                return existing
        transcript = await self._messages.transcript(conv.id)
        ticket = await self._tickets.create(
            subject=subject_of(topic, transcript),
            email=conv.customer_email,
            name=conv.customer_name,
            conversation_id=conv.id,
            transcript=transcript,
            source="chat",
            note=redacted(note),
            email_verified=conv.identity_verified,
            locale=conv.locale,
        )
        if topic:
            ticket = await self._add_topic(ticket.number, topic, found)
        await self._conversations.update(conv.id, {"ticket": ticket.number})
        conv = await self._conversations.get(conv.id)
        if announce:
            due = texts.when(ticket.due_ts, self.settings.timezone, conv.locale)
            await self._messages.system(conv, announce, number=ticket.number, due=due, **values)
            if not conv.customer_email:
                await self._messages.system(conv, "ticket_needs_email")
        state = await self._views.state_of(conv)
        await self._bus.publish(StateChanged(conv.id, state, former_agent))
        await self._bus.publish(TicketOpened(ticket, conv))
        return ticket

    async def remember_locale(self, conversation_id: str, locale: str | None) -> None:
        """The connection's language, if the conversation has none yet: its mail follows it
        (a customer may ask for email before writing a word)."""
        if locale and not (await self._conversations.get(conversation_id)).locale:
            await self._conversations.ensure_stored(conversation_id)
            await self._conversations.update(conversation_id, {"locale": locale[:16]})

    async def _add_topic(self, number: str, topic: str, found: list[str] | None) -> Ticket:
        return await self._tickets.add_customer_message(
            number, topic, source="chat", redactions=found, reopen=False
        )

    async def on_ticket_event(self, event: str, ticket: Ticket, agent: Any) -> None:
        """An agent answered or closed a ticket by email: tell the customer's open chat."""
        if not ticket.conversation_id or event not in {"reply", "closed"}:
            return
        conv = await self._conversations.get(ticket.conversation_id)
        if conv.stored:
            key = "ticket_replied" if event == "reply" else "ticket_closed"
            await self._messages.system(conv, key, number=ticket.number)
            await self._bus.publish(StateChanged(conv.id, await self._views.state_of(conv)))

    async def on_customer_wrote(self, event: CustomerWrote) -> None:
        """Listener: a customer message in state `ticket` joins the ticket's thread."""
        ticket_number = event.conversation.ticket_number
        if event.route is Route.TICKET and ticket_number:
            text = event.message["text"]
            await self._tickets.add_customer_message(ticket_number, text, source="chat")

    async def contact(
        self,
        conversation_id: str,
        email: str,
        name: str | None,
        address: str | None = None,
        locale: str | None = None,
    ) -> dict[str, Any]:
        """Where ticket mail goes; attaches it to the conversation's ticket and confirms it.

        A typed address is unverified: it is not the customer's identity (no GDPR index entry,
        no ticket status) unless it is the signed identity's own address."""
        if address is not None and not await self._contact_limit.take(address):
            raise ServiceError("rate_limited", MAIL_LIMITED_TEXT)
        await self.remember_locale(conversation_id, locale)
        owner = (await self._conversations.get(conversation_id)).identity_email
        verified = owner is not None and owner.strip().lower() == email.strip().lower()
        await self._conversations.set_contact(
            conversation_id, email=email, name=redacted(name), verified=verified
        )
        if not verified:
            # Not the customer's identity, but still personal data of whoever owns the address:
            # `gdpr` must find it (export marks it unverified).
            await self._customers.add_contact_conversation(email, conversation_id)
        conv = await self._conversations.get(conversation_id)
        if conv.state is State.QUEUED:
            await self._bus.publish(QueueChanged(conversation_id))
        ticket_info = None
        if conv.ticket_number:
            ticket = await self._tickets.attach_contact(
                conv.ticket_number, email, conv.customer_name, verified=conv.identity_verified
            )
            await self._bus.publish(TicketOpened(ticket, conv, contact_set=True))
            await self._messages.system(
                conv, "ticket_email_saved", email=email, number=ticket.number
            )
            ticket_info = {"number": ticket.number, "due_ts": ticket.due_ts}
        return {"email": email, "name": conv.customer_name, "ticket": ticket_info}
