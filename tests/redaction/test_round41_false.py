"""Round 41 (false hits on long text and other projects' files): values that stand for a
value, read on the value itself whatever found it (``redaction.stand_ins``). A reference to
where the value lives (an expansion, an interpolation, Home Assistant's ``!secret``), a
filler after a prefix, an instruction to the reader, a keyword a tool fills in, a
description of the field, where a password is kept (a password manager, in parentheses), a
value shown masked, a flag followed by the sentence, a digest or a revision under its key,
and a log record's judgement where a value would be. Each has a twin of the same shape that
is a real secret and stays masked. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.stand_ins import stand_in, stands_in

NEGATIVES = [
    # a reference: interpolation, expansion, a shell variable, Home Assistant's !secret
    "the seed prints:\nCreated admin user\nEmail: ops@shop.example\n"
    "Password: #{ENV['SEED_ADMIN_PW']}\nso nothing got interpolated",
    "[Account office]\ntype = IMAP\nremoteuser = $OFFICE_USER\noauth2_client_id = $CLIENT_ID\n"
    "oauth2_client_secret = $CLIENT_SECRET\noauth2_refresh_token = $REFRESH_TOKEN\n"
    "the sync says invalid_grant",
    "mqtt:\n  server: 'mqtt://localhost:1883'\n  user: z2m\n  password: '!secret mqtt_pw'\n"
    "the bridge still refuses",
    # a filler after a prefix
    "Im Formular steht -dbpwd VAL:xxxx – muss ich das x überschreiben?",
    # an instruction to the reader
    "our .env:\nPORT=8080\nSESSION_SECRET=write_some_text\nCSRF_SECRET=write_some_text\nwhy?",
    "settings.py:\nADMIN_TOKEN = 'change-this-admin-token'\nDEBUG = True",
    # a keyword the tool fills in itself
    "advanced:\n  network_key: GENERATE\n  pan_id: GENERATE\nleft as it was",
    # a description of the field
    'BOT_URL="URL to your server"\nBOT_USER="Username for the bot"\n'
    'BOT_PASSWORD="Password for the bot user"',
    # where the password is kept
    "Wiki table:\n\n| System | User | Password |\n|---|---|---|\n"
    "| CRM prod | it@firm.example | (1Password: CRM prod) |\n"
    "| CRM test | it@firm.example | (KeePass: CRM test) |\n\nCan we use SSO?",
    # a value shown masked, then the sentence
    "password: ${PW} in the script, password: ******** in your UI",
    # a flag, then the sentence goes on
    "I ran mytool config set dbPassword --secret like the README says, still plain",
    # a digest or a revision under its key
    "DEBUG:auth:request sent\nDEBUG:auth:commit=4be1c09f2ad3e85b7c61f04a9d2e3b8c7f6a5d40 build=7\n",
    'the export has "credentials": [{"type": "password", '
    '"hashedSaltedValue": "Qm9zY2hLZXJuZWwxMjM0NTY3ODkwYWJjZGVm", "hashIterations": 27500}]',
    # a header row: the column after the password's; a setting's name before its number
    'Is the order fixed? Ours is "Title","Username","Password","url","Notes" and the '
    'export writes "Title","Username","Password","Website","Notes".',
    "Passwort-Richtlinie: mindestens 10 Zeichen, 1 Ziffer - can we configure "
    "minUpperCaseCount = 2 for our tenant?",
    # a user's label glued to an address (a full-width colon, typed on a phone)
    "vom Handy: Mein Benutzername：karla.ost@mailbox.org und der Login sagt immer falsch.",
    # a log record's judgement where the value would be
    "Auszug:\n05.12.2024 09:01:12 WARN  Anmeldung fehlgeschlagen: Benutzer='lager', "
    "Passwort=falsch, Quelle=10.0.0.7\n05.12.2024 09:01:20 WARN  Anmeldung fehlgeschlagen: "
    "Benutzer='lager', Quelle=10.0.0.7\n05.12.2024 09:01:31 ERROR Konto 'lager' gesperrt "
    "(3 Fehlversuche)\n\nWarum so schnell?",
]

POSITIVES = [
    # a real value of a reference's neighbourhood: a dollar, a hash sign in the value
    ("Password: $Money2024!", "$Money2024!"),
    ("Password: #Winter2024#", "#Winter2024#"),
    ("[remote]\nuser = me\nclient_secret = Xk9mQ2vLp7wR4tZc8Hn3\n", "Xk9mQ2vLp7wR4tZc8Hn3"),
    # a filler's prefix with a real value
    ("-dbpwd VAL:q7Rm2k9Z", "VAL:q7Rm2k9Z"),
    # words that are no instruction, an instruction's words glued with digits
    ("SESSION_SECRET=write_some_text_8841", "write_some_text_8841"),
    ("ADMIN_TOKEN = 'change2this-Adm1n-77'", "change2this-Adm1n-77"),
    # a keyword's word inside a real value
    ("network_key: Generate-7731!", "Generate-7731!"),
    # words after the password word that do not describe the field
    ('BOT_PASSWORD="Sunny days for Bella"', "Sunny days for Bella"),
    # a password manager's name inside a value
    ("Password: 1Password!2024", "1Password!2024"),
    # stars inside a value
    ("pass: ***secret99", "***secret99"),
    # a flag with its value, then the sentence
    (
        "I ran mytool config set dbPassword --secret Kr4ken-Lamp9 like the README says",
        "Kr4ken-Lamp9",
    ),
    # a key that names a secret, whatever word it ends in
    ("todo_secret_do_not_commit = wdwGEFHbKYbEwbZFOZalVq9Jj1oBI9", "wdwGEFHbKYbEwbZ"),
    ("api_secret=4be1c09f2ad3e85b7c61f04a9d2e3b8c7f6a5d40", "4be1c09f2ad3e85b7c61"),
    # a header row's data row; a pair in code; a value with a count after it
    (
        'The import file:\n"Title","Username","Password","url"\n'
        '"Shop","anna","sunflower","x.example"',
        "sunflower",
    ),
    ('login(("user","anna"),("password","sunflower"))', "sunflower"),
    ("mein passwort: kleinerBlauerHund = 2 Versuche", "kleinerBlauerHund"),
    # a user and a password glued to a host
    ("fatal: repository `user:p455w0rd@example.com` not found", "p455w0rd"),
    # a judgement word outside a log record; a log record's real value
    ("user=pgtest password=wrong dbname=app", "wrong"),
    (
        "05.12.2024 09:01:12 WARN Login: Benutzer='lager', Passwort=Falsch2024!, Quelle=10.0.0.7",
        "Falsch2024!",
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative_unchanged(redactor: Redactor, text: str) -> None:
    assert str(redactor.redact(text).text) == text


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_twin_masked(redactor: Redactor, text: str, value: str) -> None:
    out = str(redactor.redact(text).text)
    assert value not in out, out


@pytest.mark.parametrize(
    "value",
    [
        "${DB_PASS}",
        "#{ENV['ADMIN_PW']}",
        "{{ vault_pw }}",
        "$(pass show db)",
        "%(password)s",
        "%DB_PASS%",
        "$CLIENT_SECRET",
        "!secret http_password",
        "VAL:xxxx",
        "tok_XXXXXX",
        "change-this-to-a-secure-random-string",
        "replace_with_your_key",
        "GENERATE",
        "Password for bot user",
        "(1Password: OCA prod)",
        "******** in your UI",
    ],
)
def test_stands_in(value: str) -> None:
    assert stands_in(value)


@pytest.mark.parametrize(
    "value",
    [
        "$Money2024",
        "$password",
        "Sommer2024!",
        "changeme1984",
        "Write2Me!",
        "Generate",
        "Sunny days for Bella",
        "xxx123",
        "VAL:q7Rm2k9Z",
        "(Sonne)Mond7",
        "*Falcon*88*",
    ],
)
def test_no_stand_in(value: str) -> None:
    assert not stands_in(value)


def test_key_before_a_reference() -> None:
    text = "oauth2_client_secret = $CLIENT_SECRET"
    assert stand_in(text, 0, len("oauth2_client_secret"))
    text = "oauth2_client_secret = Xk9mQ2vLp7wR4tZc8Hn3"
    assert not stand_in(text, 0, len("oauth2_client_secret"))
