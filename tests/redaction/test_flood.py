"""A flood of trigger words fails closed: the password recognizer judges at most
``_MAX_TRIGGERS`` words per pass with its full rules; the words past that budget have the
tokens after them masked by a cheap rule instead of being let through (round 5; before it a
message with more than 64 user or password words kept the values after the 64th raw)."""

from __future__ import annotations

import asyncio

import pytest

from redaction import Redactor
from redaction.recognizers import password
from tests.support.loop_gap import LOOP_GAP_BOUND, median_loop_gap


def _budget() -> int:
    return password._MAX_TRIGGERS


def test_flood_of_credential_pairs_masks_every_value(redactor: Redactor) -> None:
    text = " ".join(f"user u{i} and Tulpe{i:03d}" for i in range(2 * _budget()))
    out = redactor.redact(text).text
    raw = [i for i in range(2 * _budget()) if f"Tulpe{i:03d}" in out]
    assert raw == [], raw


def test_flood_beyond_every_pass_masks_every_value(redactor: Redactor) -> None:
    # More values than all passes together judge (a pass skips words whose value is masked)
    n = 5 * _budget()
    text = " ".join(f"password: Kw{i:03d}!x" for i in range(n))
    out = redactor.redact(text).text
    raw = [i for i in range(n) if f"Kw{i:03d}!x" in out]
    assert raw == [], raw


def test_value_after_the_budget_far_from_any_judged_word(redactor: Redactor) -> None:
    # the value sits past the budget and beyond the reach of the judged words
    text = "password " * (_budget() + 8) + "ok " * 200 + "and my password is Fj!8812qa"
    assert "Fj!8812qa" not in redactor.redact(text).text


def test_context_words_past_the_budget(redactor: Redactor) -> None:
    text = "Passwortfeld " * (_budget() + 20) + "ok " * 200 + "Passwortfeld zeigt Rb#77x1 an"
    assert "Rb#77x1" not in redactor.redact(text).text


def test_flood_result_is_a_fixed_point_and_the_same_async(redactor: Redactor) -> None:
    text = " ".join(f"login k{i} / Mohn{i}!" for i in range(100))
    once = redactor.redact(text)
    assert redactor.redact(once.text).text == once.text
    assert asyncio.run(redactor.redact_async(text)) == once


def test_words_without_values_stay(redactor: Redactor) -> None:
    # a flood of talk about passwords has nothing to mask
    text = "password is " * 150
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        ("user anna and kettle77 " * 100)[:2000],
        ("password " * 70 + "ok " * 200 + "and my password is Fj!8812qa")[:2000],
        ("Passwortfeld zeigt Rb#77x1 " * 100)[:2000],
    ],
)
def test_flood_never_holds_the_loop_long(redactor: Redactor, text: str) -> None:
    gap = median_loop_gap(redactor, text)
    # The bound, 5 ms, on fresh texts (bench/redaction.py measures about 2 ms)
    assert gap < LOOP_GAP_BOUND, gap
