"""Round twenty-three of issue 10, one-time codes and PINs: a further code of the same shape
in a message that names one ("Second try with 207 553"); a number before "is the PIN"; a
code named by what it guards or does (an alarm's disarm code, a screen-time or parental
PIN, an emergency code); a modal connector ("should be 4471", "müsste 4471 sein"); digits
read in two groups around a spaced dash ("5 5 2 – 0 1 9"); a wallet's or an app's recovery
phrase of words; a YubiKey's one-time password. Examples written here (none is a corpus
item), through the whole redactor, with look-alike negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    (
        "another code, same shape",
        "The 2FA code 551 203 failed. Tried once more with 884 190, no luck either.",
        ["551 203", "884 190"],
    ),
    (
        "another code, same shape",
        "Bestätigungscode war 730 221. Danach kam per Mail noch 118 054, beide ungültig",
        ["730 221", "118 054"],
    ),
    (
        "another code, same shape",
        "my verification code: 402918. Then I requested a new one and got 771035 instead",
        ["402918", "771035"],
    ),
    (
        "another code, same shape",
        "SMS code 552 188 expired. The next one, 661 904, expired as well",
        ["552 188", "661 904"],
    ),
    ("value before the PIN", "8830 is the PIN for the garage door, same as always", ["8830"]),
    ("value before the PIN", "5521 ist die PIN vom Diensthandy, die geht nicht mehr", ["5521"]),
    ("value before the PIN", "so 61 44 is my PIN, right?", ["61 44"]),
    ("what it guards", "the arming code is 6620, the shop opens at 7", ["6620"]),
    ("what it guards", "Unscharf-Code: 4419", ["4419"]),
    ("what it guards", "Kindersicherungscode ist 7788, hab ich vergessen", ["7788"]),
    ("what it guards", "the screen time code is 2580 on her ipad", ["2580"]),
    ("what it guards", "Jugendschutz-Code lautet 0815, der vom Receiver", ["0815"]),
    ("what it guards", "parental control code: 3104", ["3104"]),
    ("emergency code", "Notfall-Code vom Ausdruck: K4P9-22XM, bitte 2FA neu", ["K4P9-22XM"]),
    ("emergency code", "used my emergency code 7QX4-82LP and now I'm in", ["7QX4-82LP"]),
    ("modal connector", "the PIN should be 6028 but it says wrong", ["6028"]),
    ("modal connector", "Die PIN müsste 7312 sein, steht so im Brief", ["7312"]),
    ("modal connector", "my pin might be 4 4 1 9 now", ["4 4 1 9"]),
    ("modal connector", "die PIN sollte eigentlich 5 0 8 1 sein", ["5 0 8 1"]),
    ("spaced dash", "SMS-Code: 5 5 2 – 0 1 9, kam eben", ["5 5 2", "0 1 9"]),
    ("spaced dash", "the verification code is 384 - 112 and it is refused", ["384 - 112"]),
    ("spaced dash", "the code from the authenticator was 9 0 4 - 7 7 1", ["9 0 4", "7 7 1"]),
    (
        "recovery phrase",
        "seed phrase: orange velvet candle mirror ocean tiger, is that enough to restore?",
        ["orange velvet candle mirror ocean tiger"],
    ),
    (
        "recovery phrase",
        "Die Wiederherstellungsphrase lautet lemon bridge salt cotton eagle pilot amber nest",
        ["lemon bridge salt cotton eagle pilot amber nest"],
    ),
    (
        "recovery phrase",
        "my recovery words from the wallet are fossil crane ember velvet drama quiz",
        ["fossil crane ember velvet drama quiz"],
    ),
    (
        "yubikey otp",
        "YubiKey OTP: vvccccdtbgkdhkjglhnbvcrrulrcnkkbflvjbgnhbjlg rejected",
        ["vvccccdtbgkdhkjglhnbvcrrulrcnkkbflvjbgnhbjlg"],
    ),
    (
        "yubikey otp",
        "the yubikey typed cccccbhuftlkiggejtjlgtnfdtdcbgdtlgkrhebvubbn into the chat, sorry",
        ["cccccbhuftlkiggejtjlgtnfdtdcbgdtlgkrhebvubbn"],
    ),
    (
        "yubikey otp",
        "Yubico-OTP war ccccccjlkgjbhigvdbelglkfbhbujhvvthrgeurtnfkr, geht nicht",
        ["ccccccjlkgjbhigvdbelglkfbhbujhvvthrgeurtnfkr"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES: list[tuple[str, str]] = [
    ("same shape, no code", "Order 551 203 and order 884 190 both shipped today"),
    ("same shape, no code", "Rechnung 730221 und Rechnung 118054 sind bezahlt"),
    ("value before, year", "2024 is the year the PIN rules changed"),
    ("value before, count", "4 is the PIN length they allow"),
    ("what it guards, no value", "the disarm code is 4 digits, where do I change it?"),
    ("what it guards, no value", "Bildschirmzeit-Code vergessen, wie setze ich ihn zurück?"),
    ("emergency, no value", "where do I find the emergency code for 2FA since 2023?"),
    ("modal, length", "the PIN should be 6 digits long"),
    ("modal, no value", "die PIN sollte seit März 2024 gehen"),
    ("modal, not a pin", "the code should be 100 lines at most"),
    ("spaced dash, score", "the code review ended 3 - 1 for the old version"),
    ("phrase talk", "recovery phrase: where do I find it in the app settings?"),
    ("phrase talk", "the seed phrase must never be shared with anyone, right?"),
    ("phrase talk", "Die Wiederherstellungsphrase ist weg, was kann ich tun?"),
    ("yubikey talk", "does your login support the YubiKey OTP mode or only FIDO2?"),
    ("long word", "the otp field shows unbelievablycomplicatedconfigurationfilenames"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact(text).text
    assert out == text, f"{cause}: {text!r} -> {out!r}"


# round 23, second pass: a hedge after the connector; a code the customer says they typed;
# an abbreviation's dot before a bare code's number; a network key set or changed to a value
POSITIVES_2: list[tuple[str, str, list[str]]] = [
    ("hedge after connector", "der Zahlencode ist wahrscheinlich 5501", ["5501"]),
    ("hedge after connector", "die Geheimzahl ist vielleicht 4180", ["4180"]),
    ("hedge after connector", "my passcode was I think 2 8 1 9", ["2 8 1 9"]),
    ("hedge, then alternative", "die PIN war glaub ich 730144 oder 730441", ["730144", "730441"]),
    ("typed it", "forgot my PIN so I typed 4471 and now it's blocked", ["4471"]),
    ("typed it", "the passcode screen came up, I entered 6 0 1 9 twice", ["6 0 1 9"]),
    ("typed it", "it asked for the PIN, so we tried 2580 first", ["2580"]),
    ("abbreviation dot", "the authenticator codes (e.g. 551 204) are always wrong", ["551 204"]),
    ("abbreviation dot", "die Codes aus der App, z.B. 330 918, gehen nicht", ["330 918"]),
    (
        "network key set to",
        "das WLAN-Passwort hab ich gestern auf Birke77_Nord gesetzt",
        ["Birke77_Nord"],
    ),
    (
        "network key set to",
        "das Netzwerk-Passwort hab ich heute auf 19Eichen_Allee gesetzt",
        ["19Eichen_Allee"],
    ),
    (
        "network key set to",
        "den Hotspot-Schlüssel hab ich auf Lindenblatt_5x5 gestellt",
        ["Lindenblatt_5x5"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES_2)
def test_masked_2(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES_2: list[tuple[str, str]] = [
    ("hedge, count", "the PIN is probably 6 digits, right?"),
    ("hedge, year", "die PIN ist vielleicht seit 2023 gesperrt"),
    ("typed, count", "the PIN screen froze so I tried 3 times"),
    ("abbreviation, other code", "error codes (e.g. 404 or 500) show up in the log"),
    ("network key, words", "the wifi password was changed to meet the new policy"),
    ("network key, words", "das WLAN-Passwort hab ich auf die Werkseinstellung zurückgesetzt"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES_2)
def test_unchanged_2(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact(text).text
    assert out == text, f"{cause}: {text!r} -> {out!r}"


# round 23, third pass: a device named in three words between "set" and "to"; an alarm
# named as the device one types on is no alarm clock; an interjection opening the sentence
# that gives the code
POSITIVES_3: list[tuple[str, str, list[str]]] = [
    ("set, long device name", "we set the front door keypad to 662019", ["662019"]),
    ("set, long device name", "reset the old garage keypad to 4455 before moving", ["4455"]),
    ("alarm device, not clock", "set the alarm keypad to 7731 and now it beeps", ["7731"]),
    ("alarm device, not clock", "we set the alarm panel to 5 5 8 1 today", ["5 5 8 1"]),
    (
        "interjection, next sentence",
        "the verification code never came... oh, it just arrived: 660193",
        ["660193"],
    ),
    (
        "interjection, next sentence",
        "Die TAN kam nicht. Moment, sie ist gerade gekommen: 771204",
        ["771204"],
    ),
    ("interjection, next sentence", "2FA code missing. ok it showed up: 118274", ["118274"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES_3)
def test_masked_3(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES_3: list[tuple[str, str]] = [
    ("alarm clock", "set the alarm to 0630 tomorrow, the app keeps resetting it"),
    ("timer", "we set the smart home timer to 2130 every evening"),
    ("interjection, count", "The PIN letter is lost. Oh, it says: 3 tries left"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES_3)
def test_unchanged_3(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact(text).text
    assert out == text, f"{cause}: {text!r} -> {out!r}"
