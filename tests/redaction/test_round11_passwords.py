"""Round eleven of issue 10, the password side: the causes behind red-team v11a/v11b's and
public-j's password misses and false hits. Every text is written here (none is a corpus
item), in both directions: the secret goes, the look-alike stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

# ------------------------------------------------- one-time codes in the groups they come in

GROUPED_CODES = [
    ("my authenticator code is 71 20 94", "71 20 94"),
    ("Bestätigungscode: 6 1 8 0 2 7 – bitte schnell", "6 1 8 0 2 7"),
    ("login code 903-114 was rejected", "903-114"),
    ("Freigabecode 4410-2297 für die Überweisung", "4410-2297"),
    ("the sign-in code reads 40 12 77 98 on my phone", "40 12 77 98"),
]


@pytest.mark.parametrize(("text", "secret"), GROUPED_CODES)
def test_one_time_code_in_groups(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a one-time code shown in digit groups", text, secret)


CODE_WORDS = [
    ("2-Faktor Code: 550 128", "550 128"),
    ("Zugriffscode 7730-1942 geht nicht", "7730-1942"),
    ("one-time password 19 84 33 arrived late", "19 84 33"),
    ("mein Einmalpasswort war 402 918", "402 918"),
]


@pytest.mark.parametrize(("text", "secret"), CODE_WORDS)
def test_more_one_time_code_words(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a one-time code word not known before", text, secret)


BARE_CODE_GROUPED = [
    ("Der Code 615 204 wird nicht akzeptiert", "615 204"),
    ("I typed the code 90 83 31 twice", "90 83 31"),
]


@pytest.mark.parametrize(("text", "secret"), BARE_CODE_GROUPED)
def test_bare_code_word_with_grouped_digits(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a bare 'code' before a grouped code", text, secret)


def test_letters_and_digits_code_after_a_qualifier(redactor: Redactor) -> None:
    text = "login code from the app was Q7KM-2XP9, no luck"
    assert_secret_gone(redactor, "a mixed one-time code", text, "Q7KM-2XP9")


SECURITY_CODES = [
    ("your security code is 77 41 09, valid for 5 minutes", "77 41 09"),
    ("Sicherheits-Code zum Einloggen: 3318407", "3318407"),
]


@pytest.mark.parametrize(("text", "secret"), SECURITY_CODES)
def test_security_code_longer_than_a_cvc(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a security code of five or more digits", text, secret)


def test_card_security_code_stays_a_cvc(redactor: Redactor) -> None:
    text = "Visa 4111 1111 1111 1111, security code 482"
    assert "[CVC]" in redactor.redact_text(text)


# ------------------------------------------------------------ codes read out as digit words

SPELLED = [
    ("PIN: eight one one six", "eight one one six"),
    ("PIN lautet fünf fünf null acht", "fünf fünf null acht"),
    ("the access code is six one six one", "six one six one"),
]


@pytest.mark.parametrize(("text", "secret"), SPELLED)
def test_code_read_out_as_digit_words(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a PIN or code in digit words", text, secret)


# ------------------------------------------------ a literal in a connection string or code

LITERALS = [
    ("user=ops password=secret", "secret"),
    ("host=10.1.1.4 port=6432 user=etl password=secret", "secret"),
    ("user=ops password=wrong", "wrong"),
    ('SMTP_PASS = "secret"', "secret"),
    ("db_password := 'secret'", "secret"),
    ("settings['mail_password'] = 'Otterbach'", "Otterbach"),
    ('cfg["pwd"] = "walrus"', "walrus"),
]


@pytest.mark.parametrize(("text", "secret"), LITERALS)
def test_literal_in_structure(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a literal a structure names as the password", text, secret)


# ------------------------------------------------------------------------ Wi-Fi keys

WIFI = [
    ("WPA3-Key: copper-lantern-88", "copper-lantern-88"),
    ("wifi key: copper-lantern-88", "copper-lantern-88"),
    ("Router-Schlüssel: 3310 8842 1197 0046 5521", "3310 8842 1197 0046 5521"),
]


@pytest.mark.parametrize(("text", "secret"), WIFI)
def test_wifi_key_by_name(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a Wi-Fi key named as such", text, secret)


# -------------------------------------------------------------------- must stay as they are

NEGATIVES = [
    "das Wort Passwort heißt auf Französisch mot de passe",
    "fetch https://deploy:FILTERED@git.example.org/repo.git failed",
    "open http://me@pass:host.example:9000/reset/password/9 to reset",
    'password check failed for user "tk88x"',
    "bad dsn `mysql://app@h/db?password=xxxxx`: invalid",
    "error code 0x80070005 again",
    "the postal code is 123 45",
    "one of the two codes, I have three of them",
    "the wifi key is on the sticker under the router",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
