"""Round 48, speed (r48-speed): two pre-check gates answer as before for less work.

- ``card_details._has_cvc_value`` (the card-details family's value test): in an ASCII text
  without a digit, a code read out in digit words ("one two three") holds two separator +
  digit-word pairs, the second found by a search from the first's end; a text with one
  such pair ("… with three offices …") skips the case-blind scan of the whole text, and
  still asks the counted codes ("three sevens").
- ``one_time_code.spelled_code_spans``: in an ASCII text its code words themselves
  ("passwor", "kennwort", "code", …) gate the word scan, not their fragments "pass" and
  "wort" ("worth", "passport", "pass the message").

Every text is written here (none is a corpus item). The tests that refuse the skipped scans
fail on round 48's base code (it scans there); the others check that the answers and the
redactions are those of the base's logic (copied) and of the unchecked redactor.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from redaction import Redactor
from redaction.recognizers import card_details, one_time_code
from tests.redaction.helpers import assert_secret_gone


class _Refused:
    """A pattern whose every scan fails the test (it must not be asked)."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern.pattern

    def search(self, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"scan asked: {self.pattern[:40]!r}")

    finditer = match = search


def _has_cvc_value_r48(text: str, low: str) -> bool:
    """Round 48's base ``_has_cvc_value`` (copied)."""
    cd = card_details
    if text.isascii():
        if cd._ASCII_DIGIT.search(text) is not None:
            return True
        if cd._SPOKEN_PAIR_HINT.search(low) is None:
            return False
    if cd._CVC_VALUE_HINT.search(text) is not None:
        return True
    return cd._SAID_CVC_HINT.search(low) is not None and cd._SAID_CVC.search(text) is not None


# One separator + digit word: no spoken code, the scan is spared
ONE_PAIR: list[str] = [
    "We are a small team with three offices and want to compare your plans.",
    "Die Lieferung kam in zwei Paketen an, danke fuer die schnelle Hilfe",
    "Is the security check on the back page something I need, or is that optional?",
    "Which one of the plans includes the reporting?",
]
# Spoken codes (ASCII, no digit): the scan still finds them
SPOKEN: list[str] = [
    "CVC on the back: one two three",
    "the security code is four, seven-nine",
    "Prüfnummer null acht fuenf bitte",
    "cvv is oh-two-seven-nine",
    "card back code: three sevens",
    "code on the back is triple seven",
]
# ASCII texts whose fragments "pass"/"wort" opened the word scan, with a digit word
WORD_FRAGMENTS: list[str] = [
    "Is it worth it to upgrade for one user?",
    "Please pass the message to billing, one more time",
    "I need the passport number field removed from two forms",
]
# Codes read out after their word (ASCII): still found
SPELLED_CODES: list[str] = [
    "the pin is four seven one one",
    "my passcode: nine eight seven six",
    "Kennwort lautet drei vier fuenf sechs",
    "Passwort ist null acht eins fuenf",
    "the TAN is two two four six",
]


def _variants(seed: int, n: int) -> list[str]:
    """Texts of digit words, separators and words, many holding two or three pairs."""
    rnd = random.Random(seed)
    vocab = [
        *"one two three four five six seven eight nine zero oh null eins zwei zwo drei".split(),
        *"vier fuenf sechs sieben acht neun hundred sevens triple times".split(),
        *"the code is on back cvc my card pin password kennwort worth pass and".split(),
        "-",
        ",",
        "X",
        "Ohne",
        "fuenfte",
    ]
    seps = [" ", ", ", "-", " - ", ",", "  "]
    out = []
    for _ in range(n):
        words = [rnd.choice(vocab) for _ in range(rnd.randint(1, 9))]
        out.append("".join(w + rnd.choice(seps) for w in words).strip())
    return out


GENERATED = _variants(48, 1500)
ALL_TEXTS = ONE_PAIR + SPOKEN + WORD_FRAGMENTS + SPELLED_CODES


@pytest.mark.parametrize("text", ONE_PAIR)
def test_one_pair_skips_the_spoken_code_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card_details, "_CVC_VALUE_HINT", _Refused(card_details._CVC_VALUE_HINT))
    assert card_details._has_cvc_value(text, text.lower()) is False


@pytest.mark.parametrize("text", SPOKEN)
def test_spoken_code_still_found(text: str) -> None:
    assert card_details._has_cvc_value(text, text.lower()) is True


@pytest.mark.parametrize("text", ALL_TEXTS + GENERATED)
def test_cvc_value_answers_as_before(text: str) -> None:
    low = text.lower()
    assert card_details._has_cvc_value(text, low) == _has_cvc_value_r48(text, low)


def test_two_pairs_wherever_a_spoken_code_is() -> None:
    """The argument itself: every spoken code (``_SPOKEN_CVC``) in an ASCII text holds a
    pair, and another from its end on (the separators and digit words, exhaustively over
    three words)."""
    pattern = card_details.re.compile(card_details._SPOKEN_CVC, card_details._FLAGS)
    words = [w.replace("ü", "ue") for w in card_details._DIGIT_WORDS]
    for a, b, c in itertools.product(words, repeat=3):
        for sep in (" ", ",", "-", " , ", "--"):
            for text in (f"{a}{sep}{b}{sep}{c}", f"x {a.upper()}{sep}{b}{sep}{c.title()} y"):
                assert pattern.search(text) is not None
                low = text.lower()
                first = card_details._SPOKEN_PAIR_HINT.search(low)
                assert first is not None
                assert card_details._SPOKEN_PAIR_HINT.search(low, first.end()) is not None


@pytest.mark.parametrize("text", WORD_FRAGMENTS)
def test_word_fragment_skips_the_word_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(one_time_code, "_SPELLED_WORD", _Refused(one_time_code._SPELLED_WORD))
    assert one_time_code.spelled_code_spans(text, text.lower()) == []


@pytest.mark.parametrize("text", SPELLED_CODES)
def test_spelled_code_still_found(text: str) -> None:
    assert one_time_code.spelled_code_spans(text, text.lower()) != []


@pytest.mark.parametrize("text", ALL_TEXTS + GENERATED)
def test_spelled_codes_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    new = one_time_code.spelled_code_spans(text, text.lower())
    monkeypatch.setattr(one_time_code, "_SPELLED_HINT_ASCII", one_time_code._SPELLED_HINT)
    assert new == one_time_code.spelled_code_spans(text, text.lower())


# A secret beside each gate, and its close twin with no secret
SECRETS: list[tuple[str, str]] = [
    ("the three digit code on the back: seven one four", "seven one four"),
    ("my bank PIN is four seven one one, please reset it", "four seven one one"),
]
TWINS: list[str] = [
    "the three digit code on the back: see the photo I sent",
    "my bank PIN letter is worth one look, please reset it",
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_masked(text: str, secret: str, redactor: Redactor) -> None:
    assert_secret_gone(redactor, "r48-speed", text, secret)


@pytest.mark.parametrize("text", TWINS)
def test_twin_unchanged(text: str, redactor: Redactor) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("text", ALL_TEXTS + TWINS + [t for t, _ in SECRETS])
def test_redacted_as_unchecked(text: str, redactor: Redactor, unchecked: Redactor) -> None:
    assert redactor.redact(text) == unchecked.redact(text)
