"""Round fifteen of issue 10, cards, card details, one-time codes, credentials: the causes
behind public-l's and red-team v15a/v15b's misses and false hits in this area, checked
through the whole redactor (pre-check included) on examples written here (none of them is
a corpus item), with hard negatives that must come out unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

VISA = "4012888888881881"
MC = "5555555555554444"

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # an expiry's month and year as fields of their own next to a card, any key spelling
    ("exp fields", f'{{"card": "{VISA}", "expire_month": 7, "expire_year": 2031}}', ["2031"]),
    (
        "exp fields",
        f"cardNumber: '{MC}',\ncardExpMonth: '03',\ncardExpYear: '2030',",
        ["'03'", "2030"],
    ),
    ("exp fields", f'card.setNumber("{VISA}"); card.setExpiryYear(2032);', ["2032"]),
    # an expiry given to a setter or a key as year-month
    ("exp call", f'$cc->setCardNumber("{VISA}");\n$cc->setExpirationDate("2033-04");', ["2033-04"]),
    ("exp call", f'{{"pan": "{MC}", "expiryDate": "2031-11"}}', ["2031-11"]),
    # a CVC under a code key next to a card (camel case or snake case)
    ("cvc key", f"cardCvv: '512',\ncardNumber: '{VISA}',", ["512"]),
    ("cvc key", f'{{"number": "{MC}", "securityCode": "7204"}}', ["7204"]),
    ("cvc key", f'{{"pan": "{VISA}", "card_cvc2": "318"}}', ["318"]),
    # a CSV row: card, month, year, CVC separated by commas
    ("csv row", f"name,pan,mm,yyyy,cvc\nA KOVAC,{VISA},04,2030,917", ["04,2030", "917"]),
    ("csv row", f"{MC},11,2029,402 (from the export)", ["11,2029", "402"]),
    # the validity word alone right before the expiry, after other words
    (
        "validity word",
        f"Karte {VISA} (die private, nicht die Firmenkarte), gültig 07/29",
        ["07/29"],
    ),
    ("validity word", f"card {MC}, the one ending in 4444 I think, valid 02/31", ["02/31"]),
    # an expiry corrected at once
    ("exp corrected", f"Karte {VISA} gültig bis Ende 2028? nein, da steht 11/28", ["11/28"]),
    ("exp corrected", f"card {MC} exp 03/30 sorry I mean 08/30", ["03/30", "08/30"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # month and year fields with no card: a report's period, a subscription's renewal
    ("no card", '{"report_month": 7, "report_year": 2031}'),
    ("no card", "expire_month: 03\nexpire_year: 2030  # the licence"),
    ("no card", '{"securityCode": "7204", "zone": "B"}'),
    ("no card", 'cert.setExpirationDate("2033-04");'),
    ("no card", "Gutschein gültig 07/29, Bestellung 4411"),
    ("csv no card", "id,mm,yyyy,count\n17,04,2030,917"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
