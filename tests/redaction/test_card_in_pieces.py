"""A card number typed in pieces, one message each: the piece that completes a card is
masked (``Continuation``); digits that make no card, or pieces after words, stay."""

from __future__ import annotations

from redaction import Redactor

from .helpers import thread


def test_the_second_half_of_a_card_is_masked(redactor: Redactor) -> None:
    out = thread(redactor, "4532 0151", "1283 0366")
    # a card's first half as printed (round 35): masked before the rest comes
    assert "4532" not in out[0] and "0151" not in out[0]
    assert "1283" not in out[1] and "0366" not in out[1]


def test_a_card_in_four_pieces_is_masked_at_its_last(redactor: Redactor) -> None:
    out = thread(redactor, "meine Karte", "4916", "3388", "1042", "7715")
    assert "7715" not in out[-1]


def test_digits_that_make_no_card_stay(redactor: Redactor) -> None:
    assert thread(redactor, "12345678", "87654321") == ["12345678", "87654321"]
    # a Luhn-invalid join of a real issuer prefix
    assert thread(redactor, "4916", "3388", "1042", "7718")[-1] == "7718"


def test_a_piece_after_words_starts_nothing(redactor: Redactor) -> None:
    assert thread(redactor, "order 4532 0151", "1283 0366")[-1] == "1283 0366"
