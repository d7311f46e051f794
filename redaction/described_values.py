"""A value spelled with the names of its letters, joined by hyphens ("Ha-ee-ell-ell-o").

A customer who fears the chat masks or mangles a value spells it as it is said aloud, each
letter by its name and each digit by its word: "zum Einloggen: Ha-ee-ell-ell-o",
"PIN: Ka-Ha-Vier-Zwo-Acht", "password: aitch-ee-el-el-oh". No word of it looks like a
secret, but the run's make-up does: items joined by hyphens, every one a letter's name
(German "Ha", "Ka", "Ell", "Zett"; English "aitch", "double-u"), a single character or a
digit's word, two of them at least a letter's name longer than the letter itself. A
hyphenated word ("Max-Planck-Straße", "Baden-Württemberg") or a dashed reference
("A-B-7-7") is none of that.

Spelling is how names are given too ("Em-ee-i-ee-er" for Meier), so the run is a secret only
when the message names what it is for before it: a password or PIN word (the password
recognizer's trigger spans) or logging in ("zum Einloggen", "to log in"), and no name,
address or order word stands right before it.
"""

from __future__ import annotations

import re

from redaction import resend, spoken
from redaction.spoken import DIGIT_WORDS

# the names of the letters, German (DIN 5009 read aloud) and English, as people write them
LETTER_NAMES = frozenset(
    """
    ah be beh ce ze zeh de deh ee eh ef eff ge geh ha hah ie jot ka kah el ell em emm en enn
    oh pe peh ku kuh qu er err es ess te teh uh vau fau we weh ix ypsilon zett zet äh öh üh
    eszett
    ay bee cee see dee gee aitch haitch eye jay kay pee cue queue ar are tee you vee
    double-u doubleyou ex wye why zed zee
    """.split()
)
# a run of four items or more joined by single hyphens, alone as a word
_RUN = re.compile(r"(?<![\w-])[^\W_]{1,7}(?:-[^\W_]{1,7}){3,23}(?![\w-])")
# what names the run's purpose before it: logging in, unlocking (not "login", a label of
# the user's name as often as of the password)
_PURPOSE = re.compile(
    r"(?i)(?<![^\W\d_])(?:einloggen|anmelden|log[ ]in|sign[ ]in|entsperren|unlock)"
    r"(?![^\W\d_])"
)
# a name's, an address's spelling: the words right before it say so
_NAME_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:vor|nach|sur|first[ ]|last[ ]|family[ ]|user[ ]?)?namen?"
    r"|heiße|heisse|called|straße|strasse|street|stadt|city|ort)(?![^\W\d_])"
)
_NAMED_REACH = 40
_MIN_NAMES = 2
# what else is spelled letter by letter and is no secret: a serial, a plate, a reference
_THING_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:serial|serien\w*|kennzeichen|plate|kfz|buchung\w*|booking"
    r"|reference|referenz\w*|vorgang\w*|aktenzeichen|produkt\w*|product|modell?|model"
    r"|gerät\w*|device|lizenz\w*|license|licence)(?![^\W\d_])"
)
_LINE_REACH = 200
# a digit or a sign said among the letters: names are spelled without them
_DIGIT_OR_SIGN = re.compile(
    r"(?i)\d|(?<![^\W\d_])(?:number|zahl|ziffer|exclamation|ausrufezeichen|hash|raute"
    r"|stern\w*|asterisk|dollar\w*|underscore|unterstrich|percent|prozent|ampersand"
    r"|question[ ]mark|fragezeichen|klammeraffe|at[ ]sign|bindestrich|hyphen|dash|punkt|dot"
    r"|null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zero|one|two|three"
    r"|four|five|six|seven|eight|nine)(?![^\W\d_])"
)
_MIN_CASED = 2
# a case said for a single letter, in the words that say nothing else ("capital S",
# "lowercase b", "großes A", "kleines b"; not "big", "small", "klein": words of their own)
CASED_LETTER_PATTERN = (
    r"(?<![^\W\d_])(?:capital|upper[ ]?case|lower[ ]?case|gro(?:ß|ss)e[smr]|kleine[smr])"
    r"[ ]+[^\W\d_](?![^\W\d_])"
)
_CASED_LETTER = re.compile(CASED_LETTER_PATTERN, re.IGNORECASE)
#: The pre-check's fragment for ``cased_runs``: two letters said with their case, as close
#: as a run holds them (not the gap of the pre-check's two-words-with-a-number fragments:
#: its cheap test of that shape asks for a digit and a case-bound word).
CASED_PAIR_FRAGMENT = CASED_LETTER_PATTERN + rf"[\s\S]{{0,{_LINE_REACH}}}?" + CASED_LETTER_PATTERN
#: Literals one of which every match of ``CASED_LETTER_PATTERN`` holds (lower-cased).
CASED_HINTS = ("capital", "case", "groß", "gross", "kleine")


def _spelled_by_names(run: str) -> bool:
    """Every item a letter's name, a character or a digit's word; two names at least."""
    items = run.lower().replace("double-u", "doubleyou").split("-")
    if len(items) < 4:
        return False
    names = 0
    for item in items:
        if item in LETTER_NAMES:
            names += 1
        elif not (len(item) == 1 or item in DIGIT_WORDS):
            return False
    return names >= _MIN_NAMES


def letter_name_run(text: str) -> tuple[int, int] | None:
    """The first value in ``text`` spelled by its letters' names, whatever surrounds it
    (for callers that know the secret is being spelled: after a complaint of masking, a
    word for spelling)."""
    if text.count("-") < 3:
        return None
    for m in _RUN.finditer(text):
        if _spelled_by_names(m.group()):
            return m.span()
    return None


def letter_name_runs(text: str, said: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of values spelled by their letters' names in ``text``, after a password
    or PIN word (``said``: the trigger spans) or a word for logging in."""
    if text.count("-") < 3:
        return []  # the cheap test first: a run holds three hyphens at least
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        if not _spelled_by_names(m.group()):
            continue
        start = m.start()
        named = any(end <= start for _, end in said) or (
            _PURPOSE.search(text, 0, start) is not None
        )
        if not named:
            continue
        if _names_thing(text, start):
            continue
        out.append(m.span())
    return out


def _names_thing(text: str, start: int) -> bool:
    """Whether the words right before ``start`` name a thing spelled that is no secret."""
    before = text[max(0, start - _NAMED_REACH) : start]
    return (
        resend.names_other(before)
        or _NAME_BEFORE.search(before) is not None
        or _THING_BEFORE.search(before) is not None
    )


def cased_runs(text: str) -> list[tuple[int, int]]:
    """Values dictated letter by letter with their cases, in a message that names no
    password ("it was: lowercase b, lowercase l, number 4, lowercase z, …, exclamation"):
    two letters said with their case at least and a digit or a sign among them (a name is
    spelled without either: "großes S, c, h, m, i, d, t"), not after words that name what
    is spelled (a name, an address, an order, a serial)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CASED_LETTER.finditer(text):
        if m.start() < pos:
            continue
        line_end = text.find("\n", m.start())
        stop = min(len(text) if line_end < 0 else line_end, m.start() + _LINE_REACH)
        span = spoken.run_at(text, m.start(), stop)
        if span is None:
            continue
        pos = span[1]
        run = text[span[0] : span[1]]
        if len(_CASED_LETTER.findall(run)) < _MIN_CASED:
            continue
        if _DIGIT_OR_SIGN.search(run) is None or _names_thing(text, span[0]):
            continue
        out.append(span)
    return out
