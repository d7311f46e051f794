"""BotTurnQueue alone: one turn runs, a bounded number wait, the rest are merged."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from chat_server.conversations.bot_turns import BotTurnQueue


async def test_turns_run_in_order_bounded_and_merged() -> None:
    ran: list[str] = []
    tasks: list[asyncio.Task[None]] = []
    release = asyncio.Event()

    async def run(conversation_id: str, bot_input: str, shown: str) -> None:
        ran.append(bot_input)
        await release.wait()

    def spawn(coro: Coroutine[Any, Any, None]) -> None:
        tasks.append(asyncio.create_task(coro))

    queue = BotTurnQueue(run, spawn, max_waiting=2, max_chars=30)
    for i in range(6):
        queue.submit("c1", f"m{i}", f"m{i}", typed=True)
    assert len(tasks) == 1  # one worker, not one task per message
    assert queue.waiting("c1") == 2
    queue.submit("c1", "/request_human", "Talk to a person", typed=False)
    release.set()
    await asyncio.gather(*tasks)
    assert ran == ["m0", "m1", "/request_human"]
    assert queue.waiting("c1") == 0

    ran.clear()
    release.clear()
    queue.submit("c2", "a", "a", typed=True)
    queue.submit("c2", "b", "b", typed=True)
    for i in range(20):
        queue.submit("c2", f"long message {i}", "x", typed=True)
    release.set()
    await asyncio.gather(*tasks)
    assert ran[:2] == ["a", "b"]
    assert len(ran) == 3 and len(ran[2]) <= 30 and ran[2].endswith("long message 19")
