"""Round five of issue 10, cards: the causes behind red-team v5's CVC and expiry misses,
each checked on variants written here (none of them is a corpus item)."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.card import find_card_spans
from redaction.recognizers.card_details import CardDetailsRecognizer
from tests.redaction.helpers import assert_finds

VISA = "4111 1111 1111 1111"
MC = "5555 5555 5555 4444"


@pytest.fixture(scope="module")
def details() -> CardDetailsRecognizer:
    return CardDetailsRecognizer()


# (cause, text, CVCs, expiries)
DETAILS: list[tuple[str, str, list[str], list[str]]] = [
    # German labels typed without umlauts (ue for ü, ae for ä)
    (
        "ascii umlaut",
        f"Zahlung mit {MC}, gueltig bis 02/31 und Pruefziffer 408",
        ["408"],
        ["02/31"],
    ),
    ("ascii umlaut", f"{VISA} laeuft ab 10/29", [], ["10/29"]),
    ("ascii umlaut", f"Visa {VISA} - laeuft Ende Maerz 2030 ab", [], ["Ende Maerz 2030"]),
    ("ascii umlaut", "die Kartenpruefnummer lautet 5120", ["5120"], []),
    ("ascii umlaut", "auf der Rueckseite steht 744", ["744"], []),
    # a label as a JSON or form key, its words joined by "_"
    ("underscore key", f'{{"pan": "{MC}", "valid_thru": "08/30"}}', [], ["08/30"]),
    ("underscore key", f"card={VISA}&gueltig_bis=0133", [], ["0133"]),
    ("underscore key", "security_code=0917", ["0917"], []),
    # quoted CSV or JSON fields right after the card
    ("quoted fields", f'"Firmenkarte";"{VISA}";"05/2032";"391"', ["391"], ["05/2032"]),
    ("quoted fields", f"['{MC}', '12/29', '660']", ["660"], ["12/29"]),
    # the question, then the answer on its own line
    ("question", f"{MC}\nand the security code?\n219", ["219"], []),
    ("question", f"{VISA}\nCVV?\n6031", ["6031"], []),
    # "with" / "mit" joining the label to its value
    ("with", "the checkout form got the CVV with 552 prefilled", ["552"], []),
    ("with", "Pruefziffer mit 846 eingetragen", ["846"], []),
    # abbreviated and longer label forms
    ("label forms", f"{MC} good through 4/30", [], ["4/30"]),
    ("label forms", "security no. 0482", ["0482"], []),
    ("label forms", "Pruefnr.: 731", ["731"], []),
    ("label forms", f"{VISA} gueltig bis zum 11/2031", [], ["11/2031"]),
    # table cells and Markdown emphasis around the details
    ("table", f"| Visa | {VISA} | 07/28 | 118 |", ["118"], ["07/28"]),
    ("markdown", f"* __Karte__ {MC}\n* **Ablauf**: 06/31\n* **CVV**: 2044", ["2044"], ["06/31"]),
    # the expiry's month and year as separate fields, next to a card
    (
        "month and year fields",
        f"number={MC}&exp_month=11&exp_year=2030&cvc=530",
        ["530"],
        ["11", "2030"],
    ),
    (
        "month and year fields",
        f'{{"card": "{VISA}", "card_year": "31", "card_month": "2"}}',
        [],
        ["31", "2"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "cvcs", "expiries"), DETAILS)
def test_card_details(
    details: CardDetailsRecognizer, cause: str, text: str, cvcs: list[str], expiries: list[str]
) -> None:
    assert_finds(details, text, cvcs, "CARD_CVC")
    assert_finds(details, text, expiries, "CARD_EXPIRY")


# (cause, text): no CVC and no expiry here
DETAILS_NEGATIVES: list[tuple[str, str]] = [
    ("no card: a labelled date alone", "das Angebot ist gueltig bis 09/27"),
    ("no card: a quoted date and count", '"Lieferung","09/27","120"'),
    ("a question without a card", "what is a security code?\n3 digits right?"),
    ("a 4-4-4-4 card and a year", f"{VISA}, seit 2019 im Einsatz"),
    ("with: an amount", f"{VISA} with 250 EUR limit"),
    ("month and year fields without a card", '{"exp_month": 4, "exp_year": 2029}'),
    ("a table of orders", "| 4711 | 07/28 | 118 |"),
    ("years after a card", f"{VISA} von 2019 bis 2023 genutzt"),
    ("social security number", "social security no. 123 45 6789"),
]


@pytest.mark.parametrize(("cause", "text"), DETAILS_NEGATIVES)
def test_card_details_negative(details: CardDetailsRecognizer, cause: str, text: str) -> None:
    assert_finds(details, text, [], "CARD_CVC")
    assert_finds(details, text, [], "CARD_EXPIRY")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def test_printed_grouping_wins_over_a_longer_brand_length() -> None:
    """4-4-4-4 plus three glued digits is a card and a CVC, even when the 19 digits would
    also make a Luhn-valid 19-digit Visa (4111…1111128 does)."""
    text = f"{VISA}128 thats card and cvc"
    spans = find_card_spans(text)
    assert [text[s:e] for s, e in spans] == [VISA]
    details = CardDetailsRecognizer()
    assert_finds(details, text, ["128"], "CARD_CVC")


def test_ungrouped_nineteen_digit_visa_stays_whole() -> None:
    text = "card 4111111111111111128 please"
    spans = find_card_spans(text)
    assert [text[s:e] for s, e in spans] == ["4111111111111111128"]


def test_nineteen_digit_visa_in_its_printed_groups_stays_whole() -> None:
    text = "4111 1111 1111 1111 128"
    spans = find_card_spans(text)
    assert [text[s:e] for s, e in spans] == [text]


def test_redactor_masks_glued_cvc_and_ascii_labels(redactor: Redactor) -> None:
    text = f"Karte {VISA}128, gueltig_bis 11/30, Kartenpruefnummer 4420"
    out = str(redactor.redact(text).text)
    for secret in ("128", "11/30", "4420"):
        assert secret not in out, out
    assert "1111 1111 1111" not in out and _digits(out).count("1111") == 1, out
