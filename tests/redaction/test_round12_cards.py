"""Round twelve of issue 10, cards and card details: the causes behind red-team v12a's and
v12b's card, CVC and expiry misses, checked through the whole redactor (pre-check
included) on phrasings written here (none of them is a corpus item), English and German,
with hard negatives that must come out unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor

VISA = "4012 8888 8888 1881"
AMEX = "3714 496353 98431"
MC = "5555 5555 5555 4444"


# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # an expiry right after a label's dash (any dash: normalised to "-")
    ("label dash", f"Visa {VISA} valid\u201303/30", ["03/30"]),
    ("label dash", f"MC {MC}, Ablauf\u20141/29, CVC 550", ["1/29", "550"]),
    ("label dash", "cvv 318 / expires-04/31", ["318", "04/31"]),
    # short forms of an expiry's label next to a card
    ("short label", f"amex {AMEX} ex 02/30", ["02/30"]),
    ("short label", f"Karte {VISA} vld 07/29", ["07/29"]),
    ("short label", f"Karte {MC} gült. 11/28", ["11/28"]),
    # the other German nouns for a check number
    ("cvc noun", "die Prüfzahl ist 482", ["482"]),
    ("cvc noun", "Sicherheitsziffern: 913", ["913"]),
    ("cvc noun", f"{MC} Kartenpruefzahl 207", ["207"]),
    # the code's length between its label and its value
    ("length", "Sicherheitscode (Rückseite) dreistellig: 640", ["640"]),
    ("length", "CVV hinten 3-stellig: 581", ["581"]),
    ("length", f"Amex {AMEX} Prüfnummer vorn vierstellig 3309", ["3309"]),
    # a CVC typed onto one long run of digits, named right after it
    ("glued, named after", "5555555555554444207 mit Sicherheitscode", ["5555555555554444", "207"]),
    ("glued, named after", "4012888888881881395 incl cvv", ["4012888888881881", "395"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_card_details_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    out = redactor.redact_text(text)
    for value in gone:
        assert value not in out, f"{cause}: {value!r} survives in {out!r}"


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("date's tail", f"Lieferung 2025-06-28 an Karte {VISA[-4:]} ging schief"),
    ("range's tail", "Zeitraum 10-12/25 ist abgerechnet"),
    ("ex without card", "my ex 1/28 moved out, long story"),
    ("length without value", "Sicherheitscode 4-stellig? welcher denn"),
    ("length, not a code", "die PLZ ist 5-stellig: 80331"),
    ("glued, announced", "Bestellung 5555555555554444318, cvc check failed"),
    ("glued, no code word", "ref 5555555555554444318 from the export"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_not_card_details(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_date_after_a_card_keeps_its_day(redactor: Redactor) -> None:
    # a full ISO date next to a card is not its expiry
    out = redactor.redact_text(f"Karte {MC} belastet am 2026-03-14")
    assert "2026-03-14" in out and "5555 5555" not in out, out
