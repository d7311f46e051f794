"""`livechat inbound` on a real socket: support mail to tickets, threading, robots, refusals."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import aiosmtplib
import pytest
import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from chat_server.config import Settings
from chat_server.smtp.inbound import start_inbound_server
from chat_server.tickets import (
    FeedbackStore,
    OutboxWorker,
    SmtpTarget,
    TicketMailer,
    TicketStore,
    keys,
)
from chat_server.tickets.inbound import InboundMail
from tests.integration.test_tickets_helpers import SmtpSink, settled_mails, text_of
from tests.support.procs import free_port
from tests.support.waits import wait_until

SETTINGS = Settings(env="test", inbound_smtp_port=0)
SUPPORT = SETTINGS.support_address


@dataclass
class Rig:
    port: int
    store: TicketStore
    sink: SmtpSink  # where our answers go
    redis: aioredis.Redis

    async def send(
        self, msg: EmailMessage, *, sender: str | None = None, to: list[str] | None = None
    ) -> tuple[Any, str]:
        return await aiosmtplib.send(
            msg,
            hostname="127.0.0.1",
            port=self.port,
            start_tls=False,
            timeout=5,
            sender=sender if sender is not None else msg["From"].addresses[0].addr_spec,
            recipients=to or [SUPPORT],
        )

    async def tickets(self) -> list[Any]:
        return await self.store.list()

    async def settled(self) -> list[EmailMessage]:
        """Our answers to what was sent so far, once none is left to send."""
        return await settled_mails(self.redis, self.sink)


@pytest.fixture
async def rig(redis_client: aioredis.Redis) -> AsyncIterator[Rig]:
    sink = await SmtpSink().start()
    store = TicketStore(redis_client, SETTINGS)
    worker = OutboxWorker(
        redis_client,
        SmtpTarget("127.0.0.1", sink.port, timeout_s=2),
        poll_s=0.02,
        backoff_base_s=0.05,
        backoff_max_s=0.2,
    )
    mailer = TicketMailer(redis_client, SETTINGS, store)
    mailer.on_queued.append(worker.wake)
    port = free_port()
    server = await start_inbound_server(
        SETTINGS,
        redis_client,
        host="127.0.0.1",
        port=port,
        max_bytes=200_000,
        inbound=InboundMail(redis_client, SETTINGS, store=store, mailer=mailer),
    )
    task = asyncio.create_task(worker.run())
    try:
        yield Rig(port, store, sink, redis_client)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        server.close()
        await server.wait_closed()
        await sink.stop()


def mail(
    subject: str, body: str, sender: str = "Jane Doe <jane@example.com>", **headers: str
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = SUPPORT
    msg["Subject"] = subject
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    msg.set_content(body)
    return msg


async def test_support_mail_opens_ticket_and_a_reply_threads(rig: Rig) -> None:
    card = "4111 1111 1111 1111"
    await rig.send(mail("Double charge", f"Hello,\nyou charged my card {card} twice.\nJane"))
    await wait_until(lambda: len(rig.sink.mails) == 1)
    [ticket] = await rig.tickets()
    full = await rig.store.get(ticket.number)
    assert full is not None
    assert (full.source, full.email, full.name, full.status) == (
        "email",
        "jane@example.com",
        "Jane Doe",
        "open",
    )
    stored = json.dumps(full.to_public())
    assert card not in stored and "4111111111111111" not in stored
    assert "CREDIT_CARD" in full.thread[0]["redactions"]
    answer = rig.sink.mails[0]
    assert f"[{ticket.number}]" in str(answer["Subject"])
    assert answer["Auto-Submitted"] == "auto-replied"
    assert ticket.number in text_of(answer)
    assert card not in answer.as_string()
    # The customer answers the automatic reply from their client: quoted text and all.
    await rig.store.add_agent_reply(ticket.number, agent_id="1", agent_name="A", text="Sorry!")
    reply = mail(
        f"Re: {answer['Subject']}",
        "It happened again today.\n\nOn Tue, Support wrote:\n> old stuff",
        In_Reply_To=str(answer["Message-ID"]),
    )
    await rig.send(reply)
    after = await rig.store.get(ticket.number)
    assert after is not None and after.status == "open"  # answered -> reopened
    assert after.thread[-1]["text"] == "It happened again today."
    assert len(await rig.tickets()) == 1
    # The SMTP exchange ends after the mail is handled: an answer would be queued by now.
    assert len(await rig.settled()) == 1  # follow-ups get no new automatic answer


async def test_forged_reply_from_another_address_opens_a_new_ticket(rig: Rig) -> None:
    await rig.send(mail("Account", "Please help"))
    await wait_until(lambda: len(rig.sink.mails) == 1)
    [original] = await rig.tickets()
    await rig.send(
        mail(
            f"Re: [{original.number}] Account",
            "I am Jane, give me her data",
            sender="Mallory <mallory@evil.example>",
        )
    )
    tickets = await rig.tickets()
    assert len(tickets) == 2
    again = await rig.store.get(original.number)
    assert again is not None and len(again.thread) == 1  # untouched
    other = next(t for t in tickets if t.number != original.number)
    assert other.email == "mallory@evil.example"
    await wait_until(lambda: len(rig.sink.mails) == 2)
    assert rig.sink.mails[1]["To"].addresses[0].addr_spec == "mallory@evil.example"


async def test_no_auto_reply_loop(rig: Rig) -> None:
    # An autoresponder that says so: ticket kept for agents, never answered.
    await rig.send(
        mail("Out of office", "I am away", sender="bot@example.com", Auto_Submitted="auto-replied")
    )
    # A bounce: null envelope sender, from a mailer daemon; neither ticket nor answer.
    await rig.send(
        mail("Undelivered Mail", "failed", sender="MAILER-DAEMON@mx.example.com"), sender=""
    )
    # A robot that ignores RFC 3834 and answers everything: our per-sender budget stops it.
    for i in range(10):
        await rig.send(mail(f"Re: loop {i}", "automatic text", sender="robot@example.com"))
    tickets = await rig.tickets()
    assert {t.email for t in tickets} == {"bot@example.com", "robot@example.com"}
    to = [m["To"].addresses[0].addr_spec for m in await rig.settled()]
    assert "bot@example.com" not in to
    assert "mailer-daemon@mx.example.com" not in to
    # Whichever is lower: the inbound autoreply budget or the per-address relay limit.
    assert to.count("robot@example.com") == min(5, SETTINGS.mail_unverified_per_hour)


async def test_our_own_answer_echoed_back_is_not_answered(rig: Rig) -> None:
    await rig.send(mail("Hi", "help", sender="c@example.com"))
    await wait_until(lambda: len(rig.sink.mails) == 1)
    echoed = rig.sink.mails[0]
    del echoed["To"]
    echoed["To"] = SUPPORT
    await rig.send(echoed, sender="c@example.com")  # a mailing-list style bounce-back
    assert len(await rig.settled()) == 1


async def test_reply_to_closed_ticket_reopens_it(rig: Rig) -> None:
    await rig.send(mail("Hi", "help", sender="d@example.com"))
    [t] = await rig.tickets()
    await wait_until(lambda: len(rig.sink.mails) == 1)
    await rig.store.close(t.number)
    answer = rig.sink.mails[0]
    await rig.send(
        mail(
            f"Re: [{t.number}] Hi",
            "not solved",
            sender="D <D@Example.com>",
            In_Reply_To=str(answer["Message-ID"]),
        )
    )
    again = await rig.store.get(t.number)
    assert again is not None and again.status == "open"


async def test_only_our_addresses_are_accepted(rig: Rig) -> None:
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as info:
        await rig.send(mail("x", "y"), to=["someone@oneclickactions.com"])
    assert info.value.recipients[0].code == 550
    # Mixed: the good recipient is kept.
    errors, _ = await rig.send(mail("x", "y"), to=["nobody@example.com", SUPPORT.upper()])
    assert "nobody@example.com" in errors
    assert len(await rig.tickets()) == 1


async def test_malformed_and_oversize_mail_is_refused_and_server_carries_on(rig: Rig) -> None:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=rig.port, start_tls=False) as smtp:
        with pytest.raises(aiosmtplib.SMTPDataError) as info:
            await smtp.sendmail("x@example.com", [SUPPORT], b"Subject: no sender\r\n\r\nbody\r\n")
        assert info.value.code == 550 and "From" in info.value.message
        with pytest.raises(aiosmtplib.SMTPResponseException) as big:
            await smtp.sendmail(
                "x@example.com",
                [SUPPORT],
                b"From: x@example.com\r\n\r\n" + b"a" * 300_000 + b"\r\n",
            )
        assert big.value.code == 552
    await rig.send(mail("still here", "fine"))
    assert len(await rig.tickets()) == 1


async def test_html_mail_with_attachment(rig: Rig) -> None:
    msg = EmailMessage()
    msg["From"] = "h@example.com"
    msg["Subject"] = "Screenshot"
    msg.set_content("<p>See <b>screenshot</b>, password: hunter2secret</p>", subtype="html")
    msg.add_attachment(b"PNGDATA" * 10, maintype="image", subtype="png", filename="s.png")
    await rig.send(msg)
    [t] = await rig.tickets()
    full = await rig.store.get(t.number)
    assert full is not None
    entry = full.thread[0]
    assert "hunter2secret" not in entry["text"] and "screenshot" in entry["text"]
    assert entry["attachments"] == [{"filename": "s.png", "content_type": "image/png", "size": 70}]


async def test_feedback_is_stored_for_review(rig: Rig) -> None:
    await rig.send(
        mail("Great service", "Thanks, and my password: abc12345xyz", sender="F <f@example.com>"),
        to=[SETTINGS.feedback_address],
    )
    [item] = await FeedbackStore(rig.redis, 86400).newest()
    assert item["email"] == "f@example.com" and item["subject"] == "Great service"
    assert "abc12345xyz" not in item["text"]
    assert await rig.tickets() == []
    assert 0 < await rig.redis.ttl(keys.feedback_key(item["id"])) <= SETTINGS.retention_days * 86400
    assert await rig.settled() == []


async def test_redis_down_defers_mail_with_451(redis_client: aioredis.Redis) -> None:
    dead = aioredis.Redis(
        host="127.0.0.1",
        port=free_port(),
        decode_responses=True,
        socket_connect_timeout=0.2,
        retry=Retry(NoBackoff(), 0),
    )
    port = free_port()
    server = await start_inbound_server(SETTINGS.model_copy(), dead, host="127.0.0.1", port=port)
    try:
        with pytest.raises(aiosmtplib.SMTPDataError) as info:
            await aiosmtplib.send(
                mail("x", "y"), hostname="127.0.0.1", port=port, start_tls=False, timeout=5
            )
        assert info.value.code == 451
    finally:
        server.close()
        await server.wait_closed()
        await dead.aclose()
