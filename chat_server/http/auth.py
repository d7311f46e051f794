"""The agent's session on an HTTP request: the bearer token or the session cookie, and the
check every agent route makes."""

from __future__ import annotations

from aiohttp import web

from chat_server.agents import COOKIE_NAME, Agent, agent_from_token
from chat_server.appkeys import SERVICES
from chat_server.http.bodies import json_error_exception


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header[7:].strip()
    return None


def token_from_request(request: web.Request) -> str | None:
    """The bearer token if the request carries one (then the cookie is not looked at), else
    the session cookie."""
    return bearer_token(request) or request.cookies.get(COOKIE_NAME)


async def require_agent(request: web.Request) -> Agent:
    """The signed-in agent, or 401 with a JSON error."""
    services = request.app[SERVICES]
    agent = await agent_from_token(services.agents, services.secret, token_from_request(request))
    if agent is None:
        raise json_error_exception(web.HTTPUnauthorized, "unauthorized", "sign in as an agent")
    return agent
