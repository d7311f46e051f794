"""Round 34 (integration): an HTML mail's or editor's leftovers are read as the text they
render (``&nbsp;`` a space, ``<br>`` a line break, ``<b>`` nothing), spans mapped back to
the original exactly; and a password field shown as a run of mask characters, with words
after it, holds no password. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.normalize import normalize


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def test_card_apart_by_entities_is_masked(redactor: Redactor) -> None:
    text = "Karte:<br>4539&nbsp;1488&nbsp;0343&nbsp;6467<br>gültig bis 08/27&nbsp;CVC 913"
    masked = redactor.redact(text).text
    assert "4539" not in masked and "1488" not in masked, masked
    assert "[EXPIRY]" in masked and "[CVC]" in masked, masked
    assert masked.startswith("Karte:<br>") and "&nbsp;CVC" in masked


def test_escaped_password_is_masked_whole(redactor: Redactor) -> None:
    masked = redactor.redact("<p>Passwort: Kr&amp;uter!7</p> danke").text
    assert "Kr" not in masked and "uter" not in masked and "amp;" not in masked, masked
    assert masked.endswith("</p> danke")


@pytest.mark.parametrize(
    "text",
    [
        "Hallo,<br>das Passwort-Feld zeigt <b>Fehler 0x2026</b>&nbsp;an.<br><br>Gruß<br>Frank",
        "<div>Bitte Passwort zurücksetzen, Ticket&nbsp;#4471</div>",
        "token: <your-token> steht so in der Doku",
        "passwort: ******** steht da nur",
        "password: •••••••• is all the app shows",
    ],
)
def test_no_secret_in_markup_or_masked_fields(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_markup_maps_back_exactly() -> None:
    text = "a&nbsp;b<br>c<b>d</b>&amp;e"
    norm = normalize(text)
    assert norm.text == "a b\ncd&e"
    assert norm.span(0, 3) == (0, 8)  # "a&nbsp;b"
    assert norm.span(6, 7) == (21, 26)  # "&amp;"
    assert text[slice(*norm.span(4, 5))] == "c"
