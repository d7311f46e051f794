"""Round 19, password phrasing and position: classes of phrasings, in our own words (EN, DE),
each with near-miss negatives that must stay unchanged."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged
from tests.redaction.helpers import redacted as _out


# --- a security question named by its topic, not by "security question"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my mum's maiden name answer: Pfeiffer, set it years ago", "Pfeiffer"),
        ("first dog's name = Rocky", "Rocky"),
        ("the answer to 'town you were born in' is Villach", "Villach"),
        ("Mädchenname meiner Mutter ist Kogler", "Kogler"),
        ("Name meines ersten Haustiers: Minka", "Minka"),
        ("die Antwort für Lieblingsessen ist Kaiserschmarrn", "Kaiserschmarrn"),
        ("Sicherheitsfrage Geburtsort: Wels", "Wels"),
        ("hab damals als Sicherheitsantwort Leitner eingegeben", "Leitner"),
    ],
)
def test_security_topic_answer_is_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "my mother's maiden name is needed for the form?",
        "my favourite food is pizza",
        "Geburtsort: Graz",
        "Mein Lieblingsessen ist Pizza",
        "I was born in 1980 and my first car was a Golf",
        "Geburtsname der Mutter wird bei der Anmeldung abgefragt",
    ],
)
def test_security_topic_without_answer_is_unchanged(text: str) -> None:
    _unchanged(text)


def test_keyed_security_answer_takes_the_whole_phrase() -> None:
    _masked("security answer = a blue boat on the lake", "blue boat on the lake")
    _masked("Sicherheitsantwort: das gelbe Haus am Bach", "gelbe Haus am Bach")


# --- the value alone on the line after "is"/"ist"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my son set it up, he says the password is\nwaldmeisterx", "waldmeisterx"),
        ("das Passwort war\nTannenzapfen 19", "Tannenzapfen"),
    ],
)
def test_value_on_the_line_after_the_verb(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text", ["my password is\non a note at home", "das Passwort ist\nfalsch", "password is\nwrong"]
)
def test_line_after_the_verb_without_value(text: str) -> None:
    _unchanged(text)


# --- where the password is kept is no passphrase
@pytest.mark.parametrize(
    "text",
    [
        "the guest network is Cafe-Gast, the password is on the router sticker",
        "das Passwort ist unter der Tastatur im Büro",
        "the password is in the welcome letter from IT",
    ],
)
def test_where_it_is_kept_is_unchanged(text: str) -> None:
    _unchanged(text)


# --- a network's name is no password
@pytest.mark.parametrize(
    "text",
    [
        "Unser WLAN heißt Speedport!W724 – brauchen Sie das Passwort?",
        "our wifi is called Home5G!Net, should I send the password?",
    ],
)
def test_network_name_is_unchanged(text: str) -> None:
    _unchanged(text)


# --- a dotted host is one token, not a sentence end before "ist das Passwort"
def test_host_before_password_question_is_unchanged() -> None:
    _unchanged(
        "Im Config steht PW= leer und SMTP_HOST=mail-1.corp.local, ist das leere Passwort ok?"
    )


# --- a passphrase runs to its sentence's end
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Die Passphrase für das Backup ist sieben Zwerge am Berg. Sie kommt oft.",
            "sieben Zwerge am Berg",
        ),
        (
            "The passphrase for the signing key is four owls at midnight. It asks every time.",
            "four owls at midnight",
        ),
    ],
)
def test_passphrase_to_sentence_end(text: str, value: str) -> None:
    out = _out(text)
    for word in value.split():
        if len(word) >= 4:
            assert word not in out, out


# --- ", it is x" after words on the password
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password has two spaces in it, it is Red Kite 77", "Red Kite 77"),
        ("Mein Kennwort hat Leerzeichen, es ist Blaue Tanne 8", "Blaue Tanne 8"),
    ],
)
def test_clause_after_comma_gives_value(text: str, value: str) -> None:
    out = _out(text)
    assert "Kite" not in out and "Tanne" not in out, out


@pytest.mark.parametrize(
    "text",
    ["my password has expired, it is locked now", "the password reset link expired, it is useless"],
)
def test_clause_after_comma_without_value(text: str) -> None:
    _unchanged(text)


# --- the password's account named between word and value
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kennwort vom server konto Bl4u-Wal-Küste bitte schnell", "Bl4u-Wal-Küste"),
        ("password for the shop account Kx7!fuchsWald please", "Kx7!fuchsWald"),
    ],
)
def test_account_between_word_and_value(text: str, value: str) -> None:
    _masked(text, value)


def test_login_failed_for_user_stays_a_user() -> None:
    _unchanged('login failed for user "kd2x!Q"')


# --- a value asked about: "ist das Passwort x richtig?"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ist das Passwort Birne-und-Apfel richtig?", "Birne-und-Apfel"),
        ("is the password sea-and-sand correct for the FTP?", "sea-and-sand"),
    ],
)
def test_value_judged_right_or_wrong(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "is the password field correct?",
        "Ich darf kein Passwort schicken, richtig?",
        "is the password e-mail correct?",
    ],
)
def test_judged_words_without_value(text: str) -> None:
    _unchanged(text)


# --- the password word itself with digits or signs glued on, tried or given
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("we tried passw0rd99 and nothing", "passw0rd99"),
        ("the default there is Password2!", "Password2!"),
        ("hab kennwort12 probiert", "kennwort12"),
    ],
)
def test_password_word_as_value(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text", ["passwords like password123 are blocked", "the field password2 must match"]
)
def test_password_word_as_key_or_example(text: str) -> None:
    _unchanged(text)


# --- a literal "secret" assigned by a key glued to "="
@pytest.mark.parametrize(
    "text", ["--admin-password=secret", "-Dapp.db-password=secret", "MAIL_PASSWORD=secret"]
)
def test_keyed_literal_secret(text: str) -> None:
    _masked(text, "=secret" if "secret" in text else "=geheim")


@pytest.mark.parametrize("text", ["password = secret", "the password is secret"])
def test_secret_as_state(text: str) -> None:
    _unchanged(text)


# --- a URL in capitals with a real user and password
def test_capital_url_userinfo() -> None:
    _masked("as400://RINGO:STARR@ABBEY/QSYS.LIB", "STARR")


@pytest.mark.parametrize(
    "text", ["postgres://USER:PASSWORD@HOST/DB", "mysql://DB_USER:DB_PASS@DB_HOST/x"]
)
def test_capital_url_template(text: str) -> None:
    _unchanged(text)


# --- a Wi-Fi's bare "key x"
def test_wifi_bare_key() -> None:
    _masked("lobby wifi is GuestNet, key pebble-and-sand-77, thanks", "pebble-and-sand-77")
    _masked("WLAN heißt Praxis, Key Kaffee9Tasse!, danke", "Kaffee9Tasse!")


@pytest.mark.parametrize(
    "text", ["wifi is down, key issue is the router", "WLAN geht nicht, Key RTX-3080 ist die Karte"]
)
def test_wifi_key_word_without_value(text: str) -> None:
    _unchanged(text)


# --- "wrote the password down as x", "typed the password in as x"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('I wrote the password down as "Falke 33!" on a card', "Falke 33!"),
        ("I typed the password in as kranichflug twice", "kranichflug"),
    ],
)
def test_down_as_value(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text", ["I wrote the password down as well", "I typed the password in as requested"]
)
def test_down_as_without_value(text: str) -> None:
    _unchanged(text)


# --- a built-in admin's name, a slash, a value with a password's sign
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drucker: admin / Toner#Blau9", "Toner#Blau9"),
        ("NAS: root / Qnap#Lager77", "Qnap#Lager77"),
    ],
)
def test_admin_slash_pair(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    ["the page root / Error-500x", "Menü: Admin / Benutzer / Rollen", "admin / settings / users"],
)
def test_admin_slash_without_value(text: str) -> None:
    _unchanged(text)


# --- numbered password keys: "password1=x&password2=y"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("login?user=kim&password1=Lx9!qwer&password2=Lx9!qwer", "Lx9!qwer"),
        ("form?passwort2=Sonnenhut&lang=de", "Sonnenhut"),
    ],
)
def test_numbered_password_key(text: str, value: str) -> None:
    _masked(text, value)


def test_numbered_password_key_without_value() -> None:
    _unchanged("the password2= field is empty in the form")
