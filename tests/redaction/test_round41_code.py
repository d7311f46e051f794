"""Round 41 (passwords and credentials inside pasted code, configuration and tools): an
environment variable whose name ends in a secret's part given a short or word value
(``export MINIO_SECRET_KEY=pwd``), a config key glued to "pass" by its owner
(offlineimap's ``remotepass``, keytool's ``-storepass``), a literal handed to a password
hashing or encoding call, a key-value pair written as a tuple (``{:password, "x"}``), a
SASL triple and a plural secret's list, a variable the same paste names a secret's
(``echo $X > ~/.vault_pass.txt``), a call's literal in the place its signature or a
description of its parameters names a secret's, a quoted literal on the line after a
secret's key alone, a variable user before a literal password
in a connecting call, and a passphrase with blanks in a basic-auth call. Each rule has its
hard twins: nulls, empty strings, variables and references, placeholders and stand-ins,
template files, names of other things. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers import code_secrets

POSITIVES = [
    # an environment variable in capitals, its secret a short word or a word
    ("export MINIO_SECRET_KEY=pwd", "pwd"),
    ('docker run -e "MINIO_ACCESS_KEY=admin" -e "MINIO_SECRET_KEY=geheim" minio/minio', "geheim"),
    ("ENV REDIS_PASSWORD=abc", "abc"),
    ("set SMTP_PASS=Sonne", "Sonne"),
    ("PGPASSWORD=pw psql -h db -U app", "pw"),
    # a config key glued to "pass" by whose password it is
    ("[Repository Remote]\nremoteuser = kai@post.example\nremotepass = Elch Moor 7 Birke", "Elch"),
    ("keytool -importcert -keystore app.jks -storepass Brunnen4 -file ca.pem", "Brunnen4"),
    ("rpcuser=node\nrpcpass=Leuchte", "Leuchte"),
    # a literal handed to a password hashing or encoding call
    ('String hashed = passwordEncoder.encode("Kompass&Ruder3");', "Kompass&Ruder3"),
    ('String encodedPw = encoder.encode("Mohn!Feld");', "Mohn!Feld"),
    ('users.add(User.withUsername("ops").password(enc.encode("Tanne#2")).build());', "Tanne#2"),
    ('u.password = make_password("Wiesel")', "Wiesel"),
    ("$h = password_hash('Ziegel9', PASSWORD_DEFAULT);", "Ziegel9"),
    # a key-value pair as a tuple or a keyword list
    ('opts: [{:password, "Fjord22"}, {:username, "kai"}]', "Fjord22"),
    ('[{user, <<"kai">>}, {password, <<"Otter">>}]', "Otter"),
    ('data = (("login", "kai"), ("passwd", "Kranich"))', "Kranich"),
    # a SASL triple and a plural secret's list
    ('sasl => {scram_sha_256, "kai", <<"Moewe-Segel">>}', "Moewe-Segel"),
    ('tried_pins = ["4711", "0815"] before the lockout', "4711"),
    ('passwords = ["abc", "Rabe7"]', "abc"),
    # a variable the same paste names a secret's
    ("KEYVAL='Mond@Licht5'\necho $KEYVAL > ~/.ansible_pass", "Mond@Licht5"),
    ('smtp_password=MAILVAR in the mapping, and MAILVAR="Hafen!Kran" in .env', "Hafen!Kran"),
    ('the SMTP password var is ENV_A:\nENV_A="Kran+Hafen"', "Kran+Hafen"),
    ("REG='Turm4Wache'\necho $REG | docker login reg.example --password-stdin", "Turm4Wache"),
    # a call's literal in the place its signature names a secret's
    ('def open_db(host, user, password):\n    ...\nopen_db("db1", "kai", "Dachs")', "Dachs"),
    ('public Session(String login, String pin) {}\nnew Session("kai", "Igel")', "Igel"),
    ('Konto("1234567", "Rotkehlchen") laut Doku (kontoId = login, pin = PIN)', "Rotkehlchen"),
    # a variable user before a literal password in a connecting call
    ('conn = connect(host, user, "pw")', '"pw"'),
    # a secret's key alone on its line, its quoted literal on the next (or after a blank)
    ("login: kai@post.example\npw:\n'password'", "'password'"),
    ('smtp_passwd =\n\n"Moor7"', "Moor7"),
    # a passphrase with blanks in a basic-auth call
    ('client.basic_auth("kai", "gelbe Wolke")', "gelbe Wolke"),
]

NEGATIVES = [
    # environment variables: references, nulls, stand-ins, template files, other keys
    "export DB_PASSWORD=${DB_PASS}",
    "export DB_PASSWORD=$DB_PASS",
    "set DB_PASSWORD=%DB_PASS%",
    "export DB_PASSWORD=changeme",
    "DB_PASSWORD=<your-password>",
    "DB_PASSWORD=",
    "export OPENAI_API_KEY=sk-...",
    "STRIPE_SECRET_KEY=sk_live_xxxxxxxx",
    "JWT_SECRET=change-me-in-production",
    "SECRET_KEY=YOURSECRETKEYGOESHERE",
    "PASSWORD_MIN_LENGTH=8",
    "DB_PASSWORD_FILE=/run/secrets/db",
    "cat .env.sample\nREDIS_PASSWORD=redis",
    # glued keys that are no password's, and an empty one
    "The bypass = true setting and compass = north",
    "remotepass =\nremotepasseval = get_pass()",
    "keytool -list -keystore cacerts -storepass changeit",
    # hashing calls given a variable or nothing, encoding with no password around
    "String hashed = passwordEncoder.encode(rawPassword);",
    'String body = encoder.encode("hello world");',
    "u.password = make_password(None)",
    # tuples and lists: nulls, variables, filtered values, other keys
    '[{:password, nil}, {:password, password}, {:password, "[FILTERED]"}, {:password, ""}]',
    '{:username, "kai"}',
    "passwords = [pw1, pw2]",
    'tags = ["12345", "blue"]',
    'sasl => {plain, "kai", <<"">>}',
    # variables named something else, or given a reference
    "KEYVAL='Mond@Licht5'\necho $KEYVAL > ~/.ansible_id",
    'the DB host var is ENV_A:\nENV_A="db01.internal"',
    'KEYVAL="${OTHER}"\necho $KEYVAL > ~/.vault_pass',
    # signatures naming no secret at that place, or a null given
    'def open_db(host, user, schema):\nopen_db("db1", "kai", "backup")',
    'def open_db(host, user, password=None):\nopen_db("db1", "kai", "")',
    'Konto("1234567", "Rotkehlchen") (kontoId = login, bank = name der Bank)',
    # a key alone on its line, then a reference, another key, or a key naming no secret
    "pw:\n'${PW}'",
    "password:\nuser: 'anna'",
    "host:\n'db01'",
    # placeholder pair, variable password, a connect's third literal with blanks
    'authenticate("user", "password")',
    "db.connect(host, user, password)",
    'mysqli_connect("db", "office", "floor 2")',
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_code_secrets_are_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize("text", NEGATIVES)
def test_code_twins_are_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_literal_judgement() -> None:
    text = "DB_PASSWORD=x"
    assert code_secrets.is_literal("pwd", text)
    assert not code_secrets.is_literal("pwd", "README: DB_PASSWORD=pwd")
    assert not code_secrets.is_literal("${X}", text)
    assert not code_secrets.is_literal("sk_test_fake", text)
    assert code_secrets.is_literal("Wolke7", text)
