"""Issue 14: the wait a queued customer is told comes with how sure it is, grows while nobody
accepts and never promises less than the time already waited."""

from __future__ import annotations

from chat_server.conversations.estimate import estimate
from tests.core.conftest import Core

CID = "conv-wait-1"


def test_the_range_grows_with_the_time_waited_and_never_below_it() -> None:
    fresh = estimate(1, 1, [12.0] * 12, waited_s=0)
    assert fresh.low_s <= 15 and fresh.confidence == "high"
    for waited in (30, 60, 120, 299):
        later = estimate(1, 1, [12.0] * 12, waited_s=waited)
        assert later.low_s >= waited and later.high_s >= 2 * waited
        assert later.confidence == "low"  # the measurements evidently do not fit this wait
    assert estimate(1, 1, [], 0).confidence == "low"  # nothing measured yet
    assert estimate(1, 1, [20.0, 30.0, 40.0], 0).confidence == "medium"
    # Those ahead are served in rounds of the free slots.
    assert estimate(3, 1, [60.0] * 12, 0).low_s > estimate(1, 1, [60.0] * 12, 0).low_s


async def test_an_agent_online_who_never_accepts_does_not_keep_less_than_a_minute(
    core: Core,
) -> None:
    await core.agent("Anna")  # online, available, never accepts
    await core.redis.lpush("lc:handoff:waits", *[12.0] * 12)  # accepts were quick so far
    await core.customer_says(CID, "hi", payload="/request_human")
    first = core.to_customer(CID, "state")[-1].data
    assert first["state"] == "queued"
    assert first["estimated_wait"]["high_s"] < 60
    assert first["estimated_wait"]["confidence"] == "high"
    assert first["estimated_wait_s"] is not None
    queued_at = (await core.service.conversations.get(CID)).queued_at
    assert queued_at is not None

    told = []
    for minute in range(1, 5):
        before = len(core.to_customer(CID, "state"))
        now = queued_at + 60 * minute
        core.service.views.clock = lambda now=now: now  # type: ignore[misc]
        assert await core.service.clock.refresh_waits() == 1
        await core.settle()
        states = core.to_customer(CID, "state")
        assert len(states) == before + 1
        told.append(states[-1].data["estimated_wait"])
    for minute, wait in enumerate(told, start=1):
        assert wait["low_s"] >= 60 * minute and wait["confidence"] == "low"
    assert [w["low_s"] for w in told] == sorted(w["low_s"] for w in told)
    # Nothing changed since: nobody is told again.
    assert await core.service.clock.refresh_waits() == 0
