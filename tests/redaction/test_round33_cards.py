"""Round 33 (integration), a number that carries an expiry and a security code is a card
even where an order, invoice or tracking word stands before it: no such number comes with
them. A count or a price after the date keeps it what the word said. Cases in our own
words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("the card of the invoice that bounced: 4539148803436467 08/27 319", "453914880343"),
        ("failed order: 4539148803436467 08/27 319", "453914880343"),
        ("Auftrag storniert: 5425233430109903 11/28 845", "542523343010"),
        ("tracking says 371449635398431 | 03/29 | 7312", "37144963539"),
    ],
)
def test_number_with_expiry_and_code_is_a_card(redactor: Redactor, text: str, digits: str) -> None:
    masked = redactor.redact(text).text
    assert digits not in masked, masked
    assert "[EXPIRY]" in masked and "[CVC]" in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "order 4539148803436467 12/26 100 pcs, please confirm",
        "Bestellung 4539148803436467 vom 12/26, 250 €",
        "tracking 4539148803436467 12/26",
        "order 4539148803436467",
    ],
)
def test_announced_number_without_both_details_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # German's separable verb around the time it names, the date in brackets after it
        "Meine Karte 4539148803436467 läuft kommenden Juni ab (06/28), bitte Daten behalten",
        # a camelCase key from an export
        "export row: cardNumber 4539148803436467 cardExpirationDate 06/2030",
        "the vault shows IDS_CardExpires 05/2029 under card 4539148803436467",
    ],
)
def test_expiry_named_by_a_split_verb_or_a_key(redactor: Redactor, text: str) -> None:
    masked = redactor.redact(text).text
    assert "[EXPIRY]" in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "das Probeabo läuft nächsten Monat ab (12/26), die Karte bleibt",
        "the field tokenExpiresAt is 12/26 for the session",
    ],
)
def test_other_expiries_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
