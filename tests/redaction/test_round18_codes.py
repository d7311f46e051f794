"""Round eighteen of issue 10, one-time codes, PINs and dictated values: a 2FA or MFA value
after its colon, a number right after the alarm panel or keypad it opens, a bare "code"
before a number read a digit at a time, a number received by SMS or mail, digits closed
with a keypad's key, backup codes listed after the question that names them, a list of
codes with a blank line between, a PIN read in two pairs and the old one given with it, a
PIN answered after its question, three digit words joined by hyphens after a code word,
and a value dictated a character at a time with its letters' case or spelling words.
Examples written here (none is a corpus item), through the whole redactor, with hard
negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    ("2fa alone", "MFA: 604211 and it still says invalid", ["604211"]),
    ("2fa alone", "mein 2FA = 882731", ["882731"]),
    ("panel", "the alarm keypad 7104 beeps, you have a minute", ["7104"]),
    ("panel", "Alarmanlagen-Tastatur: 6612, dann Scharf drücken", ["6612"]),
    ("dictated digits", "Garagenbox hinten: Code 8-1-4-6", ["8-1-4-6"]),
    ("dictated digits", "storage unit, code 5 0 2 7, thanks", ["5 0 2 7"]),
    ("received", "I got 318 552 by text and it was rejected", ["318 552"]),
    ("received", "ich habe 770215 per SMS bekommen, geht nicht", ["770215"]),
    ("keypad", "Hintertür: 6 2 0 8 und dann Raute drücken", ["6 2 0 8"]),
    ("keypad", "the gate wants 44718 then the pound key", ["44718"]),
    (
        "backup list",
        "here are the backup codes, are they used up? 3391-0482 7716-2250",
        ["3391-0482", "7716-2250"],
    ),
    (
        "backup list",
        "my recovery codes from the old phone\n5512-0934\n\n8876-2210",
        ["5512-0934", "8876-2210"],
    ),
    ("pin pairs", "Karten-PIN: 47 19 (die alte war 5530)", ["47 19", "5530"]),
    ("pin answered", "Q: PIN for the shared laptop? A: 8803", ["8803"]),
    ("digit words", "der Code vom Handy: sechs-null-drei", ["sechs-null-drei"]),
    ("dictated", "big T, then 4, then small r, a hash sign, then 7 7", ["T, then 4", "small r"]),
    ("dictated", "kleines q wie Quelle, 3, großes B, Unterstrich, 1988", ["q wie Quelle", "1988"]),
    ("dictated", "F wie Friedrich, k, 2, 2, percent sign, u", ["Friedrich, k, 2"]),
    ("dictated", "uppercase W, lowercase t, 6, 1, question mark, h-a-z-e", ["h-a-z-e", "6, 1"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES: list[tuple[str, str]] = [
    ("2fa talk", "is 2FA: mandatory for all 40 users since 2023?"),
    ("panel model", "we installed the alarm panel 3000 series last week"),
    ("error code", "error code 4-0-4-1 again on the router"),
    ("received amount", "I received 1500 euros by transfer yesterday"),
    ("received count", "we got 2 by email and 3 by post"),
    ("keypad talk", "press 1 then hash to reach billing"),
    ("backup talk", "how do backup codes work? Do I get 10 of them?"),
    ("list", "Plan A, B, C and 2 options are on the table"),
    ("list", "Bitte Punkte a, b, c, 4 und 5 prüfen"),
    ("case talk", "the password needs capital letters, numbers, and a symbol"),
    ("case talk", "großes Problem, 3 Leute, kleines Budget, wenig Zeit"),
    ("pin talk", "the PIN is sent in 12 24 hours?"),
    ("digit words", "one-two-three, that's how easy setup is"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_old_number_of_another_noun_kept(redactor: Redactor) -> None:
    # the old one named as another number is that number's, not the code's predecessor
    out = redactor.redact_text("PIN: 4471 (die alte Kundennummer war 5512)")
    assert "4471" not in out and "5512" in out, out
