"""Outgoing ticket mail through the Redis outbox to a real aiosmtpd server."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets import (
    Outbox,
    OutboxWorker,
    SmtpTarget,
    TicketMailer,
    TicketStore,
    keys,
)
from redaction import default_redactor
from tests.integration.test_tickets_helpers import Recorder, SmtpSink, settled_mails, text_of
from tests.support.waits import wait_until

SETTINGS = Settings(env="test")
FAST: dict[str, Any] = {
    "poll_s": 0.02,
    "backoff_base_s": 0.05,
    "backoff_max_s": 0.2,
    "lease_s": 5.0,
}


@pytest.fixture
async def sink() -> AsyncIterator[SmtpSink]:
    s = await SmtpSink().start()
    yield s
    await s.stop()


@contextlib.asynccontextmanager
async def running(*workers: OutboxWorker) -> AsyncIterator[None]:
    tasks = [asyncio.create_task(w.run()) for w in workers]
    try:
        yield
    finally:
        for t in tasks:
            t.cancel()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t


def worker_for(
    redis: aioredis.Redis, port: int, store: TicketStore | None = None, **kw: Any
) -> OutboxWorker:
    return OutboxWorker(
        redis,
        SmtpTarget("127.0.0.1", port, timeout_s=2.0),
        on_permanent_failure=store.mark_mail_failed if store else None,
        **{**FAST, **kw},
    )


def chat_transcript(card: str) -> list[dict[str, Any]]:
    redacted = default_redactor().redact(f"my card {card} was charged twice")
    masked, types = redacted.text, redacted.types
    return [
        {
            "id": "1",
            "conversation_id": "c1",
            "seq": 1,
            "author": "customer",
            "name": None,
            "text": masked,
            "redactions": types,
            "ts": 1764050000.0,
        },
        {
            "id": "2",
            "conversation_id": "c1",
            "seq": 2,
            "author": "bot",
            "name": None,
            "text": "Let me find a person for you.",
            "redactions": [],
            "ts": 1764050001.0,
        },
    ]


async def test_confirmation_mail_has_number_due_words_and_no_card(
    redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    card = "4111 1111 1111 1111"
    t = await store.create(
        subject="Charged twice",
        email="jane@example.com",
        name="Jane",
        conversation_id="c1",
        transcript=chat_transcript(card),
        email_verified=True,  # a portal identity: the transcript may go to it
    )
    assert await mailer.ticket_opened(t)
    async with running(worker_for(redis_client, sink.port)):
        await wait_until(lambda: len(sink.mails) == 1)
    msg = sink.mails[0]
    assert f"[{t.number}]" in str(msg["Subject"])
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["To"].addresses[0].addr_spec == "jane@example.com"
    assert re.fullmatch(
        rf"<{t.number}\.[0-9a-f]+\.[0-9a-f]+@oneclickactions\.com>", str(msg["Message-ID"])
    )
    plain, html_part = text_of(msg), text_of(msg, "html")
    assert re.search(r"by \w+day \d\d:\d\d CES?T", plain)
    assert t.number in plain and "charged twice" in plain and "1111" in plain
    raw = msg.as_string()
    for body in (plain, html_part, raw):
        assert "4111 1111 1111 1111" not in body and "4111111111111111" not in body
    # The return path is signed for this ticket and address (VERP), so bounces prove it.
    sender, rcpts = sink.recorder.envelopes[0]
    assert re.fullmatch(rf"support\+bounce\.{t.number}\.[0-9a-f]+@oneclickactions\.com", sender)
    assert rcpts == ["jane@example.com"]
    assert await Outbox(redis_client).pending() == 0


async def test_confirmation_once_and_after_contact(
    redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    t = await store.create(subject="No email yet")
    assert not await mailer.ticket_opened(t)  # no address: nothing queued, nothing lost
    t = await store.attach_contact(t.number, "late@example.com", "Late")
    results = await asyncio.gather(*(mailer.ticket_opened(t) for _ in range(5)))
    assert results.count(True) == 1
    assert not await mailer.ticket_opened(t)
    async with running(worker_for(redis_client, sink.port)):
        assert len(await settled_mails(redis_client, sink)) == 1


async def test_reply_and_closing_thread_under_the_confirmation(
    redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    t = await store.create(subject="Login", email="a@example.com", email_verified=True)
    await mailer.ticket_opened(t)
    t, entry = await store.add_agent_reply(
        t.number, agent_id="1", agent_name="Anna", text="Try resetting it."
    )
    assert await mailer.agent_reply(t, entry)
    t, _ = await store.close(t.number)
    assert await mailer.ticket_closed(t)
    async with running(worker_for(redis_client, sink.port)):
        await wait_until(lambda: len(sink.mails) == 3)
    by_kind = {("Closed" in str(m["Subject"]), "Re:" in str(m["Subject"])): m for m in sink.mails}
    first = next(m for m in sink.mails if "received" in str(m["Subject"]))
    reply = by_kind[(False, True)]
    closing = by_kind[(True, False)]
    assert reply["In-Reply-To"] == first["Message-ID"]
    assert first["Message-ID"] in str(reply["References"])
    assert reply["Auto-Submitted"] is None  # a person wrote it
    assert "Anna" in text_of(reply) and "Try resetting it." in text_of(reply)
    assert closing["In-Reply-To"] == reply["Message-ID"]
    assert closing["Auto-Submitted"] == "auto-generated"
    assert all(f"[{t.number}]" in str(m["Subject"]) for m in sink.mails)


async def test_smtp_outage_then_recovery_sends_each_mail_exactly_once(
    redis_client: aioredis.Redis,
) -> None:
    sink = SmtpSink()  # not started: the SMTP server is down
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    numbers = []
    for i in range(6):
        t = await store.create(subject=f"outage {i}", email=f"c{i}@example.com")
        await mailer.ticket_opened(t)
        numbers.append(t.number)
    # Two nodes' workers against one outbox while the server is down, then after it is back.
    w1, w2 = worker_for(redis_client, sink.port), worker_for(redis_client, sink.port)
    async with running(w1, w2):

        async def all_tried() -> bool:
            due = await redis_client.zrange(keys.OUTBOX_DUE, 0, -1)
            items = [await redis_client.hgetall(keys.outbox_item(m)) for m in due]
            return len(items) == 6 and all(int(i.get("attempts", 0)) >= 1 for i in items)

        await wait_until(all_tried, what="every mail tried once while SMTP is down")
        assert await Outbox(redis_client).pending() == 6
        await sink.start()
        try:
            # Sent twice would mean a second `sent` count or a seventh mail in the sink.
            await settled_mails(redis_client, sink)
            await wait_until(lambda: w1.sent + w2.sent >= 6)
        finally:
            await sink.stop()
    subjects = sorted(str(m["Subject"]) for m in sink.mails)
    assert len(subjects) == 6 and len(set(subjects)) == 6
    assert all(any(n in s for s in subjects) for n in numbers)
    assert await Outbox(redis_client).pending() == 0
    assert w1.sent + w2.sent == 6


async def test_many_workers_never_send_one_mail_twice(
    redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    for i in range(40):
        t = await store.create(subject=f"load {i}", email=f"l{i}@example.com")
        await mailer.ticket_opened(t)
    workers = [worker_for(redis_client, sink.port, batch=3) for _ in range(4)]
    async with running(*workers):
        await settled_mails(redis_client, sink)
        await wait_until(lambda: sum(w.sent for w in workers) >= 40)
    ids = [str(m["Message-ID"]) for m in sink.mails]
    assert len(ids) == 40 and len(set(ids)) == 40


async def test_permanent_failure_marks_address_and_stops(redis_client: aioredis.Redis) -> None:
    sink = await SmtpSink(Recorder(reject={"gone@example.com"})).start()
    store = TicketStore(redis_client, SETTINGS)
    mailer = TicketMailer(redis_client, SETTINGS, store)
    bad = await store.create(subject="bad", email="gone@example.com")
    good = await store.create(subject="good", email="ok@example.com")
    await mailer.ticket_opened(bad)
    await mailer.ticket_opened(good)
    try:
        async with running(worker_for(redis_client, sink.port, store)):
            assert len(await settled_mails(redis_client, sink)) == 1

            async def marked() -> bool:
                failed = await store.get(bad.number)
                return failed is not None and failed.mail_failed is not None

            # The dead letter is written before the ticket is marked: wait for the mark too.
            await wait_until(marked, what="the ticket marked mail_failed")
    finally:
        await sink.stop()
    assert await Outbox(redis_client).pending() == 0
    assert await redis_client.zcard(keys.OUTBOX_DEAD) == 1
    failed = await store.get(bad.number)
    assert failed is not None and failed.mail_failed is not None
    assert failed.mail_failed["code"] == 550
    assert failed.to_public()["mail_failed"]["address"] == "gone@example.com"
    # No more mail to a failed address until the customer gives a new one.
    t, entry = await store.add_agent_reply(bad.number, agent_id="1", agent_name="A", text="x")
    assert not await mailer.agent_reply(t, entry)
    t = await store.attach_contact(bad.number, "new@example.com")
    assert t.mail_failed is None


async def test_no_smtp_configured_holds_mail(redis_client: aioredis.Redis) -> None:
    from chat_server.tickets import smtp_target

    assert smtp_target(Settings(env="production", secret_key="x")) is None
    dev = smtp_target(Settings(env="development"))
    assert dev is not None and (dev.host, dev.port) == ("127.0.0.1", 1025)
    conf = smtp_target(
        SETTINGS.model_copy(
            update={
                "smtp_host": "mx",
                "smtp_port": 2587,
                "smtp_user": "u",
                "smtp_password": "p",
                "smtp_starttls": True,
            }
        )
    )
    assert conf == SmtpTarget("mx", 2587, "u", "p", True)
    worker = OutboxWorker(redis_client, None)
    await asyncio.wait_for(worker.run(), 1)  # returns at once, mail stays queued
