"""Rotated codes: a one-time code read off again after it changed.

An authenticator app shows a new code every thirty seconds and an SMS code expires in
minutes, so a customer reading one off sends the next as well: "jetzt steht 194 772" ⏎
"nee jetzt 530 118", "204 118" ⏎ "in 10 sek neuer" ⏎ "662 093", "771204" ⏎ "no wait that
was the old one" ⏎ "771240". No word names either number a code, and one such number alone
is anything's (a ticket, an extension). What tells is the replacement: a second number of
the very shape and length, a message or two later, said to be the new one (changed, new,
now, again, the old one), is what a code that rotates gives; an order's, a ticket's or a
phone's number is not replaced by another of its shape a moment later, and a line that
names such a thing is never read. The second number is masked on arrival, the first as
stored (``amended``, the hindsight's channel).

Kept: only short lines that masked nothing and hold one number of six to eight digits
(the lengths of one-time codes), raw and in memory only, as the hindsight keeps its lines,
for ``_KEPT`` messages.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from redaction import masking, resend, words
from redaction.types import PASSWORD, Entity, RedactionResult, _seal

#: Messages back a first number is read from: the one right before, or one with a remark
#: between ("in 10 sek neuer", "nvm it changed").
_KEPT = 2
#: A one-time code's digits: six (the apps' and most texts'), up to eight.
_CODE_DIGITS = (6, 8)
#: The longest line read: a number and a few words ("ok the app shows 330 917").
_WORDS_MAX = 6
_TEXT_MAX = 80
#: Digits alone, grouped by a space or a dash or not, standing alone (not in a word, a
#: decimal, a date or a path).
_NUMBER = re.compile(r"(?<![\w.,/:#+*-])\d+(?:[ \-]\d+)*(?![\w/:+]|[.,\-]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A remark between the two numbers may hold this many digits ("in 10 sek neuer") and
#: words ("no wait that was the old one").
_REMARK_DIGITS = 2
_REMARK_WORDS = 8
#: Words saying the number before went stale and this one replaces it.
_CHANGED = frozenset(
    "changed change changes new newer now again expired refreshed another neu neue neuer "
    "neues jetzt nun nochmal wieder abgelaufen geändert ändert old alte alten".split()
)
#: A word naming the number as another thing than a code (an order, a ticket, a phone,
#: an amount, a time): such a line is never read.
_OTHER = re.compile(
    r"(?i)(?<![^\W\d_])(?:nummer|number|nr|ticket|order|bestell\w*|auftrag\w*|rechnung\w*"
    r"|invoice|tracking|sendung\w*|kunden\w*|customer|case|fall|vorgang\w*|ref|referenz"
    r"|reference|id|plz|zip|postcode|room|zimmer|raum|seite|page|version|filiale|store"
    r"|branch|phone|telefon\w*|handy\w*|tel|ext|extension|durchwahl|uhr|euro|eur|usd|dollar"
    r"|price|preis|betrag|amount|iban|konto\w*|account)(?![^\W\d_])"
)


@dataclass(slots=True)
class _Number:
    """A short line's one number that nothing masked: the line and its redaction (raw,
    in memory only), the number's span and its digits' grouping."""

    text: str
    result: RedactionResult
    start: int
    end: int
    shape: str
    age: int = 0


def _shape(value: str) -> str:
    """The number's grouping: "3 3" for "204 118", "6" for "771204"."""
    return " ".join(str(len(g)) for g in re.split(r"[ \-]", value))


def _one_number(text: str) -> re.Match[str] | None:
    """The one number of a code's length on a short line naming no other thing, or None."""
    if len(text) > _TEXT_MAX or "\n" in text.strip() or len(text.split()) > _WORDS_MAX:
        return None
    numbers = list(_NUMBER.finditer(text))
    if len(numbers) != 1 or sum(ch.isdigit() for ch in text) != sum(
        ch.isdigit() for ch in numbers[0][0]
    ):
        return None
    digits = sum(ch.isdigit() for ch in numbers[0][0])
    if not _CODE_DIGITS[0] <= digits <= _CODE_DIGITS[1] or _YEAR.fullmatch(numbers[0][0]):
        return None
    if _OTHER.search(text) is not None or resend.names_other(text):
        return None
    return numbers[0]


def _says_changed(text: str) -> bool:
    return any(words.trim(t).lower() in _CHANGED for t in text.split())


class Rotated:
    """The last short lines' lone numbers that nothing masked, read against the next."""

    def __init__(self) -> None:
        self._numbers: deque[_Number] = deque(maxlen=_KEPT)
        #: the lines after the newest kept number said it changed ("nvm it changed")
        self._changed_since = False

    def read(
        self, text: str, result: RedactionResult, amended: list[tuple[int, RedactionResult]]
    ) -> RedactionResult:
        """``result`` with ``text``'s number masked when it replaces a kept one; the kept
        line masked anew is added to ``amended`` (how many messages back, its redaction),
        over what a reading before masked in it anew."""
        for kept in self._numbers:
            kept.age += 1
        while self._numbers and self._numbers[-1].age > _KEPT:
            self._numbers.pop()
        if not self._numbers and (len(text) > _TEXT_MAX or not any(c.isdigit() for c in text)):
            return result  # nothing kept, nothing to keep: quiet chat pays this test only
        if sum(ch.isdigit() for ch in text) <= _REMARK_DIGITS:
            # a remark between, perhaps with a time's few digits ("in 10 sek neuer")
            if _OTHER.search(text) is not None or resend.names_other(text):
                self._numbers.clear()  # the talk turned to another thing's number
            elif len(text.split()) <= _REMARK_WORDS and _says_changed(text):
                self._changed_since = True
            return result
        m = _one_number(text)
        if m is None or any(e.start < m.end() and m.start() < e.end for e in result.entities):
            # another line, or the number masked already (a code's talk has it)
            self._numbers.clear()
            self._changed_since = False
            return result
        shape = _shape(m[0])
        before = next((k for k in self._numbers if k.shape == shape), None)
        if (
            before is not None
            and re.sub(r"\D", "", before.text[before.start : before.end]) != re.sub(r"\D", "", m[0])
            and (_says_changed(text) or self._changed_since)
        ):
            result = _masked(text, result, m.start(), m.end())
            earlier = next((r for back, r in amended if back == before.age), before.result)
            amended[:] = [(back, r) for back, r in amended if back != before.age]
            amended.append((before.age, _masked(before.text, earlier, before.start, before.end)))
            self._numbers.clear()
            self._changed_since = False
            return result
        self._numbers.appendleft(_Number(text, result, m.start(), m.end(), shape))
        self._changed_since = False
        return result


def _masked(text: str, result: RedactionResult, start: int, end: int) -> RedactionResult:
    entities = masking.merge([*result.entities, Entity(PASSWORD, start, end, 0.6, "rotated")])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)
