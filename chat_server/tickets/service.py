"""The ticket service: what agents do with tickets (list, read, answer, close), and who hears
about it; and what the package keeps about one customer (GDPR export and erase, asking each
owner: tickets, outbox, feedback, mail budgets). Transports (the agents' HTTP API) call it;
it speaks no HTTP.

Listeners hear ``(event, ticket, agent)`` after the change is stored and its mail queued:
``"reply"`` or ``"closed"`` (the conversation service tells a customer still on the page).
A new reaction is a new listener.
"""

from __future__ import annotations

import asyncio
import builtins
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import redis.asyncio as aioredis

from chat_server.agents import Agent
from chat_server.config import Settings
from chat_server.errors import ServiceError
from chat_server.tickets.feedback import FeedbackStore
from chat_server.tickets.mailer import ReplyNotQueued, TicketMailer
from chat_server.tickets.record import Status, Ticket
from chat_server.tickets.sender import OutboxWorker, smtp_target
from chat_server.tickets.store import TicketStore
from redaction import RedactionResult, default_redactor

log = logging.getLogger("chat_server.tickets.service")

TICKET_NUMBER = re.compile(r"OCA-\d{6,12}", re.IGNORECASE)

Listener = Callable[[str, Ticket, Any], Awaitable[None]]


async def redacted(text: str) -> RedactionResult:
    """``text`` through the redactor, in a worker thread: Presidio is CPU-bound and a mail's
    text is long, the loop keeps answering meanwhile."""
    return await asyncio.to_thread(default_redactor().redact, text)


class TicketService:
    """Agents' ticket actions on a ``TicketStore`` and a ``TicketMailer``."""

    def __init__(self, store: TicketStore, mailer: TicketMailer, feedback: FeedbackStore) -> None:
        self.store = store
        self.mailer = mailer
        self.feedback = feedback
        self._listeners: list[Listener] = []

    @classmethod
    def build(cls, redis: aioredis.Redis, settings: Settings) -> TicketService:
        store = TicketStore(redis, settings)
        feedback = FeedbackStore(redis, settings.retention_days * 86400)
        return cls(store, TicketMailer(redis, settings, store), feedback)

    def outbox_worker(self, **options: Any) -> OutboxWorker:
        """A worker sending this service's mail; mail queued here wakes it at once.

        ``options`` are ``OutboxWorker`` keyword arguments; ``target`` overrides SMTP_*."""
        settings = self.store.settings
        target = options.pop("target", smtp_target(settings))
        worker = OutboxWorker(
            self.store.redis, target, on_permanent_failure=self.store.mark_mail_failed, **options
        )
        self.mailer.on_queued.append(worker.wake)
        return worker

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    async def list(self, status: Status | None = None) -> builtins.list[Ticket]:
        """Tickets by due time (``status`` None: all of them)."""
        return await self.store.list(status)

    async def find(self, number: str, *, with_thread: bool = True) -> Ticket:
        """The ticket numbered ``number``; ``not_found`` for an unknown number or one not
        shaped like a ticket number (it never becomes a key)."""
        ticket = None
        if TICKET_NUMBER.fullmatch(number):
            ticket = await self.store.get(number, with_thread=with_thread)
        if ticket is None:
            raise ServiceError("not_found", "no such ticket")
        return ticket

    async def reply(self, number: str, agent: Agent, text: str) -> tuple[Ticket, bool]:
        """Record ``agent``'s answer and mail it; returns the fresh ticket and whether a mail
        was queued. Refuses ``not_found``, ``ticket_closed`` and ``reply_not_sent``."""
        ticket = await self.find(number, with_thread=False)
        if ticket.status == "closed":
            raise ServiceError("ticket_closed", "the ticket is closed")
        # Agents paste things too: a card number never leaves in a mail unmasked.
        masked = await redacted(text)
        try:
            # Recorded (and the ticket answered) exactly when its mail is in the outbox.
            ticket, _entry, mailed = await self.mailer.answer(
                ticket.number,
                agent_id=agent.id,
                agent_name=agent.name or "Support",
                text=masked.text,
                redactions=masked.types,
            )
        except ReplyNotQueued as exc:
            raise ServiceError("reply_not_sent", f"{exc}; the answer was not recorded") from exc
        await self._notify("reply", ticket, agent)
        return await self.store.get(ticket.number) or ticket, mailed

    async def close(self, number: str, agent: Agent) -> tuple[Ticket, bool]:
        """Close the ticket (once) and mail the customer that it is closed."""
        ticket = await self.find(number, with_thread=False)
        ticket, changed = await self.store.close(ticket.number, agent_name=agent.name)
        mailed = False
        if changed:
            mailed = await self.mailer.ticket_closed(ticket)
            await self._notify("closed", ticket, agent)
        return await self.store.get(ticket.number) or ticket, mailed

    # -- one customer's data (GDPR) ---------------------------------------------------------

    async def conversations_of(self, email: str) -> set[str]:
        """Conversations that the tickets of ``email`` were opened from."""
        return await self.store.conversations_of(email)

    async def export_customer(self, email: str) -> dict[str, Any]:
        """The tickets (with threads) and feedback mails of ``email``."""
        tickets = [await self.store.get(n) for n in await self.store.numbers_for_email(email)]
        return {
            "tickets": [t.to_public() for t in tickets if t is not None],
            "feedback": await self.feedback.for_email(email),
        }

    async def erase_customer(self, email: str, conversation_ids: set[str]) -> dict[str, Any]:
        """Erase the tickets of ``email`` (and the ticket links of ``conversation_ids``), mail
        still queued to the address or about those tickets, its feedback and its hourly mail
        counters; returns what went."""
        erased = await self.store.erase_customer(email, conversation_ids)
        unsent = await self.mailer.outbox.erase_for(email, set(erased))
        feedback = await self.feedback.erase_email(email)
        await self.mailer.budgets.erase(email)
        return {
            "tickets_erased": erased,
            "unsent_mail_erased": unsent,
            "feedback_erased": feedback,
        }

    async def _notify(self, event: str, ticket: Ticket, agent: Agent) -> None:
        for listener in self._listeners:
            try:
                await listener(event, ticket, agent)
            except Exception:  # a listener's failure must not undo a stored, mailed answer
                log.exception("ticket listener failed", extra={"event": event})
