"""A secret sent as the message after its lead-in: "my password is" ⏎ "Sommer 2024!".

Chat customers press Enter mid-sentence, and the second message, read alone, is a word and
a year. ``Continuation`` redacts one sender's consecutive messages: a message that could
give a value, after a line that speaks of secrets (its *cue*), is also read as that line's
continuation, and what the recognizers then find in it is masked when it is the message's
whole first line or shaped like a password. The recognizers' own judgement decides, so
every phrasing they know counts and no list of lead-ins is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redaction import masking, words
from redaction.engine import INLINE_LIMIT, Redactor, default_redactor
from redaction.normalize import normalize
from redaction.precheck import might_contain_secret
from redaction.types import CARD_CVC, CARD_EXPIRY, PASSWORD, Redacted, RedactionResult, _seal

#: At most this much of a message's last line is kept as the cue for the next message.
CUE_MAX = 200
#: What may stand before the value that opens a continuing message, and follow it.
_OPENERS = " \t\n\"'`„“«‚‘"
_CLOSERS = " \t.,;!?)\"'`“”»‘’"
_NO_DIGITS = str.maketrans("", "", "0123456789")
#: A message that could give a value: a short first line, or a token shaped like a
#: password somewhere (letters with digits or signs). Any other message keeps its own
#: reading and pays for no second analysis.
_MAY_GIVE_VALUE = re.compile(r"(?=[^\s]*[^\W\d_])(?=[^\s]*[\d!#$%&*+?@^~])[^\s]{6,}")
_SHORT_LINE = 6
#: A message whose first line has at most this many words may be a value on its own line.
_LABELLED_WORDS = 5
#: What a value alone on its line may be read as (a key has a shape of its own).
_LABELLED_TYPES = frozenset({PASSWORD, CARD_CVC, CARD_EXPIRY})


def _joint(cue: str) -> str:
    """A cue is read as the start of a sentence its next message ends ("my password is" ⏎
    value, "Passwort:" ⏎ value), unless it asked a question: the answer is then a line of
    its own ("pw?" ⏎ "Kundennummer 448812" is no "pw? Kundennummer …")."""
    return "\n" if cue.endswith("?") else " "


def _speaks_of_secrets(line: str) -> bool:
    """Words lead up to a secret; digits alone (an order number) lead nowhere."""
    return bool(line) and might_contain_secret(normalize(line.translate(_NO_DIGITS)).text)


def _may_give_value(text: str) -> bool:
    first = text.lstrip(_OPENERS).split("\n", 1)[0]
    return len(first.split()) <= _SHORT_LINE or _MAY_GIVE_VALUE.search(text) is not None


def _value_alone(value: str) -> bool:
    """Could a line holding only ``value`` be a secret rather than a reply? One token, not
    a common word or a product ("Himbeereis", not "done" or "KeePass"); two, both with a
    digit or sign ("582 914", not "gives 404"); three or more with at most one function
    word among them ("Fluffy the Second", not "achso ihr braucht das")."""
    tokens = value.split()
    if len(tokens) == 1:
        return words.likeness(tokens[0]) >= words.PLAIN and not words.is_product(tokens[0])
    if len(tokens) == 2:
        return all(not t.isalpha() for t in tokens)
    cores = [t.strip(".,;:!?\"'").lower() for t in tokens]
    return sum(c in words.STOP_WORDS for c in cores) <= 1


def _last_line(text: str) -> str:
    return text.rstrip().rpartition("\n")[2].strip()[-CUE_MAX:]


def continue_from(
    redactor: Redactor,
    text: str,
    cue: str,
    *,
    own: RedactionResult | None = None,
    lines: bool = True,
) -> tuple[RedactionResult, bool]:
    """``redactor.redact(text)`` (or ``own``, already made) for a message that continues
    the line ``cue``, and whether the cue added anything.

    What the recognizers find in ``text`` when it follows ``cue`` is masked too when it is
    the message's whole first line ("Sommer 2024!") or a token shaped like a password
    ("sorry, typo: Tigerente89"; ``lines=False``: only such a token); anything else is
    judged by the message's own words ("My order AB-22913 is late" after "I forgot my
    password").
    """
    own = own or redactor.redact(text)
    cue = cue[-CUE_MAX:]
    if not cue or len(text) > INLINE_LIMIT:
        return own, False
    offset = len(cue) + 1
    lead = len(text) - len(text.lstrip(_OPENERS))
    line_end = text.find("\n", lead)
    line_end = len(text) if line_end < 0 else line_end
    carried = []
    for e in redactor.analyze(f"{cue}{_joint(cue)}{text}"):
        start, end = e.start - offset, e.end - offset
        if start < 0:
            continue
        whole_line = lines and start <= lead and not text[end:line_end].strip(_CLOSERS)
        shaped = (
            e.type == PASSWORD
            and " " not in text[start:end]
            and words.likeness(text[start:end]) >= words.STRONG
        )
        if whole_line or shaped:
            carried.append(replace(e, start=start, end=end))
    alone = text[lead:line_end].strip(_CLOSERS)
    if not carried and lines and len(alone.split()) <= _LABELLED_WORDS and _value_alone(alone):
        # A line about a secret, then a line of a value alone: "the 2fa code" ⏎ "660418",
        # "Kundenkennwort für die Hotline" ⏎ "Himbeereis" read as "label: value"
        label = cue.rstrip(_CLOSERS + ":")
        at = len(label) + 2 - lead
        for e in redactor.analyze(f"{label}: {text[lead:]}"):
            start, end = e.start - at, e.end - at
            if (
                e.type in _LABELLED_TYPES
                and start == lead
                and not text[end:line_end].strip(_CLOSERS)
                and _value_alone(text[start:end])
            ):
                carried.append(replace(e, start=start, end=end))
    new = [
        e for e in carried if not any(o.start <= e.start and e.end <= o.end for o in own.entities)
    ]
    if not new:
        return own, False
    entities = masking.merge(own.entities + new)
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


class Continuation:
    """One sender's consecutive messages, each redacted as the continuation of the line
    the one before ended on. After a message that gave a cue's value the cue holds once
    more for a password-shaped token (a correction, "sorry typo: x"). Only a message that
    could give a value pays for the second analysis (the cue and the message together)."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        self._redactor = redactor or default_redactor()
        self._line: Redacted | None = None  # the last line of the previous message
        self._held: Redacted | None = None  # a cue whose value the previous message gave

    def redact(self, text: str) -> RedactionResult:
        result, cue = self._redactor.redact(text), None
        if _may_give_value(text):
            if self._line and _speaks_of_secrets(self._line):
                result, carried = continue_from(self._redactor, text, self._line, own=result)
                cue = self._line if carried else None
            if cue is None and self._held:
                result, carried = continue_from(
                    self._redactor, text, self._held, own=result, lines=False
                )
                cue = self._held if carried else None
        self._line = _seal(_last_line(result.text)) or None
        self._held = cue
        return result

    def reset(self) -> None:
        """Forget what came before (a pasted log, or too long since the last message)."""
        self._line = self._held = None
