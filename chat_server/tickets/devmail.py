"""The development mail catcher: an SMTP server on 1025 that keeps mail in Redis for /dev/mail.

Used by `make run` when SMTP_HOST is not set, so the whole ticket flow can be watched on one
machine. Caught mail lives in ``lc:devmail:*`` for a day, newest 200 kept.
"""

from __future__ import annotations

import asyncio
import html
import logging
import signal
import time
import uuid
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any, cast

import redis.asyncio as aioredis
from aiohttp import web
from aiosmtpd.smtp import SMTP, Envelope, Session

from chat_server.appkeys import REDIS
from chat_server.config import Settings
from chat_server.tickets import keys

log = logging.getLogger("chat_server.tickets.devmail")

DEVMAIL_TTL_S = 86400
DEVMAIL_KEEP = 200
MAX_RAW_CHARS = 200_000


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
        pipe.hset(keys.devmail(mail_id), mapping=fields)  # type: ignore[arg-type]
        pipe.expire(keys.devmail(mail_id), DEVMAIL_TTL_S)
        pipe.zadd(keys.DEVMAIL_INDEX, {mail_id: now})
        pipe.zremrangebyrank(keys.DEVMAIL_INDEX, 0, -DEVMAIL_KEEP - 1)
        pipe.expire(keys.DEVMAIL_INDEX, DEVMAIL_TTL_S)
        await pipe.execute()
    return mail_id


async def caught_mail(redis: aioredis.Redis, limit: int = 50) -> list[dict[str, str]]:
    """Newest first."""
    ids = await redis.zrevrange(keys.DEVMAIL_INDEX, 0, limit - 1)
    out: list[dict[str, str]] = []
    for mail_id in ids:
        item = cast(dict[str, str], await redis.hgetall(keys.devmail(str(mail_id))))
        if item:
            out.append(item)
    return out


class CatcherHandler:
    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        try:
            await store_caught(
                self.redis,
                str(envelope.mail_from or ""),
                list(envelope.rcpt_tos),
                bytes(raw or b""),
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
    redis = aioredis.Redis.from_url(settings.redis_url, decode_responses=True)
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

    async def runner() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run_mail_catcher(settings, port, stop=stop)

    try:
        asyncio.run(runner())
    except OSError as exc:
        log.error("mail catcher could not start: %s", exc)
        return 1
    return 0


# -- /dev/mail ---------------------------------------------------------------------------------


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def render_page(mails: list[dict[str, str]]) -> str:
    """Every value escaped: caught mail is untrusted input shown in a browser."""
    items = []
    for m in mails:
        ts = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(m.get("ts", "0"))))
        headers = "".join(
            f"<tr><th>{_e(label)}</th><td>{_e(m.get(key, ''))}</td></tr>"
            for label, key in (
                ("From", "from"),
                ("To", "to"),
                ("Subject", "subject"),
                ("Message-ID", "message_id"),
                ("In-Reply-To", "in_reply_to"),
                ("Auto-Submitted", "auto_submitted"),
            )
            if m.get(key)
        )
        items.append(
            f"<article><h2>{_e(m.get('subject', '(no subject)'))}</h2>"
            f"<p class=meta>{_e(ts)}</p><table>{headers}</table>"
            f"<pre>{_e(m.get('text', ''))}</pre>"
            f"<details><summary>HTML part (source)</summary><pre>{_e(m.get('html', ''))}</pre>"
            f"</details></article>"
        )
    body = "".join(items) or "<p>No mail caught yet.</p>"
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>Caught mail</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
        "article{border-bottom:1px solid #ccc;padding:1em 0}th{text-align:left;"
        "padding-right:1em}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}"
        ".meta{color:#666}</style></head><body><h1>Caught mail</h1>"
        f"{body}</body></html>"
    )


async def dev_mail_view(request: web.Request) -> web.StreamResponse:
    mails = await caught_mail(request.app[REDIS])
    if request.query.get("format") == "json":
        return web.json_response(
            {"mails": [{k: v for k, v in m.items() if k != "raw"} for m in mails]}
        )
    return web.Response(
        text=render_page(mails),
        content_type="text/html",
        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"},
    )
