"""A passphrase of many ordinary words, and how far it reaches.

A sentence chosen as a passphrase, or a few words with a number, holds more words than
the rules after a password word read as one value, and small words among them ("Die
Borg-Passphrase ist ein Satz: Der Keller ist nass und die Katze schläft – …"). No word of
such a value says it is one; what is said about it does, and says where it ends:

- ``sentence_runs``: a password said to be a sentence ("ist ein Satz:", "is a sentence:")
  right before a colon: the sentence after the colon, whatever its words, up to where the
  customer talks again (its end, a dash, a comma); not a question, not words to the reader
  ("… sag ich Ihnen am Telefon", "… nicht").
- ``counted_runs``: a run after a password word and its connector, then a note with its
  count ("ist jetzt wir fahren nach Lodz — das sind vier Wörter"): that many words before
  the note are the value.
(A note on a value's form after it, "with space and capital I", "mit Leerzeichen", is read by
``password._strip_tail_notes`` at a clause's end.)

(A list of words announced as one, a seed or recovery phrase, "24 Wörter:", a diceware
output, is ``one_time_code.phrase_spans``'s.)
"""

from __future__ import annotations

import regex as re

from redaction import words

_I = re.IGNORECASE
_COUNTS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "fünfzehn": 15,
    "achtzehn": 18, "zwanzig": 20, "vierundzwanzig": 24,
}  # fmt: skip
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
_WORDS_NOUN = r"(?:words|wörter|woerter)"

# a password said to be a sentence, then a colon: "ist ein Satz:", "is a whole sentence:"
_SENTENCE_LABEL = re.compile(
    r"(?<!\w)(?:ein(?:en)?|a|one)[ ]+(?:(?:ganzer|ganzen|langer|langen|kurzer|kurzen|"
    r"richtiger|richtigen|whole|long|short|full|complete|real)[ ]+)?"
    r"(?:satz|sentence|phrase|spruch)[ ]*:[ ]*\n?[ ]*",
    _I,
)
_PW_WORD = re.compile(
    r"(?i)pass(?:phrase|wort|word|satz|sphrase)|kennwort|passwd|master[ \-]?key|(?<!\w)pw(?!\w)"
)
# a note with the count of words after a dash or a comma: "— das sind vier Wörter"
_COUNT_NOTE = re.compile(
    rf"[ ]*(?:[\-,][ ]*|\((?:[ ]*)?)(?:das|that|those|these|it|es)(?:'s|'re|[ ]+(?:sind|are|is|"
    rf"'re|waren|were))[ ]+(?P<n>{_COUNT})[ ]+{_WORDS_NOUN}(?!\w)",
    _I,
)
# a password word and its connector right before a run: "Das Kennwort ist jetzt ",
# "Password ", "the wifi code is "
_LEAD = re.compile(
    r"(?i)(?:pass(?:phrase|wort|word)|kennwort|passwd|(?<!\w)(?:pw|pwd|code))"
    r"(?:[ ]+(?:is|ist|lautet|was|war|now|jetzt|nun|also|einfach|simply|just))*[ ]*:?[ ]+\Z"
)
_RUN_WORD = re.compile(r"[^\W\d_]{2,20}|\d{1,4}")
_SENTENCE_WORD = re.compile(r"[^\W_][^\s,;:!?()\[\]\"„“”«»]{0,30}")
# where the customer talks again after a run: a dash, a comma, a sentence's end
_BOUNDARY = re.compile(r"[ ]*(?:[\-–—][ ]|[,;:)]|[.!?](?=\s|\Z)|\n|\Z)")
# words to the reader in a sentence after "ist ein Satz:": "… sag ich Ihnen am Telefon"
_TO_READER = frozenset(
    "ihnen euch you your dir sagen sag tell send schick schicke schreibe write nicht not "
    "kein keine never nie don't can't".split()
)


def might_hold(low: str) -> bool:
    """Whether a lower-cased text can hold a sentence or a counted run (substring tests:
    cheaper than one scan for all of them)."""
    return (
        "satz" in low
        or "sentence" in low
        or "phrase" in low
        or "spruch" in low
        or "words" in low
        or "wörter" in low
        or "woerter" in low
    )


def _run(text: str, pos: int, word: re.Pattern[str], most: int) -> tuple[list[str], int, str]:
    """The words from ``pos``, each one space apart, up to a boundary: (words, end, the
    boundary's first sign); no words when something else stands in the run."""
    items: list[str] = []
    end = pos
    while len(items) <= most:
        m = word.match(text, end)
        if m is None:
            return [], pos, ""
        items.append(m.group())
        end = m.end()
        b = _BOUNDARY.match(text, end)
        if b is not None:
            sign = b.group().strip()[:1]
            if sign == "." and word is _SENTENCE_WORD and text[end - 1] == ".":
                end -= 1  # the sentence word took its own full stop
            return items, end, sign or "\n"
        if not text.startswith(" ", end) or text.startswith("  ", end):
            return [], pos, ""
        end += 1
    return [], pos, ""


def _small(item: str) -> bool:
    return item.lower() in words.FUNCTION_WORDS


def sentence_runs(text: str) -> list[tuple[int, int]]:
    """A sentence after "(password) ist ein Satz:" (module docstring)."""
    out: list[tuple[int, int]] = []
    for label in _SENTENCE_LABEL.finditer(text):
        before = text[max(0, label.start() - 100) : label.start()]
        cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
        if _PW_WORD.search(before, cut + 1) is None:
            continue
        items, end, sign = _run(text, label.end(), _SENTENCE_WORD, 16)
        if len(items) < 3 or sign == "?":
            continue
        if any(w.lower().strip(".") in _TO_READER for w in items):
            continue
        out.append((label.end(), end))
    return out


def counted_runs(text: str) -> list[tuple[int, int]]:
    """The words before a note of their count, after a password word (module docstring)."""
    out: list[tuple[int, int]] = []
    for note in _COUNT_NOTE.finditer(text):
        said = note.group("n").lower()
        count = int(said) if said.isdigit() else _COUNTS.get(said, 0)
        if not 2 <= count <= 12:
            continue
        span = _words_before(text, note.start(), count, counted=True)
        if span is not None:
            out.append(span)
    return out


def _words_before(
    text: str, end: int, count: int, *, counted: bool = False
) -> tuple[int, int] | None:
    """The ``count`` words right before ``end``, each one space apart, when a password
    word and its connector stand right before them; a small word may open them when a
    note ``counted`` them ("wir fahren nach Lodz — das sind vier Wörter")."""
    parts = text[max(0, end - 40 * count) : end].split(" ")
    if len(parts) <= count:
        return None
    items = parts[-count:]
    if any(_RUN_WORD.fullmatch(w) is None or w.lower() in words.STATE_WORDS for w in items):
        return None
    small = sum(_small(w) for w in items)
    if (_small(items[0]) and not counted) or small > (count - 1) // 2 + (count >= 4):
        return None
    start = end - len(" ".join(items))
    if _LEAD.search(text, max(0, start - 60), start) is None:
        return None
    return start, end
