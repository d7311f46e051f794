"""The real aiohttp app (init_app) on a loopback port, for the web, auth and deployment tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from chat_server.app import init_app
from chat_server.config import Settings

SECRET = "s" * 40
PASSWORD = "correct horse battery"


@asynccontextmanager
async def web_client(
    redis_url: str, **settings: Any
) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    """A real HTTP client talking to the whole app (Socket.IO included) over TCP."""
    values: dict[str, Any] = {"env": "test", "redis_url": redis_url, "secret_key": SECRET}
    values.update(settings)
    client = TestClient(TestServer(init_app(Settings(**values))))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


def base_url(client: TestClient[web.Request, web.Application]) -> str:
    return str(client.make_url("")).rstrip("/")


def origin_of(client: TestClient[web.Request, web.Application]) -> str:
    """The server's own origin, as a browser on the console page would send it."""
    return base_url(client)
