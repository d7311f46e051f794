"""The development mail catcher: an SMTP server on 1025 that keeps mail in Redis for /dev/mail
(`chat_server.http.devmail`).

Used by `make run` when SMTP_HOST is not set, so the whole ticket flow can be watched on one
machine. Caught mail lives in ``lc:devmail:*`` (its keys are spelled here only) for a day,
newest 200 kept.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import cast

import redis.asyncio as aioredis
from aiosmtpd.smtp import SMTP, Envelope, Session

from chat_server.config import Settings
from chat_server.smtp.serve import envelope_bytes, serve_until_signalled
from chat_server.store import client as redis_client

log = logging.getLogger("chat_server.smtp.catcher")

DEVMAIL_INDEX = "lc:devmail:index"
DEVMAIL_TTL_S = 86400
DEVMAIL_KEEP = 200
MAX_RAW_CHARS = 200_000


def _mail_key(mail_id: str) -> str:
    return f"lc:devmail:{mail_id}"


def _parts(msg: EmailMessage) -> tuple[str, str]:
    text = html_part = ""
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError):
            continue
        if part.get_content_type() == "text/plain" and not text:
            text = str(content)
        elif part.get_content_type() == "text/html" and not html_part:
            html_part = str(content)
    return text, html_part


async def store_caught(
    redis: aioredis.Redis, mail_from: str, rcpt_tos: list[str], raw: bytes
) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    text, html_part = _parts(msg)
    mail_id = uuid.uuid4().hex
    now = time.time()
    fields = {
        "id": mail_id,
        "ts": repr(now),
        "mail_from": mail_from,
        "rcpt_tos": ", ".join(rcpt_tos),
        "from": str(msg.get("From", "")),
        "to": str(msg.get("To", "")),
        "subject": str(msg.get("Subject", "")),
        "message_id": str(msg.get("Message-ID", "")),
        "in_reply_to": str(msg.get("In-Reply-To", "")),
        "references": str(msg.get("References", "")),
        "auto_submitted": str(msg.get("Auto-Submitted", "")),
        "text": text,
        "html": html_part,
        "raw": raw.decode("utf-8", "replace")[:MAX_RAW_CHARS],
    }
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(_mail_key(mail_id), mapping=fields)  # type: ignore[arg-type]
        pipe.expire(_mail_key(mail_id), DEVMAIL_TTL_S)
        pipe.zadd(DEVMAIL_INDEX, {mail_id: now})
        pipe.zremrangebyrank(DEVMAIL_INDEX, 0, -DEVMAIL_KEEP - 1)
        pipe.expire(DEVMAIL_INDEX, DEVMAIL_TTL_S)
        await pipe.execute()
    return mail_id


async def caught_mail(redis: aioredis.Redis, limit: int = 50) -> list[dict[str, str]]:
    """Newest first."""
    ids = await redis.zrevrange(DEVMAIL_INDEX, 0, limit - 1)
    out: list[dict[str, str]] = []
    for mail_id in ids:
        item = cast(dict[str, str], await redis.hgetall(_mail_key(str(mail_id))))
        if item:
            out.append(item)
    return out


class CatcherHandler:
    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        try:
            await store_caught(
                self.redis,
                str(envelope.mail_from or ""),
                list(envelope.rcpt_tos),
                envelope_bytes(envelope) or b"",
            )
        except Exception:
            log.exception("mail catcher: could not store mail")
            return "451 4.3.0 Temporary failure"
        return "250 2.0.0 OK caught"


async def start_mail_catcher(
    redis: aioredis.Redis, port: int = 1025, host: str = "127.0.0.1"
) -> asyncio.Server:
    handler = CatcherHandler(redis)
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        lambda: SMTP(handler, enable_SMTPUTF8=True, hostname="localhost", loop=loop), host, port
    )


async def run_mail_catcher(
    settings: Settings, port: int = 1025, *, stop: asyncio.Event | None = None
) -> None:
    redis = redis_client(settings.redis_url, decode_responses=True)
    server = await start_mail_catcher(redis, port)
    log.info("mail catcher listening", extra={"port": port})
    try:
        await (stop or asyncio.Event()).wait()
    finally:
        server.close()
        await server.wait_closed()
        await redis.aclose()


def main(settings: Settings, port: int = 1025) -> int:
    """Entry point for `make run`'s mail catcher."""
    return serve_until_signalled(
        lambda stop: run_mail_catcher(settings, port, stop=stop), "mail catcher"
    )
