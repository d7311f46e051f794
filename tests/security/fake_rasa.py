"""A stand-in for Rasa's livechat webhook on 127.0.0.1 (a real HTTP server) for tests that
need the bot to be slow or to send a custom payload on cue; the real bot is covered by
tests/integration/test_bot_through_server.py."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from tests.support.procs import free_port


class FakeRasa:
    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.port = free_port()
        self.received: list[str] = []
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _webhook(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        text = str(body.get("message", ""))
        self.received.append(text)
        await asyncio.sleep(self.delay_s)
        if text.lower().startswith("you idiot"):
            return web.json_response(
                {"messages": [{"text": "Please stay respectful."}, {"custom": {"limit": True}}]}
            )
        if text.lower().startswith("status "):
            number = text.split()[-1]
            return web.json_response({"messages": [{"custom": {"ticket_status": number}}]})
        return web.json_response({"messages": [{"text": f"bot heard {len(text)} characters"}]})

    async def __aenter__(self) -> FakeRasa:
        app = web.Application()
        app.router.add_post("/webhooks/livechat/webhook", self._webhook)
        app.router.add_get("/", lambda _: web.Response(text="ok"))
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
