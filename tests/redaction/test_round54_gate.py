"""Round 54: normalize's cheap gate let through every split cue form the repair lists.

Round 54's move of the damaged-cue gate into ``normalize`` kept round 53's five literals
("pas", "ssw", "ken", "p a", "k e"), and two of the split forms the repair reads hold none of
them: "ke nnwort" and "pa ssphrase" were never repaired, so the value after them passed.
"""

from __future__ import annotations

import pytest

from redaction import PASSWORD, Redactor
from redaction.normalize import _CUE_WORDS, _SPLIT_FORMS, normalize


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("form", _SPLIT_FORMS)
def test_every_split_form_is_read_whole(form: str) -> None:
    # each form the repair lists reaches it: the cue word comes back whole
    text = f"my {form}: Quokka_42x"
    assert any(word in normalize(text).text.lower() for word in _CUE_WORDS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mein Ke nnwort: Zwiebel4Turm", "Zwiebel4Turm"),
        ("das ke nnwort ist Regenbogen_81", "Regenbogen_81"),
        ("my pa ssphrase: Moss-Kettle-Lamp-9", "Moss-Kettle-Lamp-9"),
        ("Pa ssphrase für den Tresor: Eule&Mond&Stern7", "Eule&Mond&Stern7"),
    ],
)
def test_value_after_the_two_forms_is_masked(redactor: Redactor, text: str, value: str) -> None:
    result = redactor.redact(text)
    assert value not in result.text
    assert PASSWORD in result.types


@pytest.mark.parametrize(
    "text",
    ["papa said the ke nnel is full", "pa ssphrase game tonight?", "Ke nnwort vergessen, hilfe"],
)
def test_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
