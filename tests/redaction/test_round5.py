"""Round five of issue 10: the causes behind red-team v5's and public-d's password misses and
false hits, each checked on variants written here (none of them is a corpus item)."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# (cause, text, the secret that must not survive)
SECRETS: list[tuple[str, str, str]] = [
    # a camel-case key ending in "Pass", in JSON, Python, XML; a quote inside the value
    ("camel-case key", '{"rootPass": "Kq8vLm2x"}', "Kq8vLm2x"),
    ("camel-case key, attribute", '<server dbPass="mauve7t" />', "mauve7t"),
    ("quote inside a value", "{'userPass':'Ab9'xY3z'}", "Ab9'xY3z"),
    ("nested object", '{"setPassword": {"newPass": "90817263"}}', "90817263"),
]

# (cause, text) that must come out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # placeholders in example configs
    ("placeholder asking for a value", "MAIL_PASSWORD=enter-your-mail-password"),
    ("placeholder, German", "SMTP_KENNWORT=bitte-kennwort-hier-eintragen"),
    ("placeholder, shouted", "REDIS_PASSWORD=YOUR_REDIS_PASSWORD_HERE"),
    ("template URL in capitals", "BROKER=amqp://USER:PASS@HOST:5672/vhost"),
    ("environment reference", "Data Source=db1;User ID=app;Password=%APP_DB_PW%;"),
    # an empty value does not take the next line
    ("empty value then next key", "[imap]\nlogin=shop@example.org\npassword=\ntimeout=30"),
    ("empty value, German key", "kennwort=\nhost=mail.example.org"),
    # JSON literals and structure
    ("JSON null", '{"login":"batch","password":null,"mfa":false}'),
    ("JSON value then key", '{"code":"password_too_short","detail":"use 12 characters"}'),
    ("value after words and quotes", "{'cmd': '--password ****', 'keep_me': 'as is'}"),
    # SQL
    ("SQL IS NULL", "SELECT name FROM accounts WHERE password IS NULL AND updated_at < now()"),
    ("SQL bind parameter", "UPDATE accounts SET password_digest = hash(:plain_pw) WHERE id=1"),
    ("SQL call", "UPDATE staff SET pw = crypt($1, gen_salt('md5')) WHERE login = $2"),
    # MySQL's error line: account spec and the YES/NO flag
    ("MySQL account and flag", "Access denied for user 'shop'@'10.0.0.7' (using password: YES)"),
    ("MySQL account, localhost", "Access denied for user 'app'@'localhost' (using password: NO)"),
    # a secret's size, as kubectl describes it
    ("size description", "Data\n====\npassword:  24 bytes\nuser:  4 bytes"),
    # a question mark ends the sentence: what follows is no value
    ("question, then prose", "Where do I find the admin password? The manual says nothing."),
    ("question, German", "Ist das Kennwort für beide Konten gleich? Weiß ich nicht."),
    ("question, trailing token", "is the password stored with scrypt or pbkdf2?"),
]


@pytest.mark.parametrize(("cause", "text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, (cause, out)
    assert redactor.redact(out).text == out


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_negative_stays(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact(text).text == text, cause
