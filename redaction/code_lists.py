"""Backup codes listed after their name in a long message: "Ich schreibe Ihnen die
Wiederherstellungscodes ab: ⏎ 4F7K-22QP  9LMX-0TR3 …", "the emergency codes you gave me:
58213-90471 and 33019-66802".

A sign-in's recovery, backup or emergency codes are passwords, each of them; a letter names
them once, often a sentence before the list, and then gives two or more codes in a row. The
rules read a value after its label; here the label may be a clause away, so the list is
read as the codes' when it comes within a short reach after the name, every item shaped
like such a code (groups of letters and digits joined by dashes, or one run of both). The
scan is bounded: only the first reach after each name is read, and only in a text that
names such codes at all.
"""

from __future__ import annotations

import re

from redaction.types import PASSWORD, Entity

#: Recovery, backup or emergency codes by name (English and German, compounds too).
_NAME = re.compile(
    r"(?i)(?<![^\W\d_])(?:recovery|backup|back-up|emergency|reserve|fallback|wiederherstellungs"
    r"|notfall|sicherungs|ersatz)[\s-]?codes(?![^\W\d_])"
)
#: How far after the name the list may begin (a clause: "…, die Sie mir gegeben haben: ").
REACH = 160
#: A backup code's groups: three to six letters or digits, two to four joined by dashes
#: ("4F7K-22QP", "58213-90471"; also ``hindsight``'s pasted lists).
DASHED_GROUPS = r"[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,3}"
#: One code: such groups with a digit, or one run of eight to twelve with both letters
#: and digits.
_CODE = re.compile(
    rf"(?<![\w\-])(?:(?=[A-Za-z0-9\-]*\d){DASHED_GROUPS}"
    r"|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,12})(?![\w\-])"
)
#: A list item's marker: "1. ", "2) ", "- ", "• ", a quoted mail's "> "
_MARKER = r"(?:(?:\d{1,2}[.)]|[-*•>])[ \t]+)?"
#: What may stand between two codes of one list.
_BETWEEN = re.compile(rf"(?i)\s*(?:[,;]\s*)?(?:(?:and|und|or|oder)\s+)?{_MARKER}")
#: The list is handed over by a colon ("…, falls ich den Zettel verliere:", "saved: ") or
#: follows the name at once ("backup codes 4F7K-22QP 9LMX-0TR3"); the colon's own label
#: must not name another number ("Bestellnummern:", "tickets:").
_HANDED = re.compile(rf"(?:(?P<label>[^\W\d_]*)\s*:|\s*)[ \t]*(?:\n[ \t]*){{0,2}}{_MARKER}\Z")
_OTHER_LABEL = re.compile(
    r"(?i)(?:nummer\w*|nr|numbers?|no|ids?|ref\w*|orders?|bestell\w*|tickets?|tracking"
    r"|sendung\w*|rechnung\w*|invoices?|kunden\w*|customers?|vertrag\w*|contracts?)"
)
#: At most this many codes in one list (a sign-in gives ten or so).
MAX_CODES = 16


def named_code_lists(text: str) -> list[Entity]:
    """The codes of each list that follows a name of backup codes within ``REACH``."""
    found: list[Entity] = []
    end = 0
    for name in _NAME.finditer(text):
        if name.start() < end:
            continue
        first = _CODE.search(text, name.end(), name.end() + REACH)
        if first is None:
            continue
        codes = [first]
        at = first.end()
        while len(codes) < MAX_CODES:
            gap = _BETWEEN.match(text, at)
            nxt = _CODE.match(text, gap.end()) if gap is not None else None
            if nxt is None:
                break
            codes.append(nxt)
            at = nxt.end()
        if len(codes) < 2:
            continue
        if not _introduced(text, name.end(), first.start()) and not (
            len(codes) >= 3
            and _LINE_START.search(text, 0, first.start()) is not None
            and _OTHER_WORD.search(text, name.end(), first.start()) is None
        ):
            # (three or more codes opening a line a sentence or two after the name are its
            # list too: "> Your backup codes (generated …)" ⏎ "> Keep these safe." ⏎
            # "> 8471-2290   3318-0462", round 60)
            continue
        end = at
        found.extend(Entity(PASSWORD, m.start(), m.end(), 0.6, "code_lists") for m in codes)
    for name in _NAME.finditer(text):
        # one code at a time, each handed over in a later clause: "… saved the backup
        # codes. this one says invalid: 4k7p-2mzq. the next on the list is 9xw3-hh8d"
        for code in _CODE.finditer(text, name.end(), min(len(text), name.end() + 2 * REACH)):
            if any(e.start <= code.start() < e.end for e in found):
                continue
            said = _SAID_BEFORE.search(text, max(name.end(), code.start() - 24), code.start())
            clause = max(text.rfind(stop, name.end(), code.start()) for stop in (". ", "\n", "? "))
            if said is None or _OTHER_WORD.search(text, max(clause, name.end()), code.start()):
                continue  # "My order number is AB12-77XY": another number's
            found.append(Entity(PASSWORD, code.start(), code.end(), 0.6, "code_lists"))
    return found


#: Another number's word in the code's clause.
_OTHER_WORD = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{_OTHER_LABEL.pattern.removeprefix('(?i)')})(?![^\W\d_])"
)
#: Where a line's first item begins: after the line break and a list's or a quote's marker
_LINE_START = re.compile(rf"(?:\A|\n)[ \t]*{_MARKER}\Z")
#: One code handed over right before it: by a colon or a copula ("invalid: x", "is x").
_SAID_BEFORE = re.compile(r"(?i)(?:[^\W\d_]+[ ]*:|(?<![^\W\d_])(?:is|ist|was|war|lautet))[ ]+\Z")


def _introduced(text: str, after_name: int, start: int) -> bool:
    """Does the list starting at ``start`` follow the name ending at ``after_name`` as its
    value: right after it, or handed over by a colon whose label is no other number's?"""
    before = text[after_name:start]
    if not before.strip():
        return True
    handed = _HANDED.search(before)
    if handed is None or ":" not in handed[0]:
        return False
    label = handed["label"] or ""
    return not (label and _OTHER_LABEL.fullmatch(label))
