"""BotTurnQueue alone: one turn runs, a bounded number wait, the rest are merged."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from chat_server.conversations.bot_turns import BotTurnQueue
from redaction import redact_text


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


async def test_a_waiting_turn_carries_a_message_masked_anew() -> None:
    ran: list[tuple[str, str]] = []
    tasks: list[asyncio.Task[None]] = []
    release = asyncio.Event()

    async def run(conversation_id: str, bot_input: str, shown: str) -> None:
        ran.append((bot_input, shown))
        await release.wait()

    def spawn(coro: Coroutine[Any, Any, None]) -> None:
        tasks.append(asyncio.create_task(coro))

    queue = BotTurnQueue(run, spawn, max_waiting=1, max_chars=200)
    queue.submit("c1", "hello", "hello", typed=True)  # runs: its text has gone to the bot
    queue.submit("c1", "Bramble88", "Bramble88", typed=True)  # waits
    queue.submit("c1", "that's my password", "that's my password", typed=True)  # merged
    queue.redact_again("c1", "Bramble88", redact_text("[PASSWORD]"))
    queue.redact_again("c2", "hello", redact_text("[PASSWORD]"))  # another chat: no change
    release.set()
    await asyncio.gather(*tasks)
    assert ran == [
        ("hello", "hello"),
        ("[PASSWORD]\nthat's my password", "[PASSWORD]\nthat's my password"),
    ]
