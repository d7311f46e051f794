"""Round 42, secrets said in words: the whole dictated run is the secret.

- a dictated value goes on past a comma, "and"/"und", a joiner and an article before a sign's
  name when spelled pieces follow ("capital R, a, v, e, n, 4, 4 and a hash sign", "großes K,
  dann 'aktus', dann 58", "dann ein Unterstrich"); an ordinary word after the comma ends it
  there ("…, dann 5 Minuten gewartet");
- a case word said before a digit is a count, not a letter's case ("1 uppercase, 1 digit");
- a card read out partly in digit words, partly in its printed groups ("vier null eins zwei
  8888 8888 1881").

Our own invented variants, EN and DE; each positive fails on r42, each twin stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from tests.redaction.helpers import assert_all_gone


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("password is capital R, a, v, e, n, 4, 4 and a hash sign", ["hash"]),
        ("das Passwort ist großes M, o, n, d, 7, 7 und ein Ausrufezeichen", ["Ausrufezeichen"]),
        ("my login password is capital W, then 'interzeit', then 1999", ["interzeit", "1999"]),
        ("mein Kennwort lautet großes K, dann 'aktus', dann 58", ["aktus", "58"]),
        ("Kennwort: kleines h, großes A, s, e, dann eins zwei und ein Dollarzeichen", ["Dollar"]),
        ("password is Lighthouse then an underscore then 7 then a question mark", ["Lighthouse"]),
        ("pw is uppercase P, lowercase anther, then 12 and a percent sign", ["uppercase P"]),
        (
            "password is capital Q, u, i, l, l, 8 and an exclamation mark, user is q.miller",
            ["exclamation"],
        ),
    ],
)
def test_a_dictated_run_is_masked_whole(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "dictated run", text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the value ends at the comma when an ordinary word follows
        ("Kennwort ist hund punkt 77, dann 5 Minuten gewartet", "dann 5 Minuten gewartet"),
        ("password is fox dot 12, then the app froze for 3 minutes", "then the app froze"),
        ("password is capital Q, u, i, l, l, 8 and then it says wrong", "and then it says"),
        (
            "password is capital Q, u, i, l, l, 8 and an exclamation mark, user is q.miller",
            "q.miller",
        ),
    ],
)
def test_a_dictated_run_ends_before_the_talk(redactor: Redactor, text: str, kept: str) -> None:
    masked = redactor.redact(text).text
    assert "[PASSWORD]" in masked, masked
    assert kept in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "my email is anna dot berger at gmx dot de, please call me back",
        "Meine E-Mail ist peter punkt lang at web punkt de, danke",
        "Nachname für die Buchung: großes S, c, h, m, i, d, t",
        "my order number is four four seven one two, then nine nine",
        "my phone number is zero one seven one, then five five two, then eight eight",
        "the password needs a capital letter, a number and an exclamation mark",
        "Das Passwort muss ein Sonderzeichen, eine Zahl und einen Großbuchstaben enthalten",
        "password must contain: 1 uppercase, 1 lowercase, 1 digit, 1 special character",
        "password requirements: 1 uppercase, 1 digit, then a symbol like # or !",
        "Passwort-Regeln: mindestens 8 Zeichen, eine Zahl und ein Ausrufezeichen",
        "the password is wrong, then I tried again and again",
        "Passwort vergessen, dann habe ich es zurückgesetzt, dann ging es",
        "password changed at 10:40, then 2 more tries and a lockout",
    ],
)
def test_spoken_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("card is four five one seven 8128 6570 7042", ["8128", "6570", "four five"]),
        ("Kartennummer vier null eins zwei 8888 8888 1881", ["vier null", "8888"]),
        ("my card number is 4012 8888 eight eight eight eight one eight eight one", ["4012"]),
        ("card: five five five five 5555 5555 four four four four", ["5555", "five"]),
        ("my card is three seven eight two 822463 10005", ["822463"]),
    ],
)
def test_a_card_in_words_and_groups_is_masked(
    redactor: Redactor, text: str, gone: list[str]
) -> None:
    assert_all_gone(redactor, "card in words and groups", text, gone)


@pytest.mark.parametrize(
    "text",
    [
        "my order is four five one seven 8128 6570",
        "order number four five one seven 8128 6570 7042",
        "tracking four zero one two 8888 8888 1881 arrived",
        "Rufnummer null eins sieben eins 5552 3388 99",
        "call me at zero one seven one 5552 3388",
        "IBAN DE eight nine 3704 0044 0532 0130 00",
    ],
)
def test_card_twins_in_words_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [thread.redact(text).text for text in messages]


@pytest.mark.parametrize(
    ("messages", "gone"),
    [
        (
            [
                "I can't log into the portal, my password doesn't work",
                "it's Seagull then an exclamation mark then 63",
            ],
            "Seagull",
        ),
        (
            ["Mein Passwort geht nicht mehr", "es ist Mondschein dann ein Unterstrich dann 42"],
            "Mondschein",
        ),
        (["Kennwort für den Drucker?", "dann Raute eins eins acht Stern"], "Raute eins"),
        (["pw for the router?", "ok so lowercase k, i, w, i, 8 and a dollar sign"], "dollar"),
    ],
)
def test_a_message_dictated_alone_after_its_topic(
    redactor: Redactor, messages: list[str], gone: str
) -> None:
    last = _talk(redactor, messages)[-1]
    assert gone not in last, last


@pytest.mark.parametrize(
    "messages",
    [
        ["my password doesn't work", "then I tried again and it failed"],
        ["my password doesn't work", "my email is anna dot berger at gmx dot de"],
        ["Passwort geht nicht", "meine Mail ist lena punkt vogt at web punkt de"],
        ["my password doesn't work", "order number four four seven one two"],
        ["Passwort geht nicht", "Rückruf bitte unter null eins sieben eins, fünf fünf zwei"],
    ],
)
def test_talk_after_a_secret_topic_stays(redactor: Redactor, messages: list[str]) -> None:
    assert _talk(redactor, messages) == messages
