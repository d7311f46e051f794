"""Defects 5 and 6 (mail side): inbound mail cannot stall the server, and forged mail cannot
join or silence someone else's ticket.

The forgery tests run the real inbound SMTP server (aiosmtpd) with a real outbox worker and a
real SMTP sink; the big-mail test runs a real `livechat inbound` process.
"""

from __future__ import annotations

import asyncio
import os
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import aiosmtplib
import pytest
import redis.asyncio as aioredis

from chat_server.tickets import TicketStore
from chat_server.tickets.outgoing import mail_domain
from tests.integration.test_inbound_mail import SETTINGS, SUPPORT, Rig, mail
from tests.integration.test_inbound_mail import rig as rig
from tests.integration.test_tickets_helpers import wait_for
from tests.support.procs import RedisServer, free_port, repo_root, wait_for_port

VICTIM = "Victim <victim@example.com>"


async def victims_ticket(rig: Rig) -> tuple[str, EmailMessage]:
    """The victim writes in; returns the ticket number and our automatic answer."""
    await rig.send(mail("My account", "Please help", sender=VICTIM))
    await wait_for(lambda: len(rig.sink.mails) == 1)
    [t] = await rig.tickets()
    return t.number, rig.sink.mails[0]


async def test_forged_reply_with_the_tag_and_the_victims_from_opens_a_new_ticket(
    rig: Rig,
) -> None:
    number, _ = await victims_ticket(rig)
    await rig.store.close(number)
    forged = mail(f"Re: [{number}] My account", "Send the new password to me", sender=VICTIM)
    await rig.send(forged, sender="mallory@evil.example")
    t = await rig.store.get(number)
    assert t is not None and t.status == "closed" and len(t.thread) == 2  # untouched, not reopened
    tickets = await rig.tickets()
    assert len(tickets) == 2
    other = next(x for x in tickets if x.number != number)
    assert other.note is not None and number in other.note  # agents see what it claimed


async def test_reply_that_proves_itself_joins_the_ticket(rig: Rig) -> None:
    number, answer = await victims_ticket(rig)
    # 1. Naming our Message-ID (what every mail client does when answering).
    await rig.send(
        mail(
            f"Re: [{number}] My account",
            "first answer",
            sender=VICTIM,
            In_Reply_To=str(answer["Message-ID"]),
        )
    )
    # 2. Sent to the signed reply address, even with the subject tag removed.
    reply_to = answer["Reply-To"].addresses[0].addr_spec
    assert reply_to.startswith("support+") and number in reply_to
    await rig.send(mail("no tag here", "second answer", sender=VICTIM), to=[reply_to])
    t = await rig.store.get(number)
    assert t is not None
    assert [e["text"] for e in t.thread][-2:] == ["first answer", "second answer"]
    assert len(await rig.tickets()) == 1
    # A reply address with a forged signature is accepted as mail, but proves nothing.
    local, _, domain = reply_to.partition("@")
    forged_to = f"{local.rpartition('.')[0]}.{'0' * 16}@{domain}"
    await rig.send(mail("Re: hi", "third", sender=VICTIM), to=[forged_to])
    assert len(await rig.tickets()) == 2


async def test_forged_bounce_does_not_silence_the_victim(rig: Rig) -> None:
    number, answer = await victims_ticket(rig)
    dsn = delivery_report("victim@example.com", subject=f"Undelivered: [{number}] My account")
    await rig.send(dsn, sender="")  # null sender, to the plain support address
    t = await rig.store.get(number)
    assert t is not None and t.mail_failed is None
    # ... and a forged Message-ID in the returned headers proves nothing either.
    fake_id = str(answer["Message-ID"]).replace(str(answer["Message-ID"])[-30:-26], "aaaa")
    await rig.send(delivery_report("victim@example.com", original_id=fake_id), sender="")
    t = await rig.store.get(number)
    assert t is not None and t.mail_failed is None
    # So the agent's answer is still mailed.
    mailed = await rig.store.add_agent_reply(number, agent_id="1", agent_name="A", text="Done")
    from chat_server.tickets import TicketMailer

    assert await TicketMailer(rig.redis, SETTINGS, rig.store).agent_reply(*mailed)


async def test_genuine_bounces_still_mark_the_address(rig: Rig) -> None:
    number, _ = await victims_ticket(rig)
    # 1. To our signed return path (VERP), as a real MTA sends it.
    return_path = rig.sink.recorder.envelopes[0][0]
    assert return_path.startswith("support+bounce.")
    await rig.send(delivery_report("victim@example.com"), sender="", to=[return_path])
    t = await rig.store.get(number)
    assert t is not None and t.mail_failed is not None
    # 2. Quoting our Message-ID in the returned headers, to the plain address.
    await rig.send(mail("Other", "help", sender="other@example.com"))
    await wait_for(lambda: len(rig.sink.mails) == 2)
    other = next(x for x in await rig.tickets() if x.email == "other@example.com")
    report = delivery_report("other@example.com", original_id=str(rig.sink.mails[1]["Message-ID"]))
    await rig.send(report, sender="")
    t2 = await rig.store.get(other.number)
    assert t2 is not None and t2.mail_failed is not None


def delivery_report(
    recipient: str,
    *,
    subject: str = "Undelivered Mail Returned to Sender",
    original_id: str | None = None,
) -> EmailMessage:
    """An RFC 3464 delivery status notification as MTAs send them."""
    returned = (
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {original_id}\r\nTo: {recipient}\r\nSubject: x\r\n\r\n"
        if original_id
        else ""
    )
    raw = (
        "From: MAILER-DAEMON@mx.example.net\r\n"
        f"To: {SUPPORT}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        f"{returned}--B--\r\n"
    )
    msg = BytesParser(policy=policy.default).parsebytes(raw.encode())
    assert isinstance(msg, EmailMessage)
    return msg


# -- a huge mail does not stall the inbound server -------------------------------------------


@pytest.fixture
def inbound_proc(redis_proc: RedisServer) -> Iterator[int]:
    port = free_port()
    env = {
        **os.environ,
        "LIVECHAT_ENV": "test",
        "REDIS_URL": redis_proc.url,
        "INBOUND_SMTP_PORT": str(port),
        "HOST": "127.0.0.1",
        "SECRET_KEY": "test-secret-key-0123456789abcdef",
        "PYTHONUNBUFFERED": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "chat_server.cli", "inbound"],
        cwd=repo_root(),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, timeout=30, proc=proc)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def huge_html_mail() -> bytes:
    block = "<div class='x'>hello <b>world</b> &amp; more</div>\n" * 180_000  # ~9 MB
    return (
        "From: big@example.com\nTo: " + SUPPORT + "\nSubject: big\n"
        "Content-Type: text/html; charset=utf-8\n\n<html><body>" + block + "</body></html>"
    ).encode()


async def test_huge_html_mail_does_not_stall_other_senders(
    inbound_proc: int, redis_client: aioredis.Redis
) -> None:
    raw = huge_html_mail()
    assert len(raw) > 8_000_000

    def send_big() -> None:
        # Its own thread: pushing 9 MB through this test's event loop would stall the NOOP
        # timings below on the client's side (seen under CI load), not the server's.
        with smtplib.SMTP("127.0.0.1", inbound_proc, timeout=60) as client:
            client.sendmail("big@example.com", [SUPPORT], raw.replace(b"\n", b"\r\n"))

    big = asyncio.create_task(asyncio.to_thread(send_big))
    latencies: list[float] = []
    async with aiosmtplib.SMTP(
        hostname="127.0.0.1", port=inbound_proc, start_tls=False, timeout=30
    ) as smtp:
        while not big.done():
            started = time.monotonic()
            await smtp.noop()
            latencies.append(time.monotonic() - started)
            await asyncio.sleep(0.02)
        await big
        # A small mail on the second connection goes through as well.
        small = mail("small", "hi", sender="small@example.com")
        await smtp.send_message(small)
    assert len(latencies) >= 5, "the big mail was handled before we could measure"
    assert max(latencies) < 0.5, f"the server stalled for {max(latencies):.2f} s"
    store = TicketStore(redis_client, SETTINGS)
    tickets = await store.list()
    assert {t.email for t in tickets} == {"big@example.com", "small@example.com"}
    big_ticket = next(t for t in tickets if t.email == "big@example.com")
    full = await store.get(big_ticket.number)
    assert full is not None and full.thread[0]["truncated"] is True
    assert mail_domain(SETTINGS)  # the settings the server ran with have a mail domain
