"""Issue 14 (operator's first run): `make run` with agents already in Redis says who they are
and how to get in, instead of nothing."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from chat_server import devrun
from tests.support.procs import RedisServer


async def test_existing_agents_are_named_with_the_way_in(
    redis_proc: RedisServer, redis_client: aioredis.Redis, capsys: pytest.CaptureFixture[str]
) -> None:
    await redis_client.hset("lc:agents:emails", mapping={"ops@example.com": "a1"})
    devrun.ensure_dev_agent(redis_proc.url)
    out = capsys.readouterr().out
    assert "agents already exist: ops@example.com" in out
    assert "livechat agents passwd ops@example.com --password-stdin" in out
    assert "created a demo agent" not in out
    assert await redis_client.hlen("lc:agents:emails") == 1  # nobody added


def test_many_agents_are_summed_up() -> None:
    lines = devrun.how_to_sign_in([f"a{i}@example.com" for i in range(8)])
    assert lines[0].endswith("a4@example.com and 3 more; sign in with one of them.")
