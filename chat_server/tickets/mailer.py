"""What the rest of the server calls to mail a ticket's customer (the mail goes via the outbox).

Two promises: mail never breaks what asked for it (a mail that cannot be made is logged and
shown on the ticket as ``mail_failed``, the ticket and the customer's chat carry on), and we
are no relay: automatic mail to one address is limited per hour (MAIL_UNVERIFIED_PER_HOUR /
MAIL_VERIFIED_PER_HOUR), and mail to an unverified address carries no text of the sender.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from chat_server.config import Settings
from chat_server.security import load_secret
from chat_server.tickets.budget import MailBudgets
from chat_server.tickets.compose import agent_reply, chat_transcript, closing, confirmation
from chat_server.tickets.outbox import Outbox
from chat_server.tickets.record import Ticket
from chat_server.tickets.signing import bounce_address
from chat_server.tickets.store import PipelineWriter, TicketStore

log = logging.getLogger("chat_server.tickets.mailer")


class ReplyNotQueued(Exception):
    """The agent's answer could not be put in the outbox, so it was not recorded either."""


class TicketMailer:
    """Queues ticket mail; ``OutboxWorker`` sends it."""

    def __init__(
        self,
        redis: aioredis.Redis,
        settings: Settings,
        store: TicketStore | None = None,
        *,
        secret: bytes | None = None,
    ) -> None:
        self.redis = redis
        self.settings = settings
        self.store = store or TicketStore(redis, settings)
        self.outbox = Outbox(redis)
        self.budgets = MailBudgets(redis)
        self._secret = secret
        # Set by setup_tickets so mail queued on this node goes out without waiting a poll.
        self.on_queued: list[Any] = []

    async def secret(self) -> bytes:
        """SECRET_KEY (development: the shared generated one) for signed mail identifiers."""
        if self._secret is None:
            self._secret = await load_secret(self.settings, self.redis)
        return self._secret

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
        secret = await self.secret()
        msg = await self._compose(
            fresh, "confirmation", lambda: confirmation(self.settings, fresh, secret)
        )
        if msg is None or not await self._within_budget(fresh):
            return False
        return await self._queue(
            fresh, msg, "confirmation", once=self.store.confirmation_guard(fresh.number)
        )

    async def agent_reply(self, ticket: Ticket, entry: dict[str, Any]) -> bool:
        """An agent's answer already stored (``entry`` is the thread entry the store returned).

        The HTTP API uses ``answer`` instead, which records and queues in one step."""
        if not ticket.email or ticket.mail_failed:
            return False
        secret = await self.secret()
        msg = await self._compose(
            ticket, "reply", lambda: agent_reply(self.settings, ticket, entry, secret)
        )
        return msg is not None and await self._queue(ticket, msg, "reply")

    async def answer(
        self,
        number: str,
        *,
        agent_id: str,
        agent_name: str,
        text: str,
        redactions: list[str],
    ) -> tuple[Ticket, dict[str, Any], bool]:
        """Record an agent's answer and queue its mail in one transaction.

        Returns (ticket, entry, mailed). A ticket without a deliverable address records the
        answer unmailed (``mailed`` False, as agents see on the ticket). Raises
        ``ReplyNotQueued`` when the mail cannot be made or queued: then nothing is recorded.
        """
        secret = await self.secret()
        queued: list[tuple[str, str]] = []

        def mail(t: Ticket, entry: dict[str, Any]) -> tuple[str, PipelineWriter] | None:
            queued.clear()
            if not t.email or t.mail_failed:
                return None
            try:
                msg = agent_reply(self.settings, t, entry, secret)
            except Exception as exc:
                log.exception("agent reply could not be composed", extra={"ticket": t.number})
                raise ReplyNotQueued("the answer could not be made into a mail") from exc
            writer, mail_id = self.outbox.enqueue_writer(
                msg, sender=self._sender(t), to=t.email, number=t.number, kind="reply"
            )
            queued.append((mail_id, str(msg["Message-ID"])))
            return str(msg["Message-ID"]), writer

        try:
            ticket, entry = await self.store.add_agent_reply(
                number,
                agent_id=agent_id,
                agent_name=agent_name,
                text=text,
                redactions=redactions,
                mail=mail,
            )
        except RedisError as exc:
            raise ReplyNotQueued("the answer could not be stored; please try again") from exc
        if queued:
            log.info("mail queued", extra={"ticket": ticket.number, "kind": "reply"})
            self._notify()
        return ticket, entry, bool(queued)

    async def ticket_closed(self, ticket: Ticket) -> bool:
        """The closing mail."""
        if not ticket.email or ticket.mail_failed:
            return False
        secret = await self.secret()
        msg = await self._compose(ticket, "closed", lambda: closing(self.settings, ticket, secret))
        if msg is None or not await self._within_budget(ticket):
            return False
        return await self._queue(ticket, msg, "closed")

    async def chat_transcript(
        self, email: str, name: str | None, locale: str | None, messages: list[dict[str, Any]]
    ) -> bool:
        """A chat's transcript to its customer's verified address (the caller checked it),
        within the address's hourly budget. No ticket: replies go to the support address."""
        if not await self._take_budget(email, verified=True, number=None):
            return False
        try:
            msg = chat_transcript(self.settings, email, name, locale, messages)
        except Exception:
            log.exception("transcript mail could not be composed")
            return False
        sender = self.settings.support_address
        await self.outbox.enqueue(msg, sender=sender, to=email, number=None, kind="transcript")
        log.info("mail queued", extra={"kind": "transcript"})
        self._notify()
        return True

    def _sender(self, ticket: Ticket) -> str:
        """The envelope sender: a return path signed for this ticket and address (VERP), so
        a bounce proves which of our mails failed."""
        assert self._secret is not None and ticket.email
        return bounce_address(
            self._secret, ticket.number, ticket.email, self.settings.support_address
        )

    async def _compose(
        self, ticket: Ticket, kind: str, build: Callable[[], EmailMessage]
    ) -> EmailMessage | None:
        """``build()``, except that a mail that cannot be made is shown to agents on the
        ticket and logged, and never fails the caller (a chat's ack, the sweeper)."""
        try:
            return build()
        except Exception:
            log.exception("mail could not be composed", extra={"ticket": ticket.number})
            if ticket.email:
                await self.store.mark_mail_failed(
                    ticket.number, ticket.email, 0, f"{kind} mail could not be composed"
                )
            return None

    async def _within_budget(self, ticket: Ticket) -> bool:
        """Take one automatic mail from the address's hourly budget (the relay limit)."""
        assert ticket.email
        return await self._take_budget(
            ticket.email, verified=ticket.email_verified, number=ticket.number
        )

    async def _take_budget(self, email: str, *, verified: bool, number: str | None) -> bool:
        limit = (
            self.settings.mail_verified_per_hour
            if verified
            else self.settings.mail_unverified_per_hour
        )
        if await self.budgets.take("mail", email, limit):
            return True
        log.warning(
            "automatic mail not sent: the address's hourly limit is reached",
            extra={"ticket": number, "verified": verified},
        )
        return False

    async def _queue(
        self, ticket: Ticket, msg: EmailMessage, kind: str, *, once: tuple[str, str] | None = None
    ) -> bool:
        assert ticket.email
        mail_id = await self.outbox.enqueue(
            msg,
            sender=self._sender(ticket),
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
        self._notify()
        return True

    def _notify(self) -> None:
        for notify in self.on_queued:
            notify()
