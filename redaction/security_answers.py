"""A security question's answer given in one message: "Sicherheitsfrage war der Name meines
ersten Hundes: Bello", "security question: mother's maiden name — it's Pemberton".

The answer to a security question is a password (it unlocks the account), however plain the
word. In a conversation the question may come from the agent (``redaction.continuation``);
here the customer names the question and answers it in the same sentence: the question word,
what it asks (or nothing), a colon or a dash, maybe "it's"/"ist", then one to three words
closing the clause. A question ("Sicherheitsfrage: Lieblingsfarbe?"), a word of the kind
the question asks for ("…: Name", "…: Geburtsort") and a lower-case word of prose ("…: weiß
ich nicht mehr") are no answer.
"""

from __future__ import annotations

import re

_QUESTION = r"(?:sicherheitsfrage|security[ ]question|secret[ ]question|geheimfrage)"
#: An answer's word: a name (capitalised), a number, a word with digits.
_WORD = r"(?:[A-ZÄÖÜ](?:[\w'’\-]|\.(?=\w))*|\d[\w\-]*)"
_SAID = r"(?:it's|it’s|it is|its|the answer is|answer is|die antwort ist|das ist|ist|war|was)"
_ANSWER = re.compile(
    rf"(?i:{_QUESTION})(?P<about>[^.!?\n—–]{{0,80}}?)"
    rf"(?:[ ]*[:：][ ]*|[ ]+[—–-][ ]+)(?P<said>(?i:{_SAID})[ ]+)?"
    rf"(?P<v>{_WORD}(?:[ ]{_WORD}){{0,2}})"
    # the answer closes its clause (not "…: Lieblingsfarbe?", a question named)
    r"(?=[ ]*(?:[.!,;)]|\Z|\n))"
)
#: What a security question asks for, named instead of answered.
_KINDS = frozenset(
    """
    name namen vorname nachname geburtsort geburtsname mädchenname lieblingsfarbe
    lieblingsessen haustier schule stadt ort city school pet colour color birthplace
    """.split()
)


#: Words that open a kind's name: "Lieblingsfarbe", "favourite colour", "Geburtsjahr"
_KIND_STEMS = ("lieblings", "favorite", "favourite", "geburts", "mädchen", "first", "erste")
#: The reader's possessives: a question put to them, not its answer
_ASKING = frozenset("ihres ihrer ihre ihren ihrem your deines deiner deine deinen".split())


def may_name_question(text: str) -> bool:
    """Could ``text`` name a security question? Plain tests, no call inside: every message
    the password rules read passes here ("Sicherheitsfrage", "SicherheitsFrage", "Security
    Question"; "storage" passes too, ``answer_spans`` tells them apart)."""
    return "rage" in text or "uestion" in text or "RAGE" in text or "UESTION" in text


def answer_spans(text: str) -> list[tuple[int, int]]:
    """Spans of security answers the message gives after naming the question."""
    low = text.lower()
    # (three tests, no generator: this runs on every message the password rules read)
    if "sicherheitsfrage" not in low and "question" not in low and "geheimfrage" not in low:
        return []
    spans = []
    for m in _ANSWER.finditer(text):
        tokens = m.group("v").lower().split()
        if tokens[0] in _KINDS or tokens[0].startswith(_KIND_STEMS):
            continue  # "Sicherheitsfrage: Lieblingslehrer", "…: Geburtsort Ihres Vaters"
        if any(t in _ASKING for t in tokens):
            continue  # "…: Name Ihres ersten Haustiers": the question put to the reader
        if not m.group("about").strip() and m.group("said") is None:
            continue  # "Sicherheitsfrage: Lehrer" names the question as often as it answers
        spans.append(m.span("v"))
    return spans
