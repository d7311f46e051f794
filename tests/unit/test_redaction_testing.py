"""redaction.testing: the helpers other suites use to prove no raw secret was kept."""

from __future__ import annotations

import json

import redis.asyncio as aioredis

from redaction.testing import find_raw_secrets, find_raw_secrets_in_text

CARD = "4111 1111 1111 1111"
PW = "hunter2"


async def test_clean_database_reports_nothing(redis_client: aioredis.Redis) -> None:
    await redis_client.set("msg:1", "card •••• •••• •••• 1111, pw [PASSWORD]")
    await redis_client.hset("conv:1", mapping={"last": "ok"})
    assert await find_raw_secrets(redis_client, [CARD, PW]) == []


async def test_finds_secrets_in_every_key_type(redis_client: aioredis.Redis) -> None:
    await redis_client.set("s", f"text {PW}")
    await redis_client.hset("h", "text", json.dumps({"t": "4111\u00a01111\u00a01111\u00a01111"}))
    await redis_client.rpush("l", "a", "4111-1111-1111-1111")
    await redis_client.sadd("set", f"x{PW}x")
    await redis_client.zadd("z", {"4111111111111111": 1.0})
    await redis_client.xadd("stream", {"data": f"pw {PW}"})
    await redis_client.set(f"key:{PW}", "1")
    found = await find_raw_secrets(redis_client, [CARD, PW])
    where = " | ".join(found)
    for place in (
        "string 's'",
        "hash 'h'",
        "list 'l'",
        "set 'set'",
        "zset 'z'",
        "stream 'stream'",
        "key name 'key:hunter2'",
    ):
        assert place in where, where


def test_text_variant() -> None:
    assert find_raw_secrets_in_text("log: 4111.1111.1111.1111", [CARD]) != []
    assert find_raw_secrets_in_text("log: •••• •••• •••• 1111", [CARD]) == []
