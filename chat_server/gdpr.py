"""`livechat gdpr export|erase EMAIL`: everything the service keeps about one customer.

A customer's conversations are found through `lc:customer:{email}` (a portal identity) and
`lc:contact:{email}` (an address typed into `contact`, unverified), tickets through the
ticket store's email index.
Each key family's owner exports and erases its own (the ticket package for tickets, queued
mail, feedback and mail counters: `TicketService.export_customer` / `erase_customer`).
Erasing also asks Rasa to forget the conversations' trackers. Addresses are compared whole
after normalising (trimmed, lower case), never as substrings: `bob@x.de` is not part of
`jimbob@x.de`. Anyone can type any address into a chat, so the export says for each
conversation and ticket whether the address was verified (a signed portal identity).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import redis.asyncio as aioredis

from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.handoff.queue import HandoffQueue
from chat_server.store import ConversationStore, CustomerIndex, MessageLog
from chat_server.tickets import TicketService, normalize_email


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
    tickets: TicketService

    @classmethod
    def of(cls, redis: aioredis.Redis, settings: Settings) -> _Owners:
        retention = settings.retention_days * 86400
        return cls(
            CustomerIndex(redis, retention),
            ConversationStore(redis, retention),
            MessageLog(redis, retention),
            HandoffQueue(redis, retention, settings.agent_max_chats),
            TicketService.build(redis, settings),
        )

    async def conversation_ids(self, email: str) -> set[str]:
        ids = await self.customers.conversations_of(email)
        return ids | await self.tickets.conversations_of(email)


async def export_customer(redis: aioredis.Redis, settings: Settings, email: str) -> dict[str, Any]:
    email = _address(email)
    owners = _Owners.of(redis, settings)
    conversations = []
    for conversation_id in sorted(await owners.conversation_ids(email)):
        record = await owners.conversations.record(conversation_id)
        if not record:
            continue
        conversations.append(
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
    # The ticket package answers for its own: tickets with their threads, feedback mails.
    return {
        "email": email,
        "conversations": conversations,
        **await owners.tickets.export_customer(email),
    }


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
        # Tickets, mail still queued, feedback and the hourly mail counters.
        **await owners.tickets.erase_customer(email, conversation_ids),
        "bot_trackers_forgotten": forgotten,
    }
