"""Which web origins may act as a signed-in agent: the server's own origin (from the Host
header) and AGENT_ORIGINS, never the widget's ALLOWED_ORIGINS. Used by the HTTP request guard
and the `/agent` namespace alike."""

from __future__ import annotations

import re
from typing import Any

from chat_server.config import Settings

_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


def request_host(headers: Any) -> str | None:
    """The Host header when it is a plain host[:port] (it ends up in headers we send)."""
    host = str(headers.get("Host", "")).strip()
    return host.lower() if host and _HOST.match(host) else None


def own_origins(headers: Any) -> set[str]:
    host = request_host(headers)
    # Both schemes: behind a TLS proxy that is not in TRUSTED_PROXIES we cannot tell, and
    # only someone already inside the plain-HTTP connection could send the http one.
    return {f"http://{host}", f"https://{host}"} if host else set()


def agent_origin_allowed(origin: str, headers: Any, settings: Settings) -> bool:
    """May a page from ``origin`` act as a signed-in agent? Own origin or AGENT_ORIGINS."""
    origin = origin.strip().lower().rstrip("/")
    return origin in own_origins(headers) or origin in settings.agent_origins
