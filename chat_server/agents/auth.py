"""Agent authentication: login, signed expiring tokens, and the check every agent route uses."""

from __future__ import annotations

import time

from aiohttp import web

from chat_server.agents.store import Agent, AgentStore
from chat_server.security import agent_claims

COOKIE_NAME = "lc_agent"
LOGIN_WINDOW_S = 300
LOGIN_MAX_ATTEMPTS = 10  # per email and per client address within the window


async def agent_from_token(store: AgentStore, secret: bytes, token: object) -> Agent | None:
    """The enabled agent a token names, if the token is genuine, unexpired and current."""
    claims = agent_claims(secret, token)
    if claims is None:
        return None
    agent = await store.get(claims.agent_id)
    if agent is None or agent.disabled or agent.version != claims.version:
        return None
    return agent


def token_from_request(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header[7:].strip()
    return request.cookies.get(COOKIE_NAME)


async def require_agent(request: web.Request) -> Agent:
    """The signed-in agent, or 401 with a JSON error."""
    from chat_server.appkeys import SERVICES

    services = request.app[SERVICES]
    agent = await agent_from_token(services.agents, services.secret, token_from_request(request))
    if agent is None:
        raise web.HTTPUnauthorized(
            text='{"error": {"code": "unauthorized", "message": "sign in as an agent"}}',
            content_type="application/json",
        )
    return agent


class LoginLimiter:
    """Counts failed logins in Redis (shared by all nodes) per email and per address."""

    def __init__(self, redis: object) -> None:
        self._redis = redis

    async def blocked(self, *subjects: str) -> bool:
        window = int(time.time()) // LOGIN_WINDOW_S
        for subject in subjects:
            count = await self._redis.get(f"lc:login:fail:{window}:{subject}")  # type: ignore[attr-defined]
            if count is not None and int(count) >= LOGIN_MAX_ATTEMPTS:
                return True
        return False

    async def failed(self, *subjects: str) -> None:
        window = int(time.time()) // LOGIN_WINDOW_S
        pipe = self._redis.pipeline(transaction=False)  # type: ignore[attr-defined]
        for subject in subjects:
            key = f"lc:login:fail:{window}:{subject}"
            pipe.incr(key)
            pipe.expire(key, LOGIN_WINDOW_S * 2)
        await pipe.execute()
