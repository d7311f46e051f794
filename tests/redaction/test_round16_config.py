"""Round sixteen of issue 10, secrets in pasted config, code, URLs and command lines: the
causes behind public-m's, public-l's, public-k's and red-team v16a/v16b's misses and false
hits in this area, checked through the whole redactor (pre-check included) on examples
written here (none of them is a corpus item), with hard negatives that must come out
unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a call given a password key, then the literal: the position names it, a word included
    ("keyed call", 'props.setProperty("pwd", "secret")', ['"secret"']),
    ("keyed call", 'conf.set("smtp", "password", "secret")', ['"secret"']),
    ("keyed call", 'conf.put("db.password", "password")', ['"password")']),
    # a connection call's third argument after the user's
    ("connection call", 'ds = DriverManager.getConnection(url, "sa", "sa_Secret")', ["sa_Secret"]),
    (
        "connection call",
        'conn = DriverManager.getConnection(url, "report", "secret1");',
        ["secret1"],
    ),
    # a keystore or certificate file, then its password
    ("keystore arg", 'var cert = new X509Certificate2("api.pfx", "heron");', ['"heron"']),
    ("keystore arg", 'kp = PyKeePass("team.kdbx", "heron")', ['"heron"']),
    # a Kubernetes/compose env entry whose name holds PASS or a token word
    ("env entry", '- name: MAIL_PASS\n  value: "sesame"', ["sesame"]),
    ("env entry", "env:\n  - name: REDIS_PASS_PROD\n    value: nightowl", ["nightowl"]),
    ("env entry", '- name: STRIPE_TOKEN\n  value: "tok9Vq2LmXr8Zt4Wb"', ["tok9Vq2LmXr8Zt4Wb"]),
    # URL-encoded user information
    ("encoded userinfo", "ops%3Ateam:s%40fe", ["s%40fe"]),
    ("encoded userinfo", "in the .env: svc:w%40lrus", ["w%40lrus"]),
    # curl's user position: a real user's literal word; httpie's --auth
    ("curl user", 'curl -u "svc:secret" https://ci.example.net/api', ['svc:secret"']),
    ("httpie auth", "http --auth=mira:heron https://pie.dev/get", ["heron"]),
    # a form field on a command line
    (
        "curl form",
        "curl -F 'user=ana' -F 'password=anything' https://x.example/login",
        ["anything"],
    ),
    # the password word in look-alikes as a value, whatever the key
    ("leet value", '{"sftp_login": "Pa55w0rd"}', ["Pa55w0rd"]),
    ("leet value", "user: 'P@ssw0rd1'", ["P@ssw0rd1"]),
    # a found password is one wherever the message repeats it
    ("repeated", "curl -u bob:Cedar99x https://svc.example/check/bob/Cedar99x", ["Cedar99x"]),
    # a vendor's "Public API" key is that API's secret key
    (
        "public api key",
        "sevdesk Public API Key: 9fKq2LmP-xR7t-Wv3B-zN8h-4dYcJ6sTa1Qe",
        ["9fKq2LmP", "4dYcJ6sTa1Qe"],
    ),
    ("public api key", "our Public API key is Zx81-kT4q-PL0w-77nM", ["Zx81-kT4q"]),
    # a key given as dash-separated digit groups, as printed
    ("grouped key", "Netzwerkschlüssel fürs Lager: 5521-9034-7716-2280", ["5521-9034"]),
    # (a product's licence key in hyphened blocks is no secret since round 42: support needs
    # it to find the licence; tests/redaction/test_round42_false.py keeps it unchanged)
    (
        "grouped key",
        "Gast-WLAN-Schlüssel (Rückseite der FRITZ!Box 7590): 5521 9034 7716 2280 4419",
        ["7716 2280"],
    ),
    # a short login pair either way round, "account" and "secret" among its keys
    ("short keys", "p: lanternfish\nu: t.okafor", ["lanternfish"]),
    ("short keys", "acct: m.ruiz\nsecret: copper-kettle-song", ["copper-kettle-song"]),
    # Azure Data Factory's integration runtime key
    (
        "adf ir key",
        "register the node with IR@0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b@adf-shop@westeurope@"
        "q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZx+/cVbN=",
        ["IR@0f1e2d3c", "q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZx"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged (each was altered before this round)
NEGATIVES: list[tuple[str, str]] = [
    # a translation file: a password key's value is UI text in some language
    ("ui text", '"forgot_password": "Glemt passordet?",'),
    ("ui text", '"save_password_button": "Lagre passord"'),
    ("ui text", '"change_password": "Zmień hasło",'),
    # a dict's value that is a variable's attribute
    ("attribute", "'PASSWORD': parsed.password,"),
    # angle-bracket slots in a documented command
    ("slot", "cmdkey /generic:<target> /user:<name> /pass:<1234>"),
    # Slack's documented sample hook with zeroed ids
    (
        "sample hook",
        "webhook_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    ),
    # a JSONPath template names where to read a token
    ("jsonpath", 'auth_token: "{$.credentials.session_token}"'),
    ("jsonpath", "token: '{.items[0].token}'"),
    ("jsonpath", "bearer-token: {.users[0].user.token}"),
    # a KMS key's alias names the key
    ("kms alias", "signing_key = alias/jwt-signer"),
    # an authentication mechanism's name is no credential
    ("mechanism", '{"name":"crm-sync","auth":"oauth2","retries":3}'),
    # a Twilio account SID is the account's public id
    ("account sid", "Twilio SID AC0a1b2c3d4e5f60718293a4b5c6d7e8f9 is the one on the invoice"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


# (cause, text): hard negatives next to this round's new rules, unchanged before and after
GUARDS: list[tuple[str, str]] = [
    ("ui text", '"confirm_password_label": "Bekreft passord",'),
    ("jsonpath", "token_path: '{.status.token}'"),
    ("ui text", '"password_mismatch": "Die Passwörter stimmen nicht überein.",'),
    ("attribute", '"db_password": settings.db.password,'),
    ("kms alias", 'KmsKeyId: "alias/billing-data"'),
    ("doc pair", "curl -u username:token https://api.example.org"),
    ("doc pair", "curl --user user:pass https://api.example.org --digest"),
    ("not userinfo", "the job ran 10:45%20 over budget"),
    ("repeated name", "self.smtp_password = smtp_password"),
    ("comma options", "retries=3,timeout=20,pass=through"),
    ("env entry", '- name: DB_PASSWORD\n  value: "none"'),
    ("env entry", "- name: BYPASS_CACHE\n  value: 'true'"),
    ("keyed call", 'props.setProperty("password", "<your password>")'),
    ("connection call", 'conn = createConnection(host, 5432, "db")'),
    ("mechanism", "{'auth': 'ntlm', 'user': 'svc'}"),
    ("grouped key", "key date: 2024-11-12, order id: 1234-5678-9012"),
    ("short keys", "id: 55\nsecret: none"),
]


@pytest.mark.parametrize(("cause", "text"), GUARDS)
def test_guarded(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
