"""Round 46 (false hits): card-, CVC-, expiry- and password-shaped values that are something
else by how people write them.

- a log line's ISO 8601 time stamp ("2026-01-19T07:44:09Z") is never a password candidate;
- a number right after a browser's or an operating system's name is its version ("Firefox
  128", "iOS 18"), not a CVC or a PIN named earlier in the sentence;
- a German expiry label owned by a genitive ("Ablaufdatum meines Vertrags: 06/2027") is the
  contract's date, as "Ablaufdatum des Vertrags" already was;
- a card word followed by another number's word ("Card — IMEI 35…") announces the IMEI, the
  word nearer the number;
- a store's gift card, a "Gutschein" or a voucher announces its own number, not a payment
  card's (a network's prepaid card, "my Visa gift card 4…", stays a card).

Each with hard twins: the same wording with a real secret stays masked. Values are our own.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.words import is_non_secret_shape


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


UNCHANGED = [
    # a log's time stamps after a user's field
    (
        "Log from this morning:\n2026-01-19T07:44:09Z ERROR imap: 535 Username and Password"
        " rejected. user=desk@kranich-werkstatt.de\n2026-01-19T07:44:10Z INFO retry in 30s"
    ),
    # a browser's version after a code on the back was talked about
    (
        'The payment page wants the "3-digit code on the back" and then the 3-D Secure popup'
        " stays white. Firefox 128 on my laptop, order OC-20417."
    ),
    "Checkout asks for the security code, then hangs. Running iOS 18 on an iPhone 15.",
    # a contract's expiry in a German genitive
    "Ablaufdatum meines Vertrags: 06/2027, Rechnung 2026-0193",
    "Ablaufdatum unserer Lizenz: 11/2026, bitte verlängern",
    # an IMEI named after a card word
    "AVS check for the Card — IMEI 357412071188441 — 122 NGN — shipped 04/26.",
    # a store's gift card or voucher number
    "the gift card code on the back is 8122406197300051 and the till says invalid",
    "gift card number 8122 4061 9730 0051 shows a zero balance",
    "Gutscheinnummer 8122406197300051 wird im Shop nicht angenommen",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_another_thing_of_the_shape_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


MASKED = [
    # (message, the secret that must not survive)
    # a password on the line after a user's field, in a log's neighbourhood
    (
        "Username and Password for the box: user=desk@kranich.de\nKranich!Werk2026",
        "Kranich!Werk2026",
    ),
    # the code on the back given, a browser named after it
    ('The payment page wants the "3-digit code on the back", mine is 417. Firefox.', "417"),
    ("security code of my card is 852, on iOS", "852"),
    ("card PIN is 4718, on Android 14", "4718"),
    # a card's expiry in the same German genitive shape
    ("Ablaufdatum meiner Karte: 06/27", "06/27"),
    ("Ablaufdatum meiner Kreditkarte: 06/2027", "06/2027"),
    # a card named after the IMEI
    ("IMEI — card 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("IMEI 357412071188441, card 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("my Card: 3574 1207 1188 4411 22", "3574 1207 1188 4411 22"),
    # the same number given as a card, and a network's prepaid gift card
    ("the card number is 8122 4061 9730 0051 and it says invalid", "8122 4061 9730 0051"),
    ("my Visa gift card 4111 1111 1111 1111 is declined online", "4111 1111 1111 1111"),
    ("prepaid gift card 5555 5555 5555 4444 gets declined", "5555 5555 5555 4444"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_the_twin_stays_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    "token", ["2026-01-19T07:44:09Z", "2026-01-19T07:44:09.512+01:00", "2026-01-19T07:44"]
)
def test_an_iso_time_stamp_is_no_secret_shape(token: str) -> None:
    assert is_non_secret_shape(token)


@pytest.mark.parametrize("token", ["T2026-01-19x", "Kranich!Werk2026", "2026Tx07:44"])
def test_other_shapes_are_not_time_stamps(token: str) -> None:
    assert not is_non_secret_shape(token)
