"""Defect 9 (web): signing out revokes the agent's token on the server: every later use over
HTTP or the /agent namespace is refused, and a socket open with it is closed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import redis.asyncio as aioredis
import socketio

from chat_server.agents import AgentStore
from tests.security.web_support import PASSWORD, base_url, origin_of, web_client
from tests.support.procs import RedisServer


async def _wait_until(condition: Callable[[], bool], timeout: float = 8.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def test_sign_out_revokes_the_token_everywhere(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    # Two nodes on one Redis: one socket is on the node that signs out, one on the other.
    async with (
        web_client(redis_proc.url, agent_grace_s=2) as node1,
        web_client(redis_proc.url, agent_grace_s=2) as node2,
    ):
        own = {"Origin": origin_of(node1)}
        resp = await node1.post(
            "/api/login", json={"email": "anna@oca.test", "password": PASSWORD}, headers=own
        )
        assert resp.status == 200
        token = (await resp.json())["token"]
        cookie = resp.cookies["lc_agent"].value
        node1.session.cookie_jar.clear()
        bearer = {"Authorization": f"Bearer {token}"}
        sockets = []
        for node in (node1, node2):
            sio = socketio.AsyncClient(reconnection=False)
            await sio.connect(
                base_url(node),
                namespaces=["/agent"],
                auth={"token": token},
                transports=["websocket"],
                wait_timeout=5,
            )
            sockets.append(sio)
        assert (await node2.get("/api/me", headers=bearer)).status == 200

        resp = await node1.post(
            "/api/logout", json={}, headers={**own, "Cookie": f"lc_agent={cookie}"}
        )
        assert resp.status == 200
        assert resp.cookies["lc_agent"].value == ""  # the browser drops its cookie

        # Whoever kept a copy of the token (the cookie, a stolen header) is refused ...
        for node in (node1, node2):
            assert (await node.get("/api/me", headers=bearer)).status == 401
            resp = await node.get("/api/me", headers={"Cookie": f"lc_agent={cookie}"})
            assert resp.status == 401
        # ... the sockets open with it are closed (this node at once, the other within a
        # heartbeat) ...
        await _wait_until(lambda: not sockets[0].connected, timeout=2)
        await _wait_until(lambda: not sockets[1].connected)
        # ... and cannot come back.
        sio = socketio.AsyncClient(reconnection=False)
        try:
            refused = False
            try:
                await sio.connect(
                    base_url(node2),
                    namespaces=["/agent"],
                    auth={"token": token},
                    transports=["websocket"],
                    wait_timeout=5,
                )
            except socketio.exceptions.ConnectionError:
                refused = True
            assert refused or "/agent" not in sio.namespaces
        finally:
            await sio.disconnect()
        # The revocation lasts as long as the token would have, no longer.
        keys = [k async for k in redis_client.scan_iter("lc:agents:revoked:*")]
        assert len(keys) == 1
        assert 11 * 3600 < await redis_client.ttl(keys[0]) <= 12 * 3600 + 1
        # Signing in again (even within the same second) gives a fresh, working token.
        resp = await node1.post(
            "/api/login", json={"email": "anna@oca.test", "password": PASSWORD}, headers=own
        )
        fresh = (await resp.json())["token"]
        resp = await node2.get("/api/me", headers={"Authorization": f"Bearer {fresh}"})
        assert resp.status == 200
