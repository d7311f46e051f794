"""Decimal digits of every script: normalised to ASCII, so a card typed in them is masked
and no digit arithmetic downstream meets a digit it cannot count (a crash before)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from redaction import Redactor
from redaction.normalize import normalize

_R = Redactor()

# The same Visa number (Luhn- and range-valid), in Arabic-Indic and Devanagari digits.
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_CARD = "4532 0151 1283 0366"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Nd"]), max_size=30))
def test_every_decimal_digit_is_normalised_to_ascii(text: str) -> None:
    norm = normalize(text).text
    assert all(ch in "0123456789" for ch in norm)
    assert [int(c) for c in norm] == [unicodedata.decimal(c) for c in text]


def test_a_card_in_arabic_indic_or_devanagari_digits_is_masked() -> None:
    for table in (_ARABIC, _DEVANAGARI):
        typed = _CARD.translate(table)
        out = _R.redact(f"my card is {typed} thanks").text
        assert typed not in out
        assert "CREDIT_CARD" in {e.type for e in _R.analyze(f"my card is {typed}")}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["4", "1", "0", " ", "o", "O", "l", "߂", "٤", "१", "card ", "cvc ", "/"]),
        max_size=40,
    ).map("".join)
)
def test_look_alike_and_foreign_digits_never_crash_redaction(text: str) -> None:
    res = _R.redact(text)
    for e in res.entities:
        assert 0 <= e.start < e.end <= len(text)


def test_a_card_with_a_look_alike_letter_and_a_nko_digit_is_redacted() -> None:
    out = _R.redact("card 4111 1111 o111 \u07c2111").text
    assert "o111" not in out
