"""Drill: 10,000 random and malformed payloads over Socket.IO, raw websocket frames and HTTP.

A seeded generator (reproducible: FUZZ_SEED) mixes well-formed events with wrong types, huge
and odd strings, unknown events and fields, bad tokens and garbage frames. Afterwards the node
still runs and answers /healthz, no request got a 5xx, and every stored conversation log is
JSON with gap-free seq.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import time
from typing import Any

import aiohttp
import pytest
import redis.asyncio as aioredis
import socketio

from tests.drills.conftest import DRILL_ENV
from tests.drills.failover import GIVE_UP_S, FailoverAgent, FailoverCustomer
from tests.support.clients import add_agent
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess
from tests.support.waits import wait_until

pytestmark = pytest.mark.drill

SEED = int(os.environ.get("FUZZ_SEED", "20261101"))
CUSTOMER_EVENTS = (
    "message",
    "history",
    "handoff",
    "ticket",
    "contact",
    "typing",
    "close",
    "rating",
    "accept",
    "nonsense",
    "",
)
AGENT_EVENTS = (
    "accept",
    "message",
    "note",
    "typing",
    "resolve",
    "ticket",
    "transfer",
    "presence",
    "history",
    "bogus",
)
KEYS = (
    "client_id",
    "text",
    "payload",
    "after_seq",
    "conversation_id",
    "email",
    "name",
    "score",
    "comment",
    "typing",
    "status",
    "note",
    "token",
    "__proto__",
)
WEIRD_STRINGS = (
    "",
    " ",
    "\x00",
    "\u202e",
    "💥" * 50,
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "0" * 32,
    "f" * 32,
    "a" * 5000,
    "4111 1111 1111 1111",
    "SELECT * FROM x; --",
    "%s%n",
    "\r\n\r\n",
    "null",
    "{}",
    "[]",
    "NaN",
)


class Gen:
    def __init__(self, rng: random.Random, conversation_ids: list[str]) -> None:
        self.rng = rng
        self.ids = conversation_ids

    def string(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(WEIRD_STRINGS)
        if r < 0.4 and self.ids:
            return self.rng.choice(self.ids)
        n = self.rng.choice((1, 8, 32, 200, 2001, 3000))
        return "".join(
            chr(self.rng.choice((self.rng.randint(32, 126), self.rng.randint(0xA0, 0xD7FF))))
            for _ in range(n)
        )

    def value(self, depth: int = 0) -> Any:
        r = self.rng.random()
        if r < 0.15:
            return None
        if r < 0.3:
            return self.rng.choice((0, -1, 1, 2**63, -(2**70), 17, 5, 6))
        if r < 0.38:
            return self.rng.choice((0.5, -1e308, 1e308, 3.0))
        if r < 0.45:
            return self.rng.choice((True, False))
        if r < 0.75 or depth > 2:
            return self.string()
        if r < 0.85:
            return [self.value(depth + 1) for _ in range(self.rng.randint(0, 4))]
        return self.payload(depth + 1)

    def payload(self, depth: int = 0) -> Any:
        if depth == 0 and self.rng.random() < 0.15:
            return self.value(depth + 1)  # not even an object
        keys = self.rng.sample(KEYS, self.rng.randint(0, 5))
        return {k: self.value(depth + 1) for k in keys}


async def fuzz_socket(
    client: Any,
    namespace: str,
    events: tuple[str, ...],
    gen: Gen,
    count: int,
    stats: dict[str, int],
) -> None:
    async def one() -> None:
        event = gen.rng.choice(events) or "message"
        data = gen.payload()
        try:
            reply = await client.sio.call(event, data, namespace=namespace, timeout=3)
            stats["acked" if reply is not None else "no_ack"] += 1
        except socketio.exceptions.TimeoutError:
            stats["no_ack"] += 1  # unknown events are not acknowledged
        except Exception:
            stats["client_error"] += 1
            if not client.sio.connected:  # e.g. the server refused an oversize packet
                stats["reconnects"] += 1
                # The client fails over to a new connection (on this one node) by itself.
                await wait_until(lambda: client.sio.connected, timeout=GIVE_UP_S)

    for start in range(0, count, 25):
        await asyncio.gather(*(one() for _ in range(min(25, count - start))))


async def fuzz_http(url: str, gen: Gen, count: int, stats: dict[str, int]) -> None:
    paths = [
        "/",
        "/healthz",
        "/readyz",
        "/metrics",
        "/api/login",
        "/api/logout",
        "/api/conversations/{id}",
        "/api/tickets",
        "/api/tickets/{id}",
        "/api/tickets/{id}/reply",
        "/api/tickets/{id}/close",
        "/api/canned",
        "/api/me",
        "/widget.js",
        "/console",
        "/socket.io/?EIO=4&transport=polling",
        "/{id}",
        "/api/tickets?status={id}",
    ]
    async with aiohttp.ClientSession() as http:

        async def one() -> None:
            path = gen.rng.choice(paths).replace("{id}", gen.string()[:80])
            method = gen.rng.choice(("GET", "POST", "POST", "PUT", "DELETE", "PATCH"))
            headers = {}
            if gen.rng.random() < 0.3:
                token = "".join(c for c in gen.string()[:200] if 32 <= ord(c) < 127)
                headers["Authorization"] = "Bearer " + token
            r = gen.rng.random()
            if r < 0.4:
                body: bytes = json.dumps(gen.payload()).encode()
                headers["Content-Type"] = "application/json"
            elif r < 0.7:
                body = bytes(gen.rng.getrandbits(8) for _ in range(gen.rng.randint(0, 3000)))
                headers["Content-Type"] = gen.rng.choice(("application/json", "text/plain"))
            else:
                body = b""
            try:
                async with http.request(
                    method,
                    url + path,
                    data=body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=5),
                ) as resp:
                    await resp.read()
                    stats[f"http_{resp.status // 100}xx"] += 1
                    if resp.status >= 500:
                        print("5xx:", method, path[:80], resp.status)
            except (aiohttp.ClientError, ValueError) as exc:
                stats["http_client_error"] += 1
                print("http client error:", method, path[:60], repr(exc)[:100])

        for start in range(0, count, 20):
            await asyncio.gather(*(one() for _ in range(min(20, count - start))))


async def fuzz_raw_ws(url: str, gen: Gen, count: int, stats: dict[str, int]) -> None:
    """Garbage Engine.IO / Socket.IO frames below the client library."""
    ws_url = url.replace("http", "ws") + "/socket.io/?EIO=4&transport=websocket"
    frames = [
        "40/chat,",
        "40/agent,{}",
        '42/chat,["message"',
        "42/chat,0[]",
        "4",
        "2",
        "x",
        '42/chat,1["message",{"text":',
        '40/chat,{"token":123}',
        "451-[]",
        "6",
        "40/x,",
    ]
    sent = 0
    async with aiohttp.ClientSession() as http:
        while sent < count:
            try:
                timeout = aiohttp.ClientWSTimeout(ws_close=2)
                async with http.ws_connect(ws_url, timeout=timeout) as ws:
                    await ws.receive(timeout=2)  # the open packet
                    for _ in range(50):
                        if sent >= count:
                            break
                        sent += 1
                        frame = gen.rng.choice(frames)
                        if gen.rng.random() < 0.5:
                            frame += gen.string()[:500]
                        if gen.rng.random() < 0.1:
                            await ws.send_bytes(frame.encode()[:200])
                        else:
                            await ws.send_str(frame)
                        if ws.closed:
                            break
            except (aiohttp.ClientError, TimeoutError, ConnectionError):
                stats["raw_ws_dropped"] += 1
                sent += 1
    stats["raw_ws_frames"] = sent


async def test_ten_thousand_bad_payloads(private_redis: RedisServer) -> None:
    env = {**DRILL_ENV, "RATE_LIMIT_PER_S": "100000", "RATE_LIMIT_BURST": "100000"}
    node = ChatServerProcess(private_redis.url, **env)
    node.start()
    rng = random.Random(SEED)
    stats: dict[str, int] = {
        k: 0
        for k in (
            "acked",
            "no_ack",
            "client_error",
            "reconnects",
            "http_2xx",
            "http_3xx",
            "http_4xx",
            "http_5xx",
            "http_client_error",
            "raw_ws_dropped",
        )
    }
    customers = [FailoverCustomer([node.url]) for _ in range(4)]
    agent = FailoverAgent([node.url])
    started = time.monotonic()
    try:
        await add_agent(private_redis.url, "fuzz@oca.test", "Fuzz", "correct horse battery")
        await agent.login("fuzz@oca.test", "correct horse battery")
        await agent.start()
        for customer in customers:
            await customer.start()
            await customer.say("I need a person")
            await customer.call("handoff", {})
        ids = [c.conversation_id for c in customers if c.conversation_id]
        gen = Gen(rng, ids)
        await asyncio.gather(
            *(fuzz_socket(c, "/chat", CUSTOMER_EVENTS, gen, 1500, stats) for c in customers),
            fuzz_socket(agent, "/agent", AGENT_EVENTS, gen, 2000, stats),
            fuzz_http(node.url, gen, 1500, stats),
            fuzz_raw_ws(node.url, gen, 500, stats),
        )
        elapsed = time.monotonic() - started
        assert node.proc is not None and node.proc.poll() is None, "the server died"
        async with aiohttp.ClientSession() as http, http.get(f"{node.url}/healthz") as resp:
            assert resp.status == 200
        redis = aioredis.Redis.from_url(private_redis.url, decode_responses=True)
        try:
            logs = 0
            async for key in redis.scan_iter("lc:conv:*:log", count=500):
                entries = [json.loads(raw) for raw in await redis.lrange(key, 0, -1)]
                assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1)), key
                for entry in entries:
                    assert isinstance(entry["text"], str) and entry["author"] in {
                        "customer",
                        "bot",
                        "agent",
                        "system",
                    }
                logs += 1
        finally:
            await redis.aclose()
        payloads = 6000 + 2000 + 1500 + stats.get("raw_ws_frames", 0)
        print(
            f"\nDRILL fuzz (seed {SEED}): {payloads} payloads in {elapsed:.1f}s; {stats}; "
            f"{logs} conversation logs valid"
        )
        assert payloads >= 10_000
        assert stats["http_5xx"] == 0, "a request crashed its handler (5xx)"
        # The server answered the socket events it knows; nothing broke the connections for good.
        assert stats["acked"] > 5000
    finally:
        for customer in customers:
            await customer.close()
        await agent.close()
        node.stop()
