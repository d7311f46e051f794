"""Round 19: cards, card details and credentials. A card word compounded with its number
("Kartennummer") before a run with its CVC typed on, a CVC named after the run with its
length said on the way; card details as XML elements, percent-encoded in a form body,
behind a label in a script written without spaces, or taken back against the real one
("nicht 05/26 sondern 05/27"); credentials named as a community string or a pre-shared
key, session and secret ids, a GitHub App installation token, a short AWS key id, a token
in a credentials list after the user name. And what must stay: an id key's number, a
payment's approval code, a fingerprint tagged with its hash algorithm, base64 of a
sentence. Cases in our own words; each positive fails on round 18's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CARD_CVC, CARD_EXPIRY, CREDENTIAL, CREDIT_CARD
from tests.redaction.helpers import assert_masked_as

# --- cards: a compound card word, a CVC named after with its length -------------------


@pytest.mark.parametrize(
    ("text", "card", "cvc"),
    [
        ("Kreditkartennummer 5555555555554444731 bitte belasten", "5555555555554444", "731"),
        ("Kartennr. 4000056655665556902", "4000056655665556", "902"),
        ("ihre Kartennummer: 5425233430109903118", "5425233430109903", "118"),
        ("5555555555554444731 (the last 3 are the cvv)", "5555555555554444", "731"),
        (
            "4000056655665556902 - die letzten 3 Ziffern sind die Prüfziffer",
            "4000056655665556",
            "902",
        ),
        (
            "5425233430109903 1184".replace(" ", "") + " (last 4 digits = cvc)",
            "5425233430109903",
            "1184",
        ),
    ],
)
def test_card_run_with_its_cvc(redactor: Redactor, text: str, card: str, cvc: str) -> None:
    assert_masked_as(redactor, text, card, CREDIT_CARD)
    assert_masked_as(redactor, text, cvc, CARD_CVC)


@pytest.mark.parametrize(
    "text",
    [
        # a 19-digit run with no card word and no code named: no card with a code typed on
        "4000056655665556902 (the last 3 items shipped)",
        "Kundennummer 5555555555554444731",
        # a number given to an id's key in code or JSON is the id
        '{"user_id": "5555555555554444"}',
        "user_no=4000056655665556",
    ],
)
def test_numbers_that_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_card_key_still_a_card(redactor: Redactor) -> None:
    assert_masked_as(redactor, '{"card_no": "4000056655665556"}', "4000056655665556", CREDIT_CARD)


# --- card details: XML, percent-encoding, CJK labels, a value taken back --------------


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        (
            "<Card><Number>4111111111111111</Number><ExpiryDate>2030-07</ExpiryDate>"
            "<CVC>417</CVC></Card>",
            "2030-07",
            CARD_EXPIRY,
        ),
        (
            "<Card><Number>4111111111111111</Number><ExpiryDate>2030-07</ExpiryDate>"
            "<CVC>417</CVC></Card>",
            "417",
            CARD_CVC,
        ),
        (
            "<zahlung><karte>5555555555554444</karte><gueltig_bis>2029-11</gueltig_bis></zahlung>",
            "2029-11",
            CARD_EXPIRY,
        ),
        ("pan=4000056655665556&exp=11%2F29&amount=12.00", "11%2F29", CARD_EXPIRY),
        ("card=5425233430109903&expiry_date=03%2f2031", "03%2f2031", CARD_EXPIRY),
        ("카드 4111 1111 1111 1111 유효기간 09/29", "09/29", CARD_EXPIRY),
        ("信用卡 5555 5555 5555 4444 有效期 12/30 安全码 662", "12/30", CARD_EXPIRY),
        ("信用卡 5555 5555 5555 4444 有效期 12/30 安全码 662", "662", CARD_CVC),
        (
            "Karte 4000 0566 5566 5556 – Ablaufdatum: nicht 08/27, sondern 08/28",
            "08/28",
            CARD_EXPIRY,
        ),
        ("card 4111 1111 1111 1111 exp 09/28, not 09/27", "09/27", CARD_EXPIRY),
        ("card 4111 1111 1111 1111, expiry not 04/29 but 04/30", "04/30", CARD_EXPIRY),
        ("Karte 5555 5555 5555 4444, CVC 319 statt 391", "391", CARD_CVC),
        ("visa 4000 0566 5566 5556 cvv 552 (not 525)", "525", CARD_CVC),
    ],
)
def test_card_details(redactor: Redactor, text: str, value: str, etype: str) -> None:
    assert_masked_as(redactor, text, value, etype)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a number taken back that is no expiry or CVC of that shape stays
        ("Karte 4111 1111 1111 1111 exp 09/28, nicht 2024 bestellt", "2024"),
        ("card 5555 5555 5555 4444 exp 10/29, not 12 but 13 items", "13 items"),
        # an XML element that is no card detail
        ("<report><month>11</month><total>2030</total></report>", "2030"),
        # an expiry label in Japanese with no card
        ("有効期限 07/28 のクーポン", "07/28"),
    ],
)
def test_details_that_stay(redactor: Redactor, text: str, value: str) -> None:
    assert value in redactor.redact(text).text


# --- credentials -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the SNMP community string is r34d-0nly-Lan, please set it", "r34d-0nly-Lan"),
        ("Die SNMP Community lautet Sw1tch#Mon für alle Switches", "Sw1tch#Mon"),
        ("community string: ro-Lan-2931", "ro-Lan-2931"),
        ("session_id = 9f2kq81mz03nvb7t5x6c", "9f2kq81mz03nvb7t5x6c"),
        ("https://shop.example/cart?sessionid=k29dm4x8q1z7v3b5n6&lang=de", "k29dm4x8q1z7v3b5n6"),
        (
            "role_id: r-01\nsecret_id: 3f9a2c71-5b8e-4d06-a1c2-98e7f6d5b4a3",
            "3f9a2c71-5b8e-4d06-a1c2-98e7f6d5b4a3",
        ),
        (
            "use v1.0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6 for the clone",
            "v1.0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
        ),
        ("AWS: AKIA3XQ7RZ9PLM2K", "AKIA3XQ7RZ9PLM2K"),
        ("Zugang fürs Bucket: ASIA7KD2MX9QPL4W", "ASIA7KD2MX9QPL4W"),
        (
            "creds -> app_user / Xy7#kq (db) and 6f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6 (api)",
            "6f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
        ),
        (
            "Credentials: buchhaltung / Fibu2024 und für die API "
            "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d",
            "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d",
        ),
    ],
)
def test_credentials_are_masked(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, CREDENTIAL)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the community forum is at community.example.com", "community.example.com"),
        ("my session id is 20240512", "20240512"),
        ("trace_id=abc123def456ghi789jkl012", "abc123def456ghi789jkl012"),
        ("we are on v1.2.3 of the app", "v1.2.3"),
        (
            "credentials -> see ticket OPS-1234 and commit "
            "6f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
            "6f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6",
        ),
        # a card payment's approval code (printed on the receipt), not a secret
        ('{"brand":"visa","last4":"1111","auth_code":"X7K2P9"}', "X7K2P9"),
        ("authCode: 'Q4M8Z1'", "Q4M8Z1"),
        # a fingerprint tagged with its hash: public by design
        (
            "the host key is SHA256:q3Lk8VfP0wR2tXy7Zb4Nm6Jc9Hd1Ge5A",
            "SHA256:q3Lk8VfP0wR2tXy7Zb4Nm6Jc9Hd1Ge5A",
        ),
        ("Der Schlüssel-Fingerprint lautet MD5:Xk29fLq8Zr0Pw3", "MD5:Xk29fLq8Zr0Pw3"),
        # base64 of a sentence on a line of its own
        (
            "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZyBhZ2FpbiBhbmQgYWdhaW4u",
            "VGhlIHF1",
        ),
        (
            "SGV1dGUgaXN0IGVpbiBzY2jDtm5lciBUYWcgdW5kIHdpciBnZWhlbiBpbiBkZW4gUGFyayBzcGF6aWVyZW4u",
            "SGV1dGUg",
        ),
    ],
)
def test_values_that_stay(redactor: Redactor, text: str, value: str) -> None:
    assert value in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the controls: a long OAuth code under the same key, a random key under a key word,
        # a random token alone on its line
        ("auth_code=4/0AX4XfWh8s3kLmQ2pZr9Tv", "4/0AX4XfWh8s3kLmQ2pZr9Tv"),
        ("api key: Xk3j9Lm2Qp8Rt5Vw7Yz1Ab4Cd6Ef", "Xk3j9Lm2Qp8Rt5Vw7Yz1Ab4Cd6Ef"),
        (
            "q8Zr0Pw3Xk29fLm4Tn7Vb1Yc6Hd2Jg5Ks9Lq3Mw8Ne0Rb",
            "q8Zr0Pw3Xk29fLm4Tn7Vb1Yc6Hd2Jg5Ks9Lq3Mw8Ne0Rb",
        ),
    ],
)
def test_controls_still_masked(redactor: Redactor, text: str, value: str) -> None:
    assert value not in redactor.redact(text).text
