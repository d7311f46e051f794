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


# --- a password word of another language written as several words ("mot de passe")
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mot de passe: Lavande.Nice.6 - the account is for our Lyon office", "Lavande.Nice.6"),
        ("le mot de passe est Baguette.77.x, ça marche pas", "Baguette.77.x"),
        ("kod dostępu do bramy: Brama-7x2Q (gate code)", "Brama-7x2Q"),
        ("mein mật khẩu ist Saigon.Mua.5, bitte prüfen", "Saigon.Mua.5"),
    ],
)
def test_password_word_in_several_words_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "je passe demain au bureau, Lyon2024 est le nom du projet",
        "I forgot the mot de passe, can you send a reset link?",
        "the kod dostępu is on the letter, I will look tomorrow",
    ],
)
def test_several_words_without_value_unchanged(text: str) -> None:
    _unchanged(text)


# --- the card's security code named in another language, next to a card
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("tarjeta 4111 1111 1111 1111, código de seguridad 581", "581"),
        ("kart 5555 5555 5555 4444 son kullanma 09/28 güvenlik kodu 904", "904"),
        ("karta 4012 8888 8888 1881, kod bezpieczeństwa 317, ważna do 11/27", "317"),
        ("carta 4111 1111 1111 1111 codice di sicurezza 662", "662"),
    ],
)
def test_security_code_in_another_language_masked(text: str, code: str) -> None:
    result = default_redactor().redact(text)
    assert code not in result.text
    assert [e for e in result.entities if e.type == CARD_CVC], result.text


@pytest.mark.parametrize(
    "text",
    [
        "código de seguridad del pedido 12345, no tengo tarjeta",
        "güvenlik kodu SMS ile gelmedi, sipariş 88123",
        "codice di sicurezza della porta 4471, no card here",
    ],
)
def test_security_code_words_without_card_no_cvc(text: str) -> None:
    result = default_redactor().redact(text)
    assert not [e for e in result.entities if e.type == CARD_CVC], result.text


# --- a table whose columns are set apart by spaces or tabs, a password column in its header
_TAB_TABLE = (
    "Zugänge aus der Liste:\nDienst\tKonto\tKennwort\nMail\tm.kurz\tHerbstlaub7\n"
    "VPN\tm.kurz\tNebel.Tal\nFax\t-\t-"
)
_WIDE_TABLE = (
    "from our runbook:\n\nHost        User        Password        Comment\n"
    "db01        backup      tidewater       nightly\n"
    "db02        backup      Quarz_Stein     weekly\n"
)
_DE_WIDE_TABLE = (
    "Geräte:\nGerät     Benutzer     Passwort     Ort\n"
    "Drucker   admin        Kaffeetasse   Flur\n"
    "Kamera    root         Ostwind8      Hof\n"
)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (_TAB_TABLE, ["Herbstlaub7", "Nebel.Tal"]),
        (_WIDE_TABLE, ["tidewater", "Quarz_Stein"]),
        (_DE_WIDE_TABLE, ["Kaffeetasse", "Ostwind8"]),
    ],
)
def test_spaced_table_password_column_masked(text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Benutzer Passwort vergessen\nwas kann ich tun\nbitte schnell",
        (
            "Name        Role        Password policy\n"
            "anna        admin       default\nben         viewer      strict"
        ),
        "Login       Password     Notes\nsee the vault, nothing here",
    ],
)
def test_spaced_header_without_rows_unchanged(text: str) -> None:
    _unchanged(text)
