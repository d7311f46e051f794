"""A card number typed again: its earlier copy with a slip, or a part of it corrected.

Customers who mistype a card send it again: "5555 5555 5555 4443" ⏎ "5555 5555 5555 4444
*", "4242 4242 4242 4241" ⏎ "sorry 4242 4242 4242 4242", "… 4445" ⏎ "oh die letzte Ziffer
ist eine 4" ⏎ "… 4444"; or only the part they got wrong: "5425 2334 3019 0903" ⏎ "argh
no, 3010 9903 at the end". The copy with a slip fails the card's check, so no rule masked
it, yet it is the card but for a digit or two; the corrected part is the card's own
digits. What makes either a secret is the card the conversation gives beside it:

- ``slipped_copies``: an earlier message's number of the card's length, starting alike
  and at most two digits apart (the hindsight masks it in the stored copy);
- ``Retyped.read``: a number in a message that says it corrects (``recalled.corrects``)
  right after a card, which put in place of the card's end or start makes a card again,
  another one (masked as it arrives).

Neither when the message names a number of another kind ("order 3010 9903").
"""

from __future__ import annotations

import re

from redaction import masking, resend, words
from redaction.recalled import corrects
from redaction.recognizers.card import brand_lengths, is_card_number
from redaction.types import CARD_CVC, CREDIT_CARD, Entity, RedactionResult, _seal

#: Digits in groups standing apart ("3010 9903", "5555-5555-5555-4443").
_RUN = re.compile(r"(?<![\w.,/])[0-9]+(?:[ .\-][0-9]+)*(?![\w/]|[.,][0-9])")
#: The least digits of a whole card in a message, and of a corrected part of one: more
#: than a group of four, which alone tells too little of the card to be kept secret (its
#: last four are printed on every receipt; "no! first group is 4900, sorry" stays).
_WHOLE, _PART = 12, 5
#: How many digits a copy with a slip differs by at most.
_SLIPS = 2
#: Messages after a card in which a part of it may be corrected.
_KEPT = 2
#: The longest message read (a correction is short).
_TEXT_MAX = 200


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def whole_cards(text: str, result: RedactionResult) -> list[str]:
    """The digits of each whole card number ``result`` masked in ``text``."""
    return [
        digits
        for e in result.entities
        if e.type == CREDIT_CARD and len(digits := _digits(text[e.start : e.end])) >= _WHOLE
    ]


def typed_with_slip(digits: str) -> bool:
    """Are ``digits`` a whole card's number but for a slip: a real issuer's start and its
    card's full length, failing the check ("3799 540103 38121" ⏎ "that's amex")? Only a
    later message calling them a card makes them one: their shape is any long number's,
    and a card named before them does not tell a slip the customer stands by from one
    corrected in the next message (whose first copy the tuning sets label both ways)."""
    return (
        len(digits) >= _WHOLE
        and len(digits) in brand_lengths(digits)
        and not is_card_number(digits)
    )


def slipped_copies(card: str, earlier: str) -> list[tuple[int, int]]:
    """The spans of the numbers in ``earlier`` that are the card ``card`` (its digits)
    typed with a slip: as many digits, the same first ones, one or two apart."""
    if len(earlier) > _TEXT_MAX or resend.names_other(earlier):
        return []
    return [
        m.span()
        for m in _RUN.finditer(earlier)
        if len(digits := _digits(m[0])) == len(card)
        and not is_card_number(digits)
        and words.retyped(digits, card, _SLIPS)
    ]


class Retyped:
    """The last whole card a sender gave (its digits, in memory only, as the hindsight
    keeps its lines) for a message or two, whose part a correction may send again."""

    __slots__ = ("_card", "_left")

    def __init__(self) -> None:
        self._card = ""
        self._left = 0

    def read(self, text: str, result: RedactionResult) -> RedactionResult:
        """``result`` with a corrected part of the card before masked too."""
        given = whole_cards(text, result)
        if not given and self._left and len(text) <= _TEXT_MAX:
            result = self._part_again(text, result)
            result = self._last_four_kept(text, result)
        if given:
            self._card, self._left = given[-1], _KEPT
        else:
            self._left = max(0, self._left - 1)
        return result

    def _last_four_kept(self, text: str, result: RedactionResult) -> RedactionResult:
        """``result`` without a card code that is the card's last four digits ("what are
        the last four?" ⏎ the whole card ⏎ "oops meant 9855 only"): the masked card shows
        them anyway."""
        last_four = self._card[-4:]
        kept = [
            e
            for e in result.entities
            if not (e.type == CARD_CVC and _digits(text[e.start : e.end]) == last_four)
        ]
        if len(kept) == len(result.entities):
            return result
        return RedactionResult(_seal(masking.Masked(text, kept).text), kept)

    def _part_again(self, text: str, result: RedactionResult) -> RedactionResult:
        if not any(ch.isdigit() for ch in text) or resend.names_other(text):
            return result
        if not corrects(text):
            return result
        card = self._card
        found = []
        for m in _RUN.finditer(text):
            digits = _digits(m[0])
            if not _PART <= len(digits) < len(card):
                continue
            if any(e.start < m.end() and m.start() < e.end for e in result.entities):
                continue
            fixed = (card[: -len(digits)] + digits, digits + card[len(digits) :])
            if any(f != card and is_card_number(f) for f in fixed):
                found.append(Entity(CREDIT_CARD, *m.span(), 0.6, "card-retyped"))
        if not found:
            return result
        entities = masking.merge([*result.entities, *found])
        return RedactionResult(_seal(masking.Masked(text, entities).text), entities)
