"""Codes written digit by digit with a sign between (round 48, r48-pw).

A keypad's, a lock's or an alarm's code is often written as it is pressed: "Tresor-Code:
7·3·9·1·4", "Zahlencode … ist 3-9-1-7", "PIN … No, 4: 8-2-0-6", "Tür-Code 7 3 5 9",
"for the bike lock: 3-1-4-1", "Key … ist 1-9-8-4-#". The digits' shape is no number the
rules read (a number holds no signs), so such a code passed even right after its word.

A value here: four to eight single digits (a last "#" or "*" too) parted by one sign used
throughout (a middle dot, a bullet, a hyphen or a space), standing alone, with a word that
names a code, a PIN, a password or a lock before it in its sentence. Not a value: dots
(an address, a version: "1.2.3.4"), slashes (a date), a run inside a longer number, a
sentence with no such word ("Schritte 1-2-3-4 der Anleitung").
"""

from __future__ import annotations

import re

#: the cheap test: four digits parted by one sign
_RUN_HINT = re.compile(r"\d[·•\- ]\d[·•\- ]\d[·•\- ][\d#*]")
_RUN = re.compile(
    r"(?<![\w.\-·•/,])(?<!\d[ ])(?P<v>\d(?P<sep>[·•\- ])\d(?:(?P=sep)\d){2,6}(?:(?P=sep)[#*])?)"
    r"(?![\w\-·•/]|[ ]\d|[.,]\d)"
)
#: a word that names a code, a PIN, a password or a lock (in its sentence, before the run)
_NAMED = re.compile(
    r"(?i)code|(?<![a-z])(?:pin|key)(?![a-z])|pass|kennw|geheimzahl|schloss|lock|tresor|safe"
    r"|zahlenschloss|alarm"
)
_REACH = 80
#: The literals one of which every ``_NAMED`` match holds (the pre-check's hints; a test
#: checks the containment).
NAMED_LITERALS: tuple[str, ...] = (
    "code", "pin", "key", "pass", "kennw", "geheimzahl", "schloss", "lock", "tresor", "safe",
    "alarm",
)  # fmt: skip
#: The pre-check's fragment (``password.PRECHECK_PATTERNS``): a naming word, then the run's
#: cheap test at most ``_REACH`` characters on (the word ends before the run, in reach)
PRECHECK_FRAGMENT = rf"(?:{'|'.join(NAMED_LITERALS)})[\s\S]{{0,{_REACH}}}?(?:{_RUN_HINT.pattern})"
#: a code that is no secret: a place's, a product's, an offer's, an error's
_OTHER_CODE = re.compile(
    r"(?i)(?<![a-z])(?:zip|postal|post|area|country|promo|discount|voucher|coupon|gutschein"
    r"|rabatt|product|produkt|artikel|error|fehler|qr|source|bar|tracking|order|bestell|dial"
    r"|colou?r|farb|bank|sort|swift)[ \-]?code"
)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|\Z)|\n\s*\n")


def gate(text: str) -> bool:
    """Whether ``text`` may hold such a code (one scan)."""
    return _RUN_HINT.search(text) is not None


def values(text: str) -> list[tuple[int, int]]:
    """Spans of codes written digit by digit, named by a word before them."""
    found: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        lo = max(0, m.start() - _REACH)
        before = text[lo : m.start()]
        stops = list(_SENTENCE_STOP.finditer(before))
        if stops:
            before = before[stops[-1].end() :]
        # (a zip, area or product code names no secret: "my zip code is 9 4 1 0 3")
        if _NAMED.search(_OTHER_CODE.sub(" ", before)) is not None:
            found.append(m.span("v"))
    return found
