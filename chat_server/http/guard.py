"""What every HTTP request passes before a handler: where it came from, whether it may change
anything, and the headers that keep browsers from misusing the answer.

- State-changing requests (POST, PUT, PATCH, DELETE) to the service's own endpoints must come
  from an agent origin (`Origin`, else `Referer`): the server's own origin or AGENT_ORIGINS,
  never the widget's ALLOWED_ORIGINS. With neither header a request is let through only when it
  carries no session cookie (scripts and API clients, who sign in with a bearer token or not at
  all); browsers always send `Origin` on a cross-site POST.
- Unless they carry an `Authorization` header, they must be `Content-Type: application/json`
  (an HTML form cannot send either cross-site without a CORS preflight we never answer).
- The console gets a strict Content-Security-Policy; every answer gets nosniff,
  Referrer-Policy and, for the console and the API, no framing.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

from chat_server.agents import COOKIE_NAME
from chat_server.agents.origins import agent_origin_allowed, request_host
from chat_server.appkeys import SETTINGS
from chat_server.config import Settings
from chat_server.http.auth import bearer_token
from chat_server.http.bodies import json_error

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Engine.IO long-polling posts text/plain frames; the Socket.IO server checks their origin.
EXEMPT_PREFIXES = ("/socket.io/",)

CONSOLE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; media-src 'self'; connect-src 'self'{ws}; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def request_scheme(request: web.Request, settings: Settings) -> str:
    """``https`` when the browser spoke TLS: to us directly, or to a trusted proxy that says so
    (``X-Forwarded-Proto`` or ``Forwarded: proto=``; the client-facing, leftmost value)."""
    if request.secure:
        return "https"
    if not _peer_trusted(request.remote, settings):
        return request.scheme  # not one of our proxies: its headers mean nothing
    forwarded = request.headers.get("Forwarded", "")
    for pair in forwarded.split(",", 1)[0].split(";"):
        name, _, value = pair.partition("=")
        if name.strip().lower() == "proto":
            return "https" if value.strip().strip('"').lower() == "https" else "http"
    proto = request.headers.get("X-Forwarded-Proto", "").split(",", 1)[0].strip().lower()
    return "https" if proto == "https" else request.scheme


def _peer_trusted(peer: str | None, settings: Settings) -> bool:
    try:
        addr = ipaddress.ip_address(peer or "")
    except ValueError:
        return False
    return any(
        addr.version == net.version and addr in net for net in settings.trusted_proxy_networks
    )


def _origin_of(referer: str) -> str | None:
    try:
        parts = urlsplit(referer)
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


def cookie_secure(request: web.Request, settings: Settings) -> bool:
    """Secure on the session cookie: SESSION_COOKIE_SECURE when set, always in production,
    else whenever the browser reached us over TLS."""
    if settings.cookie_secure is not None:
        return settings.cookie_secure
    return settings.production or request_scheme(request, settings) == "https"


def _cross_site_refusal(request: web.Request, settings: Settings) -> web.Response | None:
    origin = request.headers.get("Origin")
    if origin is None:
        referer = request.headers.get("Referer")
        if referer is not None:
            origin = _origin_of(referer) or "null"
    if origin is not None:
        if not agent_origin_allowed(origin, request.headers, settings):
            return json_error(
                403, "forbidden_origin", "This request did not come from the support console."
            )
    elif COOKIE_NAME in request.cookies and bearer_token(request) is None:
        return json_error(
            403,
            "forbidden_origin",
            "A request with the session cookie must say where it came from (Origin).",
        )
    content_type = request.headers.get("Content-Type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    if media != "application/json":
        # Calls with an Authorization header are API clients': no form or cross-site page
        # can send that header without a preflight; their handlers judge the body.
        if bearer_token(request) is None:
            return json_error(
                415, "unsupported_media_type", "Send the body as Content-Type: application/json."
            )
    return None


@web.middleware
async def request_guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse cross-site and non-JSON state changes, then add the security headers."""
    settings = request.app[SETTINGS]
    if request.method in UNSAFE_METHODS and not request.path.startswith(EXEMPT_PREFIXES):
        refusal = _cross_site_refusal(request, settings)
        if refusal is not None:
            _add_headers(request, refusal)
            return refusal
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        if (
            exc.status >= 400
            and exc.content_type != "application/json"
            and request.path.startswith("/api/")
        ):
            response = json_error(exc.status, "http_" + str(exc.status), exc.reason)
            _add_headers(request, response)
            return response
        _add_headers(request, exc)
        raise
    _add_headers(request, response)
    return response


def _add_headers(request: web.Request, response: web.StreamResponse | web.HTTPException) -> None:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    path = request.path
    if path.startswith("/console") or path.startswith("/api/"):
        headers.setdefault("X-Frame-Options", "DENY")
    if path == "/console" or path.startswith("/console/"):
        host = request_host(request.headers)
        ws = f" ws://{host} wss://{host}" if host else ""
        headers.setdefault("Content-Security-Policy", CONSOLE_CSP.format(ws=ws))
