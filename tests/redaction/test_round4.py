"""Round four of issue 10: the causes behind red-team v4's and public-c's misses and false
hits, each checked on variants written here (none of them is a corpus item)."""

from __future__ import annotations

import pytest

from redaction import Redactor

# (cause, text, the secret that must not survive)
SECRETS: list[tuple[str, str, str]] = [
    # credentials: a vendor's tag and a random body, whatever the vendor
    (
        "vendor tag",
        "here it is: zq7k_v2_Hq8vR2mXwP4tLs9NcYb3JdFa",
        "zq7k_v2_Hq8vR2mXwP4tLs9NcYb3JdFa",
    ),
    (
        "vendor tag, region",
        "use acme_live_eu.Rt5-Yq_2.Wm8kPz3Lx-Qc7VbN1sDf4Gh",
        "acme_live_eu.Rt5-Yq_2.Wm8kPz3Lx-Qc7VbN1sDf4Gh",
    ),
    (
        "provider prefix",
        "mws: amzn.mws.4ab7c2d1-93e0-4f1a-8b2c-7d6e5f4a3b21",
        "amzn.mws.4ab7c2d1-93e0-4f1a-8b2c-7d6e5f4a3b21",
    ),
    (
        "provider prefix",
        "graphql key da2-k3m9p2x7q4w8z1c5v6b0n3j7h2",
        "da2-k3m9p2x7q4w8z1c5v6b0n3j7h2",
    ),
    # a filler run inside a long token is no placeholder
    (
        "filler inside",
        "export SESSION_TOKEN=Zm9vYmFyXXXXXXXXqL3+kPz/9wT2mNcR8vY4bH6jD1sF5gA7eU0iO3pK",
        "Zm9vYmFyXXXXXXXXqL3+kPz/9wT2mNcR8vY4bH6jD1sF5gA7eU0iO3pK",
    ),
    # a long number or a UUID given to an API key
    ("numeric key", "api_key: 9876543210987654321098765432", "9876543210987654321098765432"),
    (
        "uuid key",
        "HEROKU_API=5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        "5f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
    ),
    (
        "xml name attribute",
        '<string name="maps_api_key">f3a9c81d6e2b4a7095c3d8e1f2a4b6c7</string>',
        "f3a9c81d6e2b4a7095c3d8e1f2a4b6c7",
    ),
    ("subscript key", "conf['API_SECRET'] = 'q#8Lm!zR2v'", "q#8Lm!zR2v"),
    (
        "dash connector",
        "SECRET - 31415926535897932384626433832795",
        "31415926535897932384626433832795",
    ),
    (
        "random in a value",
        'client_secret = "arandomvaluenobodyguesses"',
        "arandomvaluenobodyguesses",
    ),
    # passwords
    ("url with spaces", "mysql://app:my secret pw@db.local/shop", "my secret pw"),
    ("fallback literal", 'db_password = os.getenv("DB_PW", "Kiwi&Mango7")', "Kiwi&Mango7"),
    ("fallback literal", "pass = settings['pw'] || 'tulpenfeld'", "tulpenfeld"),
    ("shell default", "PGPASSWORD=${PGPASSWORD:-orchard55}", "orchard55"),
    ("shouted word", "PASSWORT: SONNENBLUME1987", "SONNENBLUME1987"),
    ("verb and a line phrase", "my password is blue river 77", "blue river 77"),
    (
        "verb and a line phrase",
        "das passwort lautet wir fahren ans meer 2025",
        "wir fahren ans meer 2025",
    ),
    ("colon after a function word", "Kennwort? Klar, hier ist es: Ahornblatt3", "Ahornblatt3"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("another tool's mask", 'payload: {"password": "[REDACTED]", "user": "bo"}'),
    ("another tool's mask in a URL", "ssh://[masked]:[masked]@gw.example.org"),
    ("f-string call", 'url = f"https://bot:{vault_read(pat_name)}@git.example.org/"'),
    ("attribute path", "admin_password = aws_secretsmanager.db_secret.value"),
    ("file path", 'credentials_path = "/home/ci/.config/gcloud/creds.json"'),
    ("shadow line", "nobody:*:18000:0:99999:7:::"),
    ("ambiguous query key", "https://tickets.example.com/?pass=weekend"),
    ("empty quoted value", 'send {"password": ""} and you get 422'),
    ("a log field's '='", "WARN wrong password for account=mbauer retries=2"),
    ("clause after a list comma", "Zugangsdaten passen, aber es kommt 'Login nicht möglich'"),
    ("comparison after 'is'", "the password is older than 2019"),
    ("time after 'ist'", "das Passwort ist gültig bis 2026"),
    ("publishable key", "pk_live_Rt5Yq2Wm8kPz3LxQc7VbN1sD"),
    ("host and port then prose", "see http://build:8080 then write to ops@example.org"),
]


@pytest.mark.parametrize(("cause", "text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, (cause, out)
    assert redactor.redact(out).text == out


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_negative_stays(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact(text).text == text, cause
