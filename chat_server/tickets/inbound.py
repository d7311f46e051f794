"""Mail in: what one support or feedback mail does (the SMTP server is `chat_server.smtp`).

Mail is accepted only for SUPPORT_ADDRESS (and its ``+tag`` forms: our signed reply and
return-path addresses) and FEEDBACK_ADDRESS; every mail is parsed (standard library, in a
worker thread, within size limits, so one huge mail never stalls the other sessions),
redacted, then stored. Errors are raised to the transport, which answers 5xx when the mail is
at fault (``MalformedMail`` is answered here) and 451 when we are (Redis down).

A mail joins an existing ticket only when it proves it answers our mail (``signing``): sent
to the ticket's signed reply address, or naming one of our signed Message-IDs; and it comes
from the ticket's address. A bounce counts only when it proves it returns our mail (our
signed return path, or our signed Message-ID in the returned headers). Everything else is a
claim: a new ticket (with a note naming the claimed number), or an ignored bounce.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from chat_server.config import Settings
from chat_server.security import load_secret
from chat_server.tickets.budget import MailBudgets
from chat_server.tickets.feedback import Feedback, FeedbackStore
from chat_server.tickets.keys import inbound_seen
from chat_server.tickets.mailer import TicketMailer
from chat_server.tickets.outgoing import clean_subject
from chat_server.tickets.parse import MalformedMail, ParsedMail, parse_mail
from chat_server.tickets.service import redacted
from chat_server.tickets.signing import (
    bounce_tag,
    bounce_valid,
    is_support_address,
    ticket_of_message_id,
    ticket_of_reply_address,
)
from chat_server.tickets.store import TicketStore

log = logging.getLogger("chat_server.tickets.inbound")

# Mails parsed at once; more wait their turn (their SMTP sessions simply wait for the 250).
PARSE_CONCURRENCY = 2
# Automatic answers per sender address and hour: the last line of defence against loops
# with robots that ignore Auto-Submitted.
AUTOREPLY_PER_HOUR = 5
SEEN_TTL_S = 7 * 86400


class InboundMail:
    """Applies one parsed mail: new ticket, reply to a ticket, feedback, or bounce."""

    def __init__(
        self,
        redis: aioredis.Redis,
        settings: Settings,
        *,
        store: TicketStore | None = None,
        mailer: TicketMailer | None = None,
        feedback_store: FeedbackStore | None = None,
    ) -> None:
        self.redis = redis
        self.settings = settings
        self.store = store or TicketStore(redis, settings)
        self.mailer = mailer or TicketMailer(redis, settings, self.store)
        self.feedback_store = feedback_store or FeedbackStore(
            redis, settings.retention_days * 86400
        )
        self.budgets = MailBudgets(redis)
        self.support = settings.support_address.lower()
        self.feedback = settings.feedback_address.lower()
        self._secret: bytes | None = None
        self._parsing = asyncio.Semaphore(PARSE_CONCURRENCY)

    async def secret(self) -> bytes:
        if self._secret is None:
            self._secret = await load_secret(self.settings, self.redis)
        return self._secret

    def _is_support(self, address: str) -> bool:
        return is_support_address(address, self.support)

    def _is_feedback(self, address: str) -> bool:
        return address.strip().strip("<>").lower() == self.feedback

    def accepts(self, address: str) -> bool:
        return self._is_support(address) or self._is_feedback(address)

    async def parse(self, raw: bytes, envelope_from: str) -> ParsedMail:
        """``parse_mail`` in a worker thread, a bounded number at a time: parsing a big
        mail is seconds of CPU that must not stop this loop answering other senders."""
        async with self._parsing:
            return await asyncio.to_thread(
                parse_mail,
                raw,
                envelope_from,
                max_html_chars=self.settings.inbound_max_html_chars,
            )

    async def deliver(self, envelope_from: str, rcpt_tos: list[str], raw: bytes) -> str:
        """Handle one mail; returns the SMTP reply line."""
        try:
            mail = await self.parse(raw, envelope_from)
        except MalformedMail as exc:
            log.info("inbound mail refused", extra={"reason": str(exc)})
            return f"550 5.6.0 Message refused: {exc}"
        if mail.from_addr in {self.support, self.feedback}:
            # Our own mail coming back (a forwarding loop): swallow it.
            log.info("inbound mail from our own address dropped")
            return "250 2.0.0 OK"
        seen_key = inbound_seen(mail.message_id) if mail.message_id else None
        if seen_key and not await self.redis.set(seen_key, "1", nx=True, ex=SEEN_TTL_S):
            # The sending MTA retried a mail we already took (our 250 got lost).
            return "250 2.0.0 OK (duplicate)"
        try:
            results: list[str] = []
            support_rcpts = [r for r in rcpt_tos if self._is_support(r)]
            if support_rcpts:
                results.append(await self._support(mail, support_rcpts))
            if any(self._is_feedback(r) for r in rcpt_tos):
                results.append(await self._feedback(mail))
        except BaseException:
            if seen_key:
                with contextlib.suppress(RedisError):
                    await self.redis.delete(seen_key)
            raise
        return "250 2.0.0 OK " + " ".join(r for r in results if r)

    async def _entry(self, mail: ParsedMail) -> dict[str, Any]:
        text = await redacted(mail.text)
        subject = await redacted(clean_subject(mail.subject))
        # The From display name and file names are the sender's to choose: they may hold
        # anything.
        name = (await redacted(mail.from_name)).text if mail.from_name else None
        attachments = [
            {**a.to_dict(), "filename": (await redacted(a.filename)).text} for a in mail.attachments
        ]
        return {
            "id": uuid.uuid4().hex,
            "author": "customer",
            "name": name,
            "text": text.text or "(no text)",
            "redactions": sorted(set(text.types) | set(subject.types)),
            "ts": time.time(),
            "source": "email",
            "subject": subject.text,
            "attachments": attachments,
            "truncated": mail.truncated,
        }

    async def _proven_ticket(self, mail: ParsedMail, rcpts: list[str]) -> str | None:
        """The ticket this mail proves it answers: our signed reply address, else our
        signed Message-ID in In-Reply-To/References. A subject tag proves nothing."""
        secret = await self.secret()
        for rcpt in rcpts:
            number = ticket_of_reply_address(secret, rcpt, self.support)
            if number:
                return number
        for ref in mail.referenced_ids():
            number = ticket_of_message_id(secret, ref)
            if number:
                return number
        return None

    async def _bounce(self, mail: ParsedMail, rcpts: list[str]) -> None:
        """Mark a ticket's address failed only for a report about a mail we sent there:
        our signed return path (VERP), or our signed Message-ID in the returned headers plus
        a failed recipient that is the ticket's address. A forged report changes nothing."""
        secret = await self.secret()
        proven: set[tuple[str, str]] = set()
        for rcpt in rcpts:
            tag = bounce_tag(rcpt, self.support)
            if tag is None:
                continue
            ticket = await self.store.get(tag[0], with_thread=False)
            if ticket and ticket.email and bounce_valid(secret, tag[0], ticket.email, tag[1]):
                proven.add((ticket.number, ticket.email))
        for msgid in mail.returned_message_ids:
            number = ticket_of_message_id(secret, msgid)
            ticket = await self.store.get(number, with_thread=False) if number else None
            if ticket and ticket.email and ticket.email in mail.failed_recipients:
                proven.add((ticket.number, ticket.email))
        for number, address in sorted(proven):
            await self.store.mark_mail_failed(number, address, 550, "bounced")
        log.info(
            "bounce received" if proven else "bounce ignored: it returns no mail of ours",
            extra={"tickets": sorted(n for n, _ in proven)},
        )

    async def _support(self, mail: ParsedMail, rcpts: list[str]) -> str:
        if mail.bounce:
            # Delivery reports never open tickets and are never answered.
            await self._bounce(mail, rcpts)
            return ""
        entry = await self._entry(mail)
        number = await self._proven_ticket(mail, rcpts)
        claimed = mail.ticket_number()
        if number:
            ticket = await self.store.get(number, with_thread=False)
            if ticket is not None and ticket.email == mail.from_addr:
                await self.store.add_customer_message(
                    ticket.number,
                    entry["text"],
                    "email",
                    name=entry["name"],
                    message_id=mail.message_id,
                    subject=entry["subject"],
                    attachments=entry["attachments"],
                    redactions=entry["redactions"],
                    # An out-of-office note is kept but does not reopen the ticket.
                    reopen=not mail.auto,
                )
                log.info("mail added to ticket", extra={"ticket": ticket.number})
                return ticket.number
        # No proof, an unknown number, or not the ticket's customer: a ticket of its own.
        mentioned = number or claimed
        ticket = await self.store.create(
            subject=entry["subject"] or "(no subject)",
            email=mail.from_addr,
            name=entry["name"],
            transcript=[entry],
            source="email",
            message_id=mail.message_id,
            note=(
                f"Mentions {mentioned}, but was not sent as an answer to our mail to that "
                "ticket's address: check before merging."
                if mentioned
                else None
            ),
        )
        log.info("ticket opened from mail", extra={"ticket": ticket.number, "auto": mail.no_answer})
        if not mail.no_answer and await self.budgets.take(
            "autoreply", mail.from_addr, AUTOREPLY_PER_HOUR
        ):
            await self.mailer.ticket_opened(ticket)
        return ticket.number

    async def _feedback(self, mail: ParsedMail) -> str:
        if mail.bounce:
            return ""
        entry = await self._entry(mail)
        fid = await self.feedback_store.add(
            Feedback(
                email=mail.from_addr,
                subject=entry["subject"],
                text=entry["text"],
                name=entry["name"],
                redactions=entry["redactions"],
                attachments=entry["attachments"],
                auto=mail.auto,
            )
        )
        log.info("feedback stored", extra={"feedback_id": fid})
        return "feedback"
