"""`livechat inbound`: the SMTP server that turns support and feedback mail into tickets and
feedback (`chat_server.tickets.inbound` decides what a mail does).

One process, whatever the number of chat nodes. It accepts RCPT only for the addresses the
mail-in side takes; any error ends in an SMTP reply: 5xx when the mail itself is at fault,
451 when we are (Redis down), so the sending MTA keeps it and tries again; nothing here may
crash the server.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import redis.asyncio as aioredis
from aiosmtpd.smtp import SMTP, Envelope, Session
from redis.exceptions import RedisError

from chat_server.config import Settings
from chat_server.smtp.serve import envelope_bytes, serve_until_signalled
from chat_server.store import client as redis_client
from chat_server.tickets.inbound import InboundMail
from chat_server.tickets.outgoing import mail_domain
from chat_server.tickets.service import TicketService

log = logging.getLogger("chat_server.smtp.inbound")


class InboundHandler:
    """aiosmtpd hooks; every outcome is an SMTP reply, never an exception."""

    def __init__(self, inbound: InboundMail) -> None:
        self.inbound = inbound

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if not self.inbound.accepts(address):
            return "550 5.1.1 Recipient not accepted here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope_bytes(envelope)
        if raw is None:
            return "554 5.6.0 Message refused: no content"
        try:
            return await self.inbound.deliver(
                str(envelope.mail_from or ""), list(envelope.rcpt_tos), raw
            )
        except RedisError:
            log.warning("inbound: redis unavailable, mail deferred")
            return "451 4.3.0 Temporary failure, please try again later"
        except Exception:
            log.exception("inbound: mail could not be processed")
            return "451 4.3.0 Temporary failure, please try again later"


def smtp_factory(
    handler: InboundHandler, settings: Settings, max_bytes: int | None = None
) -> Callable[[], SMTP]:
    loop = asyncio.get_running_loop()

    def make() -> SMTP:
        return SMTP(
            handler,
            # Refused with 552 while it streams in, before anything is parsed.
            data_size_limit=max_bytes or settings.inbound_max_bytes,
            enable_SMTPUTF8=True,
            hostname=mail_domain(settings),
            ident="One Click Actions support",
            timeout=60,
            loop=loop,
        )

    return make


async def start_inbound_server(
    settings: Settings,
    redis: aioredis.Redis,
    *,
    host: str = "0.0.0.0",
    port: int | None = None,
    inbound: InboundMail | None = None,
    max_bytes: int | None = None,
) -> asyncio.Server:
    """Listen for mail on ``port`` (INBOUND_SMTP_PORT); the caller closes the server."""
    handler = InboundHandler(inbound or InboundMail(redis, settings))
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        smtp_factory(handler, settings, max_bytes),
        host,
        settings.inbound_smtp_port if port is None else port,
    )


async def run_inbound(
    settings: Settings, *, host: str | None = None, stop: asyncio.Event | None = None
) -> None:
    """Serve until ``stop`` is set (or the task is cancelled)."""
    redis = redis_client(settings.redis_url, decode_responses=True)
    tickets = TicketService.build(redis, settings)
    # This process sends its automatic answers too; the outbox lease keeps chat nodes'
    # workers from sending them a second time.
    worker = tickets.outbox_worker()
    server = await start_inbound_server(
        settings,
        redis,
        host=host or settings.host,
        inbound=InboundMail(
            redis,
            settings,
            store=tickets.store,
            mailer=tickets.mailer,
            feedback_store=tickets.feedback,
        ),
    )
    log.info("inbound mail server listening", extra={"port": settings.inbound_smtp_port})
    try:
        async with worker.running():
            await (stop or asyncio.Event()).wait()
    finally:
        server.close()
        await server.wait_closed()
        await redis.aclose()


def main(settings: Settings) -> int:
    """Entry point of `livechat inbound`."""
    return serve_until_signalled(
        lambda stop: run_inbound(settings, stop=stop), "inbound mail server"
    )
