"""An exchange retold in one message: the other side's question, then the customer's answer.

"Agent: what's the code on the back?⏎Me: 381", "Bot: Please enter the 3-digit security
code.⏎Customer: its 6 0 9", "you want the expiry? month 4, year 2029", "Gültig bis? -> Ende
Dezember 2026", "re your question about the expiry - 11/27": the message carries the question
the chat server keeps for the message that answers one (``Continuation.asked``), and its
answer is read as that message would be, by a ``Continuation`` asked that question.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redaction.continuation import (
    CUE_MAX,
    Continuation,
    asks_for_secret,
    may_answer,
    question_of,
)
from redaction.engine import Redactor
from redaction.types import Entity

#: Who the other side is, by a line's label ("Agent:", "Bot:", "Support >", "Mitarbeiterin
#: (Chat):"), and the customer ("Me:", "Ich:", "Kunde:").
_OTHER_NAMES = (
    r"agent(?:in)?|bot|chat-?bot|support|service|kundenservice|kundendienst|mitarbeiter(?:in)?"
    r"|hotline|assistant|assistent(?:in)?|operator|berater(?:in)?"
)
_OWN_NAMES = r"me|ich|i|customer|kunde|kundin|client|answer|antwort"
#: (a remark after the name: "Support (Chat):")
_LABEL_END = r"[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*[:>]"
#: A line the other side spoke.
_OTHER_SPEAKER = re.compile(rf"(?im)^[ \t]*(?:{_OTHER_NAMES}){_LABEL_END}[ \t]*(?=\S)")
#: The customer's own label before the answer.
_OWN_SPEAKER = re.compile(rf"(?i)[ \t]*(?:{_OWN_NAMES})[ \t]*[:>][ \t]*(?=\S)")
#: A line that opens with a speaker's label, either side's (most texts have none: the
#: lines are split only for one that has).
_LABELLED_LINE = re.compile(rf"(?im)^[ \t]*(?:{_OTHER_NAMES}|{_OWN_NAMES}){_LABEL_END}")
#: The customer's label after the other side's question on one line ("Agent: the codes? Me:").
_INLINE_OWN = re.compile(r"(?i)(?<=[?.!])[ \t]+(?:me|ich|customer|kunde|kundin)[ \t]*:[ \t]*")
#: A question retold at a line's start, then its answer on the same line: the other side's
#: words echoed ("you want the expiry? month 4, year 2029", "Sie meinen die PIN? 0815") or a
#: few words of it ("Gültig bis? -> Ende Dezember 2026", "the code? 804 113") — not the
#: customer's own question before a remark ("Where do I find my Wi-Fi key? The sticker is
#: gone").
_ASKED_THEN = re.compile(
    r"(?im)^[ \t]*(?P<q>(?:(?:you|u)[ \t]+(?:want|need|mean|asked(?:[ \t]+for)?)"
    r"|(?:sie|du)[ \t]+(?:wollen|willst|brauchen|brauchst|meinen|meinst|fragten[ \t]+nach))"
    r"[^\n?]{0,60}\?"
    r"|(?!(?:wh\w*|how|wie|wo|was|warum|wann|welche\w*|can|could|is|are|do|does|did|kann"
    r"|können|ist|sind|gibt)\b)[^\s?]+(?:[ \t]+[^\s?]+){0,2}\?)(?!\?)"
    r"[ \t]*(?:->|→|=>|[:–—-])?[ \t]*(?=\S)"
)
#: The question named as the other side's ("re your question about the expiry - 11/27",
#: "Ihre Frage nach dem Ablaufdatum: steht 11 / 26 drauf").
_YOUR_QUESTION = re.compile(
    r"(?im)^[ \t]*(?P<q>(?:re:?[ \t]+)?(?:your|ihre|deine|eure)[ \t]+(?:question|frage)\b"
    r"[^\n:?–—]{0,60}?)[ \t]*(?:->|→|[:–—]|[ \t]-)[ \t]*(?=\S)"
)


def retold_answers(redactor: Redactor, text: str, found: list[Entity]) -> list[Entity]:
    """What the answers to the questions ``text`` retells give beyond ``found`` (the engine
    asks only for a text with a question mark, a colon, a ">" or a question named)."""
    if len(text) > 4 * CUE_MAX:
        return []
    new: list[Entity] = []

    def take(entities: list[Entity], start: int) -> None:
        for e in entities:
            at = replace(e, start=e.start + start, end=e.end + start)
            if not any(o.start < at.end and at.start < o.end for o in found + new):
                new.append(at)

    turns = _turns(text) if _LABELLED_LINE.search(text) else []
    if sum(own for own, _, _ in turns) and len(turns) > 1:
        # a chat retold line by line: its lines read as the chat server reads the messages
        thread = Continuation(redactor)
        read: list[int] = []  # where the customer's lines read so far start
        for own, start, end in turns:
            said = text[start:end]
            if own:
                take(thread.redact(said).entities, start)
                # lines a later one showed to be secrets ("4 9 1 6" ⏎ … ⏎ "1 9 0 7")
                for back, again in thread.amended:
                    if back <= len(read):
                        take(again.entities, read[-back])
                read.append(start)
            elif (asked := question_of(said)) is not None:
                thread.asked(asked)
    for question, start, end in _asked_then(text):
        if not may_answer(text[start:end]):
            continue
        asked = question_of(question)
        if asked is None or not asks_for_secret(asked):
            continue
        thread = Continuation(redactor)
        thread.asked(asked)
        take(thread.redact(text[start:end]).entities, start)
    return new


def _turns(text: str) -> list[tuple[bool, int, int]]:
    """The lines of a chat retold with its speakers' labels: whether each is the customer's
    own (an unlabelled line after the other side's is its answer), and the span of what it
    says; empty when no line is labelled. "Agent: the codes? Me: first one is …" parts one
    line in two."""
    turns: list[tuple[bool, int, int]] = []
    labelled = False
    at = 0
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        if other := _OTHER_SPEAKER.match(text, start, end):
            labelled = True
            own = _INLINE_OWN.search(text, other.end(), end)
            turns.append((False, other.end(), own.start() if own else end))
            if own:
                turns.append((True, own.end(), end))
        elif own := _OWN_SPEAKER.match(text, start, end):
            labelled = True
            turns.append((True, own.end(), end))
        elif line.strip() and turns and not turns[-1][0]:
            turns.append((True, start, end))
    return turns if labelled else []


def _asked_then(text: str) -> list[tuple[str, int, int]]:
    """The questions retold at an unlabelled line's start, each with its answer's span."""
    found = []
    for pattern in (_ASKED_THEN, _YOUR_QUESTION):
        for m in pattern.finditer(text):
            if _OTHER_SPEAKER.match(text, m.start()) or _OWN_SPEAKER.match(text, m.start()):
                continue  # (a speaker's line: read as a turn)
            end = text.find("\n", m.end())
            found.append((m["q"], m.end(), len(text) if end < 0 else end))
    return found
