"""Defect 4: a customer token resumes its conversation only for the identity it was issued
to, only until it expires, and never after the conversation was closed or erased."""

from __future__ import annotations

import time

import redis.asyncio as aioredis

from chat_server import gdpr
from chat_server.config import Settings
from chat_server.security import ANONYMOUS, customer_token, identity_signature
from tests.support.clients import CustomerClient
from tests.support.server import TEST_SECRET, ChatServerProcess

SECRET = TEST_SECRET.encode()


def identity(email: str, name: str = "Kim") -> dict[str, str]:
    return {"name": name, "email": email, "signature": identity_signature(SECRET, email)}


async def connect(server: ChatServerProcess, **auth: object) -> tuple[CustomerClient, dict]:  # type: ignore[type-arg]
    client = CustomerClient(server.url)
    session = await client.connect(**auth)
    return client, session


async def test_another_identity_with_the_token_gets_its_own_conversation(
    server: ChatServerProcess,
) -> None:
    alice, first = await connect(server, identity=identity("alice@example.com", "Alice"))
    await alice.say("my contract number is 4711, please cancel it")
    await alice.close()
    # The next customer on the same shared browser signs in; the widget (or an attacker)
    # presents Alice's token with Bob's identity.
    bob, second = await connect(
        server, token=first["token"], identity=identity("bob@example.com", "Bob")
    )
    await bob.close()
    assert second["conversation_id"] != first["conversation_id"]
    assert second["history"] == []
    # Alice herself still resumes her own conversation with her token.
    again, third = await connect(
        server, token=first["token"], identity=identity("alice@example.com", "Alice")
    )
    await again.close()
    assert third["conversation_id"] == first["conversation_id"]
    assert any("4711" in m["text"] for m in third["history"])


async def test_an_anonymous_token_never_resumes_for_a_signed_identity(
    server: ChatServerProcess,
) -> None:
    """Outside tester's F2: Alice chats anonymously (types her address, opens a ticket) and
    leaves; Bob signs in on the same browser. An anonymous chat may hold anyone's words,
    address and ticket, so no signed identity takes it over (the widget keeps tokens per
    identity, so someone who signs in mid-chat just starts a fresh conversation)."""
    anon, first = await connect(server)
    await anon.say("my street is 1 Secret Road")
    assert (await anon.call("contact", {"email": "alice@example.com"}))["ok"]
    await anon.close()
    for who in ("bob@example.com", "alice@example.com"):
        other, session = await connect(server, token=first["token"], identity=identity(who))
        await other.close()
        assert session["conversation_id"] != first["conversation_id"]
        assert session["history"] == []
    # Without an identity the anonymous token still resumes its own chat.
    same, again = await connect(server, token=first["token"])
    await same.close()
    assert again["conversation_id"] == first["conversation_id"]


async def test_a_token_for_an_identity_is_not_resumed_without_it(
    server: ChatServerProcess,
) -> None:
    kim, first = await connect(server, identity=identity("kim@example.com"))
    await kim.say("my order is late")
    await kim.close()
    anon, second = await connect(server, token=first["token"])
    await anon.close()
    assert second["conversation_id"] != first["conversation_id"]


async def test_tokens_expire(server: ChatServerProcess) -> None:
    client, first = await connect(server)
    await client.say("remember me for a while")
    await client.close()
    cid = first["conversation_id"]
    fresh = customer_token(SECRET, cid, ANONYMOUS, ttl_s=3600)
    expired = customer_token(SECRET, cid, ANONYMOUS, ttl_s=60, now=time.time() - 120)
    ok, resumed = await connect(server, token=fresh)
    await ok.close()
    assert resumed["conversation_id"] == cid
    late, session = await connect(server, token=expired)
    await late.close()
    assert session["conversation_id"] != cid


async def test_old_format_tokens_start_a_new_conversation(server: ChatServerProcess) -> None:
    """`c1` tokens never expired and carried no identity: they are treated as unknown."""
    import base64
    import hashlib
    import hmac

    client, first = await connect(server)
    await client.say("before the upgrade")
    await client.close()
    cid = first["conversation_id"]
    mac = hmac.new(SECRET, f"customer:{cid}".encode(), hashlib.sha256).digest()[:24]
    old = f"c1.{cid}." + base64.urlsafe_b64encode(mac).decode().rstrip("=")
    again, session = await connect(server, token=old)
    await again.close()
    assert session["conversation_id"] != cid


async def test_closing_revokes_the_conversations_tokens(server: ChatServerProcess) -> None:
    client, first = await connect(server)
    await client.say("something private")
    closed = await client.call("close")
    assert closed["ok"] and closed["state"]["state"] == "closed"
    # The same tab goes on (a new message reopens the chat with the bot) ...
    assert (await client.say("one more thing"))["ok"]
    await client.close()
    # ... but the token no longer brings the closed chat back into a browser.
    later, session = await connect(server, token=first["token"])
    await later.close()
    assert session["conversation_id"] != first["conversation_id"]
    assert session["history"] == []


async def test_erasing_a_customer_revokes_their_tokens(
    server: ChatServerProcess, redis_client: aioredis.Redis
) -> None:
    kim_identity = identity("erase-me@example.com")
    client, first = await connect(server, identity=kim_identity)
    await client.say("please forget me")
    await client.close()
    await gdpr.erase_customer(redis_client, Settings(env="test"), "erase-me@example.com")
    later, session = await connect(server, token=first["token"], identity=kim_identity)
    await later.close()
    assert session["conversation_id"] != first["conversation_id"]
    assert session["history"] == []
