"""Round 49 (false hits in chat): what the message says a found value is.

- another field's name and its value after a login ("admin / port 8443", "user x und
  Ordner /daten/ein"): the next field, not a password (``password._names_next_field``);
- one number written with slashes after a user word ("Kundennummer 12/48/339"): not a
  user and a password (``password.after_user_word``);
- a program's report of a failure ("Fehlermeldung: 'Anmeldung fehlgeschlagen (Code
  403)'", "… AUTH failed: invalid user or password", an error's code name
  "InvalidSignatureToken"): what a program printed, no value (``stand_ins``);
- a Twilio account's SID ("AC" and 32 hex digits): the account's public name; its auth
  token stays masked (``stand_ins``, also as stored, ``hindsight``);
- a product's name before its model or release number ("FRITZ!Box 6660", "FRITZ!OS
  8.02"), a model's code after a product line's name ("HP OfficeJet J6410"), a price by
  the period ("£12/month") (``password_near``, and for values no word names);
- a bare "code" named as a bank's ("the sort code … : 30-96-26") (``named_number``);
- a lead-in naming an error's code ("der code aus der fehlermeldung" ⏎ "E-55120"): not a
  one-time code (``continuation``).

Each with a twin: the same shape with a real secret stays masked. Values, names and hosts
are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored, thread


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # another field's name and its value after a login
    "Zugang zum Lager-NAS: verwalter / port 8443 - warum kommt kein Login-Fenster?",
    "sftp.baeckerei-ost.example, user lieferant7 und Ordner /daten/eingang, geht nicht",
    'inventory line: "ThinkPad / SN:PF3K9Q2 / user m.berger / dept 5120" shows twice',
    # one number written with slashes after a user word
    "bitte den Vertrag ab 03/26 umstellen, Kundennummer 12/48/339",
    # a program's report of a failure
    "Ich schicke kein Passwort, nur was die App sagt: 'Anmeldung fehlgeschlagen (Code 403)'",
    "the cli prints: AUTH failed: invalid user or password, or the account is disabled.",
    'Die Key-Datei liegt unter /srv/keys/id_rsa, der Node sagt "Cannot load privateKey: '
    'Unsupported key format".',
    "the AWS call fails with InvalidSignatureToken. key id follows later",
    # a Twilio account's SID alone
    "Twilio account SID: AC5e1d9c07b2a84f63e0d7b9a1c2f48e6d, which region is it in?",
    # a product's name and its model or release number
    "the box is a FRITZ!Box 6660, still with the default password from the label",
    "Kennwort vom Etikett geht nicht mehr, seit dem Update auf FRITZ!OS 8.02",
    "Für den Scanner (HP OfficeJet J6410) brauch ich das Admin-Passwort vom Hausmeister",
    # a bank's code
    "the sort code on your refund letter looks wrong to me: 30-96-26",
    # a price by the period
    "She still pays you £12/month (member RK-4410). I don't want any password, just close it",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- twins: the same shapes with a real secret stay masked ---------------------------------

MASKED = [
    # the login's password where the field's name was
    ("Zugang zum Lager-NAS: verwalter / Hafen8443! - warum geht das nicht?", "Hafen8443!"),
    ("sftp.baeckerei-ost.example, user lieferant7 und Ordner7#Ost, geht nicht", "Ordner7#Ost"),
    # a report beside the password given
    ("the cli prints AUTH failed, my password is Zeder#41kopf", "Zeder#41kopf"),
    ("Die App sagt 'Anmeldung fehlgeschlagen', Passwort ist Mohn!Feld27", "Mohn!Feld27"),
    # a value the sentence goes on after, the failure's word later
    ("Login mit Benutzer gast und Passwort gast99 gibt Fehler 500", "gast99"),
    # the auth token beside the account's SID
    (
        "Twilio account SID AC5e1d9c07b2a84f63e0d7b9a1c2f48e6d and auth token "
        "9b4e2a7c1d8f3e6a0b5c9d2e7f1a4b8c",
        "9b4e2a7c1d8f3e6a0b5c9d2e7f1a4b8c",
    ),
    # a password after the product's name
    ("the box is a FRITZ!Box, the password from the label is Ka!Tze6660 now", "Ka!Tze6660"),
    ("Für den Scanner (HP OfficeJet) ist das Admin-Passwort J6410!kx", "J6410!kx"),
    ("the scanner password is J6410, the model is an HP", "J6410"),
    # a code the customer logs in with beside the bank's
    ("sort code 30-96-26, and my online banking PIN is 5813", "5813"),
    ("the code you sent me for the login does not work: 309626", "309626"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_of_the_same_shape_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


# --- conversations ------------------------------------------------------------------------


def test_an_error_code_after_its_lead_in_stays(redactor: Redactor) -> None:
    out = thread(redactor, "der code aus der fehlermeldung", "E-55120")
    assert out[1] == "E-55120"


def test_a_code_after_a_lead_in_naming_a_text_message_is_masked(redactor: Redactor) -> None:
    out = thread(redactor, "der code aus der sms", "E-55120")
    assert "55120" not in out[1]


def test_an_account_sid_stays_as_stored(redactor: Redactor) -> None:
    out = stored(
        redactor,
        "ich gebe euch die Twilio-Daten, SID und Token",
        "SID: AC5e1d9c07b2a84f63e0d7b9a1c2f48e6d",
        "und der Token... moment",
    )
    assert out[1] == "SID: AC5e1d9c07b2a84f63e0d7b9a1c2f48e6d"


def test_a_token_in_the_sid_line_is_masked_as_stored(redactor: Redactor) -> None:
    out = stored(
        redactor,
        "ich gebe euch die Twilio-Daten, SID und Token",
        "SID: 9b4e2a7c1d8f3e6a0b5c9d2e7f1a4b8c",
        "und der Token... moment",
    )
    assert "9b4e2a7c1d8f3e6a0b5c9d2e7f1a4b8c" not in out[1]


@pytest.mark.parametrize(
    ("text", "token", "model"),
    [
        ("the box is a FRITZ!Box 6660 Cable", "FRITZ!Box", True),
        ("Update auf FRITZ!OS 8.02 gemacht", "FRITZ!OS", True),
        ("Scanner (HP OfficeJet J6410) im Lager", "J6410", True),
        ("pays £12/month", "£12/month", True),
        # a password's shapes stay values
        ("the sticker says Fritz!Kiste6660", "Fritz!Kiste6660", False),
        ("MqttPassword Kx4!lm 2024", "Kx4!lm", False),
        ("Passwort Sommer!x 2024", "Sommer!x", False),
        ("MqttPassword J6410 set", "J6410", False),
    ],
)
def test_a_product_and_its_model(text: str, token: str, model: bool) -> None:
    """Read by the password rules that take a value no word names, too (``_entered_value``)."""
    from redaction.recognizers.password_near import model_named

    start = text.index(token)
    assert model_named(text, start, start + len(token)) is model
