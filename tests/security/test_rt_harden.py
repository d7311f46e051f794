"""Outside tester's findings (realtime and HTTP side): every event is answered, hostile
numbers and characters are refused or cleaned, unmailable addresses are refused or fail
for good, ids are checked, per-address/conversation limits hold, erased stays erased."""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from chat_server.store import ConversationStore, MessageLog
from chat_server.store.unhandled import UNHANDLED_KEY
from chat_server.tickets import keys
from tests.integration.test_tickets_helpers import SmtpSink
from tests.security.conftest import new_agent, node
from tests.security.test_mail_gdpr import gdpr
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer, repo_root
from tests.support.server import ChatServerProcess, signed_identity


def signed(email: str, name: str = "Kim") -> dict[str, str]:
    return signed_identity(email, name)


def code(ack: Any) -> str | None:
    assert isinstance(ack, dict), ack
    return None if ack.get("ok") else ack["error"]["code"]


async def test_unknown_events_get_an_error_not_null(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    customer = CustomerClient(server.url)
    await customer.connect()
    ack = await customer.call("nosuch", {"x": 1})
    assert code(ack) == "unknown_event"
    assert "message" in ack["error"]["message"]  # says which events exist
    # An EVENT named like a lifecycle handler is no second handshake.
    assert code(await customer.call("connect", {"REMOTE_ADDR": "10.9.9.9"})) == "unknown_event"
    assert (await customer.say("still here"))["ok"]
    agent = await new_agent(agents, server, "unknown@oca.test")
    assert code(await agent.call("nosuch")) == "unknown_event"
    await agent.close()
    await customer.close()


async def test_huge_numbers_get_invalid_payload_without_tracebacks(
    server: ChatServerProcess, agents: AgentStore
) -> None:
    customer = CustomerClient(server.url)
    await customer.connect()
    for _ in range(8):  # over-long JSON integers: answered, not dropped with a traceback
        ack = await customer.call("message", {"client_id": 10**120, "text": "hi"}, timeout=5)
        assert code(ack) == "invalid_payload", ack
    for value in (2**64, 10**30):
        assert code(await customer.call("history", {"after_seq": value})) == "invalid_payload"
        assert code(await customer.call("history", {"before_seq": value})) == "invalid_payload"
    agent = await new_agent(agents, server, "numbers@oca.test")
    cid = customer.session["conversation_id"]
    for value in (2**64, 10**120):
        ack = await agent.call("history", {"conversation_id": cid, "after_seq": value})
        assert code(ack) == "invalid_payload", ack
    await agent.close()
    await customer.close()
    assert "Integer is too large" not in server.log()
    assert "Traceback" not in server.log()


async def test_unexpected_errors_are_answered_and_logged_once_a_minute(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    with node(redis_proc.url) as server:
        customer = CustomerClient(server.url)
        cid = (await customer.connect())["conversation_id"]
        # A broken key (wrong type) makes every store of a message fail inside the handler.
        await redis_client.set(MessageLog.log_key(cid), "not a list")
        for _ in range(5):
            assert code(await customer.say("hello")) == "internal"
        await customer.close()
        log = server.log()
    assert log.count("Traceback") == 1, log[-3000:]
    assert "chat event message failed" in log


async def test_inbound_text_is_cleaned_and_exports_survive_old_data(
    server: ChatServerProcess, redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    email = "clean.text@example.com"
    customer = CustomerClient(server.url)
    cid = (await customer.connect(identity=signed(email)))["conversation_id"]
    ack = await customer.say("broken \ud800 text\x00 pay \u202eexe.txt\u2066 ok\r\nnext\tcol")
    assert ack["ok"], ack  # no half-applied write reported as `internal`
    assert ack["message"]["text"] == "broken \ufffd text pay exe.txt ok\nnext\tcol"
    ack = await customer.call("contact", {"email": email, "name": "Ev\u202eil\x07\nName\ud800"})
    assert ack["ok"], ack
    stored = await redis_client.hget(ConversationStore.key(cid), "name")
    assert stored == "Evil Name\ufffd"
    ack = await customer.call("rating", {"score": 4, "comment": "fine\x00\u202d!"})
    await customer.close()
    exported = await gdpr(redis_proc.url, "export", email)
    [conversation] = exported["conversations"]
    texts = [m["text"] for m in conversation["messages"]]
    assert "broken \ufffd text pay exe.txt ok\nnext\tcol" in texts
    # Data stored before cleaning existed: the trainers' export still works.
    await redis_client.lpush(UNHANDLED_KEY, '{"text": "old \\ud800 bad", "intent": null}')
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "chat_server.cli",
        "bot",
        "unhandled",
        cwd=repo_root(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "LIVECHAT_ENV": "test", "REDIS_URL": redis_proc.url},
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert "old ? bad" in out.decode() or "old \ufffd bad" in out.decode()


@pytest.mark.parametrize(
    ("email", "says"),
    [
        ("ünï@exämple.test", "ASCII"),
        ("a@[127.0.0.1]", "domain name"),
        ("a@127.0.0.1", "domain name"),
        ("a@localhost", "domain name"),
        ('a"b@example.com', "before @"),
    ],
)
async def test_contact_refuses_addresses_that_cannot_be_mailed(
    server: ChatServerProcess, email: str, says: str
) -> None:
    customer = CustomerClient(server.url)
    await customer.connect()
    ack = await customer.call("contact", {"email": email})
    assert code(ack) == "invalid_payload", ack
    assert says in ack["error"]["message"]
    assert (await customer.call("contact", {"email": "fine.name+tag@mail.example.com"}))["ok"]
    await customer.close()


@pytest.fixture
async def sink() -> AsyncIterator[SmtpSink]:
    s = await SmtpSink().start()
    yield s
    await s.stop()


async def test_an_unmailable_address_fails_for_good_not_for_ever(
    redis_proc: RedisServer, redis_client: aioredis.Redis, sink: SmtpSink
) -> None:
    """A portal may sign an international address; our SMTP client cannot send to it: the
    mail is dead at once and the ticket says `mail_failed` (no retry every 2 minutes)."""
    with node(
        redis_proc.url, SMTP_HOST="127.0.0.1", SMTP_PORT=str(sink.port), SMTP_STARTTLS="false"
    ) as server:
        customer = CustomerClient(server.url)
        await customer.connect(identity=signed("kïm@exämple.com"))
        assert (await customer.say("please mail me"))["ok"]
        ack = await customer.call("ticket")
        assert ack["ok"], ack
        number = ack["ticket"]["number"]
        failed = None
        for _ in range(150):  # the worker polls every 0.5 s
            failed = await redis_client.hget(keys.ticket_key(number), "mail_failed")
            if failed:
                break
            await asyncio.sleep(0.1)
        assert failed, "the ticket was never marked mail_failed"
        await customer.close()
        assert "batch failed" not in server.log()


async def test_http_routes_check_ids(server: ChatServerProcess, agents: AgentStore) -> None:
    customer = CustomerClient(server.url)
    cid = (await customer.connect())["conversation_id"]
    assert (await customer.say("hello"))["ok"]
    agent = await new_agent(agents, server, "ids@oca.test")
    headers = {"Authorization": f"Bearer {agent.token}"}
    async with aiohttp.ClientSession() as http:
        for path in (
            f"/api/conversations/{cid}:log",
            f"/api/conversations/{cid}:cids",
            f"/api/conversations/{cid.upper()}",
            "/api/tickets/OCA-000001:thread",
            "/api/tickets/nonsense",
        ):
            async with http.get(server.url + path, headers=headers) as resp:
                assert resp.status == 404, path
                assert resp.content_type == "application/json", path
                assert (await resp.json())["error"]["code"] == "not_found"
        async with http.get(f"{server.url}/api/conversations/{cid}", headers=headers) as resp:
            assert resp.status == 200
    await agent.close()
    await customer.close()


async def test_erased_conversation_is_not_recreated_by_an_open_tab(
    server: ChatServerProcess, redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    email = "erase.me@example.com"
    customer = CustomerClient(server.url)
    cid = (await customer.connect(identity=signed(email)))["conversation_id"]
    assert (await customer.say("my secret street"))["ok"]
    await gdpr(redis_proc.url, "erase", email)
    ack = await customer.say("still writing")
    assert code(ack) == "conversation_closed", ack
    assert "deleted" in ack["error"]["message"]
    assert not await redis_client.exists(MessageLog.log_key(cid))
    assert not await redis_client.hget(ConversationStore.key(cid), "state")
    await customer.close()


async def test_handoffs_are_limited_per_address_and_offer_email(
    redis_proc: RedisServer,
) -> None:
    with node(redis_proc.url, HANDOFFS_PER_ADDRESS_PER_HOUR="2") as server:
        customers = [CustomerClient(server.url) for _ in range(3)]
        for c in customers:
            await c.connect()
        assert (await customers[0].call("handoff"))["ok"]
        # The bot's way (the "talk to a person" button) counts too.
        assert (await customers[1].say("/request_human", payload="/request_human"))["ok"]
        await customers[1].wait_for("state", lambda s: s.get("state") == "queued")
        ack = await customers[2].call("handoff")
        assert code(ack) == "rate_limited", ack
        assert "email" in ack["error"]["message"]
        assert (await customers[2].say("/request_human", payload="/request_human"))["ok"]
        told = await customers[2].wait_for(
            "message", lambda m: m.get("author") == "system" and "email" in m.get("text", "")
        )
        assert "Too many requests for a person" in told["text"]
        assert not any(s.get("state") == "queued" for s in customers[2].events["state"])
        for c in customers:
            await c.close()


async def test_fresh_connections_from_one_address_share_a_message_bucket(
    redis_proc: RedisServer,
) -> None:
    with node(redis_proc.url, RATE_LIMIT_PER_ADDRESS_PER_S="1") as server:  # burst 5
        results = []
        for _ in range(12):
            c = CustomerClient(server.url)
            await c.connect()
            results.append(code(await c.say("x" * 50)))
            await c.close()
        assert results.count(None) <= 8, results  # burst 5 plus ~1/s while connecting
        assert "rate_limited" in results


async def test_tabs_of_one_conversation_share_its_bucket(redis_proc: RedisServer) -> None:
    with node(redis_proc.url, RATE_LIMIT_PER_S="1", RATE_LIMIT_BURST="5") as server:
        first = CustomerClient(server.url)
        session = await first.connect()
        tabs = [first]
        for _ in range(4):
            tab = CustomerClient(server.url)
            await tab.connect(token=session["token"])
            assert tab.session["conversation_id"] == session["conversation_id"]
            tabs.append(tab)
        acks = await asyncio.gather(*(t.say(f"m{i}") for i in range(4) for t in tabs))
        accepted = sum(1 for a in acks if a["ok"])
        assert 5 <= accepted <= 8, accepted  # not 5 per tab
        for t in tabs:
            await t.close()


async def test_accept_carries_one_page_of_history(
    redis_proc: RedisServer, agents: AgentStore
) -> None:
    env = {"HISTORY_PAGE_SIZE": "10", "RATE_LIMIT_PER_S": "1000", "RATE_LIMIT_BURST": "1000"}
    with node(redis_proc.url, **env) as server:
        customer = CustomerClient(server.url)
        cid = (await customer.connect())["conversation_id"]
        for i in range(30):
            assert (await customer.say(f"line {i}", client_id=uuid.uuid4().hex))["ok"]
        assert (await customer.call("handoff"))["ok"]
        agent = await new_agent(agents, server, "pages@oca.test")
        ack = await agent.call("accept", {"conversation_id": cid})
        assert ack["ok"], ack
        history = ack["conversation"]["history"]
        assert len(history) == 10 and ack["conversation"]["has_more"] is True
        older = await agent.call(
            "history", {"conversation_id": cid, "before_seq": history[0]["seq"]}
        )
        assert older["ok"] and len(older["messages"]) == 10
        assert older["messages"][-1]["seq"] == history[0]["seq"] - 1
        await agent.close()
        await customer.close()
