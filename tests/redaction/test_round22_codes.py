"""Round twenty-two of issue 10, one-time codes and PINs: a number typed "as" the PIN named
after it ("put in 5829 as pin"); the German article between the connector and the value
("meine PIN ist die 1 9 7 4"); a bare "code" with its length said before it, when the
number right after it has that many digits ("the 8-digit code 14050471"). Examples written
here (none is a corpus item), through the whole redactor, with look-alike negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    ("typed as the PIN", "i typed 7730 as pin and now the card is blocked", ["7730"]),
    ("typed as the PIN", "ich habe 4711 als PIN eingegeben, geht nicht", ["4711"]),
    ("typed as the PIN", "we set 0918 as the new PIN on the tablet", ["0918"]),
    ("typed as the PIN", "entered 5 5 1 9 as my PIN twice, now locked", ["5 5 1 9"]),
    ("typed as the PIN", "hab 8823 als meine PIN genommen", ["8823"]),
    ("article after connector", "meine PIN ist die 2 7 4 1", ["2 7 4 1"]),
    ("article after connector", "die Geheimzahl war die 6018, glaube ich", ["6018"]),
    ("article after connector", "die PUK ist die 84930217, steht auf der Karte", ["84930217"]),
    ("length before code", "the 8-digit code 30417725 is rejected, clock drift?", ["30417725"]),
    ("length before code", "der 6-stellige Code 551093 kam zu spät", ["551093"]),
    ("length before code", "der sechsstellige Code lautet 048213 laut SMS", ["048213"]),
    ("length before code", "the six-digit code: 771204 and then it says invalid", ["771204"]),
    ("plain code, six digits", "sorry wrong chat, code is 604417", ["604417"]),
    ("plain code, six digits", "mein Code war 550193, geht trotzdem nicht", ["550193"]),
    ("plain code, six digits", "Code: 839021", ["839021"]),
    ("plain code, six digits", "ok the new code is: 118407 lol", ["118407"]),
    ("caps token", "Steam Guard code was HX7QP, then it refused", ["HX7QP"]),
    ("caps token", "the verification code is K7QX2 but the site says wrong", ["K7QX2"]),
    ("caps token", "Bestätigungscode lautet 7HK2P laut Mail", ["7HK2P"]),
    (
        "wifi key shown",
        "the wifi password on the card says Qm7-tR4x-Lp2z, still fails",
        ["Qm7-tR4x-Lp2z"],
    ),
    ("wifi key shown", "hotspot key on my phone says 4kT9-pLm2-Qx7R", ["4kT9-pLm2-Qx7R"]),
    (
        "wifi key shown",
        "Wifi password on the box says 9TkP-2mQx-4RtL but the tv wont connect",
        ["9TkP-2mQx-4RtL"],
    ),
    (
        "wifi key shown",
        "our wifi password says 55kTr-9xPm but the printer rejects it",
        ["55kTr-9xPm"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES: list[tuple[str, str]] = [
    ("length talk", "enter the 6-digit code 3 times and it locks"),
    ("length mismatch", "the 6-digit code 4471 from your docs is just an example length"),
    ("length, no value", "the 6-digit code field is greyed out since 2023"),
    ("length, other code", "the 5-digit zip code 10115 is Berlin"),
    ("length, error", "the 4-digit error code 5003 shows after login"),
    ("as, letter", "Bestellung 5829 als PIN-Brief verschickt"),
    ("as, decimal", "version 2.4 as pin layout"),
    ("as, year", "since 2019 as the PIN rules changed"),
    ("article, count", "the PIN is the 4-digit number on the letter"),
    ("article, year", "der Code ist die Version von 2021"),
    ("plain code, kind named", "the HS code is 851762 for these parts"),
    ("plain code, kind named", "item code: 104522, qty 3"),
    ("plain code, kind named", "der Fehlercode ist 100234"),
    ("plain code, kind named", "zip code is 560001"),
    ("plain code, not six", "the code is 1000000 lines long"),
    ("plain code, not six", "Code: 48 tests failed"),
    ("plain code, grouped other", "Fehler: code 500123 im Log"),
    ("caps token, short", "verification code is V2 of the API"),
    ("caps token, error", "the login code is E4012 error"),
    ("caps token, lower", "the verification code is abc12 in the docs"),
    ("wifi key shown, protocol", "the wifi password on the sticker says WPA2-PSK only"),
    ("wifi key shown, status", "wifi password says incorrect 3 times now"),
    ("wifi key shown, model", "the hotspot password screen shows AX1800 router"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    out = redactor.redact(text).text
    assert out == text, f"{cause}: {text!r} -> {out!r}"
