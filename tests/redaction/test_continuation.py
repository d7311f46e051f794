"""A secret sent as the message after its lead-in ("my password is" ⏎ "Sommer2024"):
``redaction.Continuation`` and ``continue_from`` behind it."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.continuation import continue_from

from .helpers import thread


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        ("my password is", "Sommer2024"),
        ("ok the password for the shop is", "tulpen feld 7"),
        ("Passwort:", "hasenbraten"),
        ("Mein Kennwort lautet", "Kaffeepause!"),
        ("hier mein Passwort", "Lindenallee12"),
        ("login anna.k, password is", '"Blau-Wal 88"'),
        ("the new PIN is", "4711"),
        ("Garagentor-Code", "2580"),
        ("der Bestätigungscode lautet", "7KQ-22X"),
        ("API token from the CRM", "9fe875859812b05d0ffbcc2cd9a0220e2b177cb1"),
    ],
)
def test_a_value_alone_after_its_lead_in_is_masked(
    redactor: Redactor, lead: str, value: str
) -> None:
    assert redactor.redact(value).text == value  # alone it is just a word
    first, second = thread(redactor, lead, value)
    assert first == lead
    assert value.strip('"') not in second and second != value


def test_a_correction_after_the_value_is_masked_too(redactor: Redactor) -> None:
    out = thread(redactor, "das Passwort ist", "Tigerfisch41", "sorry vertippt: Tigerfisch42")
    assert out[1:] == ["[PASSWORD]", "sorry vertippt: [PASSWORD]"]


def test_the_cue_holds_across_a_short_filler_but_not_an_unrelated_message(
    redactor: Redactor,
) -> None:
    # a short message that gives nothing ("hang on") joins the cue (round 17); an old
    # password is still a password
    out = thread(redactor, "my password is", "hang on", "Nordlicht55 was the old one")
    assert out == ["my password is", "hang on", "[PASSWORD] was the old one"]
    out = thread(
        redactor,
        "my password is",
        "sorry, my colleague just walked in and needs the printer",
        "Nordlicht55 was the old one",
    )
    assert out[2] == "Nordlicht55 was the old one"


@pytest.mark.parametrize(
    "lead",
    ["thanks!", "Hallo, ich kann mich nicht einloggen", "Rechnung 2024-113 ist bezahlt", "see you"],
)
def test_after_a_line_about_no_secret_a_word_is_a_word(redactor: Redactor, lead: str) -> None:
    assert thread(redactor, lead, "Sommer2024")[1] == "Sommer2024"


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        ("I forgot my password", "My order AB-22913 is late"),
        ("I forgot my password", "can you reset it please?"),
        ("how do I reset my password?", "Kundennummer 448812"),
        ("my password is", "oh wait, I should not send that here"),
        ("ok here is my password", "Version 2.4.1 of the app"),
        ("Passwort ist falsch", "seit dem Update am 12.03."),
        ("my password doesn't work", "anna.k@firma.de"),
        ("the PIN letter never came", "order 55120093 was on the 3rd"),
    ],
)
def test_a_message_that_is_not_the_value_keeps_its_words(
    redactor: Redactor, lead: str, text: str
) -> None:
    assert thread(redactor, lead, text)[1] == text
    result, carried = continue_from(redactor, text, str(redactor.redact(lead).text))
    assert result.text == text and not carried


def test_only_the_continuing_message_is_returned_and_its_own_findings_stay(
    redactor: Redactor,
) -> None:
    text = "Rosenkohl77\nand my card is 4539 5787 6362 1486"
    result, carried = continue_from(redactor, text, "my password is")
    assert carried
    assert result.text.startswith("[PASSWORD]\nand my card is ")
    assert "4539" not in result.text and result.text.endswith("1486")
    assert {e.type for e in result.entities} == {"PASSWORD", "CREDIT_CARD"}
    assert all(0 <= e.start < e.end <= len(text) for e in result.entities)


def test_the_cue_is_the_redacted_last_line_of_the_message_before(redactor: Redactor) -> None:
    out = thread(redactor, "user: anna\nand the password is", "Kranich!9")
    assert out == ["user: anna\nand the password is", "[PASSWORD]"]
    out = thread(redactor, "the password is\nthat was a joke, sorry", "Kranich 9")
    assert out[1] == "Kranich 9"  # only the last line leads on
    out = thread(redactor, "old one was Hunter22!\nthe new password is", "Kranich 9")
    assert out == ["old one was [PASSWORD]\nthe new password is", "[PASSWORD]"]


def test_a_long_paste_is_read_alone(redactor: Redactor) -> None:
    long = "Sommer2024 " + "lorem ipsum dolor " * 40
    result, carried = continue_from(redactor, long, "my password is")
    assert not carried and result.text == redactor.redact(long).text


@pytest.mark.parametrize(
    ("lead", "value"),
    [
        ("the authenticator code", "552 918"),
        ("PIN fürs Diensthandy", "7340"),
        ("WLAN-Passwort für Gäste", "Ahornblatt"),
    ],
)
def test_a_value_alone_on_the_line_after_a_label_is_masked(
    redactor: Redactor, lead: str, value: str
) -> None:
    # "label" ⏎ "value" is read as "label: value"
    assert thread(redactor, lead, value)[1] == "[PASSWORD]"


@pytest.mark.parametrize(
    ("lead", "reply"),
    [
        ("the authenticator code", "done"),
        ("PIN fürs Diensthandy", "geht nicht"),
        ("WLAN-Passwort für Gäste", "Bestellnummer 7731200"),
        ("WLAN-Passwort für Gäste", "ich weiß es nicht mehr"),
        ("my password manager", "Bitwarden"),
        ("the 2fa code", "gives 404"),
    ],
)
def test_a_reply_alone_on_the_line_after_a_label_keeps_its_words(
    redactor: Redactor, lead: str, reply: str
) -> None:
    assert thread(redactor, lead, reply)[1] == reply
