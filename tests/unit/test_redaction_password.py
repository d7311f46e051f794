"""PasswordRecognizer: positives, negatives and near misses, one table."""

from __future__ import annotations

import pytest

from redaction.recognizers.password import PasswordRecognizer
from tests.redaction.helpers import assert_finds

CASES: list[tuple[str, list[str]]] = [
    # English phrases
    ("my password is hunter2", ["hunter2"]),
    ("My password is hunter2.", ["hunter2"]),
    ("password: Sommer2024!", ["Sommer2024!"]),
    ("Password = Sommer2024", ["Sommer2024"]),
    ("pw: geheim", ["geheim"]),
    ("pwd=abc123XYZ, thanks", ["abc123XYZ"]),
    ("pass=Tr0ub4dor&3", ["Tr0ub4dor&3"]),
    ("the password for the portal is Qwertz123", ["Qwertz123"]),
    ("my new password is now Blume123", ["Blume123"]),
    ("my password was dragon", ["dragon"]),
    ("login anna@example.com / sunshine", ["sunshine"]),
    ("login: bob / Mausi#77", ["Mausi#77"]),
    ("user bob, password letmein42", ["letmein42"]),
    ('my password is "correct horse battery staple"', ["correct horse battery staple"]),
    ("password: 'blue river at night'", ["blue river at night"]),
    ("Password:\n  xK9$mq2Lp", ["xK9$mq2Lp"]),
    ("Password\nxK9$mq2Lp", ["xK9$mq2Lp"]),
    ("my PIN is 4821", ["4821"]),
    # German phrases
    ("Mein Passwort ist Bello1999", ["Bello1999"]),
    ("Passwort: sonnenschein", ["sonnenschein"]),
    ("Kennwort lautet Haus&Hof55", ["Haus&Hof55"]),
    ("Das Passwort für mein Konto: Winter!2023", ["Winter!2023"]),
    ("Passwort lautet „Tor zur Welt 7“", ["Tor zur Welt 7"]),
    ("Zugangsdaten: kunde4711 / Winter!2023", ["Winter!2023"]),
    ("Meine PIN lautet 123456", ["123456"]),
    # negatives: talk about passwords
    ("I forgot my password", []),
    ("the password reset mail never arrived", []),
    ("My password is not working", []),
    ("my password is wrong", []),
    ("the password is too long?", []),
    ("Password is case sensitive", []),
    ("What is the password policy?", []),
    ("Passwort vergessen", []),
    ("Mein Passwort ist abgelaufen", []),
    ("Das Passwort ist falsch", []),
    ("Kennwort zurücksetzen", []),
    ("Password manager does not autofill", []),
    ("password: [PASSWORD]", []),  # already masked: idempotent
    ("PIN reset doesn't work", []),
    ("login page / dashboard", []),
    ("please pass the message on", []),
    ("passport number 1234", []),
    # near misses
    ("password Abc", []),  # bare value must look like a secret
    ("password reset", []),
    ("my PIN is 12", []),  # PIN needs 4-8 digits
    ("password is 8 characters long", []),
    ("password: ?", []),
]


@pytest.fixture(scope="module")
def recognizer() -> PasswordRecognizer:
    return PasswordRecognizer()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_password_recognizer(
    recognizer: PasswordRecognizer, text: str, expected: list[str]
) -> None:
    assert_finds(recognizer, text, expected)


def test_validate_result_rejects_stop_words(recognizer: PasswordRecognizer) -> None:
    assert recognizer.validate_result("hunter2")
    assert not recognizer.validate_result("expired")
