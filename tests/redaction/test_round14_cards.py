"""Round fourteen of issue 10, cards, card details, one-time and access codes, credentials:
the causes behind red-team v14a's and v14b's misses and false hits in this area, checked
through the whole redactor (pre-check included) on phrasings written here (none of them is
a corpus item), English and German, with hard negatives that must come out unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

VISA = "4012 8888 8888 1881"
MC = "5555 5555 5555 4444"

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # backup and recovery codes listed under their heading, in every layout
    ("code list", "My backup codes from Google:\n4410-2287\n9931-0042", ["4410-2287", "9931-0042"]),
    (
        "code list",
        "recovery codes for the admin account, which one?\n1. 7mw2-ka9p\n2. 3rtz-q81x",
        ["7mw2-ka9p", "3rtz-q81x"],
    ),
    (
        "code list",
        "SICHERUNGSCODES (nicht verlieren)\n  62019 44871\n  30927 11560",
        ["62019 44871", "30927 11560"],
    ),
    ("code list", "Backup codes (old ones):\n55102938\n77312049", ["55102938", "77312049"]),
    (
        "code list",
        "Hier meine Wiederherstellungscodes, falls nötig:\n- x8kd-3m2a\n- 9pqr-ww41",
        ["x8kd-3m2a", "9pqr-ww41"],
    ),
    (
        "code list",
        "Wiederherstellungscodes für die 2FA-App:\n\n1) 5kqe-20xm\n2) t4pz-hb81",
        ["5kqe-20xm", "t4pz-hb81"],
    ),
    # door and lock codes, a device's or mailbox's PIN (also after the value)
    ("door code", "Der Haustür-Code ist 3 9 2 7 1, bitte klingeln", ["3 9 2 7 1"]),
    ("door code", "gate code for the warehouse: 60417", ["60417"]),
    ("door code", "Tuercode vom Lager lautet 2291", ["2291"]),
    ("device pin", "Das Handy entsperrt man mit 830215 (SIM-PIN)", ["830215"]),
    ("device pin", "the tablet unlocks with 4471 (device PIN) btw", ["4471"]),
    ("device pin", "falls ihr zurückruft: 7302 ist die Mailbox-PIN", ["7302"]),
    # a TAN named "mobileTAN", in groups
    ("mobile tan", "Die mobileTAN war 731 904, trotzdem Fehler", ["731 904"]),
    ("mobile tan", "the MobileTAN 44 18 20 expired", ["44 18 20"]),
    # a card dictated with a separator word
    ("separator word", f"Kartennummer {VISA.replace(' ', ' Strich ')}", VISA.split()),
    ("separator word", f"card is {MC.replace(' ', ' dash ')} thanks", ["5555 dash 5555", "4444"]),
    ("separator word", f"Karte: {VISA.replace(' ', ' Bindestrich ')}", VISA.split()),
    # a labelled CVC corrected in the same message
    ("cvc corrected", "the cvv is 318? sorry, I mean 381", ["318", "381"]),
    ("cvc corrected", "Prüfziffer 742, nein, vorne steht 4721", ["742", "4721"]),
    ("cvc corrected", "security code 902 oops typo, it is 209", ["902", "209"]),
    # an expiry after a card's printed label inside a sentence
    ("printed label", "Die neue Karte ist da, nur exp Mar 2031 ist anders.", ["Mar 2031"]),
    ("printed label", "the new card came today, same number, exp 09/30 now", ["09/30"]),
    ("printed label", "only change: valid thru 11/29", ["11/29"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # a network's name is no credential
    ("ssid", "the warehouse SSID is 'Store-5G' and it has no password set"),
    ("ssid", "SSID: Praxis-Gast-2 ist offen, der Drucker findet es nicht"),
    # a Twilio account SID is the account's public id
    ("account sid", "Twilio error: 'Account SID AC4f1e09b7d2c84a6f9e0d5c1a2b7f3e83 not found'"),
    ("account sid", "Fehler: Konto-SID AC9e0d5c1a2b7f4e83b3f09e7d21c84a6f unbekannt"),
    # no list of codes under the word's line
    ("no list", "my backup code broke after the update in\n2024 we changed phones"),
    ("no list", "Backup codes are generated in settings\nTicket 48213"),
    ("no list", "Backup codes (old ones)\n55102938"),
    # a separator word between numbers that are no card
    ("separator word", "Bestellung 4012 Strich 8888 Strich 8888 Strich 1881"),
    # "exp" is no card's label here
    ("not printed", "my licence exp 09/30"),
    ("not printed", "I need 1200 exp for the next level"),
    # a code word that names no secret
    ("error code", "the door sensor error code 4031 keeps coming"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_account_sid_kept_auth_token_masked(redactor: Redactor) -> None:
    sid = "AC0e5f2a9c3e71b84d6e95a1c0b7d2e4f8"
    token = "9dbbe41f7d2c1ad19d1539c86cdc5907"
    out = redactor.redact_text(f"TWILIO_ACCOUNT_SID={sid}\nTWILIO_AUTH_TOKEN={token}")
    assert sid in out
    assert token not in out


def test_no_correction_without_its_word(redactor: Redactor) -> None:
    """A "no" after a CVC that does not correct it leaves the later number alone."""
    out = redactor.redact_text("cvv 123 no idea why 5 payments failed since 2019")
    assert "123" not in out
    assert "2019" in out
