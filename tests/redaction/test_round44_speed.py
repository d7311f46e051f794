"""Round 44, speed (r44-speed): two pre-check families opened only where they may find something.

- A card-details literal ("back", "CVC", "Sicherheitscode") opened the card and card-details
  recognizers on any text; every value card details reports holds a digit or is a code read
  out in digit words (``card_details.holds_detail_value``), and a card needs its digits or is
  read out (``card.might_spell_card``), so prose without either ("switch back later", "is the
  CVC needed?") now opens neither.
- A password trigger literal opened the one-time-code recognizer on every message with a
  password word; it finds only what its code-word tests (``has_code_word``) or a code read
  out in digit words after a password word find (``one_time_code.may_find``), so "I forgot my
  password" no longer runs it.

Every text is written here (none is a corpus item). The negatives fail on round 43's code (the
families opened on them); their twins (the same sentence with a value) hold on both and guard
that nothing a recognizer finds is ruled out. Each negative is redacted as the unchecked
redactor redacts it: the gate stops only what would not have been masked.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.normalize import normalize
from redaction.precheck import CARD, CARD_DETAILS, ONE_TIME_CODE, families
from redaction.recognizers import card_details, one_time_code
from redaction.recognizers.one_time_code import OneTimeCodeRecognizer
from tests.redaction.helpers import assert_secret_gone

# A card-details word in prose with no number: neither card family is asked.
CARD_WORDS_NO_VALUE: list[str] = [
    "We may switch back to the old plan later if the reports are not worth it.",
    "Is the CVC needed for SEPA payments?",
    "Wir wechseln später zurück, die Sicherheitscode-Abfrage war lästig.",
    "Brauche ich die Prüfziffer auch für SEPA?",
]
# ... the same sentences with a code (digits, or read out in digit words): masked
CARD_WORDS_WITH_VALUE: list[tuple[str, str]] = [
    ("the code on the back is 456", "456"),
    ("the code on the back is four five six", "four five six"),
    ("die Prüfziffer auf der Rückseite ist 482", "482"),
    ("die Prüfziffer ist vier acht zwei", "vier acht zwei"),
]

# A password word with no code word and no code read out: the one-time-code recognizer is
# not asked (the password rules are).
PASSWORD_WORDS_NO_CODE: list[str] = [
    "I forgot my password, can you help?",
    "Is my password stored encrypted?",
    "Mein Passwort funktioniert nicht mehr.",
    "Das Kennwort ist abgelaufen, was nun?",
]
# ... a code read out in digit words after the password word (no code word): the
# one-time-code recognizer reads it, so it is asked
PASSWORD_WORDS_SPELLED_CODE: list[tuple[str, str]] = [
    ("my password is four seven one one", "four seven one one"),
    ("Passwort: vier sieben eins eins", "vier sieben eins eins"),
]
# ... a code word beside the password word: asked, as before
PASSWORD_AND_CODE_WORDS: list[str] = [
    "password reset, the SMS code is 482913",
    "Passwort vergessen, die TAN lautet 482913",
]


@pytest.mark.parametrize("text", CARD_WORDS_NO_VALUE)
def test_card_word_without_value_opens_no_card_family(
    text: str, redactor: Redactor, unchecked: Redactor
) -> None:
    found = families(normalize(text).text)
    assert CARD not in found and CARD_DETAILS not in found
    assert redactor.redact(text) == unchecked.redact(text)


@pytest.mark.parametrize(("text", "value"), CARD_WORDS_WITH_VALUE)
def test_card_word_with_value_opens_card_details(text: str, value: str, redactor: Redactor) -> None:
    norm = normalize(text).text
    assert card_details.holds_detail_value(norm, norm.lower())
    assert CARD_DETAILS in families(norm)
    assert_secret_gone(redactor, "a card's code after its label", text, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no number here", False),
        ("code 1", True),
        ("four five six", True),
        ("vier, acht, zwei", True),
        ("one thing at a time", False),
        ("Prüfziffer ٤٥٦", True),  # (a digit of another script: ``\d`` as the rules read it)
    ],
)
def test_holds_detail_value(text: str, expected: bool) -> None:
    assert card_details.holds_detail_value(text, text.lower()) is expected


@pytest.mark.parametrize("text", PASSWORD_WORDS_NO_CODE)
def test_password_word_alone_opens_no_one_time_code(
    text: str, redactor: Redactor, unchecked: Redactor
) -> None:
    norm = normalize(text).text
    assert ONE_TIME_CODE not in families(norm)
    assert not OneTimeCodeRecognizer().analyze(norm, [])
    assert redactor.redact(text) == unchecked.redact(text)


@pytest.mark.parametrize(
    "text", [text for text, _ in PASSWORD_WORDS_SPELLED_CODE] + PASSWORD_AND_CODE_WORDS
)
def test_code_after_password_word_opens_one_time_code(text: str) -> None:
    norm = normalize(text).text
    # the recognizer finds a code here, so the pre-check must let it run
    assert OneTimeCodeRecognizer().analyze(norm, [])
    assert one_time_code.may_find(norm, norm.lower())
    assert ONE_TIME_CODE in families(norm)


@pytest.mark.parametrize(("text", "value"), PASSWORD_WORDS_SPELLED_CODE)
def test_spelled_code_after_password_word_is_masked(
    text: str, value: str, redactor: Redactor
) -> None:
    assert_secret_gone(redactor, "a code read out after a password word", text, value)
