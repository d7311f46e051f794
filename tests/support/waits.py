"""Waiting on conditions, never on the clock: the one polling helper every suite uses.

A test that sleeps and then asserts is slow when the machine is idle and flaky when it is
loaded. Wait for the condition itself; to prove that something did *not* happen, wait for a
later thing that is known to follow it (an ack, a message sent after it, an empty outbox)
and only then assert the absence.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

# Generous: the machine running the suite may be shared and loaded. A passing test never
# waits this long; a failing one says what it waited for.
DEFAULT_TIMEOUT_S = 15.0


async def wait_until(
    predicate: Callable[[], T | Awaitable[T]],
    timeout: float = DEFAULT_TIMEOUT_S,
    interval: float = 0.02,
    what: str | None = None,
) -> T:
    """Poll `predicate` (plain or async) until it returns something truthy, and return that.

    Raises AssertionError naming `what` (or the predicate) after `timeout` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return result  # type: ignore[return-value]
        if time.monotonic() > deadline:
            name = what or getattr(predicate, "__qualname__", repr(predicate))
            raise AssertionError(f"not met within {timeout}s: {name} (last: {result!r})")
        await asyncio.sleep(interval)
