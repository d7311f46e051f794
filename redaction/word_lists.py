"""A passphrase of many ordinary words, and how far it reaches.

Seed and recovery phrases (a wallet's 12 or 24 words), a diceware generator's output and a
sentence chosen as a passphrase are made of ordinary words, more of them than any other
rule reads as one value: "Die 24 Wörter vom Wallet-Backup: acid bamboo crane …",
"Wiederherstellungsschlüssel … lautet: zebra orbit velvet …", "diceware … kam raus: ajar
fact bias 1912 lorry tumult – …", "Die Borg-Passphrase ist ein Satz: Der Keller ist nass
und die Katze schläft – …". No word of such a value says it is one; its label does, and
the label also says what it is made of:

- ``word_list_runs``: a list of words announced by a count of words ("24 Wörter", "12
  words", "a 12-word phrase"), a seed, recovery or mnemonic phrase, or a word generator
  (diceware), then a colon or a connector ("lautet:", "is", "kam raus:"). The list is the
  run of words after it up to where the customer talks again (the line's or sentence's
  end, a dash, a comma, a question); only words, no more than a few small words among them
  (a sentence about the phrase has its pronouns and prepositions: "is on a paper in my
  drawer"), and as many as the count said when one was said.
- ``sentence_runs``: a password said to be a sentence ("ist ein Satz:", "is a sentence:")
  right before a colon: the sentence after the colon, whatever its words, up to its end;
  not a question, not words to the reader ("… sag ich Ihnen am Telefon").
- ``counted_runs``: a run after a password word and its connector, then a note with its
  count ("ist jetzt wir fahren nach Lodz — das sind vier Wörter"): the note's count of
  words before it is the value.
- ``noted_runs``: a run of words and a number right after a password word, then a note on
  its form ("Password Istanbul 1453 with space and capital I", "the wifi code is ringo
  starr 64 with spaces"): a note on spaces or capitals is said of a value.
"""

from __future__ import annotations

import re as stdre

import regex as re

from redaction import words

_I = re.IGNORECASE
# the literals every rule here needs (a count note or a form note needs a password word,
# which the pre-check has in its triggers already)
_HINT = stdre.compile(
    r"w(?:ö|oe)rter|words|-word|phrase|satz|sentence|diceware|mnemonic|ngsschl(?:ü|ue)ssel"
)
_FORM_HINT = stdre.compile(r"spaces?|leerzeichen|capital|großbuchstab|gross|groß")

_COUNTS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "fünfzehn": 15,
    "achtzehn": 18, "zwanzig": 20, "vierundzwanzig": 24,
}  # fmt: skip
_COUNT = r"(?:\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
_WORDS_NOUN = r"(?:words|wörter|woerter)"

# a list of words announced: by its count ("24 Wörter", "12 seed words", "12-word"), as a
# seed/recovery/mnemonic phrase, or as a word generator's output
_LIST_LABEL = re.compile(
    rf"(?<![\w\-])(?:(?P<n>{_COUNT})(?:[ \-]+[\w\-]{{2,20}})?[ \-]+{_WORDS_NOUN}"
    rf"|(?P<m>{_COUNT})-word"
    r"|(?:seed|recovery|mnemonic|backup|wallet|wiederherstellungs|notfall)[ \-]?"
    r"(?:phrase|phrasen|words|wörter|woerter|schlüssel|schluessel)"
    r"|mnemonic|diceware)(?!\w)",
    _I,
)
# its connector in the same sentence: a colon, "lautet", "is", "kam raus"
_LIST_CONN = re.compile(
    r"(?:[^\n.!?:]|[.!?](?=\S)){0,60}?"
    r"(?:(?<!\w)(?:lautet|lauten|lautete|lauteten|is|are|ist|sind|was|were|war|waren|"
    r"kam[ ]+raus|kamen[ ]+raus|came[ ]+out(?:[ ]+as)?|ergab|ergaben|gave(?:[ ]+me)?|"
    r"spuckte[ ]+aus|output)(?!\w)(?:[ ]*:)?|:)[ ]*\n?[ ]*",
    _I,
)
# a password said to be a sentence, then a colon: "ist ein Satz:", "is a whole sentence:"
_SENTENCE_LABEL = re.compile(
    r"(?<!\w)(?:ein(?:en)?|a|one)[ ]+(?:(?:ganzer|ganzen|langer|langen|kurzer|kurzen|"
    r"richtiger|richtigen|whole|long|short|full|complete|real)[ ]+)?"
    r"(?:satz|sentence|phrase|spruch|liedzeile|songzeile)[ ]*:[ ]*\n?[ ]*",
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
# a note on the value's form: "with space and capital I", "mit Leerzeichen"
_FORM_NOTE = re.compile(
    r"[ ]+\(?(?:with|mit)[ ]+(?:a[ ]+|an[ ]+|the[ ]+|einem[ ]+|den[ ]+)?"
    r"(?:spaces?|leerzeichen|capitals?|capital[ ]+letters?|großbuchstaben|großem|grossem|"
    r"großen|grossen)(?!\w)",
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
    """Whether a lower-cased text can hold a run these rules read (a cheap test first)."""
    return _HINT.search(low) is not None


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


def word_list_runs(text: str) -> list[tuple[int, int]]:
    """Lists of words after a label that announces them (module docstring)."""
    out: list[tuple[int, int]] = []
    for label in _LIST_LABEL.finditer(text):
        conn = _LIST_CONN.match(text, label.end())
        if conn is None:
            continue
        items, end, sign = _run(text, conn.end(), _RUN_WORD, 30)
        if len(items) < 3 or sign == "?":
            continue
        said = label.group("n") or label.group("m")
        count = _COUNTS.get(said.lower(), 0) if said and not said.isdigit() else int(said or 0)
        alpha = [w for w in items if not w.isdigit()]
        if len(alpha) < 3:
            continue
        exact = count >= 6 and len(items) == count
        small = sum(_small(w) for w in items)
        if not exact and (
            len(items) < (3 if count else 5)
            or (count and len(items) > count + 1)
            or _small(items[0])
            or small * 6 > len(items)
            or any(w.lower() in words.STATE_WORDS for w in items)
        ):
            continue
        out.append((conn.end(), end))
    return out


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


def noted_runs(text: str, low: str) -> list[tuple[int, int]]:
    """Words and a number after a password word, then a note on their form."""
    if _FORM_HINT.search(low) is None:
        return []
    out: list[tuple[int, int]] = []
    for note in _FORM_NOTE.finditer(text):
        for count in (2, 3, 4):
            span = _words_before(text, note.start(), count)
            if span is not None:
                out.append(span)
                break
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
