"""Round 39 (cards): the card recognizers in slices on the sliced path, and a card's expiry
given as its month and its year, each after an expiry word.

The slicing changes no output (every corpus text gives the same masked text and findings
before and after); these cases pin that the sliced steps give what ``analyze`` gives, that
they do yield on a hostile text, and that the shared cache serves both paths. Cases in our
own words."""

from __future__ import annotations

import importlib.util
import pathlib

import pytest

from redaction import Redactor
from redaction.normalize import normalize
from redaction.recognizers import card
from redaction.recognizers.base import run_steps
from redaction.recognizers.card import CreditCardRecognizer, find_card_spans
from redaction.recognizers.card_details import CardDetailsRecognizer

_BENCH = pathlib.Path(__file__).resolve().parents[2] / "bench" / "redaction.py"


def _adversarial(i: int) -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("_bench_redaction", _BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.adversarial(i)  # type: ignore[no-any-return]


SLICED_TEXTS = [
    "card 4111 1111 1111 1111 exp 12/27 cvc 123",
    "4O12 8888 8888 l881, gültig bis O9/28, CVC l23",
    "starts with 4539, then 1488, then 0343 and the last four 6467",
    "Karte: 5500 0000 0000 0004\nAblauf 03/29\nPrüfziffer 737",
    '{"number": "4242424242424242", "exp_month": 9, "exp_year": 2031, "cvc": "314"}',
    "cvv 207 und exp 1/28",
    "nothing of a card here, just 12 apples",
]


@pytest.mark.parametrize("text", SLICED_TEXTS)
def test_sliced_steps_give_what_analyze_gives(text: str) -> None:
    text = normalize(text).text
    for recognizer in (CreditCardRecognizer(), CardDetailsRecognizer()):
        card._SPANS_CACHE.clear()
        plain = recognizer.analyze(text, [])
        card._SPANS_CACHE.clear()
        sliced = run_steps(recognizer.analyze_steps(text, []))
        assert [(r.entity_type, r.start, r.end) for r in sliced] == [
            (r.entity_type, r.start, r.end) for r in plain
        ]


@pytest.mark.parametrize(
    "text",
    [
        _adversarial(39)["everything"],
        "card 4111 1111 1111 1111 exp 12/27 cvc 123, next: " * 40,
    ],
)
def test_card_recognizers_yield_on_a_hostile_text(text: str) -> None:
    """A hostile text's card work is many slices, not one call."""
    text = normalize(text[:2000]).text
    for recognizer in (CreditCardRecognizer(), CardDetailsRecognizer()):
        card._SPANS_CACHE.clear()
        steps = recognizer.analyze_steps(text, [])
        yields = 0
        try:
            while True:
                next(steps)
                yields += 1
        except StopIteration:
            pass
        assert yields > 3


def test_the_sliced_path_fills_the_cache_the_plain_path_reads() -> None:
    text = "card 4111 1111 1111 1111 exp 12/27"
    card._SPANS_CACHE.clear()
    spans = run_steps(card.card_spans_steps(text))
    assert card._SPANS_CACHE[text] == spans == find_card_spans(text)
    # a cached text costs the sliced path no slice
    steps = card.card_spans_steps(text)
    with pytest.raises(StopIteration):
        next(steps)


def test_the_cache_stays_small() -> None:
    card._SPANS_CACHE.clear()
    for i in range(card._SPANS_CACHE_SIZE * 3):
        find_card_spans(f"order {i}: 4111 1111 1111 1111")
    assert len(card._SPANS_CACHE) == card._SPANS_CACHE_SIZE


# a card's expiry given as its month and its year, each after an expiry word (in prose, a
# form's labels copied, German compounds): with the card's number in the message
EXPIRY_PARTS = [
    ("visa 4111 1111 1111 1111 exp month 07 exp year 29 cvc 318", ["07", "29"]),
    ("Expiry month: 11\nExpiry year: 2028\nCard: 5500 0000 0000 0004", ["11", "2028"]),
    ("Karte 4242 4242 4242 4242, Ablaufmonat 04, Ablaufjahr 2030", ["04", "2030"]),
    ("card 5500 0000 0000 0004 expiration month 3 and expiration year 31", ["3", "31"]),
]


@pytest.mark.parametrize(("text", "values"), EXPIRY_PARTS)
def test_expiry_month_and_year_beside_a_card(
    redactor: Redactor, text: str, values: list[str]
) -> None:
    masked = redactor.redact(text)
    found = {text[e.start : e.end] for e in masked.entities if e.type == "CARD_EXPIRY"}
    assert set(values) <= found


NO_EXPIRY_PARTS = [
    # no card's number in the message: a form's field talked about
    "Expiry month 01 to 12 only, but the year field accepts anything",
    "our test returns code 111 and expiry month 12, what does that mean?",
    "Ablaufmonat 04 und Ablaufjahr 2030 stehen im Formular falsch herum",
    # a card, but no expiry word before the month: a billing month
    "card 4111 1111 1111 1111 charged twice in month 07 of year 2024",
    # not a month: 13
    "visa 4111 1111 1111 1111 exp month 13 is rejected",
]


@pytest.mark.parametrize("text", NO_EXPIRY_PARTS)
def test_no_expiry_parts_without_a_card_or_a_label(redactor: Redactor, text: str) -> None:
    masked = redactor.redact(text)
    assert not [e for e in masked.entities if e.type == "CARD_EXPIRY"]
