"""How long ``redact_async`` holds the event loop: the loop thread's CPU time between two
turns of the loop (wall-clock gaps on a shared machine also count the time the OS gave other
processes; bench/redaction.py reports those)."""

from __future__ import annotations

import asyncio
import time

from redaction import Redactor


def worst_loop_gap(redactor: Redactor, text: str) -> float:
    """The longest CPU time (seconds) between two turns of the loop while ``text`` is redacted."""

    async def measure() -> float:
        worst = 0.0
        done = False

        async def ticker() -> None:
            nonlocal worst
            last = time.thread_time()
            while not done:
                await asyncio.sleep(0)
                now = time.thread_time()
                worst = max(worst, now - last)
                last = now

        task = asyncio.create_task(ticker())
        await asyncio.sleep(0)
        await redactor.redact_async(text)
        done = True
        await task
        return worst

    return asyncio.run(measure())
