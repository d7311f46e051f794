"""Round 21: cards and card details in long e-mails and pastes. A run of 19 digits that is
a card with its code typed on, then the card's expiry; a magnetic stripe's track 1 ("%B…");
an expiry kept as a full date under its label, the month's name and the year after words,
a code after the labelled expiry, a table's header naming the code and expiry columns, a
hesitation before a correction. And what must
stay: the digits after a decimal point, a SEPA mandate's reference, a number listed with
one announced as something else, a number announced by a German compound
("Vorgangsnummer"), a Message-ID's local part, a timestamp, a travel visa's or a gift
card's expiry. Cases in our own words; each positive fails on round 20's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CARD_CVC, CARD_EXPIRY, CREDIT_CARD
from tests.redaction.helpers import assert_masked_as


@pytest.mark.parametrize(
    ("text", "card", "cvc", "exp"),
    [
        (
            "wie am Telefon besprochen: 5555555555554444318 04/29, danke",
            "5555555555554444",
            "318",
            "04/29",
        ),
        (
            "the numbers off the card are 4111111111111111902 12/28 - please charge once",
            "4111111111111111",
            "902",
            "12/28",
        ),
    ],
)
def test_run_with_code_then_expiry(
    redactor: Redactor, text: str, card: str, cvc: str, exp: str
) -> None:
    assert_masked_as(redactor, text, card, CREDIT_CARD)
    assert_masked_as(redactor, text, cvc, CARD_CVC)
    assert_masked_as(redactor, text, exp, CARD_EXPIRY)


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("swipe log: %B5555555555554444^DOE/JANE^2904101000000000000?", "5555555555554444"),
        ("Leser meldet %B3782 822463 10005^MUSTER/MAX^2711?", "3782 822463 10005"),
    ],
)
def test_track_one(redactor: Redactor, text: str, card: str) -> None:
    assert_masked_as(redactor, text, card, CREDIT_CARD)


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        (
            "Mastercard 5555 5555 5555 4444, cvv 410, expiry date 2012/07/31",
            "2012/07/31",
            CARD_EXPIRY,
        ),
        (
            "Karte 4111 1111 1111 1111 Ablaufdatum 2013-05-31 Prüfziffer 771",
            "2013-05-31",
            CARD_EXPIRY,
        ),
        ("Visa 4111 1111 1111 1111 valid until 2011/09/30 code 604", "604", CARD_CVC),
        (
            "Karte 4111 1111 1111 1111, die kleine Zahl ist 552, abgelaufen ist sie wohl Okt 2030.",
            "Okt 2030",
            CARD_EXPIRY,
        ),
        ("visa 4111 1111 1111 1111 exp 1129 uh sorry 11/30", "11/30", CARD_EXPIRY),
        ("nr,pan,cvv2,exp_date\n1,4111 1111 1111 1111,519,2013/04/30", "519", CARD_CVC),
        ("nr,pan,cvv2,exp_date\n1,4111 1111 1111 1111,519,2013/04/30", "2013/04/30", CARD_EXPIRY),
        (
            "kunde;karte;cvv;gültig_bis\nB;4111 1111 1111 1111;0207;2029/08/31",
            "2029/08/31",
            CARD_EXPIRY,
        ),
    ],
)
def test_card_details(redactor: Redactor, text: str, value: str, etype: str) -> None:
    assert_masked_as(redactor, text, value, etype)


@pytest.mark.parametrize(
    "text",
    [
        "the ratio came out as 3.5555555555554444e-3 in the export",
        "width: 12.4111111111111111px looks wrong",
        "Abbuchung laut Mandatsreferenz 4111111111111111 vom Konto",
        "our member ids are like 5555555555554444 and 4111111111111111, please accept them",
        "id,experience,exp\n1,3,123",
        "Message-ID: <5555555555554444.20250301@mx.example.org>",
        "Ihre Vorgangsnummer: 4111 1111 1111 1111, bitte immer angeben",
        "release 4.2.5555555555554444 is out",
        "expiry: 2024-06-30T08:15:00Z",
        "my student visa expires 09/27, can I still sign up?",
        "the gift card is valid until 12/26",
        "token expired at 2025/01/31 10:00, please renew",
        "order,cid,amount\n77,123,19",
    ],
)
def test_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
