"""Defect 5: a queue change must not rebuild every queued conversation's summary and state.

100 customers hand off at once with an agent online; the Redis commands the server issues
for the whole burst, divided by 100, must stay small and independent of the queue length
(it was ~465 per handoff: every change re-read every queued conversation)."""

from __future__ import annotations

import asyncio
import time

import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from tests.security.conftest import new_agent, node
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer

CUSTOMERS = 100
PHASE = 20


async def command_counts(redis: aioredis.Redis) -> dict[str, int]:
    stats = await redis.info("commandstats")
    return {k: int(v["calls"]) for k, v in stats.items() if isinstance(v, dict)}


async def total_commands(redis: aioredis.Redis) -> int:
    return sum((await command_counts(redis)).values())


class Meter:
    """Redis commands issued, minus the idle server's background (sweeper ticks, agents'
    heartbeats), measured first with nothing happening."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis
        self.idle_per_s = 0.0

    async def calibrate(self, seconds: float = 3.0) -> None:
        first = await total_commands(self.redis)
        await asyncio.sleep(seconds)
        self.idle_per_s = (await total_commands(self.redis) - first) / seconds

    async def wait_quiet(self, window_s: float = 1.5, timeout: float = 60) -> tuple[int, float]:
        """(commands, time) once a window passes with no more than the idle background."""
        deadline = time.monotonic() + timeout
        last = await total_commands(self.redis)
        while time.monotonic() < deadline:
            await asyncio.sleep(window_s)
            now = await total_commands(self.redis)
            if now - last <= self.idle_per_s * window_s * 1.5 + 10:
                return now, time.monotonic()
            last = now
        raise AssertionError(f"the server never went quiet: {now - last} in {window_s} s")

    def between(self, a: tuple[int, float], b: tuple[int, float]) -> float:
        return (b[0] - a[0]) - self.idle_per_s * (b[1] - a[1])


async def test_commands_per_handoff_stay_small_with_100_waiting(
    redis_proc: RedisServer, redis_client: aioredis.Redis
) -> None:
    with node(redis_proc.url, AGENT_MAX_CHATS="1") as server:
        agent = await new_agent(AgentStore(redis_client), server)
        customers = [CustomerClient(server.url) for _ in range(CUSTOMERS)]
        await asyncio.gather(*(c.connect() for c in customers))
        meter = Meter(redis_client)
        await meter.calibrate()
        start = await meter.wait_quiet()
        counts_before = await command_counts(redis_client)
        # Customers arrive one after another (paced past the 50 ms snapshot coalescing), as
        # they do in a busy hour: each arrival is one queue change. The cost of the first 20
        # arrivals (short queue) is compared with that of the last 20 (80+ waiting).
        marks: dict[int, tuple[int, float]] = {}
        for i, c in enumerate(customers):
            if i in (PHASE, CUSTOMERS - PHASE):
                marks[i] = await meter.wait_quiet()
            ack = await c.call("handoff", timeout=30)
            assert ack["ok"] and ack["state"]["state"] == "queued", ack
            await asyncio.sleep(0.06)
        await agent.wait_for("queue", lambda q: len(q["conversations"]) == CUSTOMERS, timeout=60)
        # Every customer learns their place in the queue.
        positions = set()
        for c in customers:
            state = await c.wait_for(
                "state", lambda s: s["state"] == "queued" and s["queue_position"], timeout=30
            )
            positions.add(state["queue_position"])
        end = await meter.wait_quiet()
        first = meter.between(start, marks[PHASE]) / PHASE
        last = meter.between(marks[CUSTOMERS - PHASE], end) / PHASE
        overall = meter.between(start, end) / CUSTOMERS
        counts_after = await command_counts(redis_client)
        top = sorted(
            ((n - counts_before.get(k, 0), k) for k, n in counts_after.items()), reverse=True
        )[:10]
        print(
            f"redis commands per handoff: first {PHASE}: {first:.1f}, last {PHASE}: {last:.1f}"
            f", all {CUSTOMERS}: {overall:.1f} (idle {meter.idle_per_s:.0f}/s subtracted)"
        )
        print("per handoff overall", " ".join(f"{k[8:]}={n / CUSTOMERS:.1f}" for n, k in top))
        assert last <= 1.25 * first + 5, (first, last)  # O(1) in the queue's length
        assert len(positions) > 1
        await asyncio.gather(*(c.close() for c in customers))
        await agent.close()


async def test_summary_cache_forgets_conversations_that_left_the_queue(
    redis_client: aioredis.Redis,
) -> None:
    from chat_server.handoff.keys import QUEUE_KEY, SUMMARIES_KEY
    from chat_server.handoff.queue import HandoffQueue

    queue = HandoffQueue(redis_client, 3600, 3)
    await redis_client.zadd(QUEUE_KEY, {"q1": 1.0})
    # Entries left behind by conversations that are gone (e.g. erased while queued).
    await redis_client.hset(SUMMARIES_KEY, mapping={f"gone{i}": "{}" for i in range(300)})
    await redis_client.hset(SUMMARIES_KEY, "q1", '{"summary": {}, "state": {}}')
    listed = await queue.entries()
    assert [cid for cid, _, _ in listed] == ["q1"]
    assert await redis_client.hkeys(SUMMARIES_KEY) == ["q1"]
