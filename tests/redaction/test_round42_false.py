"""Round 42 (false hits on other projects' files): a template's value the message declares
unfilled (``redaction.placeholders``), a file's path, a command whose output is the
value, an account's name after a user's label and a product's licence key
(``redaction.stand_ins``): judged once for every recognizer's finding. Each shape has
twins that are real secrets and stay masked: the same value without the declaration, a
value with a word of its own under the declaration, a path's or a command's shape with
capitals. Cases in our own words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.placeholders import template_shaped
from redaction.stand_ins import stands_in

NEGATIVES = [
    # a template's value, the message says the snippet is unfilled
    "Aus der .env-Vorlage:\nREDIS_URL=redis://user:password@cache:6379/0\n"
    "hab ich noch nicht angepasst, läuft der Testlauf trotzdem?",
    'api_token = "1234567890123456" came straight from the quick start page, do I need my own?',
    "config.yml:\n  db_user: admin\n  db_password: secret123\n"
    "this is the example from the README, nothing filled in yet",
    "docker-compose aus der Doku:\n  POSTGRES_USER: app\n  POSTGRES_PASSWORD: mypassword\n"
    "soll ich das so lassen?",
    "broker.conf:\nuser = relay\npassword = pass1234\n"
    "I did not change it, it is still the sample file. Connection refused.",
    'MQTT_PASS="test_password" steht im Beispiel, meins ist anders. Welche Länge erlaubt ihr?',
    # a file's path where the value is kept
    "sudo openvpn --config office/home.ovpn --auth-user-pass office/creds.txt gives AUTH_FAILED",
    "postfix: smtp_sasl_password_maps = hash:/etc/postfix/relay_passwords, the relay says 535",
    # a command whose output is the value
    "Ich hab DB_PASS=`pass show $DB_ENTRY` in die Unit geschrieben, geht das?",
    "I put PASSWORD=`op read $VAULT_ITEM` in my deploy script like your guide says, ok?",
    # an account's name after a user's label (no connector)
    "netrc für die CLI: machine git.firma.example login j.berger (das Passwort kommt per Token)",
    "Die Datenbank: postgres://db-01.intern:5432/erp, User jeweils erp_sync (Passwort im Tresor).",
    # a product's licence key
    'Our Windows licence key is 7XK2P-QM4RT-JW9CD-B3HFY-T6VNL and activation says "already used"',
    "Lizenzschlüssel für das Backup-Modul: BKP-PRO-4Q7Z-R2M8-XX91, gekauft im März.",
    # digits alone in the blocks (round 16 masked it: a licence key is no secret now)
    "license key: 4072-8821-3319-1287",
]

TWINS = [
    # the same template value without a declaration: a lazy user's real value
    (
        "REDIS_URL=redis://user:password@cache:6379/0 ist unsere Prod-URL, warum timeout?",
        "password",
    ),
    ('api_token = "1234567890123456" came from our admin, does it expire?', "1234567890123456"),
    # a declaration, but a value with a word or a number of its own
    (
        'MQTT_PASSWORD="mosquitto-pass-42" sind noch die Defaults aus der Vorlage?',
        "mosquitto-pass-42",
    ),
    (
        "config.yml:\n  db_password: pass847\nthis is the example from the README with my value",
        "pass847",
    ),
    (
        "docker-compose aus der Doku:\n  POSTGRES_PASSWORD: Birkenweg-17\nsoll ich das so lassen?",
        "Birkenweg-17",
    ),
    # a path's or a command's shape with capitals
    ("mein Passwort ist Sun/Moon.Star9 und klappt nicht", "Sun/Moon.Star9"),
    ("my password is keys/Restic-Pass.txt9", "keys/Restic-Pass.txt9"),
    ("DB_PASS=Hafen$KRAN in der Unit, geht das?", "Hafen$KRAN"),
    # the account's name used as its password too; an agent's licence key of one run
    ("login tom.mayer pw tom.mayer, ja ich weiß", "tom.mayer"),
    (
        "License key vom Agent: eu02aa7d3c1b9e8f6a4c2d0b8e6f4a2c1d9eNRAL, bitte prüfen",
        "eu02aa7d3c1b9e8f6a4c2d0b8e6f4a2c1d9eNRAL",
    ),
    ("my password is 7XK2P-QM4RT-JW9CD-B3HFY-T6VNL", "7XK2P-QM4RT-JW9CD-B3HFY-T6VNL"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative_unchanged(redactor: Redactor, text: str) -> None:
    assert str(redactor.redact(text).text) == text


@pytest.mark.parametrize(("text", "value"), TWINS)
def test_twin_masked(redactor: Redactor, text: str, value: str) -> None:
    out = str(redactor.redact(text).text)
    assert value not in out, out


@pytest.mark.parametrize(
    "value",
    [
        "password",
        "sensitive_password",
        "somefakekey",
        "pass123",
        "your-api-token",
        "0123456789abcdef",
    ],
)
def test_template_shaped(value: str) -> None:
    assert template_shaped(value)


@pytest.mark.parametrize(
    "value", ["pass847", "Passw0rd!", "odoo-password-test", "Kranich_Flug77", "0123"]
)
def test_not_template_shaped(value: str) -> None:
    assert not template_shaped(value)


@pytest.mark.parametrize(
    "value", ["configs/vpn.auth", "hash:/etc/postfix/sasl_passwd", "playbooks/*", "op read $ITEM"]
)
def test_stands_in(value: str) -> None:
    assert stands_in(value)


@pytest.mark.parametrize("value", ["Sun/Moon.Star9", "ab12/Xy.k9", "Pa$$WORD", "see $money"])
def test_no_stand_in(value: str) -> None:
    assert not stands_in(value)
