"""Reading tickets: one with its thread, the agents' lists by status and due time, a
conversation's ticket, a customer's tickets. `chat_server.tickets.store.TicketStore` adds
creation and changes on top; the only write here drops the index entries of tickets that
expired after RETENTION_DAYS."""

from __future__ import annotations

import builtins
from typing import cast

import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets.keys import (
    STATUSES,
    by_conversation,
    by_email,
    by_status,
    thread_key,
    ticket_key,
    transcript_key,
)
from chat_server.tickets.record import Status, Ticket, normalize_email


class TicketReads:
    """Tickets read from Redis. ``redis`` must decode responses (str, not bytes)."""

    def __init__(self, redis: aioredis.Redis, settings: Settings) -> None:
        self.redis = redis
        self.settings = settings
        self.ttl_s = settings.retention_days * 86400

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
