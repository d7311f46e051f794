"""Defect 1: nothing a customer types may break a mail, an ack, the sweeper or an agent's reply.

Real `livechat serve` processes, real Redis, a real aiosmtpd server catching what is sent, and
the real aiohttp app for the agents' API.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from email import policy
from email.parser import BytesParser

import pytest
import redis.asyncio as aioredis

from chat_server.tickets import TicketStore, keys
from chat_server.tickets.compose import agent_reply, closing, confirmation
from tests.integration.conftest import SERVER_ENV
from tests.integration.test_tickets_helpers import SmtpSink, text_of, wait_for
from tests.integration.test_tickets_http import Api, api  # noqa: F401 (the fixture)
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess, signed_identity

# First messages that broke the subject header (or would smuggle a header in).
NASTY = [
    "My order 4711\nnever arrived\nplease help",
    "carriage\rreturn only",
    "nul\x00byte in the middle",
    "unicode line\u2028separator and\u2029paragraph and\x85next line",
    "x\r\nBcc: evil@attacker.example",
    "long " + "word " * 390,
]


@pytest.fixture
async def sink() -> AsyncIterator[SmtpSink]:
    s = await SmtpSink().start()
    yield s
    await s.stop()


def serve(redis_proc: RedisServer, sink: SmtpSink, **env: str) -> ChatServerProcess:
    return ChatServerProcess(
        redis_proc.url,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(sink.port),
        SMTP_STARTTLS="false",
        **{**SERVER_ENV, **env},
    )


def signed(email: str) -> dict[str, str]:
    return signed_identity(email, "Kim")


async def test_any_first_message_still_gets_its_ticket_mail(
    redis_proc: RedisServer, redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    node = serve(redis_proc, sink)
    node.start()
    try:
        for i, text in enumerate(NASTY):
            # Half typed into `contact`, half from the portal's signed identity.
            verified = i % 2 == 1
            email = f"customer{i}@example.com"
            customer = CustomerClient(node.url)
            await customer.connect(**({"identity": signed(email)} if verified else {}))
            said = await customer.say(text)
            assert said["ok"], (text[:30], said)
            if not verified:
                contact = await customer.call("contact", {"email": email})
                assert contact["ok"], contact
            ack = await customer.call("ticket")
            assert ack["ok"], (text[:30], ack)  # never `internal` because of mail
            number = ack["ticket"]["number"]
            await wait_for(
                lambda e=email: any(m["To"].addresses[0].addr_spec == e for m in sink.mails),
                timeout=10,
            )
            mail = next(m for m in sink.mails if m["To"].addresses[0].addr_spec == email)
            subject = str(mail["Subject"])
            assert f"[{number}]" in subject
            assert not any(c in subject for c in "\r\n\x00\u2028\u2029\x85")
            assert mail["Bcc"] is None and mail["Cc"] is None
            assert [r for _, rcpts in sink.recorder.envelopes for r in rcpts].count(email) == 1
            if verified:  # the customer's own words (one clean line) say what it is about
                assert text.split()[0] in subject and len(subject) <= 200
                assert text.split()[0] in text_of(mail)
            await customer.close()
        assert not any(
            "attacker.example" in r for _, rcpts in sink.recorder.envelopes for r in rcpts
        )
    finally:
        node.stop()


async def test_deadline_sweeper_goes_on_past_a_bad_conversation(
    redis_proc: RedisServer, redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    # A queued entry whose conversation cannot be read (a bad record): it must not stop the
    # sweeper from turning the other due conversations into tickets.
    bad = "f" * 32
    await redis_client.hset(f"lc:conv:{bad}", mapping={"state": "no-such-state"})
    await redis_client.zadd("lc:queue", {bad: time.time() - 60})
    # And one an earlier try left half done (ticket state, no ticket yet): it is finished.
    half = "e" * 32
    await redis_client.hset(
        f"lc:conv:{half}",
        mapping={"state": "ticket", "created_at": time.time(), "email": "half@example.com"},
    )
    await redis_client.zadd("lc:queue", {half: time.time() - 30})
    node = serve(redis_proc, sink, HANDOFF_TIMEOUT_S="1")
    node.start()
    try:
        customer = CustomerClient(node.url)
        await customer.connect(identity=signed("waiting@example.com"))
        assert (await customer.say("Line one\nline two: my invoice"))["ok"]
        assert (await customer.call("handoff"))["ok"]
        state = await customer.wait_for("state", lambda s: s["state"] == "ticket", timeout=10)
        await wait_for(lambda: len(sink.mails) == 2, timeout=10)
        to = {m["To"].addresses[0].addr_spec: str(m["Subject"]) for m in sink.mails}
        assert f"[{state['ticket']['number']}]" in to["waiting@example.com"]
        assert await redis_client.hget(f"lc:conv:{half}", "ticket") in to["half@example.com"]
        assert await redis_client.zscore("lc:queue", half) is None
        await customer.close()
        # The bad one is logged and tried again later, not dropped silently.
        assert "deadline ticket failed" in node.log()
        assert await redis_client.zscore("lc:queue", bad) is not None
    finally:
        node.stop()


async def test_agent_reply_to_a_multiline_subject_is_mailed(api: Api) -> None:  # noqa: F811
    t = await api.store.create(
        subject="Order 4711\r\nBcc: evil@attacker.example\nstill missing",
        email="c@example.com",
    )
    resp = await api.client.post(
        f"/api/tickets/{t.number}/reply", json={"text": "It is on its way."}, headers=api.headers
    )
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    assert body["mailed"] is True and body["ticket"]["status"] == "answered"
    await wait_for(lambda: len(api.sink.mails) == 1)
    mail = api.sink.mails[0]
    assert mail["Bcc"] is None and "\n" not in str(mail["Subject"])
    assert api.sink.recorder.envelopes[0][1] == ["c@example.com"]


async def test_agent_reply_is_recorded_only_when_its_mail_is_queued(
    api: Api,  # noqa: F811
    redis_client: aioredis.Redis,
) -> None:
    t = await api.store.create(subject="Refund", email="c@example.com")
    # A record whose address cannot go in a header (written before addresses were checked).
    await redis_client.hset(
        keys.ticket_key(t.number), "email", "c@example.com\r\nBcc: x@evil.example"
    )
    resp = await api.client.post(
        f"/api/tickets/{t.number}/reply", json={"text": "Refunded."}, headers=api.headers
    )
    assert resp.status == 503, await resp.text()
    assert (await resp.json())["error"]["code"] == "reply_not_sent"
    after = await api.store.get(t.number)
    assert after is not None
    assert after.status == "open" and after.thread == []  # not recorded, still open
    assert await redis_client.zcard(keys.OUTBOX_DUE) == 0
    # Fixed address: the same answer now goes out and is recorded.
    await api.store.attach_contact(t.number, "c@example.com")
    resp = await api.client.post(
        f"/api/tickets/{t.number}/reply", json={"text": "Refunded."}, headers=api.headers
    )
    assert resp.status == 200 and (await resp.json())["mailed"] is True
    await wait_for(lambda: len(api.sink.mails) == 1)


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("verified", [False, True])
async def test_composed_mail_is_one_clean_header_per_field(
    redis_client: aioredis.Redis, text: str, verified: bool
) -> None:
    from chat_server.config import Settings

    settings = Settings(env="test")
    store = TicketStore(redis_client, settings)
    text = "Zebra47 " + text  # a word of the sender's that is nowhere in our own texts
    t = await store.create(
        subject=text,
        email="c@example.com",
        name=text,
        transcript=[{"author": "customer", "text": text, "ts": 1.0}],
        email_verified=verified,
    )
    entry = {"author": "agent", "name": "Anna\nBcc: x@evil.example", "text": "Answer."}
    for msg in (
        confirmation(settings, t, b"k" * 32),
        agent_reply(settings, t, entry, b"k" * 32),
        closing(settings, t, b"k" * 32),
    ):
        raw = msg.as_bytes(policy=policy.SMTP)
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert b"\x00" not in raw and b"\nBcc" not in head and b"\r\nBcc" not in head
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        assert [a.addr_spec for a in parsed["To"].addresses] == ["c@example.com"]
        if not verified:  # nothing of the sender's words to an unverified address
            assert "Zebra47" not in str(parsed["Subject"])
            assert "Zebra47" not in raw.decode("utf-8", "replace")
        else:
            assert "Zebra47" in str(parsed["Subject"])


async def test_many_nasty_messages_do_not_hold_up_others(
    redis_proc: RedisServer, sink: SmtpSink
) -> None:
    """Several customers at once with broken first lines: every one gets an ok ack."""
    node = serve(redis_proc, sink)
    node.start()
    try:
        customers = [CustomerClient(node.url) for _ in NASTY]
        for i, c in enumerate(customers):
            await c.connect(identity=signed(f"many{i}@example.com"))

        async def one(c: CustomerClient, text: str) -> object:
            assert (await c.say(text))["ok"]
            return await c.call("ticket")

        acks = await asyncio.gather(*(one(c, t) for c, t in zip(customers, NASTY, strict=True)))
        assert all(isinstance(a, dict) and a["ok"] for a in acks), acks
        await wait_for(lambda: len(sink.mails) == len(NASTY), timeout=15)
        for c in customers:
            await c.close()
    finally:
        node.stop()
