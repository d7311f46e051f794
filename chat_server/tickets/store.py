"""Tickets in Redis: numbering, storage, the thread, the agents' indexes.

One module owns the ``lc:ticket:*`` and ``lc:tickets:*`` key families. A ticket is a hash,
the transcript it was opened with (a list, never trimmed) and a list of later thread entries
(JSON, the newest ``MAX_THREAD_ENTRIES`` kept); per-status sorted sets order tickets by due
time for agents. Every write refreshes the retention TTL (``RETENTION_DAYS`` after the last
change). The record itself is `chat_server.tickets.record`.
"""

from __future__ import annotations

import builtins
import json
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, cast

import redis.asyncio as aioredis
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError

from chat_server.config import Settings
from chat_server.tickets.due import due_at as compute_due_at
from chat_server.tickets.keys import (
    STATUSES,
    TICKET_SEQ,
    by_conversation,
    by_email,
    by_status,
    thread_key,
    ticket_key,
    transcript_key,
)
from chat_server.tickets.record import (
    MAX_SUBJECT_CHARS,
    Source,
    Status,
    Ticket,
    TicketNotFound,
    entry_from_message,
    normalize_email,
    one_line,
)

# Threads are bounded so one chatty ticket cannot grow without limit; the transcript is
# kept apart (and bounded by what a conversation holds) so it is never the part dropped.
MAX_THREAD_ENTRIES = 1000
MAX_TRANSCRIPT_ENTRIES = 2000

# Runs inside the ticket's MULTI, so another module's keys change together with the ticket
# or not at all (the reply and its outbox mail).
PipelineWriter = Callable[[Pipeline], None]


class TicketStore:
    """Tickets in Redis. ``redis`` must decode responses (str, not bytes)."""

    def __init__(self, redis: aioredis.Redis, settings: Settings) -> None:
        self.redis = redis
        self.settings = settings
        self.ttl_s = settings.retention_days * 86400

    # -- creation ---------------------------------------------------------------------------

    # Number allocation, the per-conversation guard and the record are one atomic step, so
    # a customer's `ticket` event racing the deadline sweeper yields one ticket, not two.
    _CREATE = """
    local conv_key = KEYS[1]
    if conv_key ~= '' then
      local existing = redis.call('GET', conv_key)
      if existing then
        local st = redis.call('HGET', ARGV[1] .. existing, 'status')
        if st and st ~= 'closed' then return {0, existing} end
      end
    end
    local n = redis.call('INCR', ARGV[2])
    local number = string.format('OCA-%06d', n)
    local tkey = ARGV[1] .. number
    local fields = cjson.decode(ARGV[5])
    fields['number'] = number
    for k, v in pairs(fields) do redis.call('HSET', tkey, k, v) end
    redis.call('EXPIRE', tkey, ARGV[3])
    local transcript_key = tkey .. ':transcript'
    for i = 7, #ARGV do redis.call('RPUSH', transcript_key, ARGV[i]) end
    if #ARGV >= 7 then redis.call('EXPIRE', transcript_key, ARGV[3]) end
    redis.call('ZADD', ARGV[6], ARGV[4], number)
    if conv_key ~= '' then redis.call('SET', conv_key, number, 'EX', ARGV[3]) end
    if KEYS[2] ~= '' then
      redis.call('SADD', KEYS[2], number)
      redis.call('EXPIRE', KEYS[2], ARGV[3])
    end
    return {1, number}
    """

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
        fields = {
            "status": "open",
            "subject": one_line(subject, MAX_SUBJECT_CHARS),
            "email": email or "",
            "email_verified": "1" if (email and email_verified) else "",
            "name": name or "",
            "conversation_id": conversation_id or "",
            "source": source,
            "note": note or "",
            "created_ts": repr(created.timestamp()),
            "due_ts": repr(due.timestamp()),
            # The customer's own Message-ID, so our answer threads under their mail.
            "last_msgid": message_id or "",
            "references": message_id or "",
            "locale": (locale or "")[:16],
        }
        entries = [json.dumps(entry_from_message(m, source)) for m in transcript]
        entries = entries[-MAX_TRANSCRIPT_ENTRIES:]
        _created, number = cast(
            list[Any],
            await self.redis.eval(  # type: ignore[misc]
                self._CREATE,
                2,
                by_conversation(conversation_id) if conversation_id else "",
                by_email(email) if email else "",
                ticket_key(""),
                TICKET_SEQ,
                str(self.ttl_s),
                repr(due.timestamp()),
                json.dumps(fields),
                by_status("open"),
                *entries,
            ),
        )
        ticket = await self.get(str(number))
        if ticket is None:  # pragma: no cover - written a moment ago
            raise TicketNotFound(str(number))
        return ticket

    # -- reads ------------------------------------------------------------------------------

    async def get(self, number: str, *, with_thread: bool = True) -> Ticket | None:
        """The ticket, or None when unknown or expired."""
        number = number.strip().upper()
        if with_thread:
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.hgetall(ticket_key(number))
                pipe.lrange(thread_key(number), 0, -1)
                pipe.lrange(transcript_key(number), 0, -1)
                raw, thread, transcript = await pipe.execute()
        else:
            raw = cast(dict[str, str], await self.redis.hgetall(ticket_key(number)))
            thread, transcript = [], []
        if not raw:
            return None
        return Ticket.from_hash(raw, thread, transcript, tz=self.settings.tz)

    async def list(self, status: Status | None = None) -> builtins.list[Ticket]:
        """Tickets (without their threads' full text) sorted by due time, soonest first."""
        statuses: tuple[str, ...] = (status,) if status else STATUSES
        numbers: builtins.list[str] = []
        for st in statuses:
            numbers.extend(str(n) for n in await self.redis.zrange(by_status(st), 0, -1))
        if not numbers:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for n in numbers:
                pipe.hgetall(ticket_key(n))
                pipe.lindex(thread_key(n), -1)
                pipe.lindex(transcript_key(n), -1)
            results = await pipe.execute()
        tickets: builtins.list[Ticket] = []
        gone: builtins.list[str] = []
        for i, n in enumerate(numbers):
            raw, last, last_of_transcript = results[3 * i : 3 * i + 3]
            if not raw:
                gone.append(n)  # expired after RETENTION_DAYS: drop its index entries
                continue
            # Only the newest entry is needed: the thread's last, else the transcript's.
            newest = last or last_of_transcript
            t = Ticket.from_hash(raw, [newest] if newest else [], tz=self.settings.tz)
            if status is None or t.status == status:
                tickets.append(t)
        if gone:
            async with self.redis.pipeline(transaction=False) as pipe:
                for st in STATUSES:
                    pipe.zrem(by_status(st), *gone)
                await pipe.execute()
        tickets.sort(key=lambda t: (t.due_ts, t.number))
        return tickets

    async def for_conversation(self, conversation_id: str) -> Ticket | None:
        """The latest ticket made from a conversation."""
        number = await self.redis.get(by_conversation(conversation_id))
        return await self.get(str(number)) if number else None

    def confirmation_guard(self, number: str) -> tuple[str, str]:
        """(key, field) the outbox sets together with the ticket's confirmation mail, so a
        second attempt (another node, a retry) queues none."""
        return ticket_key(number), "confirmation_msgid"

    async def numbers_for_email(self, email: str) -> builtins.list[str]:
        """Numbers of the tickets of one customer address (for GDPR export and erase)."""
        address = normalize_email(email) or email.strip().lower()
        return sorted(str(n) for n in await self.redis.smembers(by_email(address)))

    async def conversations_of(self, email: str) -> set[str]:
        """The conversations the tickets of ``email`` were opened from."""
        ids: set[str] = set()
        for number in await self.numbers_for_email(email):
            ticket = await self.get(number, with_thread=False)
            if ticket is not None and ticket.conversation_id:
                ids.add(ticket.conversation_id)
        return ids

    # -- changes ----------------------------------------------------------------------------

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

        def change(t: Ticket) -> None:
            if t.email != address:
                t.mail_failed = None
                t.email_verified = verified
            else:
                t.email_verified = t.email_verified or verified
            t.email = address
            if name:
                t.name = one_line(name, 100) or t.name

        return await self._update(number, change)

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
        ts = time.time() if now is None else now
        entry: dict[str, Any] = {
            "id": uuid.uuid4().hex,
            "author": "customer",
            "name": name,
            "text": text,
            "redactions": redactions or [],
            "ts": ts,
            "source": source,
        }
        if subject is not None:
            entry["subject"] = subject
        if attachments:
            entry["attachments"] = attachments

        def change(t: Ticket) -> None:
            t.thread.append(entry)
            if message_id:
                t.last_msgid = message_id
                t.references = [*t.references, message_id]
            if reopen and t.status != "open":
                t.status = "open"
                t.due_at = compute_due_at(
                    datetime.fromtimestamp(ts, UTC), self.settings.tz, self.settings.holidays
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
        entry: dict[str, Any] = {
            "id": uuid.uuid4().hex,
            "author": "agent",
            "name": agent_name,
            "agent_id": agent_id,
            "text": text,
            "redactions": redactions or [],
            "ts": time.time() if now is None else now,
            "source": "email",
        }

        writers: builtins.list[PipelineWriter] = []

        def change(t: Ticket) -> None:
            writers.clear()  # a retried transaction composes its mail again
            t.thread.append(entry)
            if t.status != "closed":
                t.status = "answered"
            queued = mail(t, entry) if mail is not None else None
            if queued is not None:
                msgid, writer = queued
                t.last_msgid = msgid
                t.references = [*t.references, msgid]
                writers.append(writer)

        def also(pipe: Pipeline) -> None:
            for writer in writers:
                writer(pipe)

        return await self._update(number, change, also=also), entry

    async def close(self, number: str, *, agent_name: str | None = None) -> tuple[Ticket, bool]:
        """Close the ticket; returns (ticket, whether it was open or answered until now)."""
        changed = False

        def change(t: Ticket) -> None:
            nonlocal changed
            changed = t.status != "closed"
            if changed:
                t.status = "closed"
                t.thread.append(
                    {
                        "id": uuid.uuid4().hex,
                        "author": "system",
                        "name": agent_name,
                        "text": "Ticket closed.",
                        "redactions": [],
                        "ts": time.time(),
                        "source": "system",
                    }
                )

        return await self._update(number, change), changed

    async def mark_mail_failed(self, number: str, address: str, code: int, reason: str) -> None:
        """A permanent delivery failure (5xx) for the ticket's address."""

        def change(t: Ticket) -> None:
            if t.email and t.email == normalize_email(address):
                t.mail_failed = {
                    "address": t.email,
                    "code": code,
                    "reason": reason[:200],
                    "ts": time.time(),
                }

        try:
            await self._update(number, change)
        except TicketNotFound:
            pass

    async def record_outgoing(
        self, number: str, message_id: str, *, confirmation: bool = False
    ) -> Ticket:
        """Remember our Message-ID so the next mail and the customer's reply thread on it."""

        def change(t: Ticket) -> None:
            t.last_msgid = message_id
            t.references = [*t.references, message_id]
            if confirmation:
                t.confirmation_msgid = message_id

        return await self._update(number, change)

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
