"""Replacement of findings in text.

Our own replacement rather than presidio-anonymizer's ``mask`` operator, which counts
characters and so leaks digits when a card number contains separators. Overlapping
findings are merged first so no part of a secret survives between two replacements.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from redaction.recognizers.card import is_card_number
from redaction.types import CARD_CVC, CARD_EXPIRY, CREDENTIAL, CREDIT_CARD, PASSWORD, Entity

#: Lower wins when findings overlap: a password that happens to be a card number is
#: replaced whole rather than keeping four of its characters.
PRIORITY: dict[str, int] = {PASSWORD: 0, CREDENTIAL: 0, CREDIT_CARD: 1, CARD_CVC: 2, CARD_EXPIRY: 3}

PASSWORD_MASK = "[PASSWORD]"
CREDENTIAL_MASK = "[CREDENTIAL]"
CVC_MASK = "[CVC]"
EXPIRY_MASK = "[EXPIRY]"
_DOTS = "••••"

#: Every replacement ``replacement`` makes. Such a token is already masked: a finding
#: that overlaps one was read from the mask (``Redactor`` drops it).
MASK_TOKEN = re.compile(
    "|".join(re.escape(m) for m in (PASSWORD_MASK, CREDENTIAL_MASK, CVC_MASK, EXPIRY_MASK))
    + rf"|{_DOTS} {_DOTS} {_DOTS} (?:\d{{4}}|{_DOTS})"
)


def mask_card(number: str) -> str:
    """``•••• •••• •••• 1111``: the last four digits, never the length or separators."""
    digits = "".join(ch for ch in number if ch.isdecimal())
    # A span merged with a neighbouring CVC or expiry no longer ends in the card's own
    # digits; keep none rather than four of the CVC.
    # A number typed over several lines may end on a line of just its last group, a piece
    # given on its own: keep none of it either.
    tail = digits[-4:] if is_card_number(digits) and "\n" not in number else _DOTS
    return f"{_DOTS} {_DOTS} {_DOTS} {tail}"


def replacement(entity_type: str, original: str) -> str:
    """The text that replaces one finding."""
    if entity_type == CREDIT_CARD:
        return mask_card(original)
    if entity_type == CARD_CVC:
        return CVC_MASK
    if entity_type == CARD_EXPIRY:
        return EXPIRY_MASK
    if entity_type == CREDENTIAL:
        return CREDENTIAL_MASK
    return PASSWORD_MASK  # PASSWORD and anything unknown: replace whole


def merge(entities: list[Entity]) -> list[Entity]:
    """Sorted, non-overlapping findings; overlapping ones become their union."""
    merged: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.start, -e.end)):
        if merged and e.start < merged[-1].end:
            last = merged[-1]
            winner = last if PRIORITY.get(last.type, 0) <= PRIORITY.get(e.type, 0) else e
            merged[-1] = Entity(
                winner.type,
                last.start,
                max(last.end, e.end),
                max(last.score, e.score),
                winner.recognizer,
            )
        else:
            merged.append(e)
    return merged


def apply(text: str, entities: list[Entity]) -> str:
    """Replace ``entities`` (sorted, non-overlapping) in ``text``."""
    return Masked(text, entities).text


def mask_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the mask tokens in ``text`` (empty for text that holds none)."""
    if "[" not in text and _DOTS not in text:
        return []
    return [m.span() for m in MASK_TOKEN.finditer(text)]


def touches(masks: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap a mask token?"""
    return any(s < end and start < e for s, e in masks)


class Masked:
    """``text`` with ``entities`` replaced, and the way back from its offsets to ``text``'s."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        out: list[str] = []
        # (out start, original start, original end, is a mask) per piece of the output
        self._pieces: list[tuple[int, int, int, bool]] = []
        self._starts: list[int] = []
        pos = length = 0
        for e in entities:
            for piece, orig, is_mask in (
                (text[pos : e.start], (pos, e.start), False),
                (replacement(e.type, text[e.start : e.end]), (e.start, e.end), True),
            ):
                if piece:
                    self._starts.append(length)
                    self._pieces.append((length, *orig, is_mask))
                    out.append(piece)
                    length += len(piece)
            pos = e.end
        if pos < len(text):
            self._starts.append(length)
            self._pieces.append((length, pos, len(text), False))
            out.append(text[pos:])
        self.text = "".join(out)

    def original(self, entity: Entity) -> Entity:
        """``entity`` (offsets in the masked text) with offsets in the original text: a
        mask it touches stands for the whole secret it replaced."""
        first = self._pieces[bisect_right(self._starts, entity.start) - 1]
        last = self._pieces[bisect_right(self._starts, entity.end - 1) - 1]
        start = first[1] if first[3] else first[1] + entity.start - first[0]
        end = last[2] if last[3] else last[1] + entity.end - last[0]
        return Entity(entity.type, start, end, entity.score, entity.recognizer)
