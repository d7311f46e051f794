"""Defect 3 (mail side): the service is no mail relay.

An attacker repeats message -> `contact {email: victim}` -> `ticket` from fresh connections of
a real `livechat serve`. The victim gets at most MAIL_UNVERIFIED_PER_HOUR mails an hour, and
none carries a word or a name the attacker typed (subject, body, display name). A signed
portal identity still gets its transcript and its own subject.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets import TicketStore
from tests.integration.conftest import SERVER_ENV
from tests.integration.test_tickets_helpers import SmtpSink, text_of, wait_for
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess, signed_identity

SPAM = "Cheap pills at pills.example, click now"
VICTIM = "victim@example.com"


@pytest.fixture
async def sink() -> AsyncIterator[SmtpSink]:
    s = await SmtpSink().start()
    yield s
    await s.stop()


async def test_typed_address_gets_few_mails_and_none_of_the_senders_words(
    redis_proc: RedisServer, redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    node = ChatServerProcess(
        redis_proc.url,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(sink.port),
        SMTP_STARTTLS="false",
        MAIL_UNVERIFIED_PER_HOUR="2",
        **SERVER_ENV,
    )
    node.start()
    try:
        numbers = []
        for _ in range(5):
            attacker = CustomerClient(node.url)
            await attacker.connect()
            assert (await attacker.say(SPAM))["ok"]
            assert (
                await attacker.call("contact", {"email": VICTIM, "name": "Visit pills.example"})
            )["ok"]
            ack = await attacker.call("ticket")
            assert ack["ok"], ack  # the attacker learns nothing from the ack
            numbers.append(ack["ticket"]["number"])
            await attacker.close()
        await wait_for(lambda: len(sink.mails) >= 2, timeout=10)
        for mail in sink.mails:
            raw = mail.as_string()
            assert "pills" not in raw.lower() and "click now" not in raw
            assert mail["To"].addresses[0].display_name == ""
            assert str(mail["Subject"]).endswith("We received your request")
        # Only the first two mails went out; every ticket exists for agents.
        await wait_for(lambda: "hourly limit" in node.log(), timeout=5)
        assert len(sink.mails) == 2
        store = TicketStore(redis_client, Settings(env="test"))
        for number in numbers:
            t = await store.get(number)
            assert t is not None and t.email == VICTIM and t.email_verified is False
    finally:
        node.stop()


async def test_signed_identity_gets_its_transcript_and_subject(
    redis_proc: RedisServer, redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    node = ChatServerProcess(
        redis_proc.url,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(sink.port),
        SMTP_STARTTLS="false",
        **SERVER_ENV,
    )
    node.start()
    try:
        email = "kim@example.com"
        customer = CustomerClient(node.url)
        identity = signed_identity(email, "Kim Kunde")
        await customer.connect(identity=identity)
        assert (await customer.say("Invoice 2231 is wrong"))["ok"]
        ack = await customer.call("ticket")
        assert ack["ok"]
        await wait_for(lambda: len(sink.mails) == 1, timeout=10)
        mail = sink.mails[0]
        assert "Invoice 2231 is wrong" in str(mail["Subject"])
        assert "Invoice 2231 is wrong" in text_of(mail)
        assert mail["To"].addresses[0].display_name == "Kim Kunde"
        t = await TicketStore(redis_client, Settings(env="test")).get(ack["ticket"]["number"])
        assert t is not None and t.email_verified is True
        await customer.close()
    finally:
        node.stop()
