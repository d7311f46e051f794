"""CardDetailsRecognizer: CVC and expiry next to a card, labelled CVCs anywhere."""

from __future__ import annotations

import pytest

from redaction.recognizers.card_details import CardDetailsRecognizer
from tests.redaction.helpers import assert_finds

CARD = "4111 1111 1111 1111"

CASES: list[tuple[str, list[str], list[str]]] = [
    # (text, CVCs, expiries)
    (f"{CARD} exp 12/25 cvc 123", ["123"], ["12/25"]),
    (f"{CARD} 12/2027 999", ["999"], ["12/2027"]),
    (f"{CARD}, gültig bis 03/27, Prüfziffer 737", ["737"], ["03/27"]),
    (f"Karte {CARD} Ablaufdatum 4/30 CVC 829", ["829"], ["4/30"]),
    (f"number {CARD}\nexpiry 11-28\nsecurity code 1234", ["1234"], ["11-28"]),
    (f"valid thru 09/29 card {CARD}", [], ["09/29"]),
    ("CVV: 999", ["999"], []),
    ("mein Sicherheitscode ist 456", ["456"], []),
    # negatives: no card, or not next to it
    ("delivered 12/25, order 123", [], []),
    (f"{CARD} costs 100 EUR", [], []),
    (f"{CARD} and my order number is 12345", [], []),
    ("the CVC is needed?", [], []),
    (f"On 01.02.2024 {CARD}", [], []),
    # near misses
    (f"{CARD} exp 13/25", [], []),  # no month 13
    ("CVC 12", [], []),  # too short for a CVC
]


@pytest.fixture(scope="module")
def recognizer() -> CardDetailsRecognizer:
    return CardDetailsRecognizer()


@pytest.mark.parametrize(("text", "cvcs", "expiries"), CASES)
def test_card_details_recognizer(
    recognizer: CardDetailsRecognizer, text: str, cvcs: list[str], expiries: list[str]
) -> None:
    assert_finds(recognizer, text, cvcs, "CARD_CVC")
    assert_finds(recognizer, text, expiries, "CARD_EXPIRY")
