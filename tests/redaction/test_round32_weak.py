"""Round 32, weak values under a strong label: a password word right before its value,
joined by nothing, a colon, "=" or a copula ("Passwort ist 123", "kennwort X", "The
password is password."), masks a short, numeric or word-like value that its shape alone
would not; so does a value a password was changed into ("in „x“ geändert") and a value
after whose password it is and an aside ("von Papa (bitte nicht lachen): x"), and a
short secret with a digit given to a key that names a secret ("signing secret is x"). Cases in our
own words (EN, DE); each guard is a look-alike that must stay unchanged."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import redacted


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Kennwort ist 481, nur für die Demo", ["481"]),
        ("Kennwort: pwd\n(bitte gleich ändern)", ["pwd"]),
        ("the kiosk password is 777", ["777"]),
        ("login: k.braun\npass: MNBVCX528", ["MNBVCX528"]),
        ("passwort ZXCVBN741", ["ZXCVBN741"]),
        ("Our admin password is password. Yes, really.", ["is password."]),
        ("Das Test-Passwort bbbbbbbb steht im Klartext im Log", ["bbbbbbbb"]),
        ("Passwort 98765432100 klappt nicht, zu kurz?", ["98765432100"]),
        ("Benutzer tst, Passwort: 555 – nur intern", ["555"]),
        ("Passwort 321 für das Gäste-Tablet", ["321"]),
        ("pw ist jetzt ASDFG852 – bitte bestätigen", ["ASDFG852"]),
        ("username tst password pwd — is that your sample?", ["pwd"]),
        ("Opa hat sein Kennwort in „Gartenzwerg“ geändert, ganz ohne Zahlen.", ["Gartenzwerg"]),
        ("Das Kennwort von Oma (nicht weitersagen): omaistdiebeste", ["omaistdiebeste"]),
    ],
)
def test_found(text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, out
    assert "[PASSWORD]" in out, out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("our payment signing secret is 42qq42, the check fails", "42qq42"),
        ("Secret Key: 9876 für HS512 – schwach, ich weiß", "9876"),
        ("Das Webhook-Secret ist 777abc777 – bitte nicht ins Ticket", "777abc777"),
    ],
)
def test_weak_secret_found(text: str, value: str) -> None:
    out = redacted(text)
    assert value not in out, out
    assert "[CREDENTIAL]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "password reset does not work",
        "Passwort vergessen, was nun?",
        "Das Passwort ist falsch.",
        "The password is wrong.",
        "Passwort: vergessen",
        "password: tbd",
        "Passwort 100 mal eingegeben",
        "Das Passwort ist mindestens 12 Zeichen lang",
        "password manager keeps asking",
        "Passwort ist dasselbe wie vorher",
        "The password is 8 characters.",
        "Passwort ist abc?",
        "Passwort: ****",
        "Passwort ist xxxx",
        "Passwort in Großbuchstaben geändert",
        "Ich habe das Passwort auf „neu“ gesetzt",
        "The password is required.",
        "The password field is empty",
        "the secret key is 2048 bits long",
        "secret: 42",
        "Client secret: 12 characters",
        "Secret ID: 4471",
        "secret: RE12345",
    ],
)
def test_kept(text: str) -> None:
    assert redacted(text) == text
