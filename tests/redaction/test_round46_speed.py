"""Round 46, speed (r46-speed): the password rules' trigger loop skips a word on one test.

``password._Finder.steps`` reads every word of a message that passes the pre-check; most
are no trigger, no context word, no password word in disguise and not the first half of a
word typed apart ("Kenn wort"), and the loop read them no further after three tests of the
cached ``_word_class`` tuple. ``_word_class`` now answers None for such a word (and for the
password manager "1Password" by name, which the loop skipped too), so the loop skips it on
one test. The learned stage's ``password_features.tokens`` trims a token's quotes and
punctuation with ``str.lstrip``/``rstrip`` instead of a loop per character.

Every text is written here (none is a corpus item): the words the loop skips, and their
twins it reads (a trigger, a context word, a disguise, "kenn"); messages in English and
German whose password values are found as before (and negatives that stay unchanged);
token cores equal to the per-character trimming, on pieces that are all punctuation,
quoted, glued to a key or end a sentence.
"""

from __future__ import annotations

import pytest

from redaction import Redactor, password_features
from redaction.recognizers import password

# words the trigger loop reads no further: None on round 46's code (a tuple before)
SKIPPED_WORDS: list[str] = ["stored", "encrypted", "Rechnung", "weekend", "Hamburg", "1Password"]
# ... and their twins it reads: a trigger, a context word, a disguise, a word typed apart
READ_WORDS: list[tuple[str, str]] = [
    ("password", "pw"),
    ("Kennwort", "pw"),
    ("Passwortfeld", ""),
    ("Pa55wort", ""),
    ("secret", ""),
    ("kenn", ""),
    ("login", ""),
]


@pytest.mark.parametrize("word", SKIPPED_WORDS)
def test_a_word_the_loop_does_not_read_is_none(word: str) -> None:
    assert password._word_class(word) is None


@pytest.mark.parametrize(("word", "kind"), READ_WORDS)
def test_a_word_the_loop_reads_keeps_its_class(word: str, kind: str) -> None:
    classed = password._word_class(word)
    assert classed is not None
    if kind:
        assert classed[0] == kind


# (text, the values masked): EN and DE, a value after its word, and negatives
MESSAGES: list[tuple[str, list[str]]] = [
    ("my new password is Tulpe!Regen42 since monday", ["Tulpe!Regen42"]),
    ("Mein Kennwort lautet Wolke7Anker, bitte nicht weitergeben", ["Wolke7Anker"]),
    ("the app is stored in 1Password, entry 'Deploy' has it", []),
    ("Is my password stored encrypted on your side?", []),
    ("Kenn wort: Birke-88-Fluss", ["Birke-88-Fluss"]),
    ("Ist mein Passwort bei euch sicher gespeichert?", []),
    ("login page shows error 500 after the weekend update", []),
]


@pytest.mark.parametrize(("text", "values"), MESSAGES)
def test_messages_redact_as_before(redactor: Redactor, text: str, values: list[str]) -> None:
    out = redactor.redact(text)
    masked = [text[e.start : e.end] for e in out.entities]
    for value in values:
        assert value in masked, (text, masked)
        assert value not in out.text
    if not values:
        assert out.entities == []
        assert out.text == text


def _cores_by_character(text: str) -> list[tuple[int, int]]:
    """Round 45's trimming of each token piece, one character at a time."""
    trim = password_features._TRIM
    spans = []
    for tok in password_features.tokens(text):
        cs, ce = tok.start, tok.end
        while cs < ce and text[cs] in trim:
            cs += 1
        while ce > cs and text[ce - 1] in trim:
            ce -= 1
        while (
            ce < tok.end
            and text[ce] in "!?#*$%&"
            and (tok.end - ce == 1 or text[ce + 1] in "!?#*$%&")
        ):
            ce += 1
        spans.append((cs, ce))
    return spans


TOKEN_TEXTS: list[str] = [
    'Is my password "Sommer!" stored? (really) ...',
    'password=bar;user: "anna" -- «Kennwort»: Wald#7!!',
    '"Host={0};Pwd=Birke88" and pw:x and ... !!! ??',
    "Passwort: (Regen-42) oder [Anker!] – fertig.",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_token_cores_equal_the_character_trimming(text: str) -> None:
    toks = password_features.tokens(text)
    assert toks
    assert [(t.core_start, t.core_end) for t in toks] == _cores_by_character(text)
    assert all(t.core == text[t.core_start : t.core_end] and t.core for t in toks)
