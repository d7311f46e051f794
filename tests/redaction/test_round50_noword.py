"""Round 50 (passwords no word names, read from what the value is for): a security answer on
the customer's line of a transcript, digits keyed at a keypad, a login's other part after a
word that goes on, an own thing given as the value, a corrected value. Each with a twin of
the same shape whose value is no secret. Sentences and values are our own."""

from __future__ import annotations

import pytest

from redaction import handed_values, precheck
from tests.redaction.helpers import assert_password_masked, assert_unchanged

MASKED = [
    # (message, the value that must not survive)
    # a transcript: the asking side asks a secret, the customer's next line answers it
    (
        "Support: For the security question, what was your first car?\nKunde: Opel Manta\n"
        "Support: ok, verified.",
        "Opel Manta",
    ),
    (
        "Berater: Wie heißt Ihre Lieblingsband laut Konto?\nKundin: Element of Crime\n"
        "Berater: Passt.",
        "Element of Crime",
    ),
    (
        "Operator: please read me the verification code we texted you\nCaller: ZT4-91Q\n"
        "Operator: thanks",
        "ZT4-91Q",
    ),
    # digits keyed at a keypad: after the verb, one at a time, before the verb
    ("The side door of the studio: punch 7316 and push hard.", "7316"),
    ("Am Schlüsselkasten hinten die Rädchen auf 4-9-2 drehen, Schlüssel liegt drin.", "4-9-2"),
    ("Alarm im Lager: zuerst 55 17 eintippen, dann die Taste Aus.", "55 17"),
    ("Kiosk screen in the hall: hold the logo, then 3 9 1 7 0 to leave the app.", "3 9 1 7 0"),
    ("Garage beim Büro geht's mit 2 4 6 8 und Raute.", "2 4 6 8"),
    # a login's other part after a word that goes on
    ("For the staging box: user deployer, then Kelp!Tower-31 — the SFTP fails.", "Kelp!Tower-31"),
    ("Zugang zur Buchhaltung: Benutzer ist finanzen, dazu Nordlicht77. Geht nicht.", "Nordlicht77"),
    ("Portal login is ops@brightmill.io + Lantern.Fjord.9, for the moment.", "Lantern.Fjord.9"),
    ("Kassensystem: nutzer chef, dahinter Erdbeerfeld, alles klein.", "Erdbeerfeld"),
    # an own thing given as the value, in a message about getting in
    (
        "Dad can't log in, he says it's his dog's name, Balthasar. Could you reset it?",
        "Balthasar",
    ),
    (
        "Für ihr Konto nimmt sie immer ihren Lieblingsberg: Zugspitze. Trotzdem gesperrt.",
        "Zugspitze",
    ),
    # a corrected value: two spellings of one typed token
    ("oops, it's Heron-Lake-31 not Heron-Lake-13, sorry.", "Heron-Lake-31"),
    ("Korrektur: nicht Fuchsbau7, sondern Fuchsbau77. Anmeldung geht trotzdem nicht.", "Fuchsbau7"),
]

TWINS = [
    # the asking side asks no secret
    "Support: Which address should the new reader go to?\nKunde: Opel Manta Straße 4\n"
    "Support: ok, noted.",
    "Berater: Wie heißt Ihre Filiale laut Vertrag?\nKundin: Element Nord\nBerater: Passt.",
    "Operator: please read me the order number from the receipt\nCaller: ZT4-91Q\nOperator: thanks",
    # no keying: a time, a phone number, a parking space, a year
    "The side door of the studio closes at 7316 — I mean 18:30, sorry.",
    "Am Schlüsselkasten hängt ein Zettel: bitte 0492 123 45 anrufen.",
    "Alarm im Lager seit 2017 neu, die Taste Aus klemmt.",
    "Kiosk screen in the hall: hold the logo, then wait 30 seconds to leave the app.",
    "Garage beim Büro: Stellplatz 2468 im zweiten Stock.",
    # the word that goes on is followed by more words, or by a plain word
    "For the staging box: user deployer, then schema reports_v3 — the SFTP fails.",
    "Zugang zur Buchhaltung: Benutzer ist finanzen, dazu ein Drucker im Flur. Geht nicht.",
    "Portal login is ops@brightmill.io + a shared inbox for the moment.",
    "Kassensystem: nutzer chef, dahinter demo, wie im Handbuch.",
    # an own thing not given as the value
    "Dad can't log in, he's out walking his dog, Balthasar. Could you reset it?",
    "Für ihr Foto nimmt sie immer ihren Lieblingsberg: Zugspitze. Sieht schön aus.",
    # a correction of an order number or a product's name
    "oops, it's order KL-5531 not KL-5513, sorry.",
    "Korrektur: nicht Fuchsbau 7, sondern Fuchsbau 8 ist das Modell. Anmeldung geht.",
]


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_value_is_masked(text: str, value: str) -> None:
    assert_password_masked(text, value)


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays(text: str) -> None:
    assert_unchanged(text)


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_precheck_lets_it_through(text: str, value: str) -> None:
    assert precheck.might_contain_secret(text)


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_form_finds_it(text: str, value: str) -> None:
    found = [text[s:e] for s, e in handed_values.spans(text, text.lower())]
    assert value in found, found


@pytest.mark.parametrize("text", TWINS)
def test_form_finds_nothing(text: str) -> None:
    assert handed_values.spans(text, text.lower()) == []
