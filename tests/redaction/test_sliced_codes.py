"""The one-time-code recognizer yields between slices of code words, so a flood of them
("TAN 1234 " 220 times in 2,000 characters held the event loop 5-8 ms in one piece) lets
the loop run, and the sliced result equals the one-piece result."""

from __future__ import annotations

import asyncio
from collections.abc import Generator

from redaction import Redactor
from redaction.recognizers.base import run_steps
from redaction.recognizers.one_time_code import OneTimeCodeRecognizer

FLOOD = ("TAN 1234 Türcode 4719 " * 100)[:2000]


def test_a_code_word_flood_is_judged_in_slices() -> None:
    recognizer = OneTimeCodeRecognizer()
    steps = recognizer.analyze_steps(FLOOD, ["PASSWORD"])
    slices = 0
    while True:
        try:
            next(steps)
        except StopIteration as done:
            sliced = done.value
            break
        slices += 1
    assert slices >= 4  # 180 code words, a slice per 48 at most
    whole = recognizer.analyze(FLOOD, ["PASSWORD"])
    assert [(r.start, r.end) for r in sliced] == [(r.start, r.end) for r in whole]
    assert len(whole) > 100


def test_run_steps_returns_the_generators_value() -> None:
    def steps() -> Generator[None, None, int]:
        yield
        yield
        return 7

    assert run_steps(steps()) == 7


def test_redact_async_equals_redact_on_a_code_flood(redactor: Redactor) -> None:
    assert asyncio.run(redactor.redact_async(FLOOD)) == redactor.redact(FLOOD)
