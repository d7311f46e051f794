"""Round 49 (false hits on other projects' material: configs, docs and code).

What the text says the found value is, read in the syntax of the file it was pasted from:

- a getter's argument or a getter's call ('get_pass("mail")', 'keyring.get_password("smtp",
  "ops")', 'getPassword("staging")', 'read_secret("mailer")'): the name of the secret to
  fetch; the secret is what the call returns, never in the text (``stand_ins``);
- a variable's member or entry ("$Self->{DatabasePw}", "$cfg['db_pass']"): a setting's name
  in Perl or PHP, not its value (``code_values``);
- an installer's slot in a sample config ("%CONFIG-DBPASS"): filled when it writes the file
  (``code_values``);
- a nested mapping after a key ("basic_auth: username: x password_file: …"): its own keys and
  values, not one secret (``credential``);
- the word before a key that has its own assignment ("outputs.graphite_v3 token = …"): a
  section's name, the token is what follows "=" (``credential``);
- a setting said to be left empty ("API_TOKEN= hab ich leer gelassen") (``credential``);
- a vendor's document's example with the value's lead-in ("the Acme docs' example is
  DB_URL=\"mysql://alice:…\"") (``published_values``);
- a type's or a call's name after "as" ('prints the struct as Password("***")'): code, not
  the password word of "X as password" (``password``);
- the next line's key with its quoted value after a login ("User a@b.c" ⏎ 'PassCmd "…"'):
  a command that prints the password, no value (``password``);
- an address's host and path after its user information ("rtsp://admin:x@10.1.1.9/cam/…"):
  no e-mail address and password pair (``password``);
- a message after a setting's key ("CAM_PASSWORD: Required environment variable not set",
  a shell's "${CAM_PASSWORD:?…}") (``password``);
- a call given a quoted command ("pw = pipe_from('pass show mail/shop')") (``code_values``);
- an object literal after a key ('httpNodeAuth: {user:"ops",pass:"…"}'): its members are
  read by their own keys (``credential``).

Each with a twin: the same shape with a real secret stays masked. Values, names and hosts
are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


UNCHANGED = [
    # a getter's argument, a getter's call
    'remotepasseval = get_pass("work"). it works locally, not with you',
    'pw = keyring.get_password("smtp", "ops@acme.example") fails on your runner',
    'password = getPassword("staging") returns null in your step',
    'smtp_pass = read_secret("mailer") and it returns empty',
    # a variable's member: the setting's name
    "part of our Config.pm:\n    $Self->{DatabaseHost} = 'db.intern';\n"
    "    $Self->{DatabaseUser} = 'app';\n    $Self->{DatabasePw} = '';\n"
    "is an empty password allowed?",
    # an installer's slots
    "the sample config ships with\ndefine('DBUSER','%CONFIG-DBUSER');\n"
    "define('DBPASS','%CONFIG-DBPASS');",
    # a nested mapping, a section's name before a key with its own value
    "basic_auth: username: ops password_file: /etc/prom/ops.pw",
    'outputs.graphite_v3 token = "$GRAPHITE_TOKEN" prefix = "edge" - the variable is exported',
    'plugins.webhook_v21 secret = "$HOOK_SECRET"',
    # a setting said to be empty
    "API_TOKEN= hab ich leer gelassen, weil wir OIDC nutzen",
    # a vendor's docs' example with its lead-in
    'the Acme docs\' example is DB_URL="mysql://alice:plainpass@db:3306/app". Keep the port?',
    "the docs' example: mysql://alice:plainpass@db:3306/app - do I keep the port?",
    # a type's name in code after "as"
    'our logger is fine, but your shipper prints the struct as Password("[hidden]") too?',
    'the log line shows cfg as Secret("***") and creds as Password(value)',
    # the next line's key and its quoted command
    "my mbsync config:\nIMAPAccount home\nUser lena@mail.example\n"
    'PassCmd "gpg -d ~/.pw.gpg"\nSSLType IMAPS',
    # an address's host, then its path (no e-mail and password pair)
    "I only pasted the README sample so far, my real login is not in yet:\nstreams:\n"
    "  hof: rtsp://admin:password@10.1.1.9/cam/realmonitor?channel=2&subtype=0",
    # a program's message about the setting, a shell's message if it is unset
    "the ingest script exits with 'CAM_PASSWORD: Required environment variable not set'.",
    'export STREAM="rtsp://${CAM_USER}:${CAM_PASSWORD:?Required environment variable not set}'
    '@${CAM_IP}:${CAM_PORT}/live"',
    # a call given a command
    "config.lua:\nlocal status, pw = pipe_from('pass show mail/shop')\nprint(status)",
    # an object literal after a key: its keys are read alone (a bcrypt hash is no password)
    'httpNodeAuth: {user:"ops",'
    'pass:"$2a$08$Rt5Yu7Io9Pa1Sd3Fg5Hj7Kl9Zx1Cv3Bn5Mq7Wa9Se1Dr3Ft5Gy7H"},',
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


MASKED = [
    # a setter's argument, a literal beside a getter, a login call
    ('db_password = set_password("Xq7!rr9x")', "Xq7!rr9x"),
    ('password = get_password() or "Tr0mb0ne!x"', "Tr0mb0ne!x"),
    ('auth = login("admin", "Tr0mb0ne!x")', "Tr0mb0ne!x"),
    # the member's value
    (
        "part of our Config.pm:\n    $Self->{DatabaseUser} = 'app';\n"
        "    $Self->{DatabasePw} = 'Kiefer-Zapfen-2029';\nthe DB password is right, still fails",
        "Kiefer-Zapfen-2029",
    ),
    ("$cfg['db_pass'] = 'Kiefer-Zapfen-2029'; and the password still fails", "Kiefer-Zapfen-2029"),
    # a value that merely opens with a percent sign
    ("define('DBPASS','Qz7%CONFIG-x');", "Qz7%CONFIG-x"),
    # a key's real value
    ('inputs.mqtt_consumer token = "k8Jd2mQpX9vR4tLw7zNc" topic = "x"', "k8Jd2mQpX9vR4tLw7zNc"),
    ("k8Jd2mQpX9vR4tLw7zNc token for the mqtt bridge", "k8Jd2mQpX9vR4tLw7zNc"),
    ("API_TOKEN= k8Jd2mQpX9vR4tLw7zNc", "k8Jd2mQpX9vR4tLw7zNc"),
    # the writer's own after the docs' example, the example in use
    (
        'the Acme docs\' example is DB_URL="mysql://alice:plainpass@db:3306/app", ours is '
        'DB_URL="mysql://bob:Xq7!rr9@db:3306/app"',
        "Xq7!rr9",
    ),
    (
        'the Acme docs\' example is DB_URL="mysql://alice:plainpass@db:3306/app" and we use '
        "exactly that on staging",
        "plainpass",
    ),
    # "as password" in prose
    ("I entered Tr0mb0ne!x as password(s) for both", "Tr0mb0ne!x"),
    ("I entered Tr0mb0ne!x as Password (the new one)", "Tr0mb0ne!x"),
    # the password itself on the next line, quoted
    (
        "my mbsync config:\nIMAPAccount home\nUser lena@mail.example\n"
        'Pass "Tr0mb0ne!x"\nSSLType IMAPS',
        "Tr0mb0ne!x",
    ),
    ("login lena@mail.example\nTr0mb0ne!x", "Tr0mb0ne!x"),
    # a camera's real password in the address
    ("login for the camera: rtsp://admin:Qz7!hof9@10.1.1.9/cam/realmonitor?channel=2", "Qz7!hof9"),
    ("login: jan.berg@firma.example / Qz7!hof9", "Qz7!hof9"),
    # a passphrase of capitalised words, words with a digit
    ("DB_PASS: Wrong Way Home", "Wrong Way Home"),
    ("DB_PASS: wrong way home 7", "wrong way home 7"),
    # an object's own secret members
    ('apiAuth: {"token": "k8Jd2mQpX9vR4tLw7zNc"}', "k8Jd2mQpX9vR4tLw7zNc"),
    ('httpNodeAuth: {user:"ops",pass:"Kr9!pq77"},', "Kr9!pq77"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_of_the_same_shape_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
