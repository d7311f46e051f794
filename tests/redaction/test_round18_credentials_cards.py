"""Round 18: cards and credentials. A short Maestro named earlier in its sentence, a card
run into its MMYY expiry, private-key blocks with a short body, short Basic credentials, a
secret key with a long qualifier; and the public or empty values that must stay: a
certificate's body, a stored crypt hash, Twilio resource ids, a Slack hook without its
secret, a placeholder scheme value, a log's next field, a full date after "expired". Cases
in our own words; each positive fails on round 17's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.code_values import is_code_value


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 12-digit Maestro, the brand named a few words before
        ("that maestro only has twelve digits 502077319049", "502077319049"),
        ("my Maestro card is an old one: 676312880450", "676312880450"),
        # a 16-digit card with its MMYY typed straight after it
        ("54992100381772691129", "5499210038177269"),
    ],
)
def test_cards_are_masked(redactor: Redactor, text: str, value: str) -> None:
    assert value not in redactor.redact(text).text


def test_glued_mmyy_is_an_expiry(redactor: Redactor) -> None:
    out = redactor.redact("54992100381772691129").text
    assert "1129" not in out and "[EXPIRY]" in out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("-----BEGIN EC PRIVATE KEY-----\nQk9+zT1=\n-----END EC PRIVATE KEY-----", "Qk9+zT1="),
        ("-----BEGIN PRIVATE KEY-----\nMIIB\nab/c\n-----END PRIVATE KEY-----", "ab/c"),
        ("Authorization: Basic dTpw", "dTpw"),
        ('curl -H "Authorization: Basic Yjpx" https://api.test', "Yjpx"),
        ("the secret key for the HMAC of our partner webhooks is 'Rk2#pv9!QmT4'", "Rk2#pv9!QmT4"),
    ],
)
def test_credentials_are_masked(redactor: Redactor, text: str, value: str) -> None:
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # cards: a brand word far off does not make a short number a card
        "order 502077319049 arrived",
        "ticket 502077319049, and a question about my maestro later",
        # a full date after an expiry word is a date
        "my subscription expired am 03.10.2025",
        "the card expired on 03.10.2025",
        "the trial expires 12.01.2026",
        # a certificate is public
        "pin this one:\n-----BEGIN CERTIFICATE-----\n"
        "MIIC2jCCAcKgAwIBAgIJAKp7Qz1lVbR5MA0GCSqGSIb3DQEBCwUAMBQxEjAQBgNV\n"
        "BAMMCWxvY2FsaG9zdDAeFw0yNDAxMDEwMDAwMDBaFw0zNDAxMDEwMDAwMDBaMBQx\n"
        "-----END CERTIFICATE-----",
        # placeholders and empty slots
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----\nxxxx\n-----END RSA PRIVATE KEY-----",
        'requests.get(url, headers={"Authorization": "Bearer dummy"})',
        'h = {"Authorization": "Bearer demo"}',
        "https://hooks.slack.com/services/T7QK2M4ZP/B5NW8R3XC/",
        "Authorization: Basic realm",
        # ids, not secrets
        "Messaging Service SID MG4d2c7e9a0b1f36582a4c7e9d0b1f3a65, the auth token is elsewhere",
        "phone number SID PN0a9b8c7d6e5f40312a9b8c7d6e5f4031",
        # a stored hash where the text names hashes
        "uid | pw_hash\n4 | $2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy\nok?",
        # a log line: the field after a masked value is its own
        'ts=1 auth="Bearer [REDACTED]" client=acme-sdk-node/4.0.2 status=401',
        # talk
        "the key for the shed in the back garden is 'under the mat'",
    ],
)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


_CERT = (
    "pin this:\n-----BEGIN CERTIFICATE-----\n"
    "MIIDzTCCArWgAwIBAgIQCjeHZF5ftIwiTv0b7RQMPDANBgkqhkiG9w0BAQsFADBa\n"
    "MQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJl\n"
    "-----END CERTIFICATE-----\nand my token: Xq7Lm2Pz9Rt4Vw8K"
)
_HASHES = (
    "id | password_hash\n9 | $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\nok?"
)


def _span(text: str, value: str) -> tuple[str, int, int]:
    start = text.index(value)
    return text, start, start + len(value)


def test_a_certificate_line_is_no_secret_but_what_follows_its_block_is() -> None:
    # the learned password stage asks ``is_code_value`` of every line it suspects
    assert is_code_value(
        *_span(_CERT, "MQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJl")
    )
    assert not is_code_value(*_span(_CERT, "Xq7Lm2Pz9Rt4Vw8K"))


def test_a_crypt_hash_is_no_password_where_hashes_are_named() -> None:
    bcrypt = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
    assert is_code_value(*_span(_HASHES, bcrypt))
    # nothing names a hash: judged as any other value
    assert not is_code_value(*_span("pw: " + bcrypt, bcrypt))
