"""A dictated password's last piece, cut in half by its mask, joined to it.

A customer who dictates a password names its last piece as a word: "P as in Peter, 9,
lowercase x, ampersand, then the word lamp". The dictation reader's run stops before
"word" (a counted noun elsewhere: "4 words"), so the mask ended on "then the" and left
"word lamp" readable after it: a mask that eats half a phrase and shows the piece it
names. A password mask that ends on "the"/"das" right before "word X"/"Wort X" takes the
named word with it (X no function word: "das Wort im Handbuch" goes on as a sentence).
Only beside a mask the recognizers made already (a message with nothing masked, or no
"word"/"wort" in it, is never read here).
"""

from __future__ import annotations

import re

from redaction import words
from redaction.types import PASSWORD, Entity

# cheap literal gate: the word "word" must be in the text at all
_GATE = re.compile(r"(?i)\b(?:word|wort)\b")
# the words naming the last piece after the mask: "word lamp", "Wort Kerze"
_WORD_REST = re.compile(r"(?i)(?:word|wort)[ ]+([^\W_]{2,20})(?!\w)")
# a mask that ended on the article before them: "… then the"
_ENDS_ON_ARTICLE = re.compile(r"(?i)(?<![^\W\d_])(?:the|das)[ ]*\Z")


def joined(text: str, entities: list[Entity]) -> list[Entity]:
    """Masks that widen ``entities``' passwords over the piece their last words name
    (offsets in ``text``); empty when there is none."""
    if not any(e.type == PASSWORD for e in entities) or _GATE.search(text) is None:
        return []
    out: list[Entity] = []
    for e in entities:
        if (
            e.type == PASSWORD
            and text[e.end : e.end + 1] == " "
            and _ENDS_ON_ARTICLE.search(text, e.start, e.end) is not None
            and (m := _WORD_REST.match(text, e.end + 1)) is not None
            and m.group(1).lower() not in words.FUNCTION_WORDS
        ):
            out.append(Entity(PASSWORD, e.start, m.end(), e.score, e.recognizer))
    return out
