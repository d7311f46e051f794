"""Round fifteen of issue 10, credentials: bearer tokens of any shape in a header, tokens in
a package channel's URL path or as a URL's user part, key lists under a heading, OTP
secrets given to their constructor, provider tokens carrying a JWT; and placeholders that
stay. Examples written here (none is a corpus item), through the whole redactor."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # whatever follows the scheme in an Authorization header is the token
    ("bearer header", "GET /v1/me HTTP/1.1\nAuthorization: Bearer zq9-w", ["zq9-w"]),
    ("bearer header", "Authorization: Bearer my_dev_token_9", ["my_dev_token_9"]),
    ("bearer header", "-H 'Authorization: Bearer staging_api_token_42'", ["staging_api_token_42"]),
    ("bearer line", "Bearer dev-key-77", ["dev-key-77"]),
    ("bearer line", "the header was\nBearer tok-9f2", ["tok-9f2"]),
    # a token as a package channel's path segment
    ("channel path", "https://conda.example.net/t/kq-22-zz/main/noarch", ["kq-22-zz"]),
    ("channel path", "pip index http://repo.local/t/mp4k9z/simple/", ["mp4k9z"]),
    ("channel path", "http://u:p@mirror.example.org/t/a1b2c3/linux-64/x.tar.bz2", ["a1b2c3"]),
    # a bare token as a URL's user part
    (
        "url user token",
        "git clone https://9f3c2a7d41b8e605@git.example.com/x.git",
        ["9f3c2a7d41b8e605"],
    ),
    ("url user token", "http://Zk29fQpL7mWx@api.example.io/v2", ["Zk29fQpL7mWx"]),
    # a list of keys under a heading that names them
    (
        "key list",
        "api_keys:\n  - k7d9a0c13fe84b2b9d0e1\n  - 3f09aa7c2e51d4b8c06f",
        ["k7d9a0c13fe84b2b9d0e1", "3f09aa7c2e51d4b8c06f"],
    ),
    (
        "key list",
        "tokens:\n- 'tq83nd02ls9x7b1m'\n- 'zz01kd83mf72nd0a'",
        ["tq83nd02ls9x7b1m", "zz01kd83mf72nd0a"],
    ),
    # an OTP secret given to its constructor (base32)
    ("otp secret", 'otp = pyotp.TOTP("JBSWY3DPEHPK3PXPJBSWY3DP")', ["JBSWY3DPEHPK3PXPJBSWY3DP"]),
    ("otp secret", "gen = HOTP('mzxw6ytboi4dqmzx', digits=8)", ["mzxw6ytboi4dqmzx"]),
    ("otp secret", 'const t = new OTPAuth.TOTP({ "KRSXG5CTMVRXEZLU" })', ["KRSXG5CTMVRXEZLU"]),
    # a provider's prefix around a JWT
    (
        "prefixed jwt",
        "use ghu_99881_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.Qm9vbXNoYWthbGFrYQ for the clone",
        ["eyJhbGciOiJIUzI1NiJ9", "ghu_99881"],
    ),
    (
        "prefixed jwt",
        "ghs_40417_eyJhbGciOiJFUzI1NiJ9.eyJhdWQiOiJ4eSJ9.Zm9vYmFyYmF6cXV4",
        ["ghs_40417", "eyJhbGciOiJFUzI1NiJ9"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # placeholders after a scheme or under a key
    ("placeholder", 'curl -H "Authorization: Bearer YOUR_TOKEN" https://api.example.com'),
    ("placeholder", "Authorization: Bearer <token>"),
    ("placeholder", 'cfg.apikey = "YourApikey"'),
    ("placeholder", 'const c = new TokenClient("tokentoken");'),
    ("placeholder", 'auth = SessionToken("abcabc")'),
    # a curl form field after a bearer header is no credential
    (
        "form field",
        'curl -H "Authorization: Bearer MY_TOKEN" -F meta=\'{"title":"a.png"}\' -F f=@a.png',
    ),
    # prose after "Bearer" / a forum topic's slug / a user name in a URL
    ("prose", "Bearer tokens expire after an hour"),
    ("slug", "see https://forum.example.com/t/reset-my-password/4411"),
    ("url user", "ssh://git@example.com/repo.git and http://admin@10.0.0.5/"),
    ("otp no secret", "totp = pyotp.TOTP(secret)"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
