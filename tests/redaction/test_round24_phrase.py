"""Round 24, password phrasing and context: classes read from the v24 red-team and
public-u misses, in our own words (EN, DE), each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged
from tests.redaction.helpers import redacted as _out


# --- after a list's separator, the next field's name is no value ("… and workspace ID x")
@pytest.mark.parametrize(
    "text",
    [
        "our tenant ID is tn_55120934 and project ID pr-8812, the dashboard is empty",
        "user is karl.b and runbook ID rb-30021, nothing loads",
        "Konto: lena.maier@beispiel.de, Vertragsnr. 55120 bitte prüfen",
        "Login: ops@kiwi-shop.com\nBackup password: [stored in the vault]",
    ],
)
def test_next_field_name_after_a_list_is_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Konto: lena.maier@beispiel.de, Tannen#88", "Tannen#88"),
        ("login anna.k and Tulpe88", "Tulpe88"),
        ("user is karl.b and Mohn!Feld3", "Mohn!Feld3"),
    ],
)
def test_value_after_a_list_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- the password word ending a question is no weak password ("default password?")
@pytest.mark.parametrize(
    "text",
    [
        "The camera is at 10.0.0.20 and the user is admin. Which is the default password?",
        "Der Drucker hat den Benutzer admin. Was ist das Standard-Passwort?",
        "login user is root. Which is the default password?",
        "Router is a Fritzbox and the user is admin. What is the standard password?",
    ],
)
def test_password_word_ending_a_question_is_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I tried password? and password1", "password1"),
        ("ich habe Passwort2024! eingegeben", "Passwort2024!"),
        ("the default is password#1", "password#1"),
    ],
)
def test_password_word_with_signs_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- an approximate number after "is" measures the password, it is no value
@pytest.mark.parametrize(
    "text",
    [
        "The strength score for my passphrase is around 7 in your report, is that fine?",
        "mein Passwort ist etwa 12 Jahre alt, sollte ich es ändern?",
        "the zxcvbn score of the password is roughly 3.5 now",
        "Das Kennwort ist ungefähr 9 Monate alt.",
    ],
)
def test_approximate_number_is_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is about7Bears", "about7Bears"),
        ("das Passwort ist Wolkenkuchen 3141", "Wolkenkuchen 3141"),
    ],
)
def test_words_like_a_measure_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- a console command's name with a password word among its segments
@pytest.mark.parametrize(
    "text",
    [
        "running `php bin/console app-password:reset:all` prints a stack trace",
        "the task user-password:cache:clear hangs forever",
        "Befehl shop-passwort:tokens:prune läuft seit gestern nicht mehr",
    ],
)
def test_namespaced_command_is_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("db-password:Hunter2!", "Hunter2!"),
        ("--db-password:hunter2:x", "hunter2:x"),
        ("admin-passwort:sommer:2024", "sommer:2024"),
    ],
)
def test_key_glued_to_value_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- the value first, then a dash and a clause naming it the password
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nebelhornalm — that's the pw for the team mailbox, please change it", "nebelhornalm"),
        ("Hallo\nbergfexlinz – das ist das Passwort vom Shop", "bergfexlinz"),
        ("the meter shows weak for Qwer5678 — it's the password for our test user", "Qwer5678"),
        (
            "your meter rates bluewhalesingingloudly — I use exactly that as my mail password",
            "bluewhalesingingloudly",
        ),
    ],
)
def test_value_before_dash_clause_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Okta - that's the password tool we use",
        "Windows11 - it asks for the password at boot",
        "we moved to Bitwarden — it is the password manager we use",
        "I called Stefanie — she said it's the password policy",
        "Ticket 4711 - das betrifft das Passwort",
    ],
)
def test_dash_clause_about_something_else_is_unchanged(text: str) -> None:
    _unchanged(text)


# --- a PIN word, what it is for, then the number
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Benutzer r.lang, PIN fürs Handy 7731, Geburtstag im Mai", "7731"),
        ("die Geheimzahl für den Tresor 5190. Bitte ändern", "5190"),
        ("the PIN for the side door 4471.", "4471"),
        ("PIN zur Haustür 9981 und Alarm ist aus", "9981"),
    ],
)
def test_pin_purpose_then_number_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the PIN for the year 2024 changed",
        "PIN for orders over 1000, please",
        "die PIN für Kunden ab 2024 ist neu",
    ],
)
def test_pin_purpose_without_value_is_unchanged(text: str) -> None:
    _unchanged(text)


# --- a writer's aside in brackets between "is" and the value
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My password is (please don't judge) iloveflamingos — no capitals", "iloveflamingos"),
        ("mein Kennwort ist (etwas peinlich) kuschelbaerchen, alles klein", "kuschelbaerchen"),
        ("the password is (don't laugh) sunshinelollipop", "sunshinelollipop"),
        ("das Passwort ist (nicht lachen) schnuckiputz", "schnuckiputz"),
    ],
)
def test_value_after_an_aside_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the password is (as I said) wrong",
        "my password is (I think) expired again",
        "das Passwort ist (glaube ich) abgelaufen",
        "the password is (in my notes) on the desk",
    ],
)
def test_aside_then_state_is_unchanged(text: str) -> None:
    _unchanged(text)


# --- a password element with attributes in an export
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            'the export has <Pass encoding="base64">QmVyZ2ZyaWVkZW4xMg==</Pass> inside',
            "QmVyZ2ZyaWVkZW4xMg==",
        ),
        ('<password type="clear">gletscherspalte</password>', "gletscherspalte"),
        ('im XML steht <ftpPass enc="0">Kranich77</ftpPass>', "Kranich77"),
    ],
)
def test_password_element_with_attributes_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        '<bypass enabled="true">local</bypass>',
        '<Compass heading="north">12</Compass> is in the sample file',
        '<password encrypted="true">ENC(AES256:0f3c9a11be2d:...)</password>',
        '<dbPass hashed="sha256">9f86d081884c7d659a2feaa0c55ad015</dbPass>',
    ],
)
def test_other_elements_are_unchanged(text: str) -> None:
    _unchanged(text)


# --- another spelling of a found password in the same message
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Kennwort geändert auf Holunderbusch?? da das alte Holunderbusch! gesperrt war",
            ["Holunderbusch??", "Holunderbusch!"],
        ),
        (
            "new password Walnussbaum$ and old one Walnussbaum! doesn't work",
            ["Walnussbaum$", "Walnussbaum!"],
        ),
        ("Passwort war Kastanie&&, jetzt Kastanie!! probiert", ["Kastanie&&", "Kastanie!!"]),
    ],
)
def test_respelled_password_is_masked(text: str, gone: list[str]) -> None:
    out = _out(text)
    for value in gone:
        assert value not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mein Passwort ist Sommer2024, im Sommer war es Sommer!", "Sommer!"),
        ("password: Pfannkuchen7 - or was it Pfannkuchen? I'm not sure", "Pfannkuchen?"),
        ("password is Drossel#55. The bird on the logo is a Drossel, too.", "Drossel,"),
    ],
)
def test_bare_word_beside_a_found_password_stays(text: str, kept: str) -> None:
    assert kept in _out(text)


# --- the password said to be a day, then the date restated ("also", "namely", "i.e.")
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is my son's birthday, namely 02/05/2009, with slashes", "02/05/2009"),
        ("Das Kennwort war unser Hochzeitstag, nämlich 12.08.1995", "12.08.1995"),
        ("the password is our anniversary, i.e. 3.4.2001 — still rejected", "3.4.2001"),
    ],
)
def test_password_as_a_restated_date_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Passwort vergessen. Mein Geburtsdatum, also 14.03.1980, habe ich angegeben",
        "the password expired on my birthday, i.e. 03/04/2025, and I can't log in",
        "is 'password123' a good password? asking for a friend",
    ],
)
def test_date_or_question_beside_a_password_word_is_unchanged(text: str) -> None:
    _unchanged(text)


# --- "the password was the one <where>, X": which one, then the value after a comma/dash
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the password was the one on the starter letter, WB-Init-2031-qT5 — unchanged", "qT5"),
        ("das Passwort war das aus dem Brief, Start-2025-qR4, nie geändert", "Start-2025-qR4"),
        ("the pw was the one printed on the box, Gx9-tRe-22 — unchanged since", "Gx9-tRe-22"),
    ],
)
def test_value_after_the_one_described_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the password is the one I set yesterday, Windows11 keeps rejecting it",
        "the password was the one from last week, but the app says expired",
        "Passwort ist das gleiche wie beim Shop, Bestellung 4711-AB ist offen",
    ],
)
def test_the_one_described_without_value_is_unchanged(text: str) -> None:
    _unchanged(text)
