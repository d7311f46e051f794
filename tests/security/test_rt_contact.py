"""Defect 3 (chat side): a typed email is not an identity. Agents see it as unverified, it
is not indexed as the customer's own, and ticket status goes only to a verified owner."""

from __future__ import annotations

import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from chat_server.security import identity_signature
from chat_server.store import ConversationStore
from tests.security.conftest import new_agent, node
from tests.security.fake_rasa import FakeRasa
from tests.security.test_mail_gdpr import gdpr
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import TEST_SECRET

VICTIM = "victim@example.com"


async def test_a_typed_email_is_unverified_for_agents_and_not_an_identity(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    with node(redis_proc.url) as server:
        agent = await new_agent(AgentStore(redis_client), server)
        customer = CustomerClient(server.url)
        session = await customer.connect()
        cid = session["conversation_id"]
        await customer.say("my invoice is wrong")
        assert (await customer.call("contact", {"email": VICTIM, "name": "Vic"}))["ok"]
        assert (await customer.call("handoff"))["ok"]
        snapshot = await agent.wait_for(
            "queue", lambda q: any(c["conversation_id"] == cid for c in q["conversations"])
        )
        summary = next(c for c in snapshot["conversations"] if c["conversation_id"] == cid)
        assert summary["customer"] == {"name": "Vic", "email": VICTIM, "email_verified": False}
        accepted = await agent.call("accept", {"conversation_id": cid})
        assert accepted["conversation"]["customer"]["email_verified"] is False
        # Not filed under the victim's identity (GDPR export/erase, ticket ownership).
        assert not await redis_client.sismember(f"lc:customer:{VICTIM}", cid)
        await customer.close()
        await agent.close()


async def test_ticket_status_is_told_only_to_a_verified_owner(redis_proc: RedisServer) -> None:
    signature = identity_signature(TEST_SECRET.encode(), VICTIM)
    victim = {"name": "Vic", "email": VICTIM, "signature": signature}
    async with FakeRasa() as rasa:
        with node(redis_proc.url, RASA_URL=rasa.url) as server:
            first = CustomerClient(server.url)
            await first.connect(identity=victim)
            await first.say("my invoice is wrong")
            number = (await first.call("ticket"))["ticket"]["number"]
            await first.close()
            # The portal-signed owner, in a new chat, hears the status.
            owner = CustomerClient(server.url)
            await owner.connect(identity=victim)
            await owner.say(f"status {number}")
            status = await owner.wait_for(
                "message",
                lambda m: m["author"] == "bot" and f"Ticket {number} is" in m["text"],
                timeout=10,
            )
            assert "open" in status["text"]
            await owner.close()
            # Someone who merely types the owner's address proves nothing: no status, a
            # pointer to the mail instead.
            attacker = CustomerClient(server.url)
            await attacker.connect()
            await attacker.say("hello")
            assert (await attacker.call("contact", {"email": VICTIM}))["ok"]
            await attacker.say(f"status {number}")
            answer = await attacker.wait_for(
                "message", lambda m: m["author"] == "bot" and number in m["text"], timeout=10
            )
            assert "email" in answer["text"] and "inbox" in answer["text"]
            assert f"Ticket {number} is" not in answer["text"]
            await attacker.close()


async def test_gdpr_finds_and_erases_a_typed_address(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    """A typed address is no identity, but it is personal data: `gdpr` must still find the
    conversation it was typed into (marked unverified) and erase it."""
    with node(redis_proc.url) as server:
        customer = CustomerClient(server.url)
        session = await customer.connect()
        cid = session["conversation_id"]
        await customer.say("please write to me")
        assert (await customer.call("contact", {"email": "Typed@Example.com"}))["ok"]
        await customer.close()
    exported = await gdpr(redis_proc.url, "export", "typed@example.com")
    [conversation] = exported["conversations"]
    assert conversation["conversation_id"] == cid
    assert conversation["email_verified"] is False
    erased = await gdpr(redis_proc.url, "erase", "typed@example.com")
    assert erased["conversations_erased"] == 1
    assert not await redis_client.exists(ConversationStore.key(cid))
    assert not await redis_client.exists("lc:contact:typed@example.com")


async def test_a_limit_follows_the_signed_customer_into_a_new_chat(
    redis_proc: RedisServer,
) -> None:
    """Outside tester's F8: after the bot limited a signed customer for abuse, reconnecting
    without the old token gave a fresh, unlimited chat."""
    signature = identity_signature(TEST_SECRET.encode(), "rude@example.com")
    rude = {"name": "R", "email": "rude@example.com", "signature": signature}
    async with FakeRasa() as rasa:
        with node(redis_proc.url, RASA_URL=rasa.url) as server:
            first = CustomerClient(server.url)
            await first.connect(identity=rude)
            await first.say("you idiot")
            await first.wait_for("state", lambda s: s.get("limited") is True, timeout=10)
            await first.close()
            fresh = CustomerClient(server.url)
            session = await fresh.connect(identity=rude)  # no token: a new conversation
            assert session["conversation_id"] != first.session["conversation_id"]
            assert session["state"]["limited"] is True
            refused = await fresh.call("message", {"client_id": "x1", "text": "hello again"})
            assert refused["ok"] is False and refused["error"]["code"] == "limited"
            await fresh.close()
            # Someone else on the same server is not limited.
            other = CustomerClient(server.url)
            assert (await other.connect())["state"]["limited"] is False
            await other.close()
