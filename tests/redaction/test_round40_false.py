"""Round 40 (false hits): what makes the words after a password word no value, what makes
a name no secret, and what a placeholder looks like. A label followed by talk about the
password (its own word again, "forgotten" or thanks in another language, a participle
after "hab ich", a count of words, a joke), a connector that belongs to another word (a
user word, a person: "er ist …", a feeling's emoji), a name's label before the value, a
login word naming a token, a password word inside a thing's name, a markup tag, and values
that stand for values (written to the reader, a stand-in and a field's name in a message
about a document, a document's value nobody says they use). Each has a twin that is a
real secret and must stay masked. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.continuation import Continuation
from redaction.named_values import placeholder_value

NEGATIVES = [
    # the label's own word opens the words after it: a button's label, talk
    "Kennwort: Kennwort ändern Link lädt nicht",
    # "forgotten" and thanks in the language of the password word or another
    "Логин: olga.s Пароль: забыла, помогите пожалуйста",
    "my password: Спасибо большое for fixing it, works now",
    # the connector belongs to a user word between
    "pw reset please 🙏 username is lotte_2004",
    "hi, my login is Trabzon61 and app says invalid password, please help",
    # a person is what the copula says something about
    "Mein Mann hat das Passwort zurückgesetzt, er ist Baujahr 1961 und kennt sich nicht aus",
    # a face after a word is a feeling, not a value's part
    "Die Kollegin hat das WLAN-Passwort geändert und ist jetzt krank 😷 wer kann helfen?",
    # a login word naming a token; a password word inside a thing's name
    "the wiki mentions the Login Token and srcds for the setup, where do I put it?",
    "See the auth-user-pass-stream example: `nats s info BILLING3` answers, "
    "the trigger on BILLING3 never fires.",
    # a name's label before the value; the next line's label
    "our guest network name you asked about: Kaffeeklatsch5 (the password stays with me)",
    "login: pia.k@web.de\nrecovery email: pia.k2019@gmx.de",
    # a markup tag; what a password is part of
    "<auth-user-pass>\nuser\npassword\n</auth-user-pass>\nstill the placeholders from the guide",
    "To create a user:password pair, run htpasswd first",
    # a participle after "hab ich", a count of words, a joke, "the latter", a reference
    "Kennwort hab ich rausgenommen natürlich",
    "pw hab ich resettet, aber keine Mail bekommen",
    "Das Kennwort sind drei Wörter",
    "the password is 54321 (kidding)",
    "ersteres ist das Passwort, nicht die PIN",
    "sorry that was the invoice number, not a pin, it's 6612-993-01",
    # values that stand for values
    "config from the README, only to show the format:\nhost: 10.0.0.5\n"
    "password: my_smtp_password\nmy real one is in the vault",
    "Your tutorial says: mytool login --password 'NEW_ADMIN_PASSWORD' - where does the hash go?",
    "Vorlage aus der Doku: Host=myServer; Uid=myUser; Pwd=myPassword; – passt das Format?",
    "the guide shows password: Kiwi2020 - maybe pick a less famous one? just saying",
    "from the manual: smtp_pass: my_mail_password",
]

POSITIVES = [
    # one token opening with the password word; a user owned by a preposition
    ("Kennwort: Kennwort2024!", "Kennwort2024!"),
    ("the password for the admin user is Tulip7!", "Tulip7!"),
    ("The temporary password in your welcome email was Xb7-Kp2-Qm9, I used it", "Xb7-Kp2-Qm9"),
    ("username anna, password: Tulip7x", "Tulip7x"),
    # a word of another script that is no "forgotten"
    ("Пароль: солнышко", "солнышко"),
    # thanks and a year: a passphrase, not thanks
    ("my password: Спасибо большое 2024", "большое 2024"),
    # a name after "hab ich" and the verb closing the clause
    ("Passwort hab ich Sonnenblume gesetzt", "Sonnenblume"),
    # a stand-in's shape with no document named; a document's value someone uses
    ("my password is my_rcon_password", "my_rcon_password"),
    ("DB_PASSWORD = 'my_db_password'", "my_db_password"),
    ("Docs say the default login is admin / ChangeMe!99 and I never changed it", "ChangeMe!99"),
    # a two-part compound of the password word is context still
    ("Unser Passwort-Meter gibt 5 Punkte für Tulpe!2024 – bitte anpassen", "Tulpe!2024"),
    # a label naming whose password it is, or a security question's
    ("Kennwort für den Kerberos-User user01: kuser01", "kuser01"),
    ("Sicherheitsfrage (Name des ersten Haustiers): Strolchi", "Strolchi"),
    ("WPA2 passphrase for the kiosk tablet network: morning glory seven", "glory seven"),
    # a value with no joke after it; a PIN alone
    ("the password is 54321", "54321"),
    ("my pin is 4471", "4471"),
    ("login: pia.k@web.de\nSonnenblume7", "Sonnenblume7"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_value_is_masked(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_twins_stay_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "value", "cue", "stands_in"),
    [
        ('"password": "YourWifiPassword"', "YourWifiPassword", False, True),
        ("password: my_rcon_password", "my_rcon_password", True, True),
        ("password: my_rcon_password", "my_rcon_password", False, False),
        ("password: my_rcon_password7", "my_rcon_password7", True, False),
        ("password: Tulip7", "Tulip7", True, False),
        ("the guide shows password: Tulip7", "Tulip7", True, True),
        ("the guide shows password: Tulip7 and I still use it", "Tulip7", True, False),
    ],
)
def test_placeholder_value(text: str, value: str, cue: bool, stands_in: bool) -> None:
    start = text.index(value)
    assert placeholder_value(text, start, start + len(value), cue=cue) is stands_in


def test_a_device_model_names_its_number(redactor: Redactor) -> None:
    assert redactor.redact("Alarmanlage Typ: 5518").text == "Alarmanlage Typ: 5518"
    assert "5518" not in redactor.redact("Alarmanlage Code: 5518").text


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (["PIN", "sorry meant PO", "is 5521"], False),
        (["PIN", "ich meinte die Bestellung", "ist 5521"], False),
        (["PIN", "for the card", "is 5521"], True),
        (["PIN", "sorry meant the PIN for the card", "is 5521"], True),
    ],
)
def test_a_word_taken_back_ends_its_cue(
    redactor: Redactor, messages: list[str], masked: bool
) -> None:
    thread = Continuation(redactor)
    out = [str(thread.redact(m).text) for m in messages]
    assert ("5521" not in out[-1]) is masked


@pytest.mark.parametrize(
    ("messages", "masked"),
    [
        (["visa please", "refund missing", "41.99", "since 03/28"], []),
        (["visa please", "4111 1111", "1111 1111", "03/28"], ["4111 1111", "1111 1111", "03/28"]),
    ],
)
def test_an_amount_is_no_card_piece(
    redactor: Redactor, messages: list[str], masked: list[str]
) -> None:
    thread = Continuation(redactor)
    out = {m: str(thread.redact(m).text) for m in messages}
    for m in messages:
        assert (m not in out[m]) is (m in masked)
