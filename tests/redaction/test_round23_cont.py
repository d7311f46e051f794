"""Round 23: conversations (``redaction.continuation``, ``redaction.hindsight``), in the
classes split-v10 showed: a card's last piece before a remark, a card's detail or a code
given anew behind words that correct it or say it changed, a value typed again with a
small change (a correction), a value given in parts and then named whole, a password
named as a topic, two capitalised words and a number read as a user name. Cases in our
own words; each positive fails on round 22, each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored, thread


def _gone(outputs: list[str], values: list[str]) -> None:
    for value in values:
        assert not any(value in out for out in outputs), (value, outputs)


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # a card's last piece before a remark of words completes it; every piece is masked
        (("4111 1111", "1111 1111 is the rest of the card"), ["4111 1111", "1111 1111"]),
        (("5500 0000", "0000 0004, das war der Rest der Karte"), ["5500 0000", "0000 0004"]),
        (("378282", "246310005 that's the amex"), ["378282", "246310005"]),
        (("6011 0009", "9013 9424 - ist meine Discover"), ["6011 0009", "9013 9424"]),
    ],
)
def test_a_card_completed_before_a_remark(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a card's detail behind words that correct it
        (("4111 1111 1111 1111 exp 01/27", "sorry, 09/28"), "09/28"),
        (("5500 0000 0000 0004", "nein warte 11/29, die neue Karte"), "11/29"),
        (("4111 1111 1111 1111", "oops actually 10/30"), "10/30"),
        # a code given anew, grouped otherwise, after words saying it changed
        (("the authenticator shows 418 227", "hm expired, now 660431"), "660431"),
        (("my pin is 4471", "sorry new one 4417"), "4417"),
        (("der code aus der sms ist 447 120", "abgelaufen, neuer 551023"), "551023"),
        (("code is 448812", "it refreshed, now 903 114"), "903 114"),
    ],
)
def test_a_detail_or_code_given_anew(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # retyped after a masked password: the new one is a password too
        (("Kennwort: Grüne Wiese", "ach nee, Grüne Wiese 42"), ["Grüne Wiese 42"]),
        (("Passwort ist Kranich Flug", "sorry, Kranich Flug 7!"), ["Kranich Flug 7!"]),
        (("was it Maple.Leaf21?", "or maybe Maple.Leaf12, not sure"), ["Maple.Leaf12"]),
        # two password-shaped values nothing masked, the second a correction of the first:
        # both are masked (the first anew)
        (("Lindwurm88", "ne, Lindwurm88# mit Raute"), ["Lindwurm88"]),
        (("new one: Copper_Moon5", "*Copper_Moon6 sorry"), ["Copper_Moon5", "Copper_Moon6"]),
        (("alt: Kiesel.Strand3", "neu: Kiesel.Strand4 - geht trotzdem nicht"), ["Kiesel.Strand3"]),
        (("my new one is Otter_Bay3", "*Otter_Bay33 sorry"), ["Otter_Bay3"]),
        (("war es Nebel.Horn5", "oder Nebel.Horn6, weiß nicht"), ["Nebel.Horn5", "Nebel.Horn6"]),
    ],
)
def test_a_value_typed_again_with_a_small_change(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("Teil 1: Wald", "Teil 2: 77#See", "das war das ganze Passwort"), ["Wald", "77#See"]),
        (
            ("part one: Kirsch", "part two: bluete9", "that's the full pin for the app"),
            ["Kirsch", "bluete9"],
        ),
        (("Sturm", "Flut!12", "the complete password, both parts"), ["Sturm", "Flut!12"]),
    ],
)
def test_a_value_given_in_parts_named_whole(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    out = stored(redactor, *messages)
    for value in values:
        assert not any(value in o for o in out[:-1]), (value, out)


@pytest.mark.parametrize(
    "messages",
    [
        ("Garten.Zaun12", "that's what I use for everything"),
        ("Hunde.Futter77", "damit melde ich mich immer an"),
    ],
)
def test_two_capitalised_words_and_a_number_are_no_user_name(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert messages[0] not in stored(redactor, *messages)[0]


@pytest.mark.parametrize(
    "messages",
    [
        # a password named as a topic names no value before it
        ("OCA-41177", "Ticket wegen Passwort, bitte Status"),
        ("KX-2291", "Support-Anfrage Passwort"),
        ("INC-55012", "issue re password, any news?"),
        # numbers after a card that are no card: no issuer, no Luhn
        ("1234", "5678 is my order number"),
        ("2024", "4417 is the room"),
        # corrections of things that are no password: a gate, an order, a user, a product
        ("my flight leaves from Gate12", "sorry Gate14"),
        ("order AB-22913", "*AB-22931"),
        ("anna.k", "anna.k2"),
        ("Windows10", "Windows11"),
        ("user is max.mustermann", "sorry, max.musterman"),
        # a capitalised user name with an initial, no digits
        ("Anna.Schmidt", "damit melde ich mich immer an"),
        # a list of words named whole, no secret
        ("Berlin", "Hamburg", "das ist die ganze Liste"),
        ("I ordered two things", "the blue one", "that's the whole order"),
    ],
)
def test_look_alikes_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages) == list(messages)


@pytest.mark.parametrize(
    "messages",
    [
        # a number of another kind after a code, words only, an error's number
        ("code is 448812", "the new order is 552 019"),
        ("code is 448812", "ticket is now 552019"),
        ("pin ist 4471", "jetzt geht es wieder, danke"),
        ("my 2fa code is 123456", "now it says error 404"),
        # a date after a card that corrects nothing
        ("4111 1111 1111 1111 exp 01/27", "sorry, ordered on 12.05.2024"),
    ],
)
def test_what_follows_a_value_stays(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]
