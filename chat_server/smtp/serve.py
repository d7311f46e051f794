"""What both SMTP servers share: the bytes of a received mail, and running until a signal."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable

from aiosmtpd.smtp import Envelope

log = logging.getLogger("chat_server.smtp")


def envelope_bytes(envelope: Envelope) -> bytes | None:
    """The mail as received (None when there is no content)."""
    raw = envelope.original_content or envelope.content
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    return bytes(raw) if isinstance(raw, bytes | bytearray) else None


def serve_until_signalled(run: Callable[[asyncio.Event], Awaitable[None]], what: str) -> int:
    """``run(stop)`` in a fresh event loop, ``stop`` set by SIGINT/SIGTERM; 1 when the server
    could not start (its port taken), else 0."""

    async def runner() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run(stop)

    try:
        asyncio.run(runner())
    except OSError as exc:
        log.error("%s could not start: %s", what, exc)
        return 1
    return 0
