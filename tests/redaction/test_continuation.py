"""A secret sent as the message after its lead-in ("my password is" ⏎ "Sommer2024"):
``Redactor.cue_of`` and ``Redactor.redact_continuing``."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _continued(redactor: Redactor, lead: str, text: str) -> str:
    cue = redactor.cue_of(redactor.redact(lead).text)
    assert cue is not None, lead
    return str(redactor.redact_continuing(text, cue).text)


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
    ],
)
def test_a_value_alone_after_its_lead_in_is_masked(
    redactor: Redactor, lead: str, value: str
) -> None:
    assert redactor.redact(value).text == value  # alone it is just a word
    out = _continued(redactor, lead, value)
    assert value.strip('"') not in out and "[PASSWORD]" in out


@pytest.mark.parametrize(
    "lead",
    ["thanks!", "Hallo, ich kann mich nicht einloggen", "Rechnung 2024-113 ist bezahlt", "see you"],
)
def test_a_line_about_no_secret_is_no_cue(redactor: Redactor, lead: str) -> None:
    assert redactor.cue_of(redactor.redact(lead).text) is None


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
    ],
)
def test_a_message_that_is_not_the_value_keeps_its_words(
    redactor: Redactor, lead: str, text: str
) -> None:
    cue = redactor.cue_of(redactor.redact(lead).text)
    assert cue is not None  # each lead speaks of a password: only the value is judged
    assert redactor.redact_continuing(text, cue).text == text


def test_only_the_continuing_message_is_returned_and_its_own_findings_stay(
    redactor: Redactor,
) -> None:
    cue = redactor.cue_of(redactor.redact("my password is").text)
    assert cue is not None
    result = redactor.redact_continuing("Rosenkohl77\nand my card is 4539 5787 6362 1486", cue)
    assert result.text.startswith("[PASSWORD]\nand my card is ")
    assert "4539" not in result.text and result.text.endswith("1486")
    assert {e.type for e in result.entities} == {"PASSWORD", "CREDIT_CARD"}
    assert all(
        0 <= e.start < e.end <= len("Rosenkohl77\nand my card is 4539 5787 6362 1486")
        for e in result.entities
    )


def test_the_cue_is_the_redacted_last_line(redactor: Redactor) -> None:
    lead = redactor.redact("user: anna\nmy old password was Hunter22! and the new one is").text
    cue = redactor.cue_of(lead)
    assert cue == "my old password was [PASSWORD] and the new one is"
