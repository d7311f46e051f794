"""Text normalisation before detection, with an exact map back to the original offsets.

Customers (and copy-paste) hide secrets behind look-alike characters: full-width forms
(``ｐａｓｓｗｏｒｄ：x``), zero-width spaces and soft hyphens inside a card number, em or
ideographic spaces, the minus sign as a dash. The recognizers see one canonical spelling:

- every character is NFKC-normalised on its own (so each output character maps to exactly
  one input character; full-width forms become ASCII, ligatures expand);
- zero-width characters, the soft hyphen and other invisible format characters are removed;
- every dash variant becomes ``-`` and every space variant (tabs included) becomes `` ``;
  a long (em) dash becomes `` - ``: ``pw—Foxglove!12`` (a phone keyboard's long dash) is a
  word, a separator and a value, not one hyphenated token such as ``Passwort-Manager``;
- every decimal digit of any script (Arabic-Indic ``٤``, Devanagari, NKo …) becomes its
  ASCII digit: a card typed in them is still a card, and the digit arithmetic (Luhn)
  downstream may count on ``0``–``9``;
- ``\r\n`` and a lone ``\r`` become ``\n``;
- an HTML mail's or editor's leftovers are read as the text they render: ``&nbsp;`` and the
  other common entities as their character, a line break or block tag (``<br>``, ``<p>``,
  ``</div>``) as ``\n``, an inline tag (``<b>``, ``<span style=…>``) as nothing; only
  tags of HTML's own names, so ``<your-token>`` and ``<password>`` stay as typed;
- a backslash before a double quote is dropped: JSON escaped inside a JSON string (a HAR
  file's request body, a log's payload: ``"{\\"password\\":\\"x\\"}"``) reads as JSON;
- a word that mixes Latin letters with Cyrillic or Greek look-alikes (``раssword`` with a
  Cyrillic ``р`` and ``а``) is read in Latin: each look-alike becomes its Latin letter, one
  character for one; so is a word of look-alikes alone (``РІΝ``) when no Cyrillic or Greek
  letter without a Latin twin is in the message. A word with such a letter (``пароль``,
  ``κωδικός``), and every word of a message holding one, is real Cyrillic or Greek and
  stays as it is.

``Normalized.span(start, end)`` maps a span of the normalised text back to the smallest span
of the original that covers the same characters (a property test checks this on arbitrary
text). Plain ASCII text, the common case, is returned as is with an identity map.
"""

from __future__ import annotations

import re as stdre
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from redaction.recognizers.base import literal_trie

#: Removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen, and the other
#: invisible formatting characters people paste from documents.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
#: Every dash: hyphens, figure/en/em dashes, the minus sign, small and full-width forms.
DASHES = frozenset(
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d\u058a"
    "\u1806\u2e17\u301c\u30a0"
)
#: Long dashes, which nobody types inside a compound word: they separate what they join.
LONG_DASHES = frozenset("\u2014\u2015")

#: Cyrillic and Greek letters drawn like a Latin one, and that letter (the pairs a mixed-up
#: keyboard layout or a spoofer produces; one character each, so offsets stay put).
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХУІЈЅԚԜαονρικτυΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwhlABEKMHOPCTXYIJSQWaovpiktuABEZHIKMNOPTYX",
)
_LOOK_ALIKE_SET = frozenset(chr(c) for c in _LOOK_ALIKES)
_LOOK_ALIKE = re.compile("[" + "".join(chr(c) for c in _LOOK_ALIKES) + "]")
# a word holding a look-alike: letters of any script around it
_WORD_AROUND = re.compile(r"[^\W\d_]+")
# a Cyrillic or Greek letter with no Latin twin: the message holds real Cyrillic or Greek
_OTHER_SCRIPT = re.compile(
    "[[\u0370-\u03ff\u0400-\u052f]--[" + "".join(chr(c) for c in _LOOK_ALIKES) + "]]",
    re.VERSION1,
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised ``text`` and, per character of it, its source offset in ``original``."""

    original: str
    text: str
    # None: text[i] comes from original[i] (identity, or look-alikes read in Latin);
    # otherwise source[i] = original offset of text[i].
    source: tuple[int, ...] | None
    # Where text[i]'s source ends, when one character stands for several ("&amp;" read
    # as "&"); None: it ends right after source[i].
    source_end: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised ``[start, end)`` (end exclusive)."""
        src = self.source
        if src is None:
            return start, end
        if end <= start:
            pos = src[start] if start < len(src) else len(self.original)
            return pos, pos
        if self.source_end is not None:
            return src[start], self.source_end[end - 1]
        return src[start], src[end - 1] + 1


@lru_cache(maxsize=4096)
def _char(ch: str) -> str:
    if ch in INVISIBLE:
        return ""
    if ch in LONG_DASHES:
        return " - "  # "pw—x": word, separator, value (context-free: a substring maps alike)
    if ch in DASHES:
        return "-"
    if ch == "\t" or (ch != "\n" and ch != "\r" and unicodedata.category(ch) == "Zs"):
        return " "
    out = unicodedata.normalize("NFKC", ch)
    if len(out) == 1 and out in DASHES:
        return "-"
    # NFKC turns some compatibility characters into spaces with marks; keep them readable.
    return "".join(_plain(c) for c in out)


def _plain(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Zs":
        return " "
    if category == "Nd":
        return str(unicodedata.decimal(ch))
    return ch


def _stable(text: str) -> bool:
    """No character of ``text`` changes (umlauts, accents, emoji: most non-ASCII chat);
    each distinct one is asked once, instead of building the offset map to find out."""
    return all(_char(ch) == ch for ch in set(_NON_ASCII.findall(text)))


_NON_ASCII = stdre.compile(r"[^\x00-\x7f]")  # (``_stable`` asks only these characters)


def _latin_look_alikes(text: str) -> str:
    """``text`` with each word of Latin letters and Cyrillic or Greek look-alikes spelled in
    Latin (the same length: a character for a character)."""
    if _LOOK_ALIKE_SET.isdisjoint(text):  # a set test: most non-ASCII chat has none
        return text
    # in a message of Latin script, a word of look-alikes alone is spoofed too ("РІΝ: 4471");
    # beside real Cyrillic or Greek it may be a word of its own ("сахар")
    alone = _OTHER_SCRIPT.search(text) is None
    parts: list[str] = []
    pos = 0
    for m in _WORD_AROUND.finditer(text):
        word = m.group()
        if _LOOK_ALIKE.search(word) is None:
            continue
        latin = word.translate(_LOOK_ALIKES)
        # only a word that reads wholly in Latin once folded, a Latin letter among its own
        if latin.isascii() and latin != word and (alone or any(c.isascii() for c in word)):
            parts.append(text[pos : m.start()])
            parts.append(latin)
            pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# HTML leftovers of a pasted mail or rich editor (``_html``): common entities, and tags of
# HTML's own names (block tags break the line; inline ones vanish). "&lt;" and "&gt;" stay:
# read as "<" and ">" they would open tags inside an escaped value ("p6J&lt;]fm…").
_ENTITIES = {
    "&nbsp;": " ", "&#160;": " ", "&#xa0;": " ", "&amp;": "&",
    "&quot;": '"', "&#39;": "'", "&apos;": "'", "&#8203;": "",
}  # fmt: skip
_BLOCK_TAGS = "br|p|div|li|tr|td|th|ul|ol|table|tbody|h[1-6]|blockquote|hr"
_INLINE_TAGS = "b|i|u|s|em|strong|span|font|a|small|big|sub|sup|code|pre|mark|o:p"
_HTML = re.compile(
    r'(?i)\\(?=")|&(?:nbsp|amp|quot|apos|#160|#xa0|#39|#8203);'
    rf"|<(?P<close>/)?(?:(?P<block>{_BLOCK_TAGS})|{_INLINE_TAGS})"
    r"(?:\s+[a-z\-:]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))?)*\s*/?>"
)


def _html(text: str) -> Normalized | None:
    """``text`` with its HTML leftovers read (see the module docstring), or None when it
    has none (the common case: no ``&`` or ``<`` at all)."""
    if "&" not in text and "<" not in text and '\\"' not in text:
        return None
    parts: list[str] = []
    source: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _HTML.finditer(text):
        parts.append(text[pos : m.start()])
        source.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        token = m.group()
        if token == "\\":
            rep = ""  # JSON escaped inside JSON (a HAR file's body): '{\"password\":\"x\"}'
        elif token.startswith("&"):
            rep = _ENTITIES[token.lower()]
        else:
            rep = "\n" if m.group("block") else ""
        parts.append(rep)
        source.extend([m.start()] * len(rep))
        ends.extend([m.end()] * len(rep))
        pos = m.end()
    if pos == 0:
        return None
    parts.append(text[pos:])
    source.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Normalized(text, "".join(parts), tuple(source), tuple(ends))


#: The cue words a damaged copy is repaired for (a closed class: the words that name a
#: password in the languages read, as one word).
_CUE_WORDS = ("password", "passwort", "kennwort", "passphrase")
# a cue word letter-spaced by a PDF's copy ("p a s s w o r d :"); the value after it, when
# letter-spaced the same, is read joined too ("S i l v e r 9 9", up to the double space)
_SPACED_CUE = stdre.compile(
    r"(?i)(?<!\S)(?P<cue>"
    + "|".join("[ ]".join(w) for w in _CUE_WORDS)
    + r")(?![^\W\d_])(?:(?P<colon>[ ]?:)(?:[ ]{1,3}(?P<v>[^\s:](?:[ ][^\s:]){2,63})(?!\S))?)?"
)
# a cue word split by one stray space inside it ("pas sword", "Passw ort"; not at its
# compound's seam, "pass word" and "Kenn wort", which the readers take as two words)
_SPLIT_FORMS = tuple(
    f"{w[:i]} {w[i:]}"
    for w in _CUE_WORDS
    for i in range(2, len(w) - 1)
    if i != 4 and not (w == "passphrase" and i == 4)
)
_SPLIT_CUE = stdre.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(_SPLIT_FORMS) + r")(?![^\W\d_])")
# OCR's look-alikes in a cue word: "vv" read for "w", "cl" for "d" ("passvvord", "Kennvvort")
_OCR_CUE = stdre.compile(
    r"(?i)(?<![^\W\d_])(?:[^\W\d_]{0,12}?)(?:pass|kenn)(?:vv|w)or(?:d|t|cl)(?![^\W\d_])"
)
# a cue word glued to its neighbours by a broken space bar: "passwordisBlackbird42",
# "mypasswordisTiger77", "meinpasswortistBello2015" (the value after the glued verb opens
# with a capital or a digit, where the space was)
_GLUED_CUE = stdre.compile(
    r"(?i)(?<![^\W\d_])(?P<own>my|mein)?(?P<cue>password|passwort|kennwort)"
    r"(?P<verb>is|ist|lautet)(?-i:(?=[A-Z0-9]))"
)


#: Literals every non-identity repair holds (case aside): a letter-spaced cue's head, a split
#: cue itself, OCR's "vv" anywhere in its word or "cl" closing it, a cue glued to its verb.
#: A cue word undamaged ("password" matches ``_OCR_CUE`` too) repairs nothing, so a text
#: without one of these is returned as it is after one scan, not four.
_DAMAGED_LITERALS = literal_trie(
    (
        "p a s s",
        "k e n n",
        *_SPLIT_FORMS,
        "vv",
        "orcl",
        *(f"{c}{v}" for c in ("word", "wort") for v in ("is", "lautet")),
    )
)
_DAMAGED_SCAN = stdre.compile(_DAMAGED_LITERALS, stdre.IGNORECASE)
#: ... the same literals (all lower-case) in the lower-cased text: the same answer wherever
#: a character matches a literal's letter case-blind exactly when its lower case is that
#: letter, which holds for every character but these three (the engine matches "İ" and "ı"
#: to "i", "ſ" to "s"; "İ" lower-cases to two characters); a case-blind scan costs several
#: times the plain one (round 54)
_DAMAGED_SCAN_LOW = stdre.compile(_DAMAGED_LITERALS)


def _repaired_cues(text: str, low: str) -> Normalized | None:
    """``text`` with its damaged cue words read whole (see the patterns above), or None
    when it has none: a cue word damaged in a copy, a scan or a typing still names the value
    after it (round 53). Each character kept maps to itself; a look-alike pair read as one
    letter spans both; a space put back where the space bar failed spans nothing. (``normalize``
    asks it only of a text whose lower case ``low`` holds one of the gate's literals.)"""
    if text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text):
        if _DAMAGED_SCAN_LOW.search(low) is None:
            return None  # ("token", "password" whole: the four scans would repair nothing)
    elif _DAMAGED_SCAN.search(text) is None:
        return None
    edits: list[tuple[int, int, list[tuple[str, int, int]]]] = []
    for m in _SPACED_CUE.finditer(text):
        for group in ("cue", "colon", "v"):
            if m.group(group) is not None:
                gs, ge = m.span(group)
                chars = [(text[i], i, i + 1) for i in range(gs, ge) if text[i] != " "]
                edits.append((gs, ge, chars))
    for rx in (_SPLIT_CUE, _OCR_CUE):
        for m in rx.finditer(text):
            chars = []
            i = m.start()
            while i < m.end():
                pair = text[i : i + 2].lower()
                if pair in ("vv", "cl") and (pair == "vv" or i + 2 == m.end()):
                    chars.append(("w" if pair == "vv" else "d", i, i + 2))
                    i += 2
                    continue
                if text[i] != " ":
                    chars.append((text[i], i, i + 1))
                i += 1
            edits.append((m.start(), m.end(), chars))
    for m in _GLUED_CUE.finditer(text):
        chars = []
        for group in ("own", "cue", "verb"):
            if m.group(group) is not None:
                gs, ge = m.span(group)
                if chars:
                    chars.append((" ", gs, gs))
                chars.extend((text[i], i, i + 1) for i in range(gs, ge))
        chars.append((" ", m.end(), m.end()))
        edits.append((m.start(), m.end(), chars))
    if not edits:
        return None
    edits.sort()
    parts: list[str] = []
    source: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, chars in edits:
        if start < pos:
            continue  # (one edit inside another's reach: the first one read stands)
        parts.append(text[pos:start])
        source.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        for ch, s, e in chars:
            parts.append(ch)
            source.append(s)
            ends.append(e)
        pos = end
    parts.append(text[pos:])
    repaired = "".join(parts)
    if repaired == text:
        return None  # ("p a s s w o r d" alone in a line of its own kind: nothing joined)
    source.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Normalized(text, repaired, tuple(source), tuple(ends))


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for detection (see the module docstring)."""
    low = text.lower()
    # (every damaged form keeps one of these literals: most messages skip the scans, and
    # the call; round 54 — "ke n" and "pa s" for the split forms "ke nnwort", "pa ssphrase",
    # which hold none of the other five)
    if not (
        "pas" in low
        or "ssw" in low
        or "ken" in low
        or "p a" in low
        or "k e" in low
        or "ke n" in low
        or "pa s" in low
    ):
        if (
            text.isascii()
            and "&" not in text
            and "<" not in text
            and '\\"' not in text
            and "\t" not in text
            and "\r" not in text
        ):
            # most chat: ASCII with no HTML leftover (``_html``'s gate), no tab and no CR
            # (``_normalize``'s): ``_read`` would return it as is, after three calls (round 54)
            return Normalized(text, text, None)
        return _read(text)
    cues = _repaired_cues(text, low)
    if cues is not None:
        inner = _read(cues.text)
        outer, outer_end = cues.source, cues.source_end
        assert outer is not None and outer_end is not None
        inner_src = inner.source
        at = range(len(inner.text)) if inner_src is None else inner_src
        inner_end = inner.source_end
        return Normalized(
            text,
            inner.text,
            tuple(outer[i] for i in at),
            tuple(
                outer_end[(inner_end[k] - 1) if inner_end is not None else at[k]]
                for k in range(len(at))
            ),
        )
    return _read(text)


def normalize_unrepaired(text: str) -> Normalized:
    """``normalize`` without reading damaged cue words whole: the password model's training
    reads its corpora so, as its committed weights were fitted (a retrain on the repaired
    texts moves 8 of 6,046 positives; left for a round that retrains and rescores)."""
    return _read(text)


def _read(text: str) -> Normalized:
    """``normalize`` once the damaged cue words are read."""
    html = _html(text)
    if html is not None:
        # the characters left, normalised in turn; offsets compose through both maps
        inner = _read(html.text)
        outer, outer_end = html.source, html.source_end
        assert outer is not None and outer_end is not None
        inner_src = inner.source
        at = range(len(inner.text)) if inner_src is None else inner_src
        return Normalized(
            text, inner.text, tuple(outer[i] for i in at), tuple(outer_end[i] for i in at)
        )
    norm = _normalize(text)
    if text.isascii():
        return norm
    latin = _latin_look_alikes(norm.text)
    if latin is norm.text:
        return norm
    return Normalized(text, latin, norm.source)


def _normalize(text: str) -> Normalized:
    """``normalize`` without the look-alike reading."""
    if "\t" not in text and "\r" not in text and (text.isascii() or _stable(text)):
        return Normalized(text, text, None)
    parts: list[str] = []
    source: list[int] = []
    changed = False
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "\r":  # CRLF and lone CR (mail, Windows clipboards) are one line break
            rep = "" if i + 1 < n and text[i + 1] == "\n" else "\n"
        else:
            rep = ch if ch.isascii() and ch != "\t" else _char(ch)
        if rep != ch:
            changed = True
        parts.append(rep)
        source.extend([i] * len(rep))
    if not changed:
        return Normalized(text, text, None)
    return Normalized(text, "".join(parts), tuple(source))
