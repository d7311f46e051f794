"""Round 43 (fields): a value whose own label, format or structure says which field it
belongs to is not the password's, though it stands in a password's or a PIN's slot
(``redaction.field_reading``). Three classes, EN and DE: the next field's label taken as
the value ("pw: (see below) user: …"), a record's number of a known kind (a customer, order,
ticket number with its label; an IBAN whose check digits hold; a phone number with its
country prefix or its own explanation; a parcel's tracking number; a date under its own
label), a configuration's structure (a YAML anchor, alias or tag; a key naming a password
*setting*). Each class has hard twins: the same slot with a real value stays masked. Cases
in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.field_reading import config_structure, next_label, other_field, record_number
from tests.redaction.helpers import thread

#: (text, the words that must survive): each was masked before this round.
KEPT = [
    # (a) the next field's label, or a note in parentheses where the value would be
    ("pw: (ask me) login: jonas.kraft", ["login"]),
    ("pwd: (siehe unten) Benutzer: jonas.kraft", ["Benutzer"]),
    ("passwd: Telefon: 0171 5566778", ["Telefon"]),
    ("Kennwort: E-Mail-Adresse: jonas@kraft-bau.de", ["E-Mail-Adresse"]),
    ("Password: (team default, see the wiki)", ["team default"]),
    ("Passwort: (Firmenstandard, siehe Handbuch Seite 3)", ["Firmenstandard"]),
    # (b) a record's number: its label with it, the key before it, or its format
    ("Login: mara.voigt\nPasswort: Kundennr. 30044917", ["Kundennr"]),
    ("Login: mara.voigt\nPasswort: Telefon 0171 5566778", ["Telefon"]),
    ("login: mara.voigt\npassword: invoice RE-2026-00417", ["invoice"]),
    ("Konto mara.voigt@web.de, Bestellnummer 7731-2290-4418.", ["Bestellnummer"]),
    ("my login: mara.voigt@example.org\nVAT - DE 301 224 118", ["VAT"]),
    ("user: mara, PIN: Ticket#2026113012000417", ["Ticket#2026113012000417"]),
    ("Ticket [Ticket#2026113012000417], das Passwort-vergessen-Formular hängt.", ["Ticket#20"]),
    (
        "Vorname: Mara\nGeburtsdatum: 14.09.1981\nKundennr.: 4471-3320\n\n"
        "Das Passwort schicke ich separat.",
        ["14.09.1981", "4471-3320"],
    ),
    (
        "Neuer Login für Olga, E-Mail olga@example.de, Geburtsdatum 12.03.1991, "
        "Personalnummer 0417.",
        ["Geburtsdatum"],
    ),
    ("user: mara\npassword: +49 171 5566778", ["+49 171 5566778"]),
    ("pw: 0043 664 1234567", ["0043 664 1234567"]),
    ("user: mara\npass: +44 7700 900456", ["+44 7700 900456"]),
    ("user: mara\npassword: DE89 3704 0044 0532 0130 00", ["DE89 3704"]),
    ("user: mara\npw: GB82 WEST 1234 5698 7654 32", ["GB82 WEST"]),
    ("user: mara\nPIN: 1Z999AA10123456784", ["1Z999AA10123456784"]),
    ("u: mara.voigt\np: 0171 5566778 (für Rückruf)", ["0171 5566778"]),
    ("user: mara\np: 0341 2233445 (Festnetz)", ["0341 2233445"]),
    # (c) a configuration's structure
    ("db:\n  user: app\n  password: &db_pass\n    value: x", ["&db_pass"]),
    ("base: &base\n  user: app\n  password: *db_pass", ["*db_pass"]),
    ("prod:\n  <<: *defaults\n  password: *prod_pw", ["*defaults", "*prod_pw"]),
    ("  password: !!str", ["!!str"]),
    ("password_complexity: high", ["high"]),
    ("password_store: keychain", ["keychain"]),
    ("Passwort-Ablauf: 90tage", ["90tage"]),
    ("Kennwort-Historie: fünf", ["fünf"]),
    ("passwort_komplexität: hoch", ["hoch"]),
    ("password_command: pass show mail/work", ["pass show"]),
    # a line headed by another field's kind, then a one-letter label
    ("Ports: p: 8443, u: 8080 (admin ui)", ["8443"]),
]

#: The hard twins: the same slots with a value; (text, the value that must go).
MASKED = [
    ("pw: (Kraft2024!) login: jonas.kraft", "Kraft2024!"),
    ("Password: Wiesel77 (see wiki page 12)", "Wiesel77"),
    ("user: jonas\npassword: Wiesel77!\nemail: jonas@kraft-bau.de", "Wiesel77!"),
    ("Login: mara.voigt\nPasswort: Kundennr30044917!", "Kundennr30044917!"),
    ("Login: mara.voigt\nPasswort: Hund4471-22", "Hund4471-22"),
    # one check digit off: no IBAN
    ("user: mara\npassword: DE89 3704 0044 0532 0130 01", "DE89 3704 0044 0532 0130 01"),
    ("user: mara\npassword: +Wiesel49!", "+Wiesel49!"),
    # no phone's shape, or no explanation of the number
    ("u: mara.voigt\np: 0171Wiesel!", "0171Wiesel!"),
    ("u: mara.voigt\np: 0171 5566778", "0171 5566778"),
    # no anchor's name, no setting in the key, no setting's value
    ("db:\n  user: app\n  password: *Wiesel2024!", "*Wiesel2024!"),
    ("db_password: high", "high"),
    ("password_complexity: Wiesel2024!", "Wiesel2024!"),
    # the record's label before the password's word, not before the value
    ("Passwort für Bestellung: 4471", "4471"),
    ("Kundennummer: 30044917, Passwort: Wiesel2024!", "Wiesel2024!"),
    ("Benutzer: mara\nKennwort: Wieselbau7\nTelefon: 0171 5566778", "Wieselbau7"),
    ("password_command: geheim123", "geheim123"),
    ("Ports: p: Wiesel24!, u: 8080", "Wiesel24!"),
    ("Telefon: 0171 5566778, PIN: 4471", "4471"),
    # a setting's word before the password's: the key names a password
    ('resetUrlPassword: "geheim2"', "geheim2"),
    ('-d "auth_user=jk" -d "auth_pwd=wieselbau"', "wieselbau"),
    # an authenticator's code with a leading "00" is no country's number
    ("mobileTAN: 004518", "004518"),
    ("the code the authenticator shows is 004 517, it changes fast", "004 517"),
    # a phone's PIN under the phone's label: a record's number is longer than a PIN
    ("Handy 3691 (alte PIN), die neue hab ich nicht", "3691"),
    # a sentence that says which number or date the password is
    ("Das PDF-Passwort lautet Geburtsdatum 14091981", "14091981"),
    ("pw: order66!", "order66!"),
    ("pw: Ticket2Ride!", "Ticket2Ride!"),
    ("password: mail2me", "mail2me"),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_another_fields_value_is_kept(redactor: Redactor, text: str, kept: list[str]) -> None:
    out = str(redactor.redact(text).text)
    for word in kept:
        assert word in out, f"{text!r} -> {out!r}"


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_a_value_in_the_same_slot_stays_masked(redactor: Redactor, text: str, value: str) -> None:
    out = str(redactor.redact(text).text)
    assert value not in out, f"{text!r} -> {out!r}"


def _judge(text: str, value: str) -> tuple[bool, bool, bool]:
    start = text.index(value)
    end = start + len(value)
    return (
        next_label(text, start, end),
        record_number(text, start, end),
        config_structure(text, start, end),
    )


def test_each_class_judges_its_own_evidence() -> None:
    assert _judge("pw: (ask me) login: x", "login") == (True, False, False)
    assert _judge("Passwort: Kundennr. 30044917", "Kundennr") == (False, True, False)
    assert _judge("pw: +49 171 5566778", "+49 171 5566778") == (False, True, False)
    assert _judge("a: &anchor_name", "&anchor_name") == (False, False, True)
    assert _judge("min_password_length: 12", "12") == (False, False, True)
    # a value's own shape is no other field's
    assert not other_field("pw: login2024", 4, 13)
    assert not other_field("password_length: Wiesel!7", 17, 25)


#: In a conversation: a cue a message before, then a value whose format says its record.
THREADS_KEPT = [
    (["my password is", "1Z999AA10123456784"], "1Z999AA10123456784"),
    (["das Passwort", "+49 171 5566778"], "+49 171 5566778"),
]
THREADS_MASKED = [
    (["und das Passwort", "Wiesel2024!"], "Wiesel2024!"),
    (["my PIN is", "4471"], "4471"),
]


@pytest.mark.parametrize(("messages", "value"), THREADS_KEPT)
def test_a_record_after_a_cue_is_kept(redactor: Redactor, messages: list[str], value: str) -> None:
    assert value in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(("messages", "value"), THREADS_MASKED)
def test_a_value_after_a_cue_stays_masked(
    redactor: Redactor, messages: list[str], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]
