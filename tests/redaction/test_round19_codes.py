"""Round nineteen of issue 10, one-time codes, PINs and the codes that open doors: a code
key joined by "_" ("2fa_code", "verification_code") and one token of letters and digits as
a key's value; the code's length said between the connector and the value ("is 6 digits:
…"); a keypad or code lock and its connector; digits named by the door they open or the
channel they came through, with no code word; a bare "code" in a sentence naming an SMS
or a second factor, or right after the lock it opens ("Alarmanlage: Code …"); a number
typed in from a text message; the device between the door and its code ("garage door
opener code"); a lock's three-digit combination after its connector; a code typed with
the keypad's keys around it ("#4417*"); a security code named for an account, not a card.
Examples written here (none is a corpus item), through the whole redactor, with hard
negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    ("code key", "login_code = 804417", ["804417"]),
    ("code key", "Form data: mfa_code=290563&remember=1", ["290563"]),
    ("code key", '{"verification_code": "771045"}', ["771045"]),
    ("keyed token", "recovery: activation_code=K9D4M2X7", ["K9D4M2X7"]),
    ("keyed token", "Freischaltcode: 7QX4R2 kam per Post", ["7QX4R2"]),
    ("length note", "the login code is 6 digits: 402 917", ["402 917"]),
    ("length note", "Geräte-PIN ist 6-stellig: 804 117", ["804 117"]),
    ("length note", "Bestätigungscode ist 6-stellig, 551093", ["551093"]),
    ("keypad connector", "the keypad at the back door is 5 5 8 1", ["5 5 8 1"]),
    ("keypad connector", "Codeschloss ist 3 9 1 7, danach drücken", ["3 9 1 7"]),
    ("digits named", "the four digits for the back gate are 6 0 2 2", ["6 0 2 2"]),
    ("digits named", "Die Ziffern aus der SMS lauten 4 8 2 9 1 3", ["4 8 2 9 1 3"]),
    ("digits named", "Die sechs Ziffern per SMS sind 5 0 2 8 1 9", ["5 0 2 8 1 9"]),
    ("bare code, channel", "I typed the code 55019 that came by text and it failed", ["55019"]),
    ("bare code, 2FA", "Bei der zweistufigen Anmeldung: Code 44718 geht nicht", ["44718"]),
    ("bare code, 2FA", "two-step login keeps rejecting code 8812", ["8812"]),
    ("bare code, lock", "Hintertür - Code 4471, nicht weitersagen", ["4471"]),
    ("bare code, lock", "back gate: code 5820 until friday", ["5820"]),
    ("typed from channel", "ich habe 550912 aus der SMS eingegeben", ["550912"]),
    ("typed from channel", "typed 661204 from the email, still nothing", ["661204"]),
    ("opener between", "Garagentoröffner-Code: 7719", ["7719"]),
    ("opener between", "the gate remote code is 8812", ["8812"]),
    ("opener between", "Tor Handsender Code ist 4410", ["4410"]),
    ("short lock code", "the bike lock combination is 482", ["482"]),
    ("short lock code", "Code für den Schlüsselkasten ist 1 7 4", ["1 7 4"]),
    ("keyed", "Hoftor-Code bitte *2580# eingeben", ["2580"]),
    ("keyed", "gate code for deliveries #7391*", ["7391"]),
    ("security code, account", "security code for my online account is 8830", ["8830"]),
    ("security code, account", "Sicherheitscode zum Kundenportal: 6624", ["6624"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES: list[tuple[str, str]] = [
    ("token key", '{"expires_in":3600,"access_token":"[REDACTED]"}'),
    ("keyed word", "login code: v2 of the app"),
    ("length talk", "the verification code is 6 digits long"),
    ("length talk", "PIN ist 4-stellig, nicht 6"),
    ("keypad talk", "the keypad is 2 years old"),
    ("keypad model", "key pad 2000 series in stock"),
    ("keypad size", "the keypad on the left is 123 cm high"),
    ("digits of a number", "the last digits from the email are 2023"),
    ("digits of a number", "die letzten vier Ziffern aus der Mail sind 4471"),
    ("digits of a number", "the digits of my phone number are 0151 2345 6789"),
    ("digits count", "the digits for the door number are 12 to 18"),
    ("bare code, no channel", "the code 404 from the email link"),
    ("bare code, other", "error code 4471 after the SMS"),
    ("bare code, count", "please send code 7 by SMS"),
    ("bare code, reported", "Error: Code 5003 beim SMS-Versand"),
    ("bare code, reported", "SMS gateway returned code 4001"),
    ("bare code, reported", "the SMS API says code 2011 again"),
    ("bare code, reported", "Fehlermeldung beim Login per SMS: Code 4012"),
    ("typed count", "I tried 3 from the email"),
    ("lock number", "Tür 3: Code 123"),
    ("ticket", "ticket #4417 about the door code"),
    ("short number", "the gate code changed in 2023 and again last week"),
    ("card security code", "security code on the back: 123 for card 4111 1111 1111 1111"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact_text(text)
    if cause == "card security code":  # the card's, masked as a CVC, not as a password
        assert "[PASSWORD]" not in out, out
        return
    assert out == text, cause
