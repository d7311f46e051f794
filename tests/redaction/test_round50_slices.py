"""Slices of the password finder (stop 51): the pairing of password words with the tokens in
their reach (``near_spans``) and the "user X and Y" pairs (``usage_values``) each ran in one
slice of ``redact_async`` (up to 4.8 and 5.5 ms on 2,000 hostile characters, against the
5 ms bound); each now yields after a bounded number of tokens or joins. And a dictated
value's start is tried once per password word, not once per way of finding it."""

from __future__ import annotations

import asyncio

import pytest

from redaction import Redactor, spoken, words
from redaction.recognizers import password, password_near
from redaction.recognizers.base import run_steps
from tests.redaction.helpers import most_between_yields


def test_near_spans_judges_a_bounded_number_of_tokens_per_slice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "pw Ab1!xy9 tried Kx#77qa " * 80
    contexts = [(i, i + 2) for i in range(0, len(text), len("pw Ab1!xy9 tried Kx#77qa "))]
    counter = [0]
    shape = words.secret_shape

    def counted(token: str) -> str:
        counter[0] += 1
        return shape(token)

    monkeypatch.setattr(password_near.words, "secret_shape", counted)
    most = most_between_yields(password_near.near_spans_steps(text, contexts), counter)
    assert 0 < most <= password_near.STEP_TOKENS


def test_near_spans_in_steps_gives_what_it_gives_whole() -> None:
    text = "pw Ab1!xy9 tried Kx#77qa, login anna / Wald%Weg3 " * 40
    contexts = [(m, m + 2) for m in range(len(text)) if text.startswith("pw", m)]
    logins = [(m, m + 5) for m in range(len(text)) if text.startswith("login", m)]
    whole = password_near.near_spans(text, contexts, logins)
    assert whole  # (the values are found)
    assert run_steps(password_near.near_spans_steps(text, contexts, logins)) == whole


def test_usage_pairs_are_judged_a_few_joins_per_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("user anna and kettle77 " * 100)[:2000]
    counter = [0]
    used = password._Finder._used

    def counted(self: password._Finder, start: int, end: int) -> None:
        counter[0] += 1
        used(self, start, end)

    monkeypatch.setattr(password._Finder, "_used", counted)
    finder = password._Finder(text)
    most = most_between_yields(finder.usage_values(), counter)
    assert 0 < most <= password.STEP_TRIGGERS


def test_each_dictated_start_is_tried_once_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # "pw: x …": the connector's end and the colon's later start are the same place
    text = "pw: x 4111 1111 1112 12/25 CVC 123 login a / b is c / d"
    tried: list[tuple[int, int]] = []
    run = spoken._run

    def recorded(text: str, start: int, stop: int) -> tuple[int, int] | None:
        tried.append((start, stop))
        return run(text, start, stop)

    monkeypatch.setattr(spoken, "_run", recorded)
    spoken.dictated_runs(text, [(0, 2)])
    assert len(tried) >= 2
    assert len(tried) == len(set(tried))


def test_the_flood_of_pairs_is_the_same_sliced_and_whole() -> None:
    redactor = Redactor()
    text = ("user anna and kettle77 " * 100)[:2000]
    result = redactor.redact(text)
    assert "kettle77" not in result.text
    assert asyncio.run(redactor.redact_async(text)) == result
