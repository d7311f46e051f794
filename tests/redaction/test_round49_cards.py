"""Round 49, cards: the causes behind the card, CVC and expiry misses of the newest
representative sets, each in our own words with a close twin that stays.

- A card and its CVC typed as one run of 19 digits (16 + 3, an Amex's 15 + 4), with a card
  named anywhere in the number's line (before or after it), not only right before it: the
  card and the code are masked. Twins: the same run in a line naming no card, a gift card's
  or an order's.
- A card given in two parts joined by "und"/"and", after a sentence that names the card
  further back than the words right before the first part. Twin: the sentence names a
  customer number instead.
- A CVC named by where it is printed or what shows it: "the digits from the back", "the
  back says …", an Amex's "4 digits on the front above the number"; and a CVC label, a
  question, then the value given as the customer's own ("mine is 275"). Twins: the same
  words without the code's label or place, a card's last digits, a year after "mine is".
"""

from __future__ import annotations

import pytest

from redaction import Redactor

#: Luhn-valid numbers of real issuers (Visa, Amex, Discover, Mastercard 2-series), made
#: for these tests; each with a code typed on that does not make a valid 19-digit number.
VISA, VISA_CVC = "4156158800427080", "318"
AMEX, AMEX_CVC = "375469906893197", "6204"
DISC, DISC_CVC = "6011489852735496", "907"
MC2 = "2291697764808207"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _out(redactor: Redactor, text: str) -> str:
    return str(redactor.redact(text).text)


# ---------------------------------------------------------------- a card and CVC in one run
GLUED = [
    f"the payment bounced, my card says: {VISA}{VISA_CVC}",
    f"Zahlung abgelehnt: {VISA}{VISA_CVC} (Kreditkarte inkl. Code)",
    f"support pasted {DISC}{DISC_CVC} into the ticket, that card is mine",
    f"my amex again: nope, declined {AMEX}{AMEX_CVC}",
]
GLUED_TWINS = [
    # no card named in the line
    f"the payment bounced, reference: {VISA}{VISA_CVC}",
    f"the payment bounced\nmy card is fine\nreference {DISC}{DISC_CVC}",
    # a gift card's or an order's number
    f"my gift card says: {VISA}{VISA_CVC}",
    f"order {VISA}{VISA_CVC} was paid by card",
]


@pytest.mark.parametrize("text", GLUED)
def test_a_card_and_its_code_in_one_run_with_a_card_named_in_the_line(
    redactor: Redactor, text: str
) -> None:
    out = _out(redactor, text)
    for card, code in ((VISA, VISA_CVC), (AMEX, AMEX_CVC), (DISC, DISC_CVC)):
        if card in text:
            assert card not in out and card[:12] not in out, out
            assert "[CVC]" in out, out
            assert not out.rstrip(" )").endswith(code) or "[CVC]" in out


@pytest.mark.parametrize("text", GLUED_TWINS)
def test_the_same_run_without_a_payment_card_named_stays(redactor: Redactor, text: str) -> None:
    assert _out(redactor, text) == text


# ------------------------------------------------- parts after a sentence naming the card
PARTS = [
    f"Ich gebe Ihnen die Kreditkartennummer lieber in zwei Stücken durch: {MC2[:4]} {MC2[4:8]}"
    f" und {MC2[8:12]} {MC2[12:]}",
    f"here is the card number, split up for safety reasons as you asked: {MC2[:4]} {MC2[4:8]}"
    f" and {MC2[8:12]} {MC2[12:]}",
]
PARTS_TWINS = [
    f"Ich gebe Ihnen die Kundennummer lieber in zwei Stücken durch: {MC2[:4]} {MC2[4:8]}"
    f" und {MC2[8:12]} {MC2[12:]}",
    # the card named in an earlier sentence: the parts are another number's
    f"My card is fine. The two parcels we sent you are numbered {MC2[:4]} {MC2[4:8]}"
    f" and {MC2[8:12]} {MC2[12:]}",
]


@pytest.mark.parametrize("text", PARTS)
def test_card_parts_after_a_sentence_naming_the_card(redactor: Redactor, text: str) -> None:
    out = _out(redactor, text)
    assert MC2[4:8] not in out and MC2[8:12] not in out, out


@pytest.mark.parametrize("text", PARTS_TWINS)
def test_parts_after_a_sentence_naming_another_number_stay(redactor: Redactor, text: str) -> None:
    assert _out(redactor, text) == text


# ------------------------------------------------------------- a CVC named by its place
PLACED = [
    ("ok, and the digits from the back: 451", "451"),
    ("here are the three numbers from the back of my card 306", "306"),
    ("expiry is fine, and the back says 739", "739"),
    ("Amex has the 4 digits on the front above the number: 5170", "5170"),
    ("the 3-digit code - where is it printed? mine is 275", "275"),
    ("die Prüfziffer, ist das die hinten links? meine ist 618", "618"),
]
PLACED_TWINS = [
    "ok, and the seats from the back: 451",
    "expiry is fine, and the box says 739",
    "the last 4 digits on the front above the number: 5170",
    "the area code - is that right? mine is 275",
    "the 3-digit code - where is it printed? mine is 2025 model",
    "die Postleitzahl, steht die oben links? meine ist 618",
]


@pytest.mark.parametrize(("text", "code"), PLACED)
def test_a_code_named_by_its_place_or_given_as_mine(
    redactor: Redactor, text: str, code: str
) -> None:
    out = _out(redactor, text)
    assert code not in out and "[CVC]" in out, out


@pytest.mark.parametrize("text", PLACED_TWINS)
def test_the_same_words_without_the_codes_label_stay(redactor: Redactor, text: str) -> None:
    assert _out(redactor, text) == text


# ------------------------------------------------- a card's head given with its count
HEADS = [
    ("rather not send it all, so just the first 12 digits 4156 1588 0042, ok?", "4156 1588 0042"),
    ("die ersten 11 Ziffern der Karte: 3754 699068 9", "3754 699068 9"),
]
HEAD_TWINS = [
    # the count is not the number's
    "rather not send it all, so just the first 12 digits 4156 1588 0042 7, ok?",
    # no issuer's start
    "rather not send it all, so just the first 12 digits 0156 1588 0042, ok?",
    # another number's head
    "the first 12 digits of the tracking number: 4156 1588 0042",
    # not the first digits
    "the last 12 digits 4156 1588 0042",
]


@pytest.mark.parametrize(("text", "head"), HEADS)
def test_a_cards_first_digits_with_their_count(redactor: Redactor, text: str, head: str) -> None:
    out = _out(redactor, text)
    assert head not in out and head[:9] not in out, out


@pytest.mark.parametrize("text", HEAD_TWINS)
def test_digits_not_a_cards_head_stay(redactor: Redactor, text: str) -> None:
    assert _out(redactor, text) == text
