"""The real bot behind the real chat server: answers, handoff, limits, ticket status, unhandled."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator

import aiohttp
import pytest
import redis.asyncio as aioredis

from chat_server.security import identity_signature
from tests.integration.conftest import SERVER_ENV
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.rasa import RasaServer
from tests.support.server import TEST_SECRET, ChatServerProcess, signed_identity
from tests.support.waits import wait_until

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def rasa() -> Iterator[RasaServer]:
    server = RasaServer()
    server.start(timeout=180)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def bot_server(redis_proc: RedisServer, rasa: RasaServer) -> Iterator[ChatServerProcess]:
    node = ChatServerProcess(redis_proc.url, RASA_URL=rasa.url, **SERVER_ENV)
    node.start()
    try:
        yield node
    finally:
        node.stop()


async def bot_reply(customer: CustomerClient, text: str, after: int) -> dict[str, object]:
    await customer.say(text)
    return await customer.wait_for(  # type: ignore[no-any-return]
        "message", lambda m: m["author"] in {"bot", "system"} and m["seq"] > after, timeout=10
    )


async def test_faq_is_answered_from_the_policy(bot_server: ChatServerProcess) -> None:
    customer = CustomerClient(bot_server.url)
    await customer.connect()
    reply = await bot_reply(customer, "how long does it take until you answer my email?", 0)
    assert reply["author"] == "bot"
    assert "24" in str(reply["text"])
    await customer.close()


async def test_asking_for_a_human_hands_off(
    bot_server: ChatServerProcess, redis_client: aioredis.Redis
) -> None:
    customer = CustomerClient(bot_server.url)
    session = await customer.connect()
    await customer.say("I want to talk to a real person please")
    state = await customer.wait_for("state", lambda s: s["state"] == "queued", timeout=10)
    assert state["deadline_ts"] is not None
    assert await redis_client.zscore("lc:queue", session["conversation_id"]) is not None
    await customer.close()


async def test_second_insult_limits_support(bot_server: ChatServerProcess) -> None:
    customer = CustomerClient(bot_server.url)
    await customer.connect()
    warning = await bot_reply(customer, "you are a useless idiot", 0)
    assert "respect" in str(warning["text"]).lower() or "insult" in str(warning["text"]).lower()
    await customer.say("shut up you stupid moron")
    limited = await customer.wait_for("state", lambda s: s.get("limited") is True, timeout=10)
    assert limited["limited"] is True
    refused = await customer.say("hello?")
    assert refused["ok"] is False and refused["error"]["code"] == "limited"
    await customer.close()


async def test_ticket_status_is_answered_only_for_the_owner(
    bot_server: ChatServerProcess,
) -> None:
    identity = signed_identity("kim@example.com", "Kim")
    first = CustomerClient(bot_server.url)
    await first.connect(identity=identity)
    await first.say("my invoice is wrong")
    number = (await first.call("ticket"))["ticket"]["number"]
    await first.close()
    # The same signed-in customer, in a new chat, asks the bot about the ticket.
    owner = CustomerClient(bot_server.url)
    await owner.connect(identity=identity)
    await owner.say(f"what is the status of my ticket {number}?")
    status = await owner.wait_for(
        "message", lambda m: m["author"] == "bot" and f"Ticket {number} is" in m["text"], timeout=15
    )
    assert "open" in status["text"]
    stranger = CustomerClient(bot_server.url)
    await stranger.connect()
    await stranger.say(f"what is the status of my ticket {number}?")
    # Unknown, foreign or unverified: one polite answer that points to the mail.
    answer = await stranger.wait_for(
        "message", lambda m: m["author"] == "bot" and "inbox" in m["text"], timeout=15
    )
    assert number in answer["text"]
    assert not any(f"Ticket {number} is" in m["text"] for m in stranger.events["message"])
    await owner.close()
    await stranger.close()


async def test_unhandled_messages_are_exported_for_trainers(
    bot_server: ChatServerProcess, redis_proc: RedisServer
) -> None:
    customer = CustomerClient(bot_server.url)
    await customer.connect()
    await customer.say("xqzt vlorp gnarf blib")
    await customer.wait_for("message", lambda m: m["author"] in {"bot", "system"}, timeout=10)
    # Recorded after the reply is sent; the export reads this list.
    check = aioredis.Redis.from_url(redis_proc.url, decode_responses=True)

    async def recorded() -> bool:
        return any("xqzt" in entry for entry in await check.lrange("lc:bot:unhandled", 0, -1))

    try:
        await wait_until(recorded, what="the fallback recorded for trainers")
    finally:
        await check.aclose()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "chat_server.cli",
        "bot",
        "unhandled",
        stdout=asyncio.subprocess.PIPE,
        env={"REDIS_URL": redis_proc.url, "LIVECHAT_ENV": "test", "PATH": "/usr/bin:/bin"},
    )
    out, _ = await proc.communicate()
    export = out.decode()
    assert export.startswith('version: "3.1"')
    assert "xqzt vlorp gnarf blib" in export
    await customer.close()


async def test_gdpr_erase_also_empties_rasas_tracker(
    bot_server: ChatServerProcess, rasa: RasaServer, redis_proc: RedisServer
) -> None:
    customer = CustomerClient(bot_server.url)
    # A signed-in customer: a typed `contact` address is not an identity gdpr files under.
    email = "forget.me@example.com"
    signature = identity_signature(TEST_SECRET.encode(), email)
    session = await customer.connect(
        identity={"name": "Fran", "email": email, "signature": signature}
    )
    await bot_reply(customer, "how do you protect my data?", 0)
    await customer.close()
    conversation_id = session["conversation_id"]

    async def tracker_texts() -> list[str]:
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{rasa.url}/conversations/{conversation_id}/tracker") as resp,
        ):
            body = await resp.json()
        return [e.get("text") or "" for e in body.get("events", []) if e.get("event") == "user"]

    assert any("protect my data" in t for t in await tracker_texts())
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "chat_server.cli",
        "gdpr",
        "erase",
        "forget.me@example.com",
        stdout=asyncio.subprocess.PIPE,
        env={
            **os.environ,
            "REDIS_URL": redis_proc.url,
            "LIVECHAT_ENV": "test",
            "RASA_URL": rasa.url,
        },
    )
    out, _ = await proc.communicate()
    assert proc.returncode == 0
    assert '"bot_trackers_forgotten": 1' in out.decode()
    assert await tracker_texts() == []
