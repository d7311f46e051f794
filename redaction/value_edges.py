"""The edges of a value read out of a sentence: the quotes, brackets and punctuation around
it are not part of it, but a closing sign typed as its last character is ("Sommer2024!")."""

from __future__ import annotations


def trimmed(text: str, start: int, end: int, trim: str, kept: str) -> tuple[int, int]:
    """``start:end`` in ``text`` without the characters of ``trim`` at either edge; a last
    character of ``kept`` stays where the one before it is not in ``trim`` (the value's own
    "!" in "it's Sommer2024!", not the sentence's in "it's 'x'!")."""
    while start < end and text[start] in trim:
        start += 1
    while (
        end > start
        and text[end - 1] in trim
        and not (text[end - 1] in kept and end - 1 > start and text[end - 2] not in trim)
    ):
        end -= 1
    return start, end
