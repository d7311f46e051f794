"""Round 18: a secret whose context sits in the same customer's earlier messages, in the
shapes round 17's continuation missed or misread (``redaction.Continuation``). Cases in
our own words; each positive fails on round 17's continuation."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import thread


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a copula opens the follow-up, the value runs to the line's end
        (("the wifi password we picked", "is Hafen 1999!"), "Hafen 1999!"),
        (("das Kennwort vom Router", "ist Seeblick 77"), "Seeblick 77"),
        # two codes in one follow-up
        (("safe code and garage code are", "2741 and 66120"), "2741"),
        (("safe code and garage code are", "2741 and 66120"), "66120"),
        # a card's check digits behind filler words
        (("welche Prüfziffer?", "die ist 418"), "418"),
        # a user label, then the password's label
        (("u: jfischer", "p: seagull42"), "seagull42"),
    ],
)
def test_a_value_in_a_follow_up_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value in redactor.redact(messages[-1]).text
    assert value not in thread(redactor, *messages)[-1]


def test_digits_keyed_one_by_one_before_a_remark_are_masked(redactor: Redactor) -> None:
    # Round 18's code rules also mask this message alone (a keypad key closes the digits);
    # the continuation must keep doing so after the cue.
    assert "3 8 1 6" not in thread(redactor, "Garagentor-Code", "3 8 1 6 und dann Stern")[-1]


def test_a_list_sent_in_one_message_is_masked_whole(redactor: Redactor) -> None:
    out = thread(redactor, "hier die Wiederherstellungs-Codes", "6640-1287\n3309-5512\n7781-0046")
    assert out[1] == "[PASSWORD]\n[PASSWORD]\n[PASSWORD]"


def test_a_list_stays_open_across_a_message_naming_nothing(redactor: Redactor) -> None:
    out = thread(redactor, "sms code", "730184", "oh it expired again", "552907")
    assert out == ["sms code", "[PASSWORD]", "oh it expired again", "[PASSWORD]"]


def test_a_list_is_not_kept_across_a_message_naming_something(redactor: Redactor) -> None:
    out = thread(redactor, "sms code", "730184", "and my order number", "552907")
    assert out[2:] == ["and my order number", "552907"]


def test_a_card_code_after_a_card_given_before(redactor: Redactor) -> None:
    out = thread(redactor, "4111 1111 1111 1111", "and the code off the back", "it's 812")
    assert "812" not in out[2]
    out = thread(redactor, "Karte: 4111 1111 1111 1111", "CVV folgt", "640")
    assert out[2] == "[CVC]"


@pytest.mark.parametrize(
    "messages",
    [
        # a message naming a user name gives a user name
        ("I can't log in, forgot the password", "my username is jo.berger"),
        ("Passwort vergessen", "Benutzername ist m.wolff"),
        ("ftp passwort", "user ist ftp_lager"),
        # a short number with no card before it stays
        ("what's the code for the parking?", "it's 212"),
        ("the code", "ok 404 again"),
        # numbers with no code cue
        ("we met on", "1998 and 2004"),
        # spaced digits in talk
        ("the password rules", "1 2 3 steps, easy"),
    ],
)
def test_ordinary_follow_ups_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages)[1:] == list(messages[1:])
