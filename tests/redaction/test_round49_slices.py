"""The pre-check in slices (round 49's merge): on 2,000 characters of token lines the
pre-check alone held the event loop 3.5–4.9 ms in one slice of ``redact_async`` (5 ms bound;
``test_hostile_loop_gap`` failed on a quiet machine); the sliced path runs it in parts."""

from __future__ import annotations

import asyncio

import pytest

from bench.redaction import ADVERSARIAL, adversarial, stream
from redaction import Redactor, engine, precheck
from redaction.recognizers.base import run_steps


def _texts() -> list[str]:
    texts = list(stream(400)[0])
    for i in range(3):
        texts += list(adversarial(90_000 + i).values())
    texts += [
        "card 4111 1111 1111 1111, the code on the back is 123",
        "four one one one, one one one one, one one one one, one one one one",
        "Ablauf 08/27 nur, keine Nummer",
        "my password is Sommer2024!",
        "nothing to see here, thanks",
    ]
    return texts


def test_families_in_steps_give_what_families_gives() -> None:
    for text in _texts():
        assert run_steps(precheck.families_steps(text)) == precheck.families(text), text


def test_the_pre_check_yields_between_its_scans() -> None:
    steps = precheck.families_steps(adversarial(90_100)["token lines"])
    yields = 0
    while True:
        try:
            next(steps)
        except StopIteration:
            break
        yields += 1
    assert yields >= 3


def test_the_sliced_path_runs_the_pre_check_in_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    def whole(text: str) -> frozenset[str]:
        raise AssertionError("the sliced path ran the pre-check in one slice")

    monkeypatch.setattr(engine, "families", whole)
    redactor = Redactor()
    text = adversarial(90_200)["token lines"]
    assert len(text) > engine.INLINE_LIMIT
    with pytest.raises(AssertionError):
        redactor.redact(text)  # (the unsliced path asks the whole pre-check)
    assert asyncio.run(redactor.redact_async(text)).text


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_sliced_and_whole_agree_on_hostile_texts(name: str) -> None:
    redactor = Redactor()
    text = adversarial(90_300)[name]
    assert asyncio.run(redactor.redact_async(text)) == redactor.redact(text)
