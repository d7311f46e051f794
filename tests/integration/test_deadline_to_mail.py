"""End to end: a chat walked through the deadline into a ticket whose mail has no raw secret."""

from __future__ import annotations

import re

import redis.asyncio as aioredis

from redaction.testing import find_raw_secrets
from tests.integration.conftest import node_mailing_to
from tests.integration.test_tickets_helpers import SmtpSink, text_of, wait_for
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import signed_identity

CARD = "5555 5555 5555 4444"


async def test_deadline_ticket_mail_arrives_masked(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    sink = await SmtpSink().start()
    node = node_mailing_to(redis_proc.url, sink.port)
    try:
        identity = signed_identity("kim@example.com", "Kim Kunde")
        customer = CustomerClient(node.url)
        await customer.connect(identity=identity)
        await customer.say(f"I was charged twice on my card {CARD}, exp 12/27, cvc 123")
        assert (await customer.call("handoff"))["ok"]
        state = await customer.wait_for("state", lambda s: s["state"] == "ticket", timeout=10)
        number = state["ticket"]["number"]
        await wait_for(lambda: len(sink.mails) >= 1, timeout=10)
        mail = sink.mails[0]
        assert f"[{number}]" in str(mail["Subject"])
        assert mail["To"].addresses[0].addr_spec == "kim@example.com"
        assert mail["Auto-Submitted"] is not None and mail["Message-ID"]
        body = text_of(mail) + text_of(mail, "html")
        assert "charged twice" in body  # the transcript is there ...
        digits = re.sub(r"\D", "", body)
        assert "5555555555554444" not in digits and CARD not in body  # ... without the card
        assert "123" not in re.findall(r"\b\d{3}\b", text_of(mail))
        assert await find_raw_secrets(redis_client, [CARD]) == []
        await customer.close()
    finally:
        node.stop()
        await sink.stop()
