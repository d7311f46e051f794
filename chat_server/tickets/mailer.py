"""What the rest of the server calls to mail a ticket's customer (the mail goes via the outbox)."""

from __future__ import annotations

import logging
from email.message import EmailMessage
from typing import Any

import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets import compose, keys
from chat_server.tickets.outbox import Outbox
from chat_server.tickets.store import Ticket, TicketStore

log = logging.getLogger("chat_server.tickets.mailer")


class TicketMailer:
    """Queues ticket mail; ``OutboxWorker`` sends it."""

    def __init__(
        self, redis: aioredis.Redis, settings: Settings, store: TicketStore | None = None
    ) -> None:
        self.redis = redis
        self.settings = settings
        self.store = store or TicketStore(redis, settings)
        self.outbox = Outbox(redis)
        # Set by setup_tickets so mail queued on this node goes out without waiting a poll.
        self.on_queued: list[Any] = []

    async def ticket_opened(self, ticket: Ticket) -> bool:
        """The confirmation (number, due time, redacted transcript), once per ticket.

        Does nothing while the ticket has no email; called again after ``contact`` supplies
        one, it sends then. Returns whether a mail was queued by this call.
        """
        fresh = await self.store.get(ticket.number)
        if fresh is None or not fresh.email or fresh.mail_failed:
            return False
        if fresh.confirmation_msgid:
            return False
        msg = compose.confirmation(self.settings, fresh)
        queued = await self._queue(
            fresh, msg, "confirmation", once=(keys.ticket(fresh.number), "confirmation_msgid")
        )
        return queued

    async def agent_reply(self, ticket: Ticket, entry: dict[str, Any]) -> bool:
        """An agent's answer (``entry`` is the thread entry the store returned)."""
        if not ticket.email or ticket.mail_failed:
            return False
        return await self._queue(ticket, compose.agent_reply(self.settings, ticket, entry), "reply")

    async def ticket_closed(self, ticket: Ticket) -> bool:
        """The closing mail."""
        if not ticket.email or ticket.mail_failed:
            return False
        return await self._queue(ticket, compose.closing(self.settings, ticket), "closed")

    async def _queue(
        self, ticket: Ticket, msg: EmailMessage, kind: str, *, once: tuple[str, str] | None = None
    ) -> bool:
        assert ticket.email
        mail_id = await self.outbox.enqueue(
            msg,
            sender=self.settings.support_address,
            to=ticket.email,
            number=ticket.number,
            kind=kind,
            once=once,
        )
        if mail_id is None:
            return False
        await self.store.record_outgoing(
            ticket.number, str(msg["Message-ID"]), confirmation=kind == "confirmation"
        )
        log.info("mail queued", extra={"ticket": ticket.number, "kind": kind})
        for notify in self.on_queued:
            notify()
        return True
