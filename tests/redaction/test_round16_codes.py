"""Round sixteen of issue 10, codes that count as passwords, CVCs and cards: a code of
letters and digits after its word (or alone on the next line), a number someone keeps (PIN,
PUK, passcode, Wi-Fi key, a code named by what it opens) introduced after its word, a CVC
named by where it is printed or by a bare "Code" next to a card, a corrected CVC, Switch and
Solo cards. Examples written here (none is a corpus item), through the whole redactor, with
hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a code of letters and digits in groups after its word
    ("alnum code", "Aktivierungscode: AB4K-7QXM-22PL, geht aber nicht", ["AB4K-7QXM-22PL"]),
    ("alnum code", "the unlock code they mailed me is 9RT-K2W, rejected", ["9RT-K2W"]),
    ("alnum code", "Sicherheitscode aus der SMS: Q4T-88X", ["Q4T-88X"]),
    ("alnum code", "your security code from the letter, ZK8-M2P, is not valid", ["ZK8-M2P"]),
    # ... or alone on the next line after the word's connector
    ("next line", "Ihr Aktivierungscode lautet\nKD 7F 2Q 9X\nwas nun?", ["KD 7F 2Q 9X"]),
    ("next line", "the one-time password is\n48 TX 9Q 2R", ["48 TX 9Q 2R"]),
    ("next line", "PUK lautet\n55120934\nbitte entsperren", ["55120934"]),
    # a number someone keeps, introduced after its word
    ("puk", "SIM-Karte gesperrt, PUK: 40918823 und die neue PIN soll 1234 sein", ["40918823"]),
    ("puk", "PUK2 of the work phone is 77120934", ["77120934"]),
    ("spaced pin", "Die Geheimzahl fürs Terminal ist bei uns 8 0 4 2, okay?", ["8 0 4 2"]),
    ("spaced pin", "Die PIN vom Terminal am Empfang ist bei uns 5 5 1 9 - geht das?", ["5 5 1 9"]),
    ("passcode", "iPad passcode: 4 4 7 1 9 0", ["4 4 7 1 9 0"]),
    ("passcode", "dial-in passcode for the weekly call is 61 72 09 #", ["61 72 09"]),
    ("passcode", "Passcode der Telefonkonferenz am Montag: 61 72 09 #", ["61 72 09"]),
    ("door code", "der Code für das Garagentor im Hof ist 7 3 3 1", ["7 3 3 1"]),
    ("door code", "the code for the back door of the shop is 0915", ["0915"]),
    ("door code", "Kombination fürs Fahrradschloss: 3391", ["3391"]),
    ("door code", "Alarmcode ist 9921, bitte nicht weitergeben", ["9921"]),
    ("device pin", "the PIN for the tablet at reception that shows 2FA prompts is 7781", ["7781"]),
    ("wifi digits", "WLAN-Key der Praxis: 5512-0934-8876-2210", ["5512-0934-8876-2210"]),
    ("wifi digits", "WPA2-Schlüssel (siehe FRITZ!Box-Aufkleber): 3381 0452 9917 6620", ["3381"]),
    ("wifi digits", "WLAN-Schlüssel im Lager: 8841-2290-3318-7762", ["8841-2290-3318-7762"]),
    # a code named by what it is used for, or a held word in brackets after the number
    ("code used for", "the code we type to unlock the side entrance: 7 7 3 1", ["7 7 3 1"]),
    ("code used for", "der Code, mit dem ich mich anmelde, ist 449120", ["449120"]),
    ("word in brackets", "my phone and the laptop both use 6640 (PIN), same as before", ["6640"]),
    ("word in brackets", "Die 40918823 (PUK) hab ich schon probiert", ["40918823"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("letter", "Der PIN-Brief ist noch nicht da, Auftrag 5512 vom 12.03.2024"),
    ("letter", "PIN-Brief ist da, Bestellnummer ist 44881234"),
    ("letter", "Der TAN-Brief kam nicht an, Kundennummer 44881234"),
    ("procedure", "Das TAN-Verfahren wurde umgestellt, Vertrag 55120093"),
    ("count", "Ich habe die PIN 3 mal falsch eingegeben"),
    ("count", "the passcode is 6 digits long"),
    ("pad", "The PIN pad on terminal 4471 is broken"),
    ("verb", "Please pin this message, the meeting is at 1430"),
    ("amount", "unlock code costs 20 EUR"),
    ("days", "activation code is valid for 30 days"),
    ("serial", "WLAN-Schlüssel steht auf der Rückseite, Seriennummer 88123456"),
    ("ticket", "Der Code für die Tür ist kaputt, Ticket 44718 ist offen"),
    ("error code", "Fehlercode E-4471 beim Freischaltcode"),
    ("model", "Mein Router ist ein FRITZ!Box 7590, das WLAN geht nicht"),
    ("phone", "Conference bridge: dial +49 30 1234567, then the meeting number 8812 4471"),
    ("reference", "security code from the email did not arrive, reference AB-1234"),
    ("serial", "Entsperrcode? Die Seriennummer ist C02X-4471-KLM"),
    ("version", "Der Freischaltcode kam nicht an, Version 2.4.1 installiert"),
    ("user name", "the activation code mail went to anna-1234, wrong inbox"),
    ("house number", "Code für die Haustür? Keine Ahnung, Hausnummer ist 12"),
    ("error code corrected", "error code 4031, no 4013, on the kiosk"),
    ("code used for", "the code I use to log in changed yesterday, ticket 44718"),
    ("brackets", "I need 2 (pins) for the board and 4 (PINs) for the wall"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


# (cause, text, substrings that must not survive)
CARD_POSITIVES: list[tuple[str, str, list[str]]] = [
    # a CVC named by where it is printed: an Amex's four digits on the front
    (
        "cid on the front",
        "Amex 3714 496353 98431 läuft über die Firma; die Ziffern auf der Vorderseite lauten 4417",
        ["4417"],
    ),
    ("cid on the front", "Firmen-Amex 3714 496353 98431 – 4 Ziffern vorne drauf: 0921", ["0921"]),
    (
        "cid on the front",
        "Amex 3714 496353 98431 is the company one. The 4 digits printed on the front: 6620",
        ["6620"],
    ),
    # a bare "Code" introduced after the card in the same message
    (
        "bare code",
        "Neue Karte 4111 1111 1111 1111, gültig bis 09/29, bestellt am 02.01.2025. Code: 552",
        ["552"],
    ),
    ("bare code", "card 5555 5555 5555 4444 was declined at the shop; the code is 907", ["907"]),
    # a CVC corrected with a "no" right before the new number
    ("corrected cvc", "Visa 4111 1111 1111 1111, CVV 2791 äh nein 279", ["2791", "279"]),
    ("corrected cvc", "security code 6180, hmm no 618", ["6180", "618"]),
    # a CVC under its own key in code, no card number beside it
    ("keyed cvc", '{"payment": {"holder": "A. Berg", "securityCode": "7305"}}', ["7305"]),
    ("keyed cvc", "payment.setCardCvv('481');", ["481"]),
    # Switch and Solo numbers (Maestro UK): 16, 18 or 19 digits
    ("switch", "Karte: 633300000000000005 (alte Switch-Karte)", ["633300000000000005"]),
    ("solo", "my old Solo card 6334500000000003", ["6334500000000003"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), CARD_POSITIVES)
def test_card_details_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text, what must survive): the card is masked, these stay
CARD_KEPT: list[tuple[str, str, str]] = [
    ("error code", "card 4111 1111 1111 1111 fails with error code: 403", "403"),
    ("promo code", "card 4111 1111 1111 1111, the promo code is 1234", "1234"),
    ("code without connector", "code 403 when I pay with my card 4111 1111 1111 1111", "403"),
    ("code before card", "Code: 552 – then I typed 4111 1111 1111 1111", "552"),
]


@pytest.mark.parametrize(("cause", "text", "kept"), CARD_KEPT)
def test_card_details_kept(redactor: Redactor, cause: str, text: str, kept: str) -> None:
    out = redactor.redact_text(text)
    assert "1111 1111" not in out, cause
    assert kept in out, f"{cause}: {out!r}"


# A number the customer names as another number and denies being a card stays; any other
# denial leaves a card masked.
NOT_A_CARD = [
    "The number 6011 0009 9013 9424 is our vendor id, not a card.",
    "6011000990139424 — das ist unsere Lieferantennummer, keine Kreditkarte.",
]
STILL_A_CARD = [
    "6011 0009 9013 9424 keeps failing, it's not the card, it's your site",
    "6011 0009 9013 9424, it's a debit, not a credit card.",
    "6011 0009 9013 9424 is my husband's card, not my card.",
    "6011 0009 9013 9424 — that's the card number, not a card id.",
]


@pytest.mark.parametrize("text", NOT_A_CARD)
def test_named_other_number_is_not_a_card(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize("text", STILL_A_CARD)
def test_other_denials_leave_the_card_masked(redactor: Redactor, text: str) -> None:
    assert "9013" not in redactor.redact_text(text)
