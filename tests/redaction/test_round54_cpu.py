"""Round 54, CPU per message (r54-cpu): ``normalize``'s cheaper paths, output unchanged.

The damaged-cue repair (round 53) asked a case-blind scan of every text that held one of
its gate's literals ("token", "schicken", "password"): it now scans the lower-cased text
with a plain one, the same answer but where "İ", "ı" or "ſ" stand (those texts keep the
case-blind scan). Plain ASCII chat with no HTML leftover, tab or CR is returned as it is
without the three calls of ``_read``. The phrasings here are this file's own.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction import normalize as normalize_module
from redaction.normalize import _DAMAGED_SCAN, _DAMAGED_SCAN_LOW, _read, normalize

#: The characters the case-blind engine matches to an ASCII letter other than their lower
#: case (or whose lower case is longer): the plain scan is not asked where they stand.
_CASE_BLIND_ONLY = frozenset("\u0130\u0131\u017f")


def test_the_plain_scan_holds_the_same_literals() -> None:
    assert _DAMAGED_SCAN_LOW.pattern == _DAMAGED_SCAN.pattern
    assert _DAMAGED_SCAN_LOW.pattern == _DAMAGED_SCAN_LOW.pattern.lower()
    assert not _DAMAGED_SCAN_LOW.flags & re.IGNORECASE


def test_every_other_character_matches_a_literal_letter_as_its_lower_case() -> None:
    """The premise of the plain scan, over every code point: a character matches a
    literal's character case-blind exactly when its lower case is that character."""
    alphabet = {ch for ch in _DAMAGED_SCAN.pattern if ch.isascii() and (ch.isalpha() or ch == " ")}
    blind = {ch: re.compile(re.escape(ch), re.IGNORECASE) for ch in alphabet}
    odd = set()
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        low = char.lower()
        for letter, scan in blind.items():
            if (scan.fullmatch(char) is not None) != (low == letter):
                odd.add(char)
    assert odd <= _CASE_BLIND_ONLY


_PIECES = (
    "pas sword", "Passw ort", "PASSVVORD", "kennvvort", "passworcl", "p a s s w o r d :",
    "passwordisTiger77", "MEINPASSWORTISTBello1", "wordİs", "paſsword", "passwordıs",
    "token", "schicken", "Kennwort", " ", "x9", "ö", "&amp;", "<br>", "\t", "\r\n", '\\"',
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6))
def test_the_plain_scan_answers_as_the_case_blind_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _CASE_BLIND_ONLY.isdisjoint(text):
        plain = _DAMAGED_SCAN_LOW.search(text.lower()) is not None
        assert plain is (_DAMAGED_SCAN.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("mein Kennwort lautet: P a s s w o r t", "mein Kennwort lautet: Passwort"),
        ("pas sword: Linde-Ufer-3", "password: Linde-Ufer-3"),
        ("PAS SWORD: Linde-Ufer-3", "PASSWORD: Linde-Ufer-3"),
        (
            "paßwort? nein, der pas sword ist Ofenrohr55",
            "paßwort? nein, der password ist Ofenrohr55",
        ),
        ("das token ist abgelaufen", "das token ist abgelaufen"),
        # "ı" and "İ" (the case-blind scan, as before): the glued verb read apart
        ("PASSWORDıSOrkan12 kam per Mail", "PASSWORD ıS Orkan12 kam per Mail"),
        ("PASSWORDİSOrkan12", "PASSWORD İS Orkan12"),
    ],
)
def test_repairs_as_before(text: str, read: str) -> None:
    assert normalize(text).text == read


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, the invoice arrived.",
        "a &amp; b",
        "see <b>this</b>",
        'body: {\\"a\\":1}',
        "one\ttwo",
        "one\r\ntwo",
        "Grüße aus Köln",
        "",
    ],
)
def test_the_ascii_shortcut_returns_what_read_returns(text: str) -> None:
    assert normalize(text) == _read(text)


def test_plain_ascii_chat_does_not_reach_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> object:
        raise AssertionError(f"_read asked of {text!r}")

    monkeypatch.setattr(normalize_module, "_read", refuse)
    assert normalize("Is there a student discount?").source is None
