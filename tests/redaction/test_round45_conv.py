"""Round 45 (conversations: a card's and a password's value that an earlier message or the
message itself makes knowable). Through a real ``Continuation`` (arrival) and its
``amended`` copies (as stored):

- a correction announced in one message ("sorry, the 3rd digit is a 7") and the corrected
  code alone in the next, one or two digits from the code masked before (``recalled``);
- a code's scope holds through a message of signs alone ("???"), through the phone the
  code comes to ("my authenticator phone broke"), and an aside's end of it is taken back
  by a line that leads in with a colon ("here:" ⏎ value, "now: value");
- a network device's printed key, digits alone in groups, after the network was named;
- "first one is" leads into a list's first code; a password's or code's digits after a
  colon the words before only lead to ("it's printed on the label: …");
- a password's next piece with where it goes ("and 42# at the end", "und endet mit 19");
- a card's number with a slip, sent alone and called a card by the next message, is
  masked as stored (``card_retyped.typed_with_slip``);
- "page" names another number only with its digits ("the checkout page" is no page
  number), so a card's first half after it is a card's.

Twins that stay: a correction naming another thing, a number far from the code, a
number after an aside with no lead-in, a label of another thing before the colon, a
phone's number, a word or a count where the piece would be, a slip named nothing, a
number after "page 4". Cases in our own words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.card_retyped import typed_with_slip
from tests.redaction.helpers import stored, thread

ARRIVAL = [
    # a correction announced, the corrected code alone in the next message
    (["app PIN 730152", "sorry, the 3rd digit is a 7", "737152"], "737152"),
    (["Code ist 61 44 09", "falsch, die fünfte Ziffer ist eine 1", "614419"], "614419"),
    # signs alone keep a code's scope
    (["die PIN vom Tresor", "??", "hallooo", "5093"], "5093"),
    # the phone the code comes to names no other thing
    (
        ["my authenticator phone broke, I have the recovery codes", "first one is 5520-1983"],
        "5520-1983",
    ),
    (
        [
            "Die Handy-Bestätigung will eine 6-stellige PIN",
            "die hab ich selbst gewählt, ja",
            "447190",
        ],
        "447190",
    ),
    # a line that leads in with a colon takes a code's scope up again after an aside
    (
        [
            "the verification code from the text",
            "my train just went into a tunnel again",
            "here:",
            "604 381",
        ],
        "604 381",
    ),
    (
        [
            "my authenticator shows a code, should I send it right away or later?",
            "it refreshes every 30 seconds, just say when",
            "now: 804 219",
        ],
        "804 219",
    ),
    # digits after a colon the words before only lead to
    (
        [
            "the router's wifi key, the printer can't join",
            "it's printed on the label: 2290 4471 6613 0852",
        ],
        "2290 4471 6613 0852",
    ),
    # a network device's printed key alone, after the network was named
    (
        ["WLAN im Lager", "die Box hinten, Moment", "5502 8813 4479 2260 1184"],
        "5502 8813 4479 2260 1184",
    ),
    # a password's next piece with where it goes, or a verb of ending
    (["first part of the password is Kestrel", "then Moor", "and 42# at the end"], "42#"),
    (["die PIN fängt an mit 81", "und endet mit 19"], "19"),
    (["neues Passwort: Linde", "Baum 1987", "?9 am Ende. alles ohne Leerzeichen"], "?9"),
    # "the checkout page" is no page's number: a card's first half after it
    (["I'm on the checkout page, what do you need from me?", "number 5413 7702"], "5413 7702"),
]


@pytest.mark.parametrize(("messages", "value"), ARRIVAL)
def test_value_is_masked_on_arrival(redactor: Redactor, messages: list[str], value: str) -> None:
    assert value not in thread(redactor, *messages)[-1]


STAYS = [
    # the correction is another thing's; a number far from the code
    ["app PIN 730152", "sorry, the order number is wrong", "730752"],
    ["mein Passwort ist Lindenbaum7", "sorry, die dritte Stelle war falsch", "730752"],
    # an aside ended the code's talk, and no lead-in takes it up
    ["the gate code is", "sorry, the delivery van just arrived downstairs", "6613"],
    # a label of another thing before the colon
    [
        "the verification code from the text",
        "my train just went into a tunnel again",
        "Lieferung:",
        "604 381",
    ],
    ["the router's wifi key", "serial: 2290 4471 6613 0852"],
    # a phone's number names another thing
    ["the code goes to my phone 0151 2345 678", "0151 2345 678"],
    # a serial number labelled so, digits too few for a key, no network named
    ["unser WLAN geht nicht", "Seriennummer: 5502 8813 4479 2260 1184"],
    ["unser WLAN geht nicht", "5502 8813 4479"],
    ["the invoice is attached", "5502 8813 4479 2260 1184"],
    # a word or a count where the piece would be
    ["password is Kestrel77", "and Enter at the end"],
    ["password is Kestrel77", "then 10 minutes later it locked me out"],
    # a number after a page that has one
    ["the manual, page 14", "5413 7702"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


def test_card_with_a_slip_named_later_is_masked_as_stored(redactor: Redactor) -> None:
    slip = "3714 496353 98432"  # an Amex's number with its last digit wrong
    assert stored(redactor, slip, "that's my amex")[0] != slip
    visa = "4556 7375 8689 9856"
    assert stored(redactor, visa, "das war die Visa")[0] != visa


def test_slip_named_nothing_or_after_another_label_stays(redactor: Redactor) -> None:
    slip = "3714 496353 98432"
    assert stored(redactor, slip, "thanks, that's all")[0] == slip
    order = f"order {slip}"
    assert stored(redactor, order, "that's amex")[0] == order


def test_typed_with_slip() -> None:
    assert typed_with_slip("371449635398432")
    assert not typed_with_slip("371449635398431")  # a valid card: the card rules' own
    assert not typed_with_slip("37144963539843")  # not the brand's length
    assert not typed_with_slip("990044716613085")  # no issuer's start
