"""Defects 3, 5 and 10 (realtime side): every per-client resource is bounded, and a pasted
long log gets `too_long` instead of a dropped connection."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import redis.asyncio as aioredis
import socketio

from chat_server.store.messages import MessageLog
from tests.security.conftest import node
from tests.security.fake_rasa import FakeRasa
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer


class ForwardedClient(CustomerClient):
    """A customer behind our reverse proxy: the proxy adds X-Forwarded-For."""

    def __init__(self, url: str, address: str) -> None:
        super().__init__(url)
        self.address = address

    async def connect(self, **auth: object) -> dict:  # type: ignore[type-arg,override]
        count = len(self.events["session"])
        await self.sio.connect(
            self.url,
            namespaces=["/chat"],
            auth=auth,
            transports=["websocket"],
            headers={"X-Forwarded-For": self.address},
            wait_timeout=10,
        )
        await self.wait_for("session", lambda _: len(self.events["session"]) > count)
        return self.session


async def test_connections_per_address_are_bounded(redis_proc: RedisServer) -> None:
    with node(redis_proc.url, MAX_CONNECTIONS_PER_ADDRESS="3") as server:
        open_ = [CustomerClient(server.url) for _ in range(3)]
        for c in open_:
            await c.connect()
        extra = CustomerClient(server.url)
        extra.sio.reconnection = False
        extra.sio.on("connect_error", extra._handler("connect_error"), namespace="/chat")
        with pytest.raises(socketio.exceptions.ConnectionError):
            await extra.connect()
        refused = await extra.wait_for("connect_error")
        assert "Too many chat connections" in refused["message"]
        assert refused["data"] == {"code": "too_many_connections"}
        # A closed connection frees its place.
        await open_[0].close()
        again = CustomerClient(server.url)

        async def reconnects() -> None:
            while True:
                try:
                    await again.connect()
                    return
                except socketio.exceptions.ConnectionError:
                    await asyncio.sleep(0.1)  # the server has not seen the close yet

        await asyncio.wait_for(reconnects(), 10)
        for c in [*open_[1:], again]:
            await c.close()


async def test_contact_and_ticket_are_limited_per_client_address(
    redis_proc: RedisServer,
) -> None:
    """Fresh connections from one address cannot make us mail the world; behind a trusted
    proxy the limit is the client's, so one client does not block another."""
    env = {"MAIL_ACTIONS_PER_ADDRESS_PER_HOUR": "3", "TRUSTED_PROXIES": "127.0.0.1"}
    with node(redis_proc.url, **env) as server:
        results = []
        for i in range(5):
            attacker = ForwardedClient(server.url, "203.0.113.7")
            await attacker.connect()
            await attacker.say(f"hello {i}")
            contact = await attacker.call("contact", {"email": f"victim{i}@example.com"})
            ticket = await attacker.call("ticket")
            results.append((contact, ticket))
            await attacker.close()
        assert all(c["ok"] and t["ok"] for c, t in results[:3])
        for contact, ticket in results[3:]:
            assert contact["ok"] is False and contact["error"]["code"] == "rate_limited"
            assert ticket["ok"] is False and ticket["error"]["code"] == "rate_limited"
        # Another customer behind the same proxy is not affected.
        other = ForwardedClient(server.url, "198.51.100.20")
        await other.connect()
        await other.say("I need help")
        assert (await other.call("contact", {"email": "me@example.com"}))["ok"] is True
        await other.close()


async def test_history_comes_in_pages(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    with node(redis_proc.url, HISTORY_PAGE_SIZE="200") as server:
        customer = CustomerClient(server.url)
        session = await customer.connect()
        await customer.say("first")
        await customer.close()
        cid = session["conversation_id"]
        log = MessageLog(redis_client, 3600)
        while await log.count(cid) < 450:  # a long conversation: 450 messages in all
            await log.append(cid, author="bot", text="an answer")
        again = CustomerClient(server.url)
        resumed = await again.connect(token=session["token"], after_seq=0)
        seqs = [m["seq"] for m in resumed["history"]]
        assert seqs == list(range(251, 451)), (seqs[:3], len(seqs))  # the newest page
        assert resumed["has_more"] is True
        back = await again.call("history", {"before_seq": 251})
        assert [m["seq"] for m in back["messages"]] == list(range(51, 251))
        assert back["has_more"] is True
        first = await again.call("history", {"before_seq": 51})
        assert [m["seq"] for m in first["messages"]] == list(range(1, 51))
        assert first["has_more"] is False
        forward = await again.call("history", {"after_seq": 0})
        assert len(forward["messages"]) == 200 and forward["has_more"] is True
        tail = await again.call("history", {"after_seq": 400})
        assert [m["seq"] for m in tail["messages"]] == list(range(401, 451))
        assert tail["has_more"] is False
        await again.close()


async def test_a_fast_customer_does_not_queue_a_bot_turn_per_message(
    redis_proc: RedisServer,
) -> None:
    async with FakeRasa(delay_s=1.0) as rasa:
        env = {"RASA_URL": rasa.url, "BOT_TIMEOUT_S": "5", "BOT_TURNS_QUEUED_MAX": "2"}
        with node(redis_proc.url, **env) as server:
            customer = CustomerClient(server.url)
            await customer.connect()
            for i in range(12):
                ack = await customer.say(f"message number {i}")
                assert ack["ok"], ack
            # One turn runs, two wait; the other messages are answered together with the
            # last waiting one (they are all stored).
            await customer.wait_for(
                "message",
                lambda m: m["author"] == "bot" and len(customer.events["message"]) >= 3,
                timeout=15,
            )

            async def settled() -> None:
                while True:
                    before = len(rasa.received)
                    await asyncio.sleep(1.5)
                    if len(rasa.received) == before:
                        return

            await asyncio.wait_for(settled(), 20)
            assert len(rasa.received) <= 1 + 2, rasa.received
            assert "message number 11" in rasa.received[-1]
            history = await customer.call("history", {"after_seq": 0})
            typed = [m["text"] for m in history["messages"] if m["author"] == "customer"]
            assert typed == [f"message number {i}" for i in range(12)]
            await customer.close()


async def test_a_pasted_long_log_gets_too_long_and_keeps_the_connection(
    server: object, redis_proc: RedisServer
) -> None:
    from tests.support.server import ChatServerProcess

    assert isinstance(server, ChatServerProcess)
    customer = CustomerClient(server.url)
    customer.sio.reconnection = False
    await customer.connect()
    log_text = "\n".join(
        f"2026-11-30 12:00:{i % 60:02d} ERROR worker[{i}] Traceback: KeyError 'x'"
        for i in range(1700)
    )
    assert len(log_text) > 100_000
    ack = await customer.call(
        "message", {"client_id": uuid.uuid4().hex, "text": log_text}, timeout=10
    )
    assert ack["ok"] is False and ack["error"]["code"] == "too_long"
    # The refusal says the limit and the ways on: a log, or an answer by email.
    message = ack["error"]["message"]
    assert "2000" in message and "as a log" in message and "email" in message
    assert customer.sio.connected
    assert (await customer.say("short version: KeyError 'x' in worker"))["ok"] is True
    await customer.close()
