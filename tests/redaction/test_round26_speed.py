"""Round 26's speed pass changes no result: each faster test finds exactly what the one it
replaces finds (the ASCII twins of stdlib scans, the gates before the card details' CVC
value scan and the credential rule's long-run scan)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction import precheck
from redaction.recognizers import card, card_details, credential, password
from redaction.recognizers.base import ascii_twin

# ASCII characters, and the words and shapes the scans look for, so matches are frequent
_PIECES = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=127),
    st.sampled_from(
        ["one ", "two ", "drei ", "fuenf", "Zero,", "ab1", "x_2", "Pa55", "-", "/", "  ", "\n"]
    ),
)
_ASCII_TEXT = st.lists(_PIECES, max_size=40).map("".join)
# the same, with the characters whose case mapping or class differs between the engines
_ANY_TEXT = st.lists(
    st.one_of(_PIECES, st.sampled_from(["ü", "İ", "ſ", "K", "٣", "\x1c", "\u00a0", "é"])),
    max_size=40,
).map("".join)

# each twin with the Unicode pattern it stands for (the pre-check's is built from a fragment)
_TWINS = [
    (re.compile(password._WORD.pattern), password._WORD_ASCII),
    (password._ENTRY_HINT, password._ENTRY_HINT_ASCII),
    (re.compile(r"[^\W\d_][\w.\-]{2,}?\d"), precheck._TWICE[9][0]),  # (its ASCII scan)
    (card._SPOKEN_GATE, card._SPOKEN_GATE_ASCII),
]


def test_the_pre_check_twin_is_of_its_fragment() -> None:
    assert precheck.PATTERNS[9].startswith(r"[^\W\d_][\w.\-]{2,}?\d")
    assert precheck._TWICE[9] is not None


@pytest.mark.parametrize(
    ("pattern", "twin"),
    [
        (r"[^\W\d_]\w\d", "[A-Za-z][A-Za-z0-9_][0-9]"),
        (r"[\w.\-]+\W\D", r"[A-Za-z0-9_.\-]+[^A-Za-z0-9_][^0-9]"),
        (r"[^\s\w]\s\\d", r"[^\sA-Za-z0-9_]\s\\d"),  # an escaped backslash stays one
        (r"[]\w][^]\d]", "[]A-Za-z0-9_][^]0-9]"),  # a leading "]" is a literal
    ],
)
def test_ascii_twin_spelling(pattern: str, twin: str) -> None:
    assert ascii_twin(pattern) == twin


def test_ascii_twin_refuses_a_negated_class_inside_a_class() -> None:
    with pytest.raises(ValueError):
        ascii_twin(r"[\W.]")


@settings(max_examples=400, deadline=None)
@given(_ASCII_TEXT)
def test_twins_find_the_same_in_ascii_text(text: str) -> None:
    for original, twin in _TWINS:
        assert [m.span() for m in twin.finditer(text)] == [
            m.span() for m in original.finditer(text)
        ]


@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_cvc_value_gate_is_the_scan(text: str) -> None:
    expected = card_details._CVC_VALUE_HINT.search(text) is not None
    assert card_details._has_cvc_value(text, text.lower()) is expected


@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_entry_hint_is_the_scan(text: str) -> None:
    assert password._entry_hinted(text) is (password._ENTRY_HINT.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["abcdefgh", "0123", "+/=~.", " ", "\x1c", "é", "-"]), max_size=12))
def test_long_run_needs_a_long_word(parts: list[str]) -> None:
    text = "".join(parts)
    if credential._LONG_RUN.search(text) is not None:
        assert max(map(len, text.split()), default=0) >= 16
