"""Defect 9 (mail side): GDPR erase and export match whole addresses, and a long ticket
thread keeps the transcript it was opened with. Real Redis, the real `livechat gdpr` command."""

from __future__ import annotations

from typing import Any

import pytest
import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets import Outbox, TicketMailer, TicketStore, keys
from chat_server.tickets import store as store_module
from tests.support.clients import run_gdpr
from tests.support.procs import RedisServer

SETTINGS = Settings(env="test")


async def gdpr(redis_url: str, action: str, email: str) -> dict[str, Any]:
    return await run_gdpr(redis_url, action, email)


async def test_erase_of_bob_leaves_jimbob_alone(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    bob = await store.create(subject="Bob's", email="bob@x.de")
    jim = await store.create(subject=f"About {bob.number}", email="JimBob@X.de")
    # Mail waiting in the outbox for both (no SMTP worker runs here).
    assert await mailer.ticket_opened(bob)
    assert await mailer.ticket_opened(jim)
    assert await Outbox(redis_client).pending() == 2

    erased = await gdpr(redis_proc.url, "erase", " Bob@X.de ")
    assert erased["tickets_erased"] == [bob.number]
    assert erased["unsent_mail_erased"] == 1
    assert await store.get(bob.number) is None
    assert await store.get(jim.number) is not None
    [left] = [k async for k in redis_client.scan_iter(keys.OUTBOX_ITEM_PREFIX + "*")]
    assert (await redis_client.hget(left, "to")) == "jimbob@x.de"
    assert await Outbox(redis_client).pending() == 1
    exported = await gdpr(redis_proc.url, "export", "jimbob@x.de")
    assert [t["number"] for t in exported["tickets"]] == [jim.number]
    assert exported["tickets"][0]["email_verified"] is False  # a typed address, says so


async def test_long_thread_keeps_its_transcript(
    redis_client: aioredis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MAX_THREAD_ENTRIES", 20)
    store = TicketStore(redis_client, SETTINGS)
    transcript = [
        {"author": "customer", "text": "My card was charged twice", "ts": 1.0},
        {"author": "bot", "text": "Let me find a person", "ts": 2.0},
    ]
    t = await store.create(subject="Charged twice", email="c@example.com", transcript=transcript)
    for i in range(30):
        await store.add_customer_message(t.number, f"follow-up {i}", "email")
    full = await store.get(t.number)
    assert full is not None
    texts = [e["text"] for e in full.thread]
    assert texts[:2] == ["My card was charged twice", "Let me find a person"]
    assert texts[-1] == "follow-up 29" and len(texts) == 2 + 20  # the replies are capped
    public = full.to_public()
    assert public["transcript_entries"] == 2 and public["thread"][0]["text"].startswith("My card")
