"""HTTP: health, readiness, metrics, agent login, agents' read API, and the two front-ends."""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
from pathlib import Path
from typing import Any

import yaml
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from chat_server import metrics
from chat_server.agents import COOKIE_NAME, remaining_s, token_digest
from chat_server.appkeys import AGENT_SESSION_ENDERS, REDIS, SERVICES, SETTINGS
from chat_server.client_address import client_address
from chat_server.errors import ERROR_TEXT, ServiceError
from chat_server.http.auth import require_agent, token_from_request
from chat_server.http.bodies import Login, json_error, read_body
from chat_server.http.guard import cookie_secure
from chat_server.security import AGENT_TOKEN_TTL_S, agent_claims, agent_token, identity_signature

log = logging.getLogger("chat_server.http")

REPO = Path(__file__).resolve().parents[2]
WIDGET_DIST = REPO / "widget" / "dist"
CONSOLE_DIST = REPO / "console" / "dist"
DEMO_PAGE = REPO / "widget" / "demo" / "index.html"
CANNED_FILE = Path(os.environ.get("CANNED_RESPONSES_FILE", REPO / "chat_server" / "canned.yml"))
DEMO_CUSTOMER = {"name": "Anna Demo", "email": "anna.demo@example.com"}
CONVERSATION_ID = re.compile(r"[0-9a-f]{32}")

routes = web.RouteTableDef()


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True, "node": request.app[SETTINGS].node_id})


@routes.get("/readyz")
async def readyz(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    try:
        redis_ok = bool(await request.app[REDIS].ping())
    except Exception:
        redis_ok = False
    bot_ok = await services.bot.alive()
    body: dict[str, Any] = {"ok": redis_ok, "redis": redis_ok, "bot": bot_ok}
    if redis_ok:
        # A note, not a failure: a node is still ready while Redis fills up.
        body["redis_memory"] = await _redis_memory(request)
    return web.json_response(body, status=200 if redis_ok else 503)


async def _redis_memory(request: web.Request) -> dict[str, Any]:
    try:
        return await metrics.observe_redis_memory(
            request.app[REDIS], request.app[SETTINGS].redis_memory_warn_ratio
        )
    except Exception:  # INFO refused (e.g. renamed away): the rest still answers
        log.warning("could not read Redis memory", exc_info=True)
        return {"warning": "could not read Redis memory"}


def _metrics_allowed(request: web.Request) -> bool:
    """Development: open. Otherwise METRICS_TOKEN as a bearer token, or a scraper on this
    machine talking to the node directly (loopback peer, no proxy in between)."""
    settings = request.app[SETTINGS]
    if settings.development:
        return True
    token = settings.metrics_token
    header = request.headers.get("Authorization", "")
    if token and header.startswith("Bearer "):
        return hmac.compare_digest(header[7:].strip().encode(), token.encode())
    proxied = "X-Forwarded-For" in request.headers or "Forwarded" in request.headers
    peer = request.remote or ""
    return not proxied and peer in {"127.0.0.1", "::1"}


@routes.get("/metrics")
async def metrics_view(request: web.Request) -> web.Response:
    if not _metrics_allowed(request):
        refusal = json_error(
            401, "unauthorized", "send METRICS_TOKEN as a bearer token (or scrape from loopback)"
        )
        refusal.headers["WWW-Authenticate"] = "Bearer"
        return refusal
    await _redis_memory(request)
    return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})


@routes.post("/api/login")
async def login(request: web.Request) -> web.Response:
    services = request.app[SERVICES]
    body = await read_body(request, Login)
    email, password = body.email, body.password
    settings = request.app[SETTINGS]
    address = client_address(request.remote, request.headers, settings.trusted_proxy_networks)
    limiter = services.login_limiter
    wait_s = await limiter.wait_s(email, address)
    if wait_s > 0:
        retry = max(1, round(wait_s))
        response = json_error(
            429,
            "rate_limited",
            f"Too many failed sign-ins from here; try again in {retry} seconds.",
        )
        response.headers["Retry-After"] = str(retry)
        return response
    agent = await services.agents.verify_password(email, password)
    if agent is None:
        await limiter.failed(email, address)
        return json_error(401, "unauthorized", "Wrong email or password.")
    await limiter.succeeded(email, address)
    token = agent_token(services.secret, agent.id, agent.version)
    response = web.json_response({"token": token, "agent": agent.public()})
    response.set_cookie(
        COOKIE_NAME,
        token,
        httponly=True,
        samesite="Strict",
        path="/",
        secure=cookie_secure(request, settings),
        max_age=AGENT_TOKEN_TTL_S,
    )
    return response


@routes.post("/api/logout")
async def logout(request: web.Request) -> web.Response:
    """Sign the session's token out on every node (HTTP and open `/agent` sockets) until it
    would have expired anyway, and drop the cookie."""
    services = request.app[SERVICES]
    token = token_from_request(request)
    claims = agent_claims(services.secret, token)
    if claims is not None and token is not None:
        digest = token_digest(token)
        await services.agents.revoke_token(digest, remaining_s(claims.expires))
        for end_sessions in request.app[AGENT_SESSION_ENDERS]:
            await end_sessions(digest)  # this node's sockets now; other nodes' within seconds
    response = web.json_response({"ok": True})
    response.del_cookie(COOKIE_NAME, path="/")
    return response


@routes.get("/api/me")
async def me(request: web.Request) -> web.Response:
    agent = await require_agent(request)
    return web.json_response({"agent": agent.public(), "presence": agent.presence})


@routes.get("/api/conversations/{conversation_id}")
async def conversation(request: web.Request) -> web.Response:
    await require_agent(request)
    conversation_id = request.match_info["conversation_id"]
    # Only a real id may become a key: `<id>:log` would read another key family.
    if not CONVERSATION_ID.fullmatch(conversation_id):
        return json_error(404, "not_found", ERROR_TEXT["not_found"])
    try:
        detail = await request.app[SERVICES].conversations.conversation_detail(conversation_id)
    except ServiceError as exc:
        return json_error(404, exc.code, exc.message)
    return web.json_response(detail)


def load_canned(path: Path = CANNED_FILE) -> list[dict[str, str]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
    items = raw.get("responses", []) if isinstance(raw, dict) else raw or []
    return [
        {
            "shortcut": str(i["shortcut"]),
            "title": str(i.get("title", i["shortcut"])),
            "text": str(i["text"]),
        }
        for i in items
        if isinstance(i, dict) and "shortcut" in i and "text" in i
    ]


@routes.get("/api/canned")
async def canned(request: web.Request) -> web.Response:
    await require_agent(request)
    return web.json_response({"responses": load_canned()})


def _static(path: Path, content_type: str) -> web.StreamResponse:
    if not path.is_file():
        return web.Response(
            status=503,
            text=f"{path.name} is not built yet: run `make run`.",
            content_type="text/plain",
        )
    return web.FileResponse(
        path, headers={"Content-Type": content_type, "Cache-Control": "no-cache"}
    )


@routes.get("/widget.js")
async def widget_js(request: web.Request) -> web.StreamResponse:
    return _static(WIDGET_DIST / "widget.js", "application/javascript; charset=utf-8")


@routes.get("/")
async def demo_portal(request: web.Request) -> web.Response:
    if not DEMO_PAGE.is_file():
        return web.Response(
            status=503, text="the demo portal is missing", content_type="text/plain"
        )
    secret = request.app[SERVICES].secret
    # A portal signs its signed-in customer server-side; the demo signs a demo customer, and
    # never in production, where anyone could then claim that identity.
    identity: dict[str, str] | None = None
    if request.app[SETTINGS].env != "production":
        identity = dict(DEMO_CUSTOMER, signature=identity_signature(secret, DEMO_CUSTOMER["email"]))
    page = DEMO_PAGE.read_text(encoding="utf-8").replace(
        "__DEMO_IDENTITY__", json.dumps(identity).replace("<", "\\u003c").replace("'", "\\u0027")
    )
    return web.Response(text=page, content_type="text/html")


_TYPES = {
    ".js": "application/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".map": "application/json",
    ".wav": "audio/wav",
    ".mp3": "audio/mpeg",
    ".json": "application/json",
    ".ico": "image/x-icon",
}


@routes.get("/console")
async def console_page(request: web.Request) -> web.StreamResponse:
    return _static(CONSOLE_DIST / "index.html", "text/html; charset=utf-8")


@routes.get("/console/{name:[A-Za-z0-9_.\\-/]+}")
async def console_asset(request: web.Request) -> web.StreamResponse:
    name = request.match_info["name"]
    path = (CONSOLE_DIST / name).resolve()
    if ".." in name or not path.is_relative_to(CONSOLE_DIST.resolve()):
        raise web.HTTPNotFound()
    return _static(path, _TYPES.get(path.suffix, "application/octet-stream"))
