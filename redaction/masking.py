"""Replacement of findings in text.

Our own replacement rather than presidio-anonymizer's ``mask`` operator, which counts
characters and so leaks digits when a card number contains separators. Overlapping
findings are merged first so no part of a secret survives between two replacements.
"""

from __future__ import annotations

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


def mask_card(number: str) -> str:
    """``•••• •••• •••• 1111``: the last four digits, never the length or separators."""
    digits = "".join(ch for ch in number if ch.isdecimal())
    # A span merged with a neighbouring CVC or expiry no longer ends in the card's own
    # digits; keep none rather than four of the CVC.
    tail = digits[-4:] if is_card_number(digits) else _DOTS
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
    out: list[str] = []
    pos = 0
    for e in entities:
        out.append(text[pos : e.start])
        out.append(replacement(e.type, text[e.start : e.end]))
        pos = e.end
    out.append(text[pos:])
    return "".join(out)
