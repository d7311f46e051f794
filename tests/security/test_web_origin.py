"""Defect 7: a page on another site cannot act as a signed-in agent: state changes check
Origin/Referer against the agents' origins and take JSON only; the widget's ALLOWED_ORIGINS do
not open /agent; the session cookie is SameSite=Strict, HttpOnly, Secure behind TLS; the
console gets a strict Content-Security-Policy."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis
import socketio
from aiohttp import web
from aiohttp.test_utils import TestClient

from chat_server.agents import AgentStore
from chat_server.config import Settings
from chat_server.tickets import TicketStore
from tests.security.web_support import PASSWORD, base_url, origin_of, web_client
from tests.support.procs import RedisServer

EVIL = "https://evil.example"
PORTAL = "https://portal.example"  # where the widget is embedded (ALLOWED_ORIGINS)
CONSOLE_SRC = Path(__file__).resolve().parents[2] / "console" / "src"


@pytest.fixture
async def client(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    async with web_client(
        redis_proc.url,
        allowed_origins=(PORTAL,),
        agent_origins=("https://console.example",),
    ) as c:
        yield c


async def _token(client: TestClient[web.Request, web.Application]) -> str:
    resp = await client.post(
        "/api/login",
        json={"email": "anna@oca.test", "password": PASSWORD},
        headers={"Origin": origin_of(client)},
    )
    assert resp.status == 200, await resp.text()
    client.session.cookie_jar.clear()  # each request below says which cookie it sends
    token: str = (await resp.json())["token"]
    return token


async def test_cross_site_text_plain_reply_with_the_cookie_is_refused(
    client: TestClient[web.Request, web.Application], redis_client: aioredis.Redis
) -> None:
    token = await _token(client)
    tickets = TicketStore(redis_client, Settings(secret_key="k" * 32))
    ticket = await tickets.create(subject="Card charged twice", email="c@example.com")
    url = f"/api/tickets/{ticket.number}/reply"
    cookie = {"Cookie": f"lc_agent={token}"}
    body = '{"text": "Please send your password to evil.example"}'
    # What a hostile page's <form enctype="text/plain"> or no-cors fetch sends.
    for headers in (
        {"Origin": EVIL, "Content-Type": "text/plain"},
        {"Origin": PORTAL, "Content-Type": "text/plain"},  # the widget's site is no agent
        {"Origin": EVIL, "Content-Type": "application/json"},
        {"Referer": f"{EVIL}/page", "Content-Type": "text/plain"},
        {"Content-Type": "text/plain"},  # Origin stripped (privacy proxies): cookie refused
        {"Content-Type": "application/json"},
        {"Origin": origin_of(client), "Content-Type": "text/plain"},  # no JSON: refused too
        {"Origin": "null", "Content-Type": "application/json"},  # sandboxed frame
    ):
        resp = await client.post(url, data=body, headers={**cookie, **headers})
        assert resp.status in {403, 415}, (headers, resp.status, await resp.text())
        assert (await resp.json())["error"]["code"] in {
            "forbidden_origin",
            "unsupported_media_type",
        }
    for path in (f"/api/tickets/{ticket.number}/close", "/api/logout"):
        resp = await client.post(
            path, data="{}", headers={**cookie, "Origin": EVIL, "Content-Type": "text/plain"}
        )
        assert resp.status == 403, path
    untouched = await tickets.get(ticket.number)
    assert untouched is not None and untouched.thread == [] and untouched.status == "open"
    # Still signed in: the refused logout did not sign Anna out.
    assert (await client.get("/api/me", headers=cookie)).status == 200

    # The console itself (own origin, JSON), and the agents' other origin, are served.
    for origin in (origin_of(client), "https://console.example"):
        resp = await client.post(
            url, json={"text": "We refunded it."}, headers={**cookie, "Origin": origin}
        )
        assert resp.status == 200, (origin, await resp.text())
    # A script with the bearer token (no cookie, no Origin) is an API client.
    resp = await client.post(
        url, json={"text": "Anything else?"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert resp.status == 200


async def test_sign_in_from_another_site_is_refused(
    client: TestClient[web.Request, web.Application],
) -> None:
    for headers, body in (
        ({"Origin": EVIL, "Content-Type": "application/json"}, None),
        ({"Origin": origin_of(client), "Content-Type": "text/plain"}, None),
        ({"Content-Type": "application/x-www-form-urlencoded"}, "email=a&password=b"),
    ):
        data = body or json.dumps({"email": "anna@oca.test", "password": PASSWORD})
        resp = await client.post("/api/login", data=data, headers=headers)
        assert resp.status in {403, 415}, headers
        assert "Set-Cookie" not in resp.headers


async def test_widget_origins_do_not_open_the_agent_namespace(
    client: TestClient[web.Request, web.Application],
) -> None:
    token = await _token(client)
    url = base_url(client)
    for origin, allowed in ((PORTAL, False), (EVIL, False), ("https://console.example", True)):
        sio = socketio.AsyncClient(reconnection=False)
        try:
            await sio.connect(
                url,
                namespaces=["/agent"],
                auth={"token": token},
                headers={"Origin": origin},
                transports=["websocket"],
                wait_timeout=5,
            )
            connected = "/agent" in sio.namespaces
        except socketio.exceptions.ConnectionError:
            connected = False
        finally:
            await sio.disconnect()
        assert connected is allowed, origin
    # The portal still opens the customers' namespace.
    sio = socketio.AsyncClient(reconnection=False)
    try:
        await sio.connect(
            url,
            namespaces=["/chat"],
            headers={"Origin": PORTAL},
            transports=["websocket"],
            wait_timeout=5,
        )
        assert "/chat" in sio.namespaces
    finally:
        await sio.disconnect()


def _cookie_attrs(set_cookie: str) -> set[str]:
    return {part.strip().split("=")[0].lower() for part in set_cookie.split(";")[1:]}


async def test_session_cookie_flags(redis_proc: RedisServer, redis_client: aioredis.Redis) -> None:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    login = {"email": "anna@oca.test", "password": PASSWORD}
    # The test client (127.0.0.1) plays our TLS-terminating proxy.
    async with web_client(redis_proc.url, trusted_proxies=("127.0.0.1/32",)) as c:
        for headers, secure in (
            ({}, False),  # plain HTTP on a test/dev machine
            ({"X-Forwarded-Proto": "https"}, True),
            ({"Forwarded": "for=198.51.100.7;proto=https"}, True),
            ({"X-Forwarded-Proto": "http"}, False),
        ):
            resp = await c.post("/api/login", json=login, headers=headers)
            c.session.cookie_jar.clear()
            attrs = _cookie_attrs(resp.headers["Set-Cookie"])
            assert {"httponly", "samesite"} <= attrs
            assert "samesite=strict" in resp.headers["Set-Cookie"].lower().replace(" ", "")
            assert ("secure" in attrs) is secure, headers
    # Not our proxy: its X-Forwarded-Proto is not believed.
    async with web_client(redis_proc.url, trusted_proxies=("10.0.0.0/8",)) as c:
        resp = await c.post("/api/login", json=login, headers={"X-Forwarded-Proto": "https"})
        assert "secure" not in _cookie_attrs(resp.headers["Set-Cookie"])
    # Production: always Secure, unless explicitly turned off.
    async with web_client(redis_proc.url, env="production") as c:
        resp = await c.post("/api/login", json=login)
        assert "secure" in _cookie_attrs(resp.headers["Set-Cookie"])
    async with web_client(redis_proc.url, env="production", cookie_secure=False) as c:
        resp = await c.post("/api/login", json=login)
        assert "secure" not in _cookie_attrs(resp.headers["Set-Cookie"])


async def test_console_has_a_strict_content_security_policy(
    client: TestClient[web.Request, web.Application],
) -> None:
    for path in ("/console", "/console/app.js"):
        resp = await client.get(path)
        csp = resp.headers["Content-Security-Policy"]
        directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
        assert directives["script-src"] == ["'self'"]
        assert directives["style-src"] == ["'self'"]
        assert directives["frame-ancestors"] == ["'none'"]
        assert directives["object-src"] == ["'none'"]
        assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
        assert resp.headers["X-Frame-Options"] == "DENY"
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        assert resp.headers["Referrer-Policy"] == "same-origin"
    # The console's page works under it: no inline script, style or handler.
    page = (CONSOLE_SRC / "index.html").read_text()
    assert all(m.group(1) for m in re.finditer(r"<script([^>]*\bsrc=)?", page))
    assert "<style" not in page and not re.search(r"\s(on\w+|style)=", page)
    source = (CONSOLE_SRC / "app.js").read_text()
    assert not re.search(r"\beval\(|new Function\(|setAttribute\(\s*'style'", source)
