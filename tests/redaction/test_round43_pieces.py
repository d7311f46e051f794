"""Round 43 (a card's pieces on arrival, ``redaction.card_pieces``): a card typed in pieces
is masked piece by piece as each message arrives, not only once the last piece completes
it. A piece that ends its message after words leading into it is a card's first piece
when the words name a card (its word, a brand) or order a number's pieces from its start
("first half"), or when the line before named the card and the words only lead in, and
its digits start a real issuer's number; the pieces after it go on from its digits. A
count of the card's whole length ("15 digits") names no part of it; a whole card given
opens the card's talk, so its three-digit code alone is masked. Twins that stay: a card's
part (its end, its PIN), another number (an order, a customer, a limit, a phone), a year,
an amount, a card shown masked, a first group only ordered, a number given for something
else. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from redaction.card_pieces import led_piece, names_part
from tests.redaction.helpers import stored


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [str(thread.redact(text).text) for text in messages]


MASKED = [
    # the card's word or a brand in the message, before its first piece
    (["Ich lese Ihnen die Karte vor: 4571"], "4571"),
    (["so the card number would be 5213 8840"], "5213 8840"),
    (["it's a discover card, 6011"], "6011"),
    (["JCB, 3541"], "3541"),
    (["Kartennummer lautet 4929 7710"], "4929 7710"),
    (["Inhaber: J. Brandt\nKartennummer: 5105 3390"], "5105 3390"),
    # the pieces after it go on from its digits
    (["JCB, 3541", "dann 7702", "1190"], "1190"),
    # the line before named the card, the words only lead in
    (["can I pay the renewal by card?", "ok it's 5391 0427"], "5391 0427"),
    # words that order a number's pieces: a first half as printed
    (["first half 4485 2217"], "4485 2217"),
    (["erste Hälfte: 5412 6630"], "5412 6630"),
    # a first group only ordered is remembered: the next piece is masked
    (["first four: 4916", "next: 3382"], "3382"),
    # words that only lead in before a first half as the card prints it
    (["die Nummer ist 3742 118830"], "3742 118830"),
    # the next piece after words that only order it
    (["Kreditkarte kommt in Teilen", "4532 0151", "weiter: 1283"], "1283"),
    (["my visa number, in pieces", "4532", "the rest: 0151 1283"], "0151 1283"),
    # the first digits counted, after a line that named the card
    (["ich zahl mit Mastercard", "also die ersten vier sind 5412"], "5412"),
    (["visa first 6 digits 402400"], "402400"),
    # a count of the card's whole length names no part of it
    (["amex, so 15 digits in total", "3782"], "3782"),
    (["it's a Diners Club, 14 Stellen", "3056 930902"], "3056 930902"),
    # a line that gave the card's expiry names the card
    (["exp 03/29", "6250 9412 3305"], "6250 9412 3305"),
    # a whole card given: its code of three digits alone
    (["5371 2044 6618 2308", "771"], "771"),
]


@pytest.mark.parametrize(("messages", "value"), MASKED)
def test_card_piece_is_masked_on_arrival(
    redactor: Redactor, messages: list[str], value: str
) -> None:
    assert value not in _talk(redactor, messages)[-1]


STAYS = [
    # a card's part, or its end, named
    ["Karte endet auf 4571"],
    ["card ending in 5213 8840"],
    ["my old card, 4571"],
    # another number, an amount, a limit, a customer, beside a card
    ["I paid by card", "Bestellung 4471"],
    ["I paid by card", "Limit 5000"],
    ["can I pay by card?", "frage für kunde 6241"],
    ["die Karte wurde belastet, Betrag 4500"],
    ["mastercard", "ok it's 45.90"],
    ["card please", "4 Stück"],
    ["I'll pay by card", "ok its 0176 4412"],
    ["my card", "ok it's 2024"],
    ["die Karte", "Telefon 4471 2093"],
    # a card shown masked
    ["**** **** **** 4821"],
    ["Visa •••• 4422"],
    # a first group only ordered (a house number is typed so too)
    ["first four: 4916"],
    ["erste 4: 3456"],
    ["first 4 digits of the order: 4024"],
    # the next words tell a story, not a piece
    (["Kreditkarte kommt in Teilen", "4532 0151", "weiter geht es morgen um 1283"]),
    # pieces of a number of another kind
    ["the parcel is stuck, long numbers get filtered", "first half 5243 6618"],
    ["the reference comes in two parts", "first half 4532 0184"],
    # no word leads in: a number alone stays until something names it
    ["4532 0184 7756"],
    # after a whole card: an order, a quantity
    ["5371 2044 6618 2308", "Bestellung 771"],
    ["5371 2044 6618 2308", "3 Stück"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    assert _talk(redactor, messages)[-1] == messages[-1]


def test_whole_count_names_no_part() -> None:
    assert not names_part("amex, so it's 15 digits")
    assert names_part("the last 4 digits")
    assert names_part("card ending 4417")


def test_led_piece_is_the_digits_at_the_end() -> None:
    found = led_piece("Amex, 3759", "")
    assert found is not None and found[:2] == (6, 10)
    assert led_piece("Amex, 3759 is what I have", "") is None


STORED_AS_TYPED = [
    # the pieces masked as they came make no card together: stored as typed
    ("Kartennummer lautet 4929 7710", "dann 2231 8845", "und 1276"),
    ("JCB, 3541", "7702 1190", "Feld 3: 5521 3360"),
]


@pytest.mark.parametrize("messages", STORED_AS_TYPED)
def test_pieces_that_make_no_card_are_stored_as_typed(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert stored(redactor, *messages)[0] == messages[0]
    assert _talk(redactor, list(messages))[0] != messages[0]  # masked as it arrived
