"""Round 41 (pw): password and credential values a customer gives without the label right
beside them. A setting verb between the password word and the value ("Admin Passwort hab
ich geändert auf x"), a value typed in a message about a code or a password ("even though I
typed 3141 like always", "hab x eingegeben, das war immer mein Passwort"), a user's handle
and a value with a password's sign after a slash ("note: 'OCA admin - harlow.admin / x'"),
a provider key one or two characters off its documented length, and the typing note read
by one rule (``password._strip_tail_notes``). Twins: the same shapes with a manner, a count,
an amount, another field, a product or an error pair. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

POSITIVES = [
    # a setting verb after the inverted "hab ich" between the password word and the value
    ("Das WLAN Passwort hab ich geändert auf Kranich55, seitdem geht nichts", "Kranich55"),
    ("Kennwort habe ich umgestellt auf Lindenblatt7 und jetzt geht die App nicht", "Lindenblatt7"),
    # a value typed in, in a message about a code or a password
    ("The door keypad beeps 'invalid code' and I typed 7291 twice", "7291"),
    ("the site asked for my password, I entered marmalade and it said no", "marmalade"),
    ("hab Tannenzapfen eingegeben, das war immer mein Passwort", "Tannenzapfen"),
    ("ich hab den code 604417 eingegeben aber nix passiert", "604417"),
    ("Ich habe die TAN 318 2290 zweimal eingegeben", "318 2290"),
    ("the password keeps failing, I typed in harbour42 exactly", "harbour42"),
    # a user's handle after a colon, a quote or a dash, then " / " and a value with a sign
    ("a post-it said: 'Shop backend - mara.k / Zebra#Lamp9'. Is that ours?", "Zebra#Lamp9"),
    ("Zugang fürs Portal: jonas_w / Fichte!Moos3 bitte nicht weitergeben", "Fichte!Moos3"),
    # a provider key one character off its documented length
    ("is AIzaSyC4mQ8vLn2Xp7Tz0Rw4Nb1Yc3Hs6Jd5Fg2Ua the right maps key?", None),
    ("maps key AIzaSyC4mQ8vLn2Xp7Tz0Rw4Nb1Yc3Hs6Jd5Fg2 (one short?)", None),
    # the typing note, now read by one rule
    ("Password Ankara 1923 with space and capital A", "Ankara 1923"),
    ("the gate code is blue harbour 12 with spaces", "blue harbour 12"),
    ("Passwort Lissabon 1755 mit Leerzeichen dazwischen", "Lissabon 1755"),
]

NEGATIVES = [
    # the setting verb with a manner, something vague, a measure
    "Das Passwort hab ich geändert auf Wunsch des Chefs",
    "Passwort habe ich geändert auf etwas Sicheres",
    "Das Passwort hab ich geändert auf 12 Zeichen",
    "Das Passwort habe ich geändert.",
    "I changed my password to something longer",
    # typed: a count, a year, an order number, another field, talk
    "I typed 3 times and the code failed",
    "I typed it 3 times and the code failed",
    "I entered 2024 as the year and the code failed",
    "ich hab 3 mal eingegeben, der Code geht nicht",
    "ich hab die Bestellnummer 12345 eingegeben, der Code kommt nicht",
    "Ich habe meine PLZ 80331 eingegeben, der Code kommt nicht",
    "I typed in order 55123 and the code box turned red",
    "wrong password, I typed my email instead",
    "ich hab alles eingegeben, Passwort geht nicht",
    "ich habe Unsinn eingegeben, das Passwort war falsch",
    "hab es eingegeben, Passwort falsch",
    "the password field shows dots so I cant tell what I typed",
    "I typed 4471 as the amount and then the invoice failed",
    # a slash between names, versions, an error pair
    "stack: node.js / Deno2 for the worker",
    "error: card_declined / generic_decline",
    "versions: v2.1 / v2.2-beta",
    "paths: src.main / tests.unit",
    # a provider's prefix named, no key; a typing verb with no code or password in the message
    "the docs say Google keys begin with AIza and run to 39 characters",
    "the search kept failing, I typed in order 4471 exactly",
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_the_value_is_masked(redactor: Redactor, text: str, secret: str | None) -> None:
    out = redactor.redact(text).text
    if secret is None:
        assert "AIza" not in out, out
        return
    assert secret not in out, out
    for word in secret.split():
        if len(word) >= 4:
            assert word not in out, out


@pytest.mark.parametrize("text", NEGATIVES)
def test_the_twin_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
