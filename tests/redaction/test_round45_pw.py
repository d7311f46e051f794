"""Round 45 (passwords in single messages): a value given after what it is ("the password
is my parrot's name kiwi", ``redaction.kind_values``), and a password written as a sum
("Kennwort Tisch+Stuhl=4", which the log-field test in ``password`` took for "key=value").
Each with hard twins of the same wording that hold no value. Sentences and values are our
own."""

from __future__ import annotations

import pytest

from redaction.kind_values import kind_then_value
from tests.redaction.helpers import assert_password_masked, assert_unchanged

# --- a value after what it is -----------------------------------------------------------

KIND_THEN_VALUE = [
    # (message, the value that must not survive)
    ("the password is my parrots name kiwi", "kiwi"),
    ("my pw is simply the word lighthouse", "lighthouse"),
    ("password is just the number 55081923, nothing fancy", "55081923"),
    ("the wifi pw is our cat's name: Pumpkin. cheers!", "Pumpkin"),
    ("Benutzer ist kasse, Passwort ist der Name von unserem Pferd: Blitz. Sorry", "Blitz"),
    ("mein kennwort ist der name von meinem hamster also krümel", "krümel"),
    ("Password is my sons name and birthday Jonas0309 he picked it", "Jonas0309"),
    ("the zip is locked, password is the order number (770214). Thanks", "770214"),
]

KIND_TWINS = [
    # a description with no value after it
    "my password is the name of my first dog",
    "the password is my parrots name and I forgot it",
    "the password is my parrots name lol",
    # the owner's noun ends the description: no value ("the name of the company")
    "the password is the name of the company",
    "das Passwort ist der Name von unserem Hund",
    # a number's kind with no digits after it
    "the PIN is the number on the back of the card",
    "password is just the word, not a sentence",
    # no password word before the description
    "the file is named after my parrots name kiwi",
]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my cats name whiskers", "whiskers"),
        ("der name von meiner katze, also minka", "minka"),
        ("the ticket number (48812).", "48812"),
    ],
)
def test_kind_then_value_reads_the_value(text: str, value: str) -> None:
    span = kind_then_value(text, 0)
    assert span is not None and text[span[0] : span[1]] == value


@pytest.mark.parametrize(
    "text", ["the name of the company", "my dogs name lol", "the number on the sticker"]
)
def test_kind_then_value_finds_none(text: str) -> None:
    assert kind_then_value(text, 0) is None


# --- a password written as a sum ---------------------------------------------------------

SUMS = [
    # (message, the value that must not survive)
    ("Drucker im Flur: Benutzer scan, Passwort Tisch+Stuhl=4", "Tisch+Stuhl=4"),
    ("FTP: Benutzer lager, Kennwort Kiste&Palette=2031, Ordner /out", "Kiste&Palette=2031"),
    ("Benutzer backup, Passwort Salz+Pfeffer=9 (mit Plus)", "Salz+Pfeffer=9"),
]

SUM_TWINS = [
    # a log's or a config's field after a password word: a key, "=" and its number
    "Passwort falsch, retries=5 laut Log",
    "password reset failed with status=401 again",
    "Kennwort abgelaufen, max_age=90 steht in der Policy",
]


@pytest.mark.parametrize(("text", "value"), KIND_THEN_VALUE + SUMS)
def test_password_masked(text: str, value: str) -> None:
    assert_password_masked(text, value)


@pytest.mark.parametrize("text", KIND_TWINS + SUM_TWINS)
def test_twin_unchanged(text: str) -> None:
    assert_unchanged(text)
