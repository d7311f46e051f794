"""Real SMTP servers (aiosmtpd) on loopback for the ticket mail tests; no tests here."""

from __future__ import annotations

import asyncio
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import redis.asyncio as aioredis
from aiosmtpd.smtp import SMTP, Envelope, Session

from chat_server.tickets import Outbox
from tests.support.procs import free_port
from tests.support.waits import wait_until


class Recorder:
    """Takes every mail; refuses RCPT for addresses in ``reject`` with a 550."""

    def __init__(self, reject: set[str] | None = None) -> None:
        self.reject = reject or set()
        self.mails: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address.lower() in self.reject:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        assert isinstance(raw, bytes)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(msg, EmailMessage)
        self.mails.append(msg)
        self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 OK"


class SmtpSink:
    """An aiosmtpd server in this event loop that can be stopped and started on one port."""

    def __init__(self, recorder: Recorder | None = None, port: int | None = None) -> None:
        self.recorder = recorder or Recorder()
        self.port = port or free_port()
        self.server: asyncio.Server | None = None

    async def start(self) -> SmtpSink:
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(
            lambda: SMTP(self.recorder, hostname="sink.test", loop=loop), "127.0.0.1", self.port
        )
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None

    @property
    def mails(self) -> list[EmailMessage]:
        return self.recorder.mails


# The name tests/security and tests/redaction import.
wait_for = wait_until


async def settled_mails(redis: aioredis.Redis, sink: SmtpSink) -> list[EmailMessage]:
    """Every mail the sink will ever get from what is queued now, once the outbox is empty.

    A mail leaves the outbox only after the SMTP server accepted it (or it was given up), and
    the sink keeps a mail before it accepts it: once the outbox is empty, a mail missing from
    the sink is never coming, so its absence can be asserted without a sleep.
    """
    outbox = Outbox(redis)

    async def drained() -> bool:
        return await outbox.pending() == 0

    await wait_until(drained, what="the outbox is empty")
    return list(sink.mails)


def text_of(msg: EmailMessage, subtype: str = "plain") -> str:
    part = msg.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} part"
    content = part.get_content()
    assert isinstance(content, str)
    return content
