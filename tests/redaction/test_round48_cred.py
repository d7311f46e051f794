"""Round 48 (credentials, cards, CVCs, expiry dates still missed): a remark in brackets after
a CVC label stays (the bracketed value itself was reverted at the deadline for its CPU cost;
docs/redaction.md, r48-cred), JCB's older ranges right after a card word, a form's
spaced "MM / YY" placeholder as an expiry label, a session id in an exported cookie record
or a session object, an AWS secret key as a URL's password beside its key id, and the keys
of a JSON object whose name says it holds keys. Each with twins of the same wording whose
answer is the opposite. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# --- CVCs ------------------------------------------------------------------------------

CVC_TWINS = [
    # a remark in the brackets, no value
    "is it a problem that my Amex has a 4 digit code (on the front) and not 3?",
    # the label's brackets hold another length, not a code
    "Where is the security code (3 or 4 digits) printed on an Amex?",
]


@pytest.mark.parametrize("text", CVC_TWINS)
def test_cvc_in_brackets_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- JCB's older ranges after a card word ------------------------------------------------

CARDS = [
    ("JCB-Karte: 3096 1234 5678 9014, Ablauf 03/29", ["3096 1234 5678 9014"]),
    ("my card: 3112 5432 1098 7655 was declined", ["3112 5432 1098 7655"]),
]


@pytest.mark.parametrize(("text", "gone"), CARDS)
def test_old_jcb_range_after_card_word(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "card number", text, gone)


CARD_TWINS = [
    # the same ranges without a card word: a tracking or order number
    "Tracking for the replacement reader: 3158 6789 0123 4564",
    "order 3096 1234 5678 9014 shipped yesterday",
    "3350123456781236",
    # a card word, but the number fails Luhn
    "my card: 3112 5432 1098 7656 was declined",
]


@pytest.mark.parametrize("text", CARD_TWINS)
def test_old_jcb_range_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- a form's spaced "MM / YY" placeholder names the expiry ---------------------------------

EXPIRIES = [
    (
        "Im Formular fragt Stripe nach MM / YY – ich hab 09/28 eingegeben, "
        "Karte 4539 1488 0343 6467.",
        ["09/28"],
    ),
    ("MM / YY: 04/29", ["04/29"]),
]


@pytest.mark.parametrize(("text", "gone"), EXPIRIES)
def test_spaced_placeholder_expiry(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "card expiry", text, gone)


EXPIRY_TWINS = [
    # the placeholder named, nothing typed into it
    "The checkout asks for MM / YY, what do I type there?",
    "mmh, 05/30 maybe for the meeting",
]


@pytest.mark.parametrize("text", EXPIRY_TWINS)
def test_spaced_placeholder_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- credentials ----------------------------------------------------------------------------

CREDENTIALS = [
    # a browser's exported cookie: the record's name says the value is a session id
    (
        '{"cookies": [{"name": "sessionid", "value": "k2N8v0Q4r6T1w3Y5z7B9c2D4f6H8j0Lm", '
        '"domain": "shop.example.org", "path": "/"}]}',
        ["k2N8v0Q4r6T1w3Y5z7B9c2D4f6H8j0Lm"],
    ),
    (
        '{"name": "PHPSESSID", "value": "r7t1w3y5z7b9c2d4f6h8j0lmk2n8v0q4"}',
        ["r7t1w3y5z7b9c2d4f6h8j0lmk2n8v0q4"],
    ),
    # a session object's sid
    (
        'Nach dem Login kommt: {"session": {"valid": true, "sid": "Qk3+ZP7MQ2JJwHg+8R1Kpx=", '
        '"validity": 1800}} – wie reiche ich die weiter?',
        ["Qk3+ZP7MQ2JJwHg+8R1Kpx="],
    ),
    # an AWS secret key as the password of a URL whose user is its key id
    (
        "smart_open.open('s3://AKIAQ7R3MZ5XPL2WN4KD:Pq8Hq3Zr+Tn7Ko2Vx/Lb5Ye1Wc9Ps4Md6Fg0Ja3Rk"
        "@my-bucket/daily/x.csv') fails",
        ["Pq8Hq3Zr+Tn7Ko2Vx/Lb5Ye1Wc9Ps4Md6Fg0Ja3Rk", "AKIAQ7R3MZ5XPL2WN4KD"],
    ),
    # the members of an object whose name says it holds keys
    (
        'the old settings had:\n"securityKeys": {"S2_Unauthenticated": '
        '"4A1B2C9E7B3D04A8E6C1F92B7D5E3A19", '
        '"S2_Authenticated": "D7E2A91F4B6D03E85A7C1F29D6B4E0B5"}',
        ["4A1B2C9E7B3D04A8E6C1F92B7D5E3A19", "D7E2A91F4B6D03E85A7C1F29D6B4E0B5"],
    ),
    (
        '"secrets": {"prod": "q7Lm2xV9kT4pW8nB3rZc6HdY1sJe0GaU"}',
        ["q7Lm2xV9kT4pW8nB3rZc6HdY1sJe0GaU"],
    ),
]


@pytest.mark.parametrize(("text", "gone"), CREDENTIALS)
def test_credential_masked(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "credential", text, gone)


CREDENTIAL_TWINS = [
    # a cookie record of no session, a session cookie with no value yet
    '{"cookies": [{"name": "sessionid", "value": "expired", "domain": "shop.example.org"}]}',
    '{"name": "order_id", "value": "k2N8v0Q4r6T1w3Y5z7B9c2D4f6H8j0Lm"}',
    # a session object without its id, an account's SID
    'Nach dem Login kommt: {"session": {"valid": false, "sid": null, "validity": -1}}',
    '{"account": {"sid": "AC3f8e2b9d7c4a1e6f0b5d8c2a9e7f1b3d"}}',
    # AWS's documented example as the URL's password, a URL with none
    "see the AWS docs: s3://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY@bucket/x",
    "smart_open.open('s3://my-bucket/daily/x.csv') fails",
    # an object of public keys, of key bindings, a placeholder member
    '"publicKeys": {"main": "4A1B2C9E7B3D04A8E6C1F92B7D5E3A19"}',
    '"hotkeys": {"save": "ctrl+shift+alt+s+x+y+z+w"}',
    '"secrets": {"staging": "<your-secret-here>"}',
]


@pytest.mark.parametrize("text", CREDENTIAL_TWINS)
def test_credential_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_url_placeholder_password_kept(redactor: Redactor) -> None:
    # the key id is masked (a credential by the policy); the placeholder after it is none
    text = "smart_open.open('s3://AKIAQ7R3MZ5XPL2WN4KD:YOUR_SECRET_ACCESS_KEY@my-bucket/x.csv')"
    out = redactor.redact(text).text
    assert "AKIAQ7R3MZ5XPL2WN4KD" not in out
    assert "YOUR_SECRET_ACCESS_KEY@my-bucket" in out
