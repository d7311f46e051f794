"""Round 33, false hits and weak credential values: a timestamp is no one-time code, a
URL template's slots ("[:password]@", "youruser:yourpass@") are no password, and a
made-up secret that names itself ("token=deploy_token_abc") given to a key by "=", ":"
or in quotes is masked, while a stored secret's name or a template slot is not. Cases
in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        "the session token expired at 2025-07-14T08:30:00Z, we got a 401 right after",
        "cache url in the sample config: redis://[:password]@10.1.1.4:6379/0 - what goes there?",
        "the readme says mysql://youruser:yourpass@db.local/app, I haven't changed it yet",
        'the error says missing credential "billing_api_key" on startup',
        'the readme has API_TOKEN="your-token-goes-here", is that where mine goes?',
        "token=access_token is what the grant form shows",
        "the reset page shows my password as K******9, that hint is useless",
        "Kennwort: (left empty on purpose, we log in with the smart card)",
        "The new password was left blank by the migration job, which rule fails first?",
        "changed the password: done. next item on the list?",
        "your logger masks the token and password - mine prints stars instead, can I change it?",
        "Passwörter sind länger besser als kurz, oder? Gilt das auch für die App?",
    ],
)
def test_no_secret(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "the deploy step fails with token=deploy_token_abc, should I rotate it?",
            "deploy_token_abc",
        ),
        ("apiKey 'my_little_secret' is what staging uses", "my_little_secret"),
        (
            "COOKIE_SECRET is keyboard-cat-secret-for-dev (yes, I know)",
            "keyboard-cat-secret-for-dev",
        ),
    ],
)
def test_self_named_secret(redactor: Redactor, text: str, secret: str) -> None:
    masked = redactor.redact(text).text
    assert secret not in masked, masked
    assert "[CREDENTIAL]" in masked


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is K7#qLz!9 according to my notes", "K7#qLz!9"),
        ("Password: (new one) Tq9!wire", "Tq9!wire"),
        ("the password is done4ever! since Monday", "done4ever!"),
    ],
)
def test_password_still_masked(redactor: Redactor, text: str, secret: str) -> None:
    masked = redactor.redact(text).text
    assert secret not in masked, masked


def test_real_url_password_kept_masked(redactor: Redactor) -> None:
    masked = redactor.redact("mysql://shop:Zq8!vLm2@db.local/app fails to connect").text
    assert "Zq8!vLm2" not in masked
