"""Round twenty-one of issue 10, codes and PINs: backup codes listed apart by spaces; a
recovery code or key alone on the line under its word, a recovery key in many groups; a
door code with a letter ("Türcode 3391A"); a code for a "Kastl"; a lock box or alarm
system named alone with its value after a colon; an operating panel's code
("Bediencode"); a one-time code split 4-2 by a hyphen; a bare "code" after the lock it
opens further back in its clause; a bare "code" with a number in the sentence after a
one-time code word; a one-time code the customer says they entered. Examples written here
(none is a corpus item), through the whole redactor, with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    (
        "spaced list",
        "my backup codes are 804417 663190 257731, one is used",
        ["804417", "663190", "257731"],
    ),
    ("spaced list", "Sicherungscodes: 11904432 55021876", ["11904432", "55021876"]),
    ("code under word", "backup code\nZ7PK-44RT-9QXW", ["Z7PK-44RT-9QXW"]),
    (
        "recovery key under its line",
        "Den Wiederherstellungsschlüssel zeigte die App so an\nK2M4P-7QX9R-B3N8T-4WZ6Y-H5J2L",
        ["K2M4P-7QX9R-B3N8T"],
    ),
    ("door code letter", "Torcode 5519C für den Lieferanten", ["5519C"]),
    ("door code letter", "door code: 7720B", ["7720B"]),
    ("kastl", "der Code vom Postkastl ist 3318", ["3318"]),
    ("lock box alone", "key safe at the cottage: 6613", ["6613"]),
    ("lock box alone", "Schlüsselsafe hinterm Haus: 4490", ["4490"]),
    ("alarm system", "- Alarmanlage Büro: 8123", ["8123"]),
    ("operating code", "der Bediencode der Zentrale ist 447120", ["447120"]),
    ("split 4-2", "Ihr Anmeldecode lautet 8830-17.", ["8830-17"]),
    ("lock then code", "the keypad by the loading dock, code 7731, opens at 6", ["7731"]),
    ("lock then code", "Schließfach im Keller mit den Ordnern: Code 55120", ["55120"]),
    (
        "code next sentence",
        "Ich warte auf den Einmalcode. Jetzt kam der Code 661204 endlich an.",
        ["661204"],
    ),
    (
        "entered",
        "das Einmalkennwort kommt per SMS an +49 151 2345678, aber wenn ich 510772 eingebe: nix",
        ["510772"],
    ),
    (
        "entered",
        "the one-time password goes to +44 7700 900123 but when I type 339104 it says invalid",
        ["339104"],
    ),
]

# (cause, text): nothing is masked
NEGATIVES: list[tuple[str, str]] = [
    ("spaced numbers", "backup ran at 120000 bytes per second, 240000 total"),
    ("date under word", "recovery code\n2025-11-04 is when I lost it"),
    ("year-month", "Bestätigungscode vom 2024-11 kam nicht"),
    ("season", "die TAN-Liste der Saison 2023-24 ist abgelaufen"),
    ("door model", "Türcode 2000A series keypad"),
    ("alarm time", "alarm: 0730 every weekday"),
    ("order after lock", "the door, order 55120 shipped"),
    ("code next sentence", "Ich habe keinen Einmalcode bekommen. Der Fehlercode 5003 erscheint."),
    ("recovery key prose", "Where do I find the recovery key for drive 2? Version 2024-11-05"),
    ("entered count", "das Einmalkennwort geht an +49 151 2345678, wenn ich 3 mal eingebe, Sperre"),
    ("alarm system count", "Alarmanlage Büro: 3 Sensoren"),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact(text).text
    assert out == text, f"{cause}: {text!r} -> {out!r}"


# An error's or state's name in PascalCase given after a password word in a pasted config
# question is what a tool reports (``code_values``), not a password; a value with digits
# stays one.
ERROR_NAMES: list[tuple[str, str]] = [
    ("state name", "key: password in the secret, deploy fails: ImagePullBackOff"),
    ("state name", "wrong password? the pod status: CrashLoopBackOff"),
]


@pytest.mark.parametrize(("cause", "text"), ERROR_NAMES)
def test_error_name_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact(text).text
    assert out == text, f"{cause}: {text!r} -> {out!r}"


def test_error_like_password_with_digits(redactor: Redactor) -> None:
    assert_all_gone(redactor, "digits", "my password: BlueError2024!", ["BlueError2024!"])


def test_lone_number_under_word_line(redactor: Redactor) -> None:
    text = "Where are my recovery codes\n20931 is my ticket"
    assert redactor.redact(text).text == text
