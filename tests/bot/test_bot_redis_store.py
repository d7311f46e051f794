"""The bounded tracker store on Redis (what Rasa replicas share), with a real Rasa."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import redis

from tests.bot.conftest import BotClient
from tests.support.procs import RedisServer
from tests.support.rasa import RasaServer, require_bot_model

pytestmark = [pytest.mark.rasa, pytest.mark.slow]


@pytest.fixture(scope="module")
def rasa_on_redis(redis_proc: RedisServer) -> Iterator[str]:
    require_bot_model()
    endpoints = Path(tempfile.mkdtemp(prefix="livechat-rasa-endpoints-")) / "endpoints.yml"
    endpoints.write_text(
        "tracker_store:\n"
        "  type: stores.bounded.BoundedRedisTrackerStore\n"
        f"  url: 127.0.0.1\n  port: {redis_proc.port}\n  db: 5\n  key_prefix: rasatest\n"
        "  max_events: 120\n  keep_events: 60\n"
        "lock_store:\n"
        f"  type: redis\n  url: 127.0.0.1\n  port: {redis_proc.port}\n  db: 6\n"
    )
    server = RasaServer(endpoints=endpoints)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


async def test_long_conversation_on_redis_is_cut_and_keeps_its_state(
    rasa_on_redis: str, redis_proc: RedisServer
) -> None:
    async with aiohttp.ClientSession() as session:
        bot = BotClient(session, rasa_on_redis, "redis-long-conversation")
        assert "respectful" in " ".join(
            m.get("text", "") for m in (await bot.say("you stupid bot"))["messages"]
        )
        for _ in range(30):
            await bot.say("how fast do you reply to emails?")
        reply = await bot.say("and at weekends?")
        assert "48 hours" in " ".join(m.get("text", "") for m in reply["messages"])
        reply = await bot.say("you idiot")
        assert {"limit": True} in [m["custom"] for m in reply["messages"] if "custom" in m]
    client = redis.Redis(port=redis_proc.port, db=5)
    [key] = client.keys("rasatest*redis-long-conversation")
    stored = json.loads(client.get(key))
    assert len(stored["events"]) <= 120 + 20
