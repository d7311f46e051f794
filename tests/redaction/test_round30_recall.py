"""Round 30, password recall: a reply to a quoted line that asked for a secret
(``continuation.quoted_answers``), a correction that names the characters it changes
(``continuation._named_changes``), and a password word typed with two slips
(``password._far_typo``). Cases in our own words (EN, DE): each positive fails without its
mechanism; each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import default_redactor
from tests.redaction.helpers import redacted, stored


# --- a reply to a quoted question about a secret
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("> which PIN did you choose for the door panel?\n\nthat would be 8316, as always", "8316"),
        ("> **Support (Ana):** what's the code from the text message?\n\n**582047**", "582047"),
        (
            "Es ist Kranich-Feld-77\n\nVon meinem iPad gesendet\n\n> Am 3. März schrieb Ben:\n"
            "> kannst du mir das Passwort vom Testkonto sagen?",
            "Kranich-Feld-77",
        ),
        (
            "earlier:\n>> which PIN did you set for the alarm?\n> that would be 7719, as always\n"
            "\nthanks, works",
            "7719",
        ),
    ],
)
def test_reply_to_a_quoted_question(text: str, value: str) -> None:
    out = redacted(text)
    assert value not in out, out
    assert "[PASSWORD]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        # the reply gives no value
        "> what's your password for the portal?\n\nI don't know it, can you reset it?",
        "> Did the reset work? Please try the new password.\n\nyes thanks, all good now",
        # the quoted question asks for no secret
        "> Can you send me the order number?\n\nsure, 44718823",
        "> what's the ticket number?\n\nit's 5531, opened yesterday",
        # the quote asks nothing: the reply is no answer
        "> the password must have 12 characters.\n\nok 12 it is",
        "> we have reset your password.\n\nthanks, the Projekt7 workspace works again",
    ],
)
def test_reply_to_a_quoted_line_keeps_its_words(text: str) -> None:
    assert redacted(text) == text


# --- a correction that names the characters it changes
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (["Lindwurm3", "sorry, the 3 should be an 8 -> Lindwurm8"], ["Lindwurm3", "Lindwurm8"]),
        (["K4tzen*Baum9", "oops, the 4 should be an a\nKatzen*Baum9"], ["Katzen*Baum9"]),
        (["Fuchsbau5", "sorry, eine 6 statt der 5: Fuchsbau6"], ["Fuchsbau6"]),
    ],
)
def test_named_character_correction(messages: list[str], values: list[str]) -> None:
    out = "\n".join(stored(default_redactor(), *messages))
    for value in values:
        assert value not in out, out


@pytest.mark.parametrize(
    "messages",
    [
        # the new token changes other characters than the ones named
        ["Lindwurm3", "sorry, the 3 should be an 8 -> Lindwurf8"],
        # a version bumped, no password before
        ["see release notes", "the 3 should be a 4 -> version v2.3.4"],
    ],
)
def test_named_character_correction_needs_the_named_change(messages: list[str]) -> None:
    out = stored(default_redactor(), *messages)
    assert out[-1] == messages[-1], out


# --- a password word with two slips, before a connector and a shaped value
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schnittstelle api_lager, das Pasowrt ist Tq!7mR2z, Port 9000", "Tq!7mR2z"),
        ("Kenwrot: Hase#2024", "Hase#2024"),
        ("the Paswrod is Vk3$Lm9q for the box", "Vk3$Lm9q"),
    ],
)
def test_password_word_with_two_slips(text: str, value: str) -> None:
    out = redacted(text)
    assert value not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "das Pasowrt ist Sonne",  # a dictionary word after two slips says nothing
        "my passport is X12345678",  # a word of its own
        "the package is Ab3dEf9!",
        "das Pasowrt hab ich vergessen",  # no connector
    ],
)
def test_password_word_with_two_slips_needs_a_shaped_value(text: str) -> None:
    assert redacted(text) == text


# --- a config key ending in its password word, the subject of a sentence
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("app_user ist demo, app_password ist kastanie – nur Testsystem", "kastanie"),
        ("the smtp.pass is lighthouse, for the staging relay", "lighthouse"),
    ],
)
def test_key_said_in_a_sentence(text: str, value: str) -> None:
    out = redacted(text)
    assert value not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "DB_PASSWORD is required",
        "db_password ist leer",
        "SMTP_PASSWORD is not set in the .env",
        "Unser Kennwort-Schema ist Name + Jahr + Zeichen, jedes Quartal neu.",
        "Der Link zum Passwort-Zurücksetzen ist abgelaufen.",
    ],
)
def test_key_said_in_a_sentence_keeps_talk(text: str) -> None:
    assert redacted(text) == text


# --- the part a password is said to start with
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mein Kennwort fängt mit Löwenzahn an, dahinter noch drei Ziffern.", "Löwenzahn"),
        ("my password starts with Qv7p and ends with a couple of digits", "Qv7p"),
    ],
)
def test_started_with(text: str, value: str) -> None:
    out = redacted(text)
    assert value not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Das Passwort fängt mit einem Großbuchstaben an, trotzdem zu schwach",
        "Das Passwort hat 12 Stellen, fängt mit Großbuchstaben an",
        "my password starts with letters and the form still rejects it",
        "the password begins with Sonderzeichen",
        "my password starts with the name of my dog",
        "the password policy starts Monday with new rules",
        "Das Passwort fängt mit Sonnenschein",  # no particle: no part named
    ],
)
def test_started_with_keeps_how_it_is_made(text: str) -> None:
    assert redacted(text) == text
