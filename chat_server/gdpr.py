"""`livechat gdpr export|erase EMAIL`: everything the service keeps about one customer.

A customer's conversations are found through `lc:customer:{email}` (a portal identity) and
`lc:contact:{email}` (an address typed into `contact`, unverified), tickets through the
ticket store's email index.
Erasing also asks Rasa to forget the conversations' trackers. Addresses are compared whole
after normalising (trimmed, lower case), never as substrings: `bob@x.de` is not part of
`jimbob@x.de`. Anyone can type any address into a chat, so the export says for each
conversation and ticket whether the address was verified (a signed portal identity).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis

from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.handoff.queue import HandoffQueue
from chat_server.store import ConversationStore, CustomerIndex, MessageLog
from chat_server.tickets import TicketStore
from chat_server.tickets import keys as ticket_keys
from chat_server.tickets.store import normalize_email


def _address(email: str) -> str:
    # A malformed argument is still looked up as typed (trimmed, lower case), never widened.
    return normalize_email(email) or email.strip().lower()


@dataclass(frozen=True)
class _Owners:
    """The owner of every key family that holds something about a customer."""

    customers: CustomerIndex
    conversations: ConversationStore
    messages: MessageLog
    queue: HandoffQueue
    tickets: TicketStore

    @classmethod
    def of(cls, redis: aioredis.Redis, settings: Settings) -> _Owners:
        retention = settings.retention_days * 86400
        return cls(
            CustomerIndex(redis, retention),
            ConversationStore(redis, retention),
            MessageLog(redis, retention),
            HandoffQueue(redis, retention, settings.agent_max_chats),
            TicketStore(redis, settings),
        )

    async def conversation_ids(self, email: str) -> set[str]:
        ids = await self.customers.conversations_of(email)
        for number in await self.tickets.numbers_for_email(email):
            ticket = await self.tickets.get(number, with_thread=False)
            if ticket is not None and ticket.conversation_id:
                ids.add(ticket.conversation_id)
        return ids


async def export_customer(redis: aioredis.Redis, settings: Settings, email: str) -> dict[str, Any]:
    email = _address(email)
    owners = _Owners.of(redis, settings)
    out: dict[str, Any] = {"email": email, "conversations": [], "tickets": []}
    for conversation_id in sorted(await owners.conversation_ids(email)):
        record = await owners.conversations.record(conversation_id)
        if not record:
            continue
        out["conversations"].append(
            {
                "conversation_id": conversation_id,
                # Only a signed identity proves the address is this customer's.
                "email_verified": record.get("verified") == "1"
                and _address(str(record.get("email", ""))) == email,
                "record": record,
                "messages": await owners.messages.after(conversation_id, 0, 100000),
                "notes": await owners.messages.notes(conversation_id),
            }
        )
    for number in await owners.tickets.numbers_for_email(email):
        ticket = await owners.tickets.get(number)
        if ticket is not None:
            out["tickets"].append(ticket.to_public())
    return out


async def erase_customer(redis: aioredis.Redis, settings: Settings, email: str) -> dict[str, Any]:
    email = _address(email)
    owners = _Owners.of(redis, settings)
    conversation_ids = await owners.conversation_ids(email)
    bot = BotBridge(settings.rasa_url, settings.bot_timeout_s, settings.rasa_token)
    forgotten = 0
    try:
        for conversation_id in conversation_ids:
            conv = await owners.conversations.get(conversation_id)
            await owners.queue.forget_conversation(conversation_id, conv.agent_id)
            await owners.messages.delete(conversation_id)
            await owners.conversations.delete(conversation_id)
            if await bot.forget(conversation_id):
                forgotten += 1
    finally:
        await bot.close()
    await owners.customers.erase(email)
    return {
        "email": email,
        "conversations_erased": len(conversation_ids),
        **await _erase_ticket_family(redis, owners.tickets, email, conversation_ids),
        "bot_trackers_forgotten": forgotten,
    }


async def _erase_ticket_family(
    redis: aioredis.Redis, tickets: TicketStore, email: str, conversation_ids: set[str]
) -> dict[str, Any]:
    """Tickets, their queued mail and feedback (the ticket package's keys)."""
    erased_tickets = [n for n in await tickets.numbers_for_email(email) if await tickets.erase(n)]
    for conversation_id in conversation_ids:
        await redis.delete(ticket_keys.by_conversation(conversation_id))
    unsent = await _erase_queued_mail(redis, email, set(erased_tickets))
    feedback = await _erase_feedback(redis, email)
    # The hourly mail counters name the address too.
    await redis.delete(ticket_keys.mail_budget(email), ticket_keys.autoreply_budget(email))
    return {
        "tickets_erased": erased_tickets,
        "unsent_mail_erased": unsent,
        "feedback_erased": feedback,
    }


async def _erase_queued_mail(redis: aioredis.Redis, email: str, numbers: set[str]) -> int:
    """Mail still waiting in the outbox to the customer (its recipient, exactly) or about
    one of the erased tickets (its ticket number, exactly) goes too."""
    erased = 0
    async for key in redis.scan_iter(match=ticket_keys.OUTBOX_ITEM_PREFIX + "*", count=500):
        kind = await redis.type(key)
        item: dict[str, Any]
        if kind == "string":
            try:
                loaded = json.loads(str(await redis.get(key) or "{}"))
            except ValueError:
                continue
            item = loaded if isinstance(loaded, dict) else {}
        elif kind == "hash":
            item = await redis.hgetall(key)
        else:
            continue
        if _address(str(item.get("to", ""))) == email or item.get("number") in numbers:
            mail_id = key[len(ticket_keys.OUTBOX_ITEM_PREFIX) :]
            await redis.delete(key)
            await redis.zrem(ticket_keys.OUTBOX_DUE, mail_id)
            await redis.zrem(ticket_keys.OUTBOX_DEAD, mail_id)
            erased += 1
    return erased


async def _erase_feedback(redis: aioredis.Redis, email: str) -> int:
    ids: set[str] = set(await redis.smembers(ticket_keys.feedback_by_email(email)))
    for feedback_id in ids:
        await redis.delete(ticket_keys.feedback(feedback_id))
        await redis.zrem(ticket_keys.FEEDBACK_INDEX, feedback_id)
    await redis.delete(ticket_keys.feedback_by_email(email))
    return len(ids)
