"""Round seventeen of issue 10, credentials and cards. False hits: a number that is a URL's
path segment (a resource's id), a value the words before it name as a tracking or order
number, a key word inside a URL naming the word after the URL, a key shown masked (prefix
and last characters), an AWS access key id named as the id in prose with no secret beside
it. Misses: a dialect's expiry word and CVC label after a card, a PEM block whose body is
laid out on its own lines, a secret of symbols (a comma inside it), a long token in quotes
or before a dash remark, an Atlassian token a few characters off its issued length, a
SendGrid key cut short. Examples written here (none is a corpus item), through the whole
redactor, with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers.credential import CredentialRecognizer
from tests.redaction.helpers import assert_all_gone, assert_finds

_ATLASSIAN = "ATATT3" + "xQ7rLk2Vb9Zt4Nw8Hc1Mp5Ys3Fd6Gj0Ka" * 5 + "-Rt2=4C1D9E7A"

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a card in a URL's path after a segment naming a card is still a card
    ("card segment", "https://shop.example.net/card/4539578763621486", ["45395787"]),
    ("card segment", "Kreditkarte/Visa/4929123456781236", ["49291234"]),
    # an access key id with its secret, or as a config's value, stays masked
    (
        "key id with secret",
        "Access key ID AKIAR7T2QW9XZ4LMB6NE and the secret is "
        "Hq8+Lm2vX9pT4kWz7RbN3cYd5FgJ1sA0eU6iO8rQ",
        ["AKIAR7T2QW9XZ4LMB6NE", "Hq8+Lm2vX9pT4kWz7RbN3cYd5FgJ1sA0eU6iO8rQ"],
    ),
    ("key id in config", "aws_access_key_id = AKIAR7T2QW9XZ4LMB6NE", ["AKIAR7T2QW9XZ4LMB6NE"]),
    ("key id unnamed", "nimm AKIAR7T2QW9XZ4LMB6NE", ["AKIAR7T2QW9XZ4LMB6NE"]),
    # a dialect's expiry word and CVC label after an Amex
    (
        "dialect amex",
        "Amex: 3714 496353 98431 lauft ab 09/27, de vier Zahln vorn san 4417",
        ["09/27", "4417"],
    ),
    ("dialect expiry", "Karte 4929 1234 5678 1236 lauft ab 11/28", ["11/28"]),
    # a PEM block laid out on lines is a key whatever its body says
    (
        "pem text body",
        "-----BEGIN OPENSSH PRIVATE KEY-----\nmy actual key text goes on this line\n"
        "-----END OPENSSH PRIVATE KEY-----",
        ["my actual key text goes on this line"],
    ),
    # a secret made of symbols, a comma inside it
    ("symbol secret", "secrete: Z,.;-~@*¡?#", ["Z,.;-~@*¡?#"]),
    ("symbol secret", "api_key = %,^&!]~+Q|", ["%,^&!]~+Q|"]),
    # a long random token in quotes after a vendor's name, or before a dash remark
    (
        "quoted token",
        "postmark 'Xk29sLq0WmP7cVb3NnR8tYe5Ua1Zh6JdG4fKo2Ls9QpW3xEy7TvC' then the sender",
        ["Xk29sLq0WmP7cVb3NnR8tYe5Ua1Zh6JdG4fKo2Ls9QpW3xEy7TvC"],
    ),
    (
        "token then remark",
        "this is the one: q8ZrT3mWx7LpK2vN9bY4cF6hJ1sD5gA0eR8tU3iO - copied it from the admin",
        ["q8ZrT3mWx7LpK2vN9bY4cF6hJ1sD5gA0eR8tU3iO"],
    ),
    # an Atlassian token a few characters off its issued length
    ("atlassian", f"confluence: bot@example.org / {_ATLASSIAN}", [_ATLASSIAN[:40]]),
    # a SendGrid key cut short
    (
        "sendgrid cut",
        "SG.h7Kq2LmZ9xW4vB8nT3cR6yP1sD - the live one",
        ["h7Kq2LmZ9xW4vB8nT3cR6yP1sD"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # a number as a URL's path segment is a resource's id
    ("url id", "see https://helpdesk.example.org/requests/4539578763621486 for the details"),
    ("url id", "/docs/pages/5105105105105100/de"),
    ("url id", "https://crm.example.com/deals/6011000990139424?tab=notes"),
    # a value named as a tracking number, whatever key word follows it
    ("tracking", "DHL tracking 7G4KQ2PZ9XW1RT8M5N - the new security key comes in that box"),
    ("tracking", "Sendungsnummer: JJD8QX2ZW4R7TK91LM - darin ist der Ersatzschlüssel"),
    # a key shown masked: its prefix and last characters only
    ("masked key", "Key: rk_live_…9c1e (the dashboard only shows the end)"),
    ("masked key", "token ghp_...Q7x2 was revoked yesterday"),
    # AWS's documented example id named as the id in prose, no secret beside it (any
    # other AWS key id is masked from round 45 on, as the labelling policy says: the
    # round-45 tests)
    ("example key id alone", "Access key ID AKIAIOSFODNN7EXAMPLE - the secret stays with me"),
    (
        "example key id alone",
        "Die Access Key ID lautet AKIAIOSFODNN7EXAMPLE, den geheimen Teil behalte ich",
    ),
    # a PEM block with nothing in it, or a slot to fill
    ("pem empty", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"),
    ("pem slot", "-----BEGIN PRIVATE KEY-----\n<paste your key>\n-----END PRIVATE KEY-----"),
    ("pem inline", "-----BEGIN PRIVATE KEY-----no real key inside-----END PRIVATE KEY-----"),
    # a key list after "=": the next key is named
    ("next key", "InstrumentationKey=00000000-0000-0000-0000-000000000000;Endpoint=x.example.com;"),
    # a quoted long value a hash word names
    ("quoted hash", "the checksum is 'Xk29sLq0WmP7cVb3NnR8tYe5Ua1Zh6JdG4fKo2Ls9QpW' per the docs"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_key_word_inside_a_url_names_nothing_after_it() -> None:
    # "?p=BadCredentials" is the URL's text: the request id after the URL is no credential
    # (the password recognizer is judged apart)
    assert_finds(
        CredentialRecognizer(),
        "550 5.7.1 https://mail.example.com/help/?p=BadCredentials k4x9c01a7336-21c",
        [],
    )
