"""Round 51, CPU per message (r51-cpu): cheaper gates, output unchanged.

``handed_values.may_match`` asks its cheap tests first and stops at the first form that may
match (it was ``any`` over all five forms' scans, the login's a trie scan), and answers a text
asked twice in a row once; ``device_codes.gate`` finds either code shape in one scan. The
phrasings here are this file's own.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from redaction import Redactor, device_codes, handed_values, situation_values

# (text, whether one of the forms may find a value): a case per form, and ordinary chat
_CASES = (
    ("Agent: What was your first pet's name?\nCustomer: Pfefferminz", True),
    ("the shed door, I punch 7 3 1 9 then press the green key", True),
    ("user k.lindqvist dahinter Walross!42", True),
    ("can't log in, my answer was: our first street, Ahornweg", True),
    ("it's Tulpe8# not Tulpe8*", True),
    ("Können Sie mir bitte die Rechnung per E-Mail schicken?", False),
    ("Thanks, the delivery arrived on Tuesday. Have a nice weekend!", False),
    ("Meine Bestellung 4471 ist noch nicht da, könnt ihr nachsehen?", False),
    ("history of the user interface, see @docs", False),
    ("Die Garage ist zu, ich wohne im 3. Stock", False),
)


class _Counting:
    """A compiled pattern's stand-in that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_may_match_answers_as_every_form_asked(text: str, expected: bool) -> None:
    low = text.lower()
    assert any(handed_values._runs(text, low)) is expected
    assert handed_values.may_match(text, low) is expected


@pytest.mark.parametrize(
    "low",
    ["user", "ein benutzer", "login", "nutzer", "kennung", "a@b", "anna + x", "nothing", "a+b"],
)
def test_login_word_is_the_login_literals(low: str) -> None:
    expected = any(literal in low for literal in handed_values._LOGIN_LITERALS)
    assert handed_values._login_word(low) is expected


def test_the_gated_forms_still_find_their_values() -> None:
    redactor = Redactor()
    masked = redactor.redact("Agent: What was your first pet's name?\nCustomer: Pfefferminz").text
    assert "Pfefferminz" not in masked
    masked = redactor.redact("user k.lindqvist dahinter Walross!42").text
    assert "Walross!42" not in masked


def test_ordinary_chat_runs_no_form_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quiet message asks no form's scan past its cheap tests (a line break, "not", a login
    word, a colon or comma, two digits), and the login's literals no scan at all."""
    scans = {
        name: _Counting(getattr(handed_values, name))
        for name in ("_TRANSCRIPT_SCAN", "_OWN_SCAN", "_POSSESSIVE_AT", "_KEYED_SCAN")
    }
    for name, counting in scans.items():
        monkeypatch.setattr(handed_values, name, counting)
    text = "Können Sie mir bitte die Rechnung per E-Mail schicken?"
    assert not handed_values.may_match(text, text.lower())
    assert {name: c.searches for name, c in scans.items()} == dict.fromkeys(scans, 0)


def test_a_form_that_may_match_stops_the_other_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    digits = _Counting(handed_values._DIGIT_RUN)
    monkeypatch.setattr(handed_values, "_DIGIT_RUN", digits)
    text = "Agent: What was your first pet's name?\nCustomer: Pfefferminz 42"
    assert handed_values.may_match(text, text.lower())
    assert digits.searches == 0  # (the transcript answered; the keypad's digits not asked)


def test_one_text_asked_twice_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The event loop's path asks ``situation_values.gate`` and then ``values`` of a text:
    the handed forms' tests run once."""
    digits = _Counting(handed_values._DIGIT_RUN)
    monkeypatch.setattr(handed_values, "_DIGIT_RUN", digits)
    text = "Ich warte seit 12 Tagen auf mein Paket."
    low = text.lower()
    assert situation_values.gate(text, low) is False
    assert situation_values.values(text, lambda text, start, value: True, low) == []
    assert digits.searches == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enter QRTZ-BKLM on the TV", True),
        ("the code QRTZ-8842 at example.com/activate", True),
        ("4471-BKQP on the screen", True),
        ("per E-Mail, Re-Upload", False),
        ("order 4471-8842", False),
        ("xQRTZ-BKLM", False),
    ],
)
def test_device_gate_is_either_shape(text: str, expected: bool) -> None:
    either = "-" in text and (
        device_codes._CODE.search(text) is not None
        or device_codes._MIXED_CODE.search(text) is not None
    )
    assert either is expected
    assert device_codes.gate(text) is expected
