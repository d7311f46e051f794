"""Round 44 (a card across a conversation, ``card_pieces``, ``card_retyped``): a card typed
in pieces is masked from its second piece on arrival when the pieces follow the card's
printed groups (4-4-4-4, 4-6-5, 4-6-4) after no line naming another number, however the
first piece came (alone, after words that only lead in, said in words after the card was
named, or line by line in one message); a Diners half printed 4-6 is a first half; groups
with words between them ("comma", "und dann") in a message naming the card are the card; a
card's copy with a slip is masked as stored once the card is given; a corrected part of a
card is masked as it arrives. Twins that stay: a run after a line naming an order, a
reference or a phone, groups that are no card's printing, a run said to be article
numbers or making no card (stored as typed), a group of four alone, a correction naming
an order, a copy far from the card. Cases in our own words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from redaction.card_pieces import groups_apart, in_printed_groups
from redaction.card_retyped import slipped_copies
from tests.redaction.helpers import stored

#: Luhn-valid cards of real issuers (Mastercard, Visa, Amex, Diners) for the cases.
MC = "5413 7702 1190 5888"
VISA = "4556 7375 8689 9855"


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [str(thread.redact(text).text) for text in messages]


ARRIVAL = [
    # bare pieces in the card's printed groups: from the second piece on
    (["5413", "7702"], "7702"),
    (["hallo", "5413", "7702", "1190"], "1190"),
    (["3714", "496353"], "496353"),  # American Express, 4-6
    # a first group after words that only lead in, then bare pieces
    (["ok here goes: 5413", "7702"], "7702"),
    (["also: 4556", "7375"], "7375"),
    # the words between pieces only order them
    (["5413", "then 7702 1190"], "7702 1190"),
    # a Diners half printed 4-6 after words that only lead in
    (["die Nummer ist 3056 930902"], "3056 930902"),
    # the card's pieces line by line in one message
    (["my card is 5413 7702\n1190"], "1190"),
    (["Karte: 4556 7375\n8689"], "4556 7375"),
    # the first group said in words after the card was named
    (["I'll pay with this card:", "five four one three"], "five four one three"),
    (["mit der Kreditkarte bitte", "vier fünf fünf sechs"], "vier fünf fünf sechs"),
    # groups with words between them in a message naming the card
    (["the card number is 5413 7702 comma 1190 5888"], "1190"),
    (["Kartennummer 4556 7375 Komma 8689 9855 bitte"], "8689"),
    # a corrected part of the card just given
    ([MC, "sorry the last two groups are 3010 9900"], "3010 9900"),
    ([VISA, "nein falsch, am Ende 8689 9806"], "8689 9806"),
]


@pytest.mark.parametrize(("messages", "value"), ARRIVAL)
def test_card_piece_is_masked_on_arrival(
    redactor: Redactor, messages: list[str], value: str
) -> None:
    assert value not in _talk(redactor, messages)[-1]


STAYS = [
    # a line before said what else the number is (right before, or two messages back)
    ["order number in parts", "5413", "7702"],
    ["Bestellnummer", "moment", "5413", "7702"],
    ["the reference is long", "4556", "7375"],
    # a card that pays nothing
    ["meine Payback-Karte", "3083", "4421"],
    # the rest of a number the line before ended on
    ["Rückrufnummer 0151", "5413", "7702"],
    # groups that are no card's printing
    ["4482 9910 22", "7719 0031"],
    ["5413", "77021"],
    # lines of numbers in a message that names no card, or a card's end
    ["Bestellungen: 5413 7702\n1190"],
    ["card ending 5413 7702\n1190"],
    # digit words after a line that names no card, or a card's end
    ["my phone number:", "five four one three"],
    ["the card ending in", "five four one three"],
    # groups with words between them in a message that names no card, or make no card
    ["the order number is 5413 7702 comma 1190 5888"],
    ["card 5413 7702 comma 1190 5887"],
    # after a card: a correction naming an order, a group of four alone, no correction
    [MC, "sorry, order 3010 9900"],
    [MC, "no! first group is 4900, sorry"],
    [VISA, "the invoice total came to 86899806"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    assert _talk(redactor, messages)[-1] == messages[-1]


def test_copy_with_a_slip_is_masked_as_stored(redactor: Redactor) -> None:
    assert stored(redactor, "5413 7702 1190 5887", f"sorry {MC}")[0] != "5413 7702 1190 5887"
    slip = "4556 7375 8689 9854"
    assert stored(redactor, slip, "die letzte Ziffer war falsch", VISA)[0] != slip


def test_copy_far_from_the_card_stays(redactor: Redactor) -> None:
    # another number of the card's length, many digits apart; one named an order
    assert stored(redactor, "5413 9911 2290 4417", MC)[0] == "5413 9911 2290 4417"
    order = "order 5413 7702 1190 5887"
    assert stored(redactor, order, MC)[0] == order


RESTORED = [
    # the bare run makes no card: its pieces are stored as typed
    ("5413", "7702", "1190", "5887"),
    # or a later line says what the numbers are
    ("5413", "7702", "das sind Artikelnummern"),
]


@pytest.mark.parametrize("messages", RESTORED)
def test_run_that_is_no_card_is_stored_as_typed(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert _talk(redactor, list(messages))[1] != "7702"  # masked as it arrived
    assert stored(redactor, *messages)[1] == "7702"


def test_printed_groups() -> None:
    assert in_printed_groups("", "3782") and in_printed_groups("3782", "822463")
    assert in_printed_groups("3782822463", "10005")
    assert not in_printed_groups("", "4482 9910 22")
    assert not in_printed_groups("3782", "8224")  # American Express: 4-6-5
    assert in_printed_groups("", "3056 930902")  # Diners: 4-6-4


def test_groups_apart_span_the_card() -> None:
    text = "card: 5413 7702 comma 1190 5888 comma expiry 11 slash 27"
    assert [text[a:b] for a, b in groups_apart(text)] == ["5413 7702 comma 1190 5888"]


def test_slipped_copies() -> None:
    assert slipped_copies("5413770211905888", "5413 7702 1190 5887") == [(0, 19)]
    assert slipped_copies("5413770211905888", "5413 7702 1190 5888 0") == []
