"""Retention and privacy: TTLs within RETENTION_DAYS; `gdpr export` finds a customer's
conversation and ticket; `gdpr erase` leaves no key that names their email or conversation."""

from __future__ import annotations

import json

import redis.asyncio as aioredis

from tests.drills.conftest import DRILL_ENV
from tests.drills.failover import FailoverAgent, FailoverCustomer
from tests.support.clients import add_agent, run_gdpr
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess
from tests.support.waits import wait_until

RETENTION_DAYS = 7
EMAIL = "erase.me@example.com"


async def gdpr(redis_url: str, action: str, email: str) -> dict[str, object]:
    return await run_gdpr(redis_url, action, email, RETENTION_DAYS=str(RETENTION_DAYS))


async def everything(redis: aioredis.Redis) -> dict[str, str]:
    """Every key with a dump of its value, to search for traces."""
    dump: dict[str, str] = {}
    async for key in redis.scan_iter("*", count=1000):
        kind = await redis.type(key)
        if kind == "string":
            value: object = await redis.get(key)
        elif kind == "hash":
            value = await redis.hgetall(key)
        elif kind == "list":
            value = await redis.lrange(key, 0, -1)
        elif kind == "set":
            value = sorted(await redis.smembers(key))
        elif kind == "zset":
            value = await redis.zrange(key, 0, -1, withscores=True)
        elif kind == "stream":
            value = await redis.xrange(key)
        else:
            value = kind
        dump[key] = json.dumps(value, default=str, ensure_ascii=False)
    return dump


async def test_retention_export_and_erase(private_redis: RedisServer) -> None:
    node = ChatServerProcess(private_redis.url, RETENTION_DAYS=str(RETENTION_DAYS), **DRILL_ENV)
    node.start()
    redis = aioredis.Redis.from_url(private_redis.url, decode_responses=True)
    customer, other = FailoverCustomer([node.url]), FailoverCustomer([node.url])
    agent = FailoverAgent([node.url])
    try:
        await add_agent(private_redis.url, "anna@oca.test", "Anna", "correct horse battery")
        await agent.login("anna@oca.test", "correct horse battery")
        await agent.start()
        await customer.start()
        await customer.say("My card 4111 1111 1111 1111 was charged twice")
        assert (await customer.call("contact", {"email": EMAIL, "name": "Erika Muster"}))["ok"]
        assert (await customer.call("handoff", {}))["ok"]
        cid = customer.conversation_id
        assert cid is not None
        await agent.accept(cid)
        assert (await agent.say(cid, "Let me look"))["ok"]  # acked: stored
        ticket = await agent.call("ticket", {"conversation_id": cid, "note": "refund"})
        assert ticket["ok"], ticket
        number = ticket["ticket"]["number"]
        # Someone else, who must survive the erasure.
        await other.start()
        await other.say("hello")
        assert (await other.call("contact", {"email": "keep@example.com"}))["ok"]
        # The bot is down: its offer of a person is the last key the other chat's turn writes.
        other_id = other.conversation_id
        assert other_id is not None
        await wait_until(
            lambda: any(
                m["author"] == "system" and m.get("buttons")
                for m in other.view.by_seq[other_id].values()
            ),
            what="the bot-down offer to the other customer",
        )

        limit = RETENTION_DAYS * 86400
        conv_keys = [k async for k in redis.scan_iter("lc:conv:*", count=1000)]
        assert any(cid in k for k in conv_keys)
        for key in conv_keys:
            ttl = await redis.ttl(key)
            assert 0 < ttl <= limit, f"{key}: TTL {ttl} (retention {limit})"
        for key in [k async for k in redis.scan_iter(f"*{number}*")]:
            ttl = await redis.ttl(key)
            assert ttl == -1 or 0 < ttl <= limit + 86400 * 2, f"{key}: TTL {ttl}"

        exported = await gdpr(private_redis.url, "export", EMAIL)
        text = json.dumps(exported)
        assert cid in text and number in text and "Let me look" in text
        assert "4111 1111 1111 1111" not in text, "the card number was stored unmasked"

        await customer.close()
        await agent.close()
        erased = await gdpr(private_redis.url, "erase", EMAIL)
        assert erased["conversations_erased"] == 1, erased
        dump = await everything(redis)
        traces = {
            k: v[:200]
            for k, v in dump.items()
            if any(s in k or s in v for s in (EMAIL, cid, number, "Erika"))
        }
        assert not traces, f"left after erasure: {traces}"
        assert "keep@example.com" in json.dumps(dump), "erased someone else too"
        again = await gdpr(private_redis.url, "export", EMAIL)
        assert not again["conversations"] and not again["tickets"]
    finally:
        await customer.close()
        await other.close()
        await agent.close()
        await redis.aclose()
        node.stop()
