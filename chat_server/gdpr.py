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
from typing import Any

import redis.asyncio as aioredis

from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.conversations.service import contact_index_key, customer_index_key
from chat_server.handoff.keys import QUEUE_KEY
from chat_server.store import ConversationStore, MessageLog
from chat_server.tickets import TicketStore
from chat_server.tickets import keys as ticket_keys
from chat_server.tickets.store import normalize_email


def _address(email: str) -> str:
    # A malformed argument is still looked up as typed (trimmed, lower case), never widened.
    return normalize_email(email) or email.strip().lower()


async def _conversation_ids(redis: aioredis.Redis, store: TicketStore, email: str) -> set[str]:
    ids: set[str] = set(await redis.smembers(customer_index_key(email)))
    ids |= set(await redis.smembers(contact_index_key(email)))
    for number in await store.numbers_for_email(email):
        ticket = await store.get(number, with_thread=False)
        if ticket is not None and ticket.conversation_id:
            ids.add(ticket.conversation_id)
    return ids


async def export_customer(redis: aioredis.Redis, settings: Settings, email: str) -> dict[str, Any]:
    email = _address(email)
    retention = settings.retention_days * 86400
    conversations, messages = ConversationStore(redis, retention), MessageLog(redis, retention)
    tickets = TicketStore(redis, settings)
    out: dict[str, Any] = {"email": email, "conversations": [], "tickets": []}
    for conversation_id in sorted(await _conversation_ids(redis, tickets, email)):
        raw = await redis.hgetall(ConversationStore.key(conversation_id))
        if not raw:
            continue
        out["conversations"].append(
            {
                "conversation_id": conversation_id,
                # Only a signed identity proves the address is this customer's.
                "email_verified": raw.get("verified") == "1"
                and _address(str(raw.get("email", ""))) == email,
                "record": raw,
                "messages": await messages.after(conversation_id, 0, 100000),
                "notes": await messages.notes(conversation_id),
            }
        )
    del conversations
    for number in await tickets.numbers_for_email(email):
        ticket = await tickets.get(number)
        if ticket is not None:
            out["tickets"].append(ticket.to_public())
    return out


async def erase_customer(redis: aioredis.Redis, settings: Settings, email: str) -> dict[str, Any]:
    email = _address(email)
    retention = settings.retention_days * 86400
    conversations, messages = ConversationStore(redis, retention), MessageLog(redis, retention)
    tickets = TicketStore(redis, settings)
    conversation_ids = await _conversation_ids(redis, tickets, email)
    bot = BotBridge(settings.rasa_url, settings.bot_timeout_s, settings.rasa_token)
    forgotten = 0
    try:
        for conversation_id in conversation_ids:
            conv = await conversations.get(conversation_id)
            if conv.agent_id:
                await redis.srem(f"lc:handoff:chats:{conv.agent_id}", conversation_id)
            await redis.zrem(QUEUE_KEY, conversation_id)
            await messages.delete(conversation_id)
            await conversations.delete(conversation_id)
            if await bot.forget(conversation_id):
                forgotten += 1
    finally:
        await bot.close()
    erased_tickets = [n for n in await tickets.numbers_for_email(email) if await tickets.erase(n)]
    for conversation_id in conversation_ids:
        await redis.delete(ticket_keys.by_conversation(conversation_id))
    unsent = await _erase_queued_mail(redis, email, set(erased_tickets))
    feedback = await _erase_feedback(redis, email)
    await redis.delete(customer_index_key(email), contact_index_key(email))
    # The hourly mail counters name the address too.
    await redis.delete(ticket_keys.mail_budget(email), ticket_keys.autoreply_budget(email))
    return {
        "email": email,
        "conversations_erased": len(conversation_ids),
        "tickets_erased": erased_tickets,
        "unsent_mail_erased": unsent,
        "feedback_erased": feedback,
        "bot_trackers_forgotten": forgotten,
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
