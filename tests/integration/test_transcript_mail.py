"""End to end (issue 14): `close {"transcript": true}` mails the chat's redacted transcript in
the customer's language to the portal-verified address; a typed address gets none."""

from __future__ import annotations

from tests.integration.conftest import node_mailing_to
from tests.integration.test_tickets_helpers import SmtpSink, text_of, wait_for
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import signed_identity

CARD = "5555 5555 5555 4444"


async def test_close_with_transcript_mails_it_to_the_verified_address(
    redis_proc: RedisServer,
) -> None:
    sink = await SmtpSink().start()
    node = node_mailing_to(redis_proc.url, sink.port)
    try:
        identity = signed_identity("kim@example.com", "Kim Kunde")
        customer = CustomerClient(node.url)
        await customer.connect(identity=identity, locale="de-DE")
        await customer.say(f"Meine Karte {CARD} wurde doppelt belastet")
        ack = await customer.call("close", {"transcript": True})
        assert ack["ok"] and ack["transcript"] == {"email": "kim@example.com"}
        await wait_for(lambda: len(sink.mails) >= 1, timeout=10)
        mail = sink.mails[0]
        assert str(mail["Subject"]) == "Ihr Chatverlauf"
        assert mail["To"].addresses[0].addr_spec == "kim@example.com"
        body = text_of(mail)
        assert "doppelt belastet" in body and CARD not in body
        await customer.close()

        typed = CustomerClient(node.url)
        await typed.connect()
        await typed.say("hello")
        assert (await typed.call("contact", {"email": "anyone@example.com"}))["ok"]
        refused = await typed.call("close", {"transcript": True})
        assert refused["error"]["code"] == "not_verified"
        assert typed.events["state"] == [] or typed.events["state"][-1]["state"] != "closed"
        assert (await typed.call("close", {"transcript": "yes"}))["error"]["code"] == (
            "invalid_payload"
        )
        await typed.close()
        assert len(sink.mails) == 1
    finally:
        node.stop()
        await sink.stop()
