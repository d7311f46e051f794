"""Tickets in Redis: storage, the thread, the agents' indexes.

This module owns the ``lc:ticket:*`` and ``lc:tickets:*`` key families (with its creation
script in `chat_server.tickets.numbering` and its reads in `chat_server.tickets.reads`; the
rules each change applies are `chat_server.tickets.changes`). A ticket is a hash,
the transcript it was opened with (a list, never trimmed) and a list of later thread entries
(JSON, the newest ``MAX_THREAD_ENTRIES`` kept); per-status sorted sets order tickets by due
time for agents. Every write refreshes the retention TTL (``RETENTION_DAYS`` after the last
change). The record itself is `chat_server.tickets.record`.
"""

from __future__ import annotations

import builtins
import json
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, cast

from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

from chat_server.tickets.changes import (
    agent_answered,
    agent_entry,
    closed,
    contact,
    customer_entry,
    customer_wrote,
    mail_failed,
    mail_sent,
    new_ticket_fields,
)
from chat_server.tickets.due import due_at as compute_due_at
from chat_server.tickets.keys import (
    STATUSES,
    by_conversation,
    by_email,
    by_status,
    thread_key,
    ticket_key,
    transcript_key,
)
from chat_server.tickets.numbering import allocate
from chat_server.tickets.reads import TicketReads
from chat_server.tickets.record import (
    Source,
    Ticket,
    TicketNotFound,
    entry_from_message,
    normalize_email,
)

# Threads are bounded so one chatty ticket cannot grow without limit; the transcript is
# kept apart (and bounded by what a conversation holds) so it is never the part dropped.
MAX_THREAD_ENTRIES = 1000
MAX_TRANSCRIPT_ENTRIES = 2000

# Runs inside the ticket's MULTI, so another module's keys change together with the ticket
# or not at all (the reply and its outbox mail).
PipelineWriter = Callable[[Pipeline], None]


class TicketStore(TicketReads):
    """Tickets in Redis: the reads (`chat_server.tickets.reads`), creation and changes.
    ``redis`` must decode responses (str, not bytes)."""

    # -- creation ---------------------------------------------------------------------------

    async def create(
        self,
        *,
        subject: str,
        email: str | None = None,
        name: str | None = None,
        conversation_id: str | None = None,
        transcript: Iterable[dict[str, Any]] = (),
        source: Source = "chat",
        note: str | None = None,
        message_id: str | None = None,
        now: datetime | None = None,
        email_verified: bool = False,
        locale: str | None = None,
    ) -> Ticket:
        """Open a ticket; texts must already be redacted.

        With ``conversation_id``, a conversation that already has an unclosed ticket gets
        that ticket back instead of a second one. ``email_verified`` only for an address
        from a signed identity. An address that is not one (control characters, no domain)
        is not kept: the ticket is still made and ``contact`` can supply a good one.
        """
        created = now or datetime.now(UTC)
        due = compute_due_at(created, self.settings.tz, self.settings.holidays)
        email = normalize_email(email)
        fields = new_ticket_fields(
            subject=subject,
            email=email,
            email_verified=email_verified,
            name=name,
            conversation_id=conversation_id,
            source=source,
            note=note,
            message_id=message_id,
            locale=locale,
            created=created,
            due=due,
        )
        entries = [json.dumps(entry_from_message(m, source)) for m in transcript]
        entries = entries[-MAX_TRANSCRIPT_ENTRIES:]
        number = await allocate(
            self.redis,
            fields,
            entries,
            conversation_id=conversation_id,
            email=email,
            due_ts=due.timestamp(),
            ttl_s=self.ttl_s,
        )
        ticket = await self.get(number)
        if ticket is None:  # pragma: no cover - written a moment ago
            raise TicketNotFound(number)
        return ticket

    # -- changes (the rules are `chat_server.tickets.changes`) -------------------------------

    async def attach_contact(
        self, number: str, email: str, name: str | None = None, *, verified: bool = False
    ) -> Ticket:
        """Where the ticket's mail goes; a new address clears an earlier delivery failure.

        ``verified`` only for an address from a signed identity; a new unverified address
        makes the ticket unverified, the same address keeps what it had.
        """
        address = normalize_email(email)
        if not address:
            raise ValueError("not an email address")
        return await self._update(number, contact(address, name, verified=verified))

    async def add_customer_message(
        self,
        number: str,
        text: str,
        source: Source = "chat",
        *,
        name: str | None = None,
        message_id: str | None = None,
        subject: str | None = None,
        attachments: builtins.list[dict[str, Any]] | None = None,
        redactions: builtins.list[str] | None = None,
        reopen: bool = True,
        now: float | None = None,
    ) -> Ticket:
        """Append the customer's (already redacted) text; reopens an answered or closed one.

        A reopened ticket is due again by the contract's rule, counted from this message.
        """
        entry = customer_entry(
            text,
            source,
            name=name,
            subject=subject,
            attachments=attachments,
            redactions=redactions,
            ts=time.time() if now is None else now,
        )
        change = customer_wrote(
            entry,
            message_id=message_id,
            reopen=reopen,
            tz=self.settings.tz,
            holidays=self.settings.holidays,
        )
        return await self._update(number, change)

    async def add_agent_reply(
        self,
        number: str,
        *,
        agent_id: str,
        agent_name: str,
        text: str,
        redactions: builtins.list[str] | None = None,
        now: float | None = None,
        mail: Callable[[Ticket, dict[str, Any]], tuple[str, PipelineWriter] | None] | None = None,
    ) -> tuple[Ticket, dict[str, Any]]:
        """Append an agent's (already redacted) answer; the ticket becomes ``answered``.

        ``mail(ticket, entry)`` may return (Message-ID, writer): the writer queues the mail in
        the same transaction, so the answer is recorded exactly when its mail is queued. If
        ``mail`` raises, nothing is recorded.
        """
        entry = agent_entry(
            agent_id=agent_id,
            agent_name=agent_name,
            text=text,
            redactions=redactions,
            ts=time.time() if now is None else now,
        )
        writers: builtins.list[PipelineWriter] = []

        def mail_id(t: Ticket) -> str | None:
            writers.clear()  # a retried transaction composes its mail again
            queued = mail(t, entry) if mail is not None else None
            if queued is None:
                return None
            writers.append(queued[1])
            return queued[0]

        def also(pipe: Pipeline) -> None:
            for writer in writers:
                writer(pipe)

        change = agent_answered(entry, mail_id)
        return await self._update(number, change, also=also), entry

    async def close(self, number: str, *, agent_name: str | None = None) -> tuple[Ticket, bool]:
        """Close the ticket; returns (ticket, whether it was open or answered until now)."""
        was_open: builtins.list[bool] = []
        ticket = await self._update(number, closed(agent_name, was_open))
        return ticket, was_open[0]

    async def mark_mail_failed(self, number: str, address: str, code: int, reason: str) -> None:
        """A permanent delivery failure (5xx) for the ticket's address."""
        try:
            await self._update(number, mail_failed(address, code, reason))
        except TicketNotFound:
            pass

    async def record_outgoing(
        self, number: str, message_id: str, *, confirmation: bool = False
    ) -> Ticket:
        """Remember our Message-ID so the next mail and the customer's reply thread on it."""
        return await self._update(number, mail_sent(message_id, confirmation=confirmation))

    async def erase_customer(
        self, email: str, conversation_ids: Iterable[str]
    ) -> builtins.list[str]:
        """Erase the tickets of ``email`` and forget which ticket each of
        ``conversation_ids`` had (GDPR erase); returns the numbers erased."""
        erased = [n for n in await self.numbers_for_email(email) if await self.erase(n)]
        conversation_keys = [by_conversation(c) for c in conversation_ids]
        if conversation_keys:
            await self.redis.delete(*conversation_keys)
        return erased

    async def erase(self, number: str) -> bool:
        """Remove a ticket entirely (GDPR erase)."""
        t = await self.get(number, with_thread=False)
        if t is None:
            return False
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(ticket_key(t.number), thread_key(t.number), transcript_key(t.number))
            for st in STATUSES:
                pipe.zrem(by_status(st), t.number)
            if t.email:
                pipe.srem(by_email(t.email), t.number)
            await pipe.execute()
        return True

    # -- plumbing ---------------------------------------------------------------------------

    async def _update(
        self,
        number: str,
        mutate: Callable[[Ticket], None],
        *,
        also: PipelineWriter | None = None,
    ) -> Ticket:
        """Read, change in Python, write back in MULTI under WATCH (retried on conflict).

        ``also`` adds other modules' commands to the same MULTI."""
        number = number.strip().upper()
        hkey, lkey = ticket_key(number), thread_key(number)
        while True:
            async with self.redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(hkey, lkey)
                    raw = cast(dict[str, str], await pipe.hgetall(hkey))
                    if not raw:
                        raise TicketNotFound(number)
                    thread = cast(builtins.list[str], await pipe.lrange(lkey, 0, -1))
                    # Only the later entries matter here: new ones are appended after them.
                    before = Ticket.from_hash(raw, thread, tz=self.settings.tz)
                    t = Ticket.from_hash(raw, thread, tz=self.settings.tz)
                    mutate(t)
                    pipe.multi()  # type: ignore[no-untyped-call]
                    pipe.hset(hkey, mapping=dict(t.to_hash()))  # type: ignore[arg-type]
                    new_entries = t.thread[len(before.thread) :]
                    if new_entries:
                        pipe.rpush(lkey, *[json.dumps(e) for e in new_entries])
                        pipe.ltrim(lkey, -MAX_THREAD_ENTRIES, -1)
                    if before.status != t.status:
                        pipe.zrem(by_status(before.status), number)
                    pipe.zadd(by_status(t.status), {number: t.due_ts})
                    if t.email and t.email != before.email:
                        pipe.sadd(by_email(t.email), number)
                        if before.email:
                            pipe.srem(by_email(before.email), number)
                    if also is not None:
                        also(pipe)
                    for key in (
                        hkey,
                        lkey,
                        transcript_key(number),
                        *([by_email(t.email)] if t.email else []),
                        *([by_conversation(t.conversation_id)] if t.conversation_id else []),
                    ):
                        pipe.expire(key, self.ttl_s)
                    await pipe.execute()
                    return t
                except WatchError:
                    continue
