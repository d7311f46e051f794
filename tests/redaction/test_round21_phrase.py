"""Round 21, password phrasing: classes of phrasings and of false hits in long mails and
pastes, in our own words (EN, DE), each with look-alike negatives that must stay unchanged."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged
from tests.redaction.helpers import redacted as _out


# --- words in quotes right after a passphrase word (or "as password") are the value
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Für das Backup nehmen wir als Passphrase 'unser Boot heißt Möwe'. Geht das?", "Boot"),
        ('the archive uses passphrase "seven purple lamps glow" and 7-Zip fails', "lamps"),
        ("we set as password 'tall green ferns' for the share, ok?", "ferns"),
    ],
)
def test_quoted_phrase_after_passphrase_word(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Klicken Sie bei der Passphrase auf 'Passwort vergessen' und folgen Sie den Schritten.",
        "the passphrase 'reset password' link does nothing",
    ],
)
def test_quoted_label_after_passphrase_word(text: str) -> None:
    _unchanged(text)


# --- notes and descriptions in a value's place
@pytest.mark.parametrize(
    "text",
    [
        "[imap]\nhost = imap.beispiel.test\npassword = (entfernt)\n\nAbruf geht nicht.",
        "smtp:\n  pass = (weggelassen)\n",
        "[mail]\nserver = smtp.beispiel.test\npassword = (gelöscht)\n\nDer Abruf geht nicht.",
        "config:\n  user: svc\n  pass: (see vault)\n",
        "Laut Doku: Passwort = Ihr persönliches Kennwort",
        "Im Handbuch steht nur: Kennwort = Ihr eigenes Passwort",
        "the manual says: password = your account password",
        "Hier die Einstellungen (Passwörter habe ich vorher entfernt):\n\nport = 993",
        "login: mara_k (the password is in our shared vault, not here)",
        "Gastnetz ohne Passwort: WIFI:S:Lobby Gast;T:nopass;P:;;",
        "Repo is https://dev42@gitlab.example/team/app.git, there is no password in it",
    ],
)
def test_notes_and_asides_are_no_values(text: str) -> None:
    _unchanged(text)


def test_wifi_string_after_password_word_masks_its_p_field_only() -> None:
    out = _out("WLAN Passwort: WIFI:S:Werkstatt;T:WPA;P:Hobel!Span7;;")
    assert "Hobel!Span7" not in out and "Werkstatt" in out, out


# --- names a program prints near a password word: a hash's algorithms, an error's status
@pytest.mark.parametrize(
    "text",
    [
        "Speichern Sie Passwörter als Hash (scrypt/Argon2)?",
        "Are passwords stored hashed (bcrypt/PBKDF2)?",
        "env:\n  - name: SMTP_PASSWORD\n    key: password\n\nJob fails: ImagePullBackOff. Ideas?",
        "key: password\n\nthe pod shows CreateContainerConfigError again",
    ],
)
def test_program_names_near_password_word(text: str) -> None:
    _unchanged(text)


# --- a wrapped mail line: the password word at a line's end, the connector below
def test_wrapped_line_connector() -> None:
    _masked(
        "Zugang für Frau Lenz: Login ist die Mail, das\nKennwort\nist Tulpe7.Garten\nDanke",
        "Tulpe7.Garten",
    )


def test_wrapped_line_connector_state() -> None:
    _unchanged("Leider ist das\nPasswort\nist abgelaufen, bitte zurücksetzen.")


# --- a connector verb, a time phrase, then a shaped value closing the clause
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Kennwort war zu dem Zeitpunkt Wal4.Fisch22, inzwischen geändert.", "Wal4.Fisch22"),
        ("the password was at that point Gr4vel!Road, I changed it since", "Gr4vel!Road"),
    ],
)
def test_value_after_time_phrase(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Das Passwort ist zu kurz für Win10Pro, sagt das Formular.",
        "the password was reset for user jdoe42, can you check?",
        "the password is stored in Vault01 now",
    ],
)
def test_no_value_after_time_phrase(text: str) -> None:
    _unchanged(text)


# --- a password manager or a mistyping story: sign-in context for the strongest shapes
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pasted it from KeePassXC: Moos&Stein-72", "Moos&Stein-72"),
        ("aus dem Bitwarden kopiert: Heu#Gabel-19", "Heu#Gabel-19"),
        ("zweimal vertippt, gemeint war: Wind!Rad42", "Wind!Rad42"),
    ],
)
def test_manager_and_mistyping_context(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "we moved to Bitwarden 2024.6.2 last week",
        "KeePassXC 2.7.9 crashes on start",
        "Keychain shows error -25293 on macOS14",
        "vertippt beim Betrag: 12,50 statt 125,00",
    ],
)
def test_manager_and_mistyping_without_value(text: str) -> None:
    _unchanged(text)


# --- a dotted value spelled with a digit for a vowel is no host or attribute
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shop-Login für die Aushilfe: web-team / R0sen.Garten", "R0sen.Garten"),
        ("unser Admin-Login ist k.weber / s0nntag.Abend, bitte nicht weitergeben", "s0nntag.Abend"),
    ],
)
def test_dotted_leet_value_in_pair(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "login fails since we moved to k8s.io images, see log4j.Logger output",
        "Login-Seite lädt web.de / gmx.net nicht",
    ],
)
def test_dotted_names_stay(text: str) -> None:
    _unchanged(text)
