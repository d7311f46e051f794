"""Round 27, password phrasing: classes read from the v27 red-team misses and false hits
(customers writing English or German as a second language, with their own password word),
in our own words (EN, DE), each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from redaction import default_redactor
from redaction.types import CARD_CVC
from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged
from tests.redaction.helpers import redacted


# --- the password word in the customer's own language is a password word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my şifre is kedi.mavi.12 , login fails", "kedi.mavi.12"),
        ("benim sifrem Trabzon.61.mavi , user is trabzon_k", "Trabzon.61.mavi"),
        ("mein hasło ist Krakow_Rynek7, geht nicht", "Krakow_Rynek7"),
        ("the contraseña = Sol_y_Sombra3 and it says wrong", "Sol_y_Sombra3"),
        ("parol is Kazan.2019.ok , I am sure", "Kazan.2019.ok"),
        ("Ваш пароль: Нева.Спб.7 - not working", "Нева.Спб.7"),
        ("hasło: zielony.las.5 ok?", "zielony.las.5"),
        ("parola è Roma.Sole.3 grazie", "Roma.Sole.3"),
        ("clave: Mariposa_azul_9 please check", "Mariposa_azul_9"),
        ("minha senha é Lisboa#2020, consegue ver?", "Lisboa#2020"),
    ],
)
def test_password_word_of_another_language_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my şifre is correct, I checked it twice",
        "hasło nie działa since yesterday, what to do?",
        "the contraseña field is empty after reload",
        "He is on parole since 2019, the file says.",
        "Die Parolen der Demo 2024 waren laut.",
        'the clave RFC is not the same as CURP? form asks "CURP": GOMR850101HDFRRN09',
        "the clave rhythm in bar 12 is 3-2, not 2-3",
    ],
)
def test_password_word_of_another_language_without_value_unchanged(text: str) -> None:
    _unchanged(text)


# --- a currency sign among letters and digits is a password's symbol
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password needs a symbol, so I made it Lira₺2024 and it refuses", "Lira₺2024"),
        ("Passwort braucht ein Sonderzeichen, also hab ich Kasse€77 genommen", "Kasse€77"),
        ("Kennwort mit Sonderzeichen: ich nahm Franken£12, geht nicht", "Franken£12"),
    ],
)
def test_currency_sign_as_symbol_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the password reset cost me 20€ in support fees, 15€ last time",
        "Passwort vergessen, Rechnung über 49€ ist bezahlt",
        "password manager licence: 3.99£ per month",
    ],
)
def test_amount_with_currency_sign_unchanged(text: str) -> None:
    _unchanged(text)


# --- a colon between two digits is a time of the words after the password word, no connector
@pytest.mark.parametrize(
    "text",
    [
        "Password last changed 2025-03-10 09:12 CET according to the audit log.",
        "Passwort zuletzt geändert am 04.03. um 14:45 Uhr laut Protokoll.",
        "password reset mail arrived at 10:15 UTC today but the link was expired",
    ],
)
def test_time_after_password_word_unchanged(text: str) -> None:
    _unchanged(text)


# --- a bracket after a noun that denies the password ("(Passwörter natürlich nicht, …)")
@pytest.mark.parametrize(
    "text",
    [
        "hier die Liste unserer Postfächer (Passwörter natürlich nicht, die sind im Safe):",
        "below all our mailboxes (passwords of course not, they are in the vault):",
        "Anbei die Übersicht der Drucker (Kennwörter bewusst nicht, siehe Tresor).",
    ],
)
def test_bracket_denying_the_password_unchanged(text: str) -> None:
    _unchanged(text)


# --- a capitals abbreviation labels the token: that field's value, not a password near by
@pytest.mark.parametrize(
    "text",
    [
        'the password form is fine, but your form asks "RFC": HEGL770412KT3',
        "Kennwort ist bekannt. Für die Rechnung: VAT: GB244188219X",
        "passwords are in the vault; GSTIN: 27AAPFU0939F1ZV for the invoice",
    ],
)
def test_abbreviation_field_value_near_password_word_unchanged(text: str) -> None:
    _unchanged(text)


# --- a network key in quotes: the whole quoted phrase with its spaces
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('for the office wifi the key is "czerwony kot 5" with spaces', "czerwony kot 5"),
        ('WLAN im Lager, der Key ist "blaue Halle 12" mit Leerzeichen', "blaue Halle 12"),
        ('guest wifi, key: "quiet river 88"', "quiet river 88"),
    ],
)
def test_quoted_network_key_with_spaces_masked(text: str, value: str) -> None:
    out = redacted(text)
    assert value not in out
    assert not any(w in out for w in value.split() if not w.isdigit())


@pytest.mark.parametrize(
    "text",
    [
        'the key is "the blue one" on the hook by the door',
        'the key is "under the mat", as always',
    ],
)
def test_quoted_key_description_unchanged(text: str) -> None:
    _unchanged(text)


# --- the last (or first) four digits of a card are no security code
@pytest.mark.parametrize(
    "text",
    [
        "Ich habe mit Karte bezahlt, letzte vier Ziffern 4471, Betrag 120 Euro.",
        "paid by card, last four digits 0932, amount 80 EUR - where is the invoice?",
        "die ersten 4 Ziffern 5355 sind von der Bank, oder?",
    ],
)
def test_card_last_digits_no_cvc(text: str) -> None:
    result = default_redactor().redact(text)
    assert not [e for e in result.entities if e.type == CARD_CVC], result.text
