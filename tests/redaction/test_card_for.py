"""A card named for what it pays, right before the number: "card for the invoice 3772…" is
the card's number, not the invoice's (stop 21; red-team split-v3's one card miss)."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("please use my other card for the order 4929 3813 3266 4295", "4929381332664295"),
        ("Karte für die Rechnung 5425 2334 3010 9903 bitte", "5425233430109903"),
        ("Visa zur Bestellung: 4716 1089 9971 6531", "4716108999716531"),
        ("amex to pay the invoice 371449635398431", "371449635398431"),
    ],
)
def test_a_card_named_for_what_it_pays_is_masked(
    redactor: Redactor, text: str, digits: str
) -> None:
    out = redactor.redact(text).text
    assert digits[:-4] not in "".join(ch for ch in out if ch.isdigit())


@pytest.mark.parametrize(
    "text",
    [
        "the card payment failed, invoice 4929381332664295",
        "Rechnung 5425233430109903 wurde mit Karte bezahlt",
        "order 4716108999716531 was paid by card",
    ],
)
def test_a_number_the_reference_word_names_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
