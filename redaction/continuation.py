"""A secret sent as the message after its lead-in: "my password is" ⏎ "Sommer 2024!".

Chat customers press Enter mid-sentence, and the second message, read alone, is a word and
a year. ``Continuation`` redacts one sender's consecutive messages: each message that
follows a *cue* (the last line of the one before, when it leads up to a secret) is also
read as that line's continuation. The recognizers' own judgement decides what a cue is and
what continues it, so every phrasing they know counts and no list is kept twice.
"""

from __future__ import annotations

from dataclasses import replace

from redaction import masking, words
from redaction.engine import INLINE_LIMIT, Redactor, default_redactor
from redaction.normalize import normalize
from redaction.precheck import might_contain_secret
from redaction.types import PASSWORD, Redacted, RedactionResult, _seal

#: At most this much of a message's last line is kept as the cue for the next message.
CUE_MAX = 200
#: A cue is read both ways a message that continues it can be meant: as the line after it
#: ("Passwort:" ⏎ value) and as the rest of its sentence ("my password is" ⏎ value).
_JOINTS = ("\n", " ")
#: What shows a line is a cue: one of these, after it, is masked as a secret. A password, a
#: PIN, a one-time code, a key of hex digits (each reached by other words).
_PROBES = ("Sommerwind7", "4815", "7Kq2-Xm9P", "6fe875859812b05d0ffbcc2cd9a0220e2b177cb9")
#: What may stand before the value that opens a continuing message, and follow it.
_OPENERS = " \t\n\"'`„“«‚‘"
_CLOSERS = " \t.,;!?)\"'`“”»‘’"


def _joints(cue: str) -> tuple[str, ...]:
    """How a message may continue ``cue``: a question has ended its sentence, so an answer
    to it is a new line, never the rest of it ("pw?" ⏎ "Kundennummer 448812")."""
    return _JOINTS[:1] if cue.endswith("?") else _JOINTS


def cue_of(redactor: Redactor, text: Redacted) -> Redacted | None:
    """The last line of ``text`` when a secret after it would be masked: on the next line or
    as the rest of its sentence, a probe value (password, PIN, code, key) is found there.
    ``text`` is redacted, so the cue is too and may be kept between messages."""
    line = text.rstrip().rpartition("\n")[2].strip()[-CUE_MAX:]
    # Words lead up to a secret; digits alone (an order number) lead nowhere.
    if not line or not might_contain_secret(normalize(line.translate(_NO_DIGITS)).text):
        return None
    at = len(line) + 1
    for joint in _joints(line):
        for probe in _PROBES:
            for e in redactor.analyze(f"{line}{joint}{probe}"):
                if e.start <= at and e.end >= at + len(probe):
                    return _seal(line)
    return None


_NO_DIGITS = str.maketrans("", "", "0123456789")


def continue_from(redactor: Redactor, text: str, cue: str) -> tuple[RedactionResult, bool]:
    """``redactor.redact(text)`` for a message that continues the line ``cue``, and whether
    the cue added anything. What the recognizers find in ``text`` when it follows ``cue``
    is masked too when it is the message's whole first line ("Sommer 2024!") or a token
    shaped like a password ("sorry, typo: Tigerente89"); anything else is judged by the
    message's own words ("My order AB-22913 is late" after "I forgot my password")."""
    own = redactor.redact(text)
    cue = cue[-CUE_MAX:]
    if not cue or len(text) > INLINE_LIMIT:
        return own, False
    offset = len(cue) + 1
    lead = len(text) - len(text.lstrip(_OPENERS))
    line_end = text.find("\n", lead)
    line_end = len(text) if line_end < 0 else line_end
    carried = []
    for joint in _joints(cue):
        for e in redactor.analyze(f"{cue}{joint}{text}"):
            start, end = e.start - offset, e.end - offset
            if start < 0:
                continue
            whole_line = start <= lead and not text[end:line_end].strip(_CLOSERS)
            shaped = (
                e.type == PASSWORD
                and " " not in text[start:end]
                and words.likeness(text[start:end]) >= words.STRONG
            )
            if whole_line or shaped:
                carried.append(replace(e, start=start, end=end))
    new = [
        e for e in carried if not any(o.start <= e.start and e.end <= o.end for o in own.entities)
    ]
    if not new:
        return own, False
    entities = masking.merge(own.entities + new)
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities), True


class Continuation:
    """One sender's consecutive messages, each redacted as the continuation of the cue the
    one before left. After a message that gave a cue's value the cue holds once more (a
    correction, "sorry typo: x", or the second of a pair follows)."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        self._redactor = redactor or default_redactor()
        self.cue: Redacted | None = None

    def redact(self, text: str) -> RedactionResult:
        if self.cue is None:
            result, carried = self._redactor.redact(text), False
        else:
            result, carried = continue_from(self._redactor, text, self.cue)
        self.cue = cue_of(self._redactor, result.text) or (self.cue if carried else None)
        return result

    def reset(self) -> None:
        """Forget the cue (a pasted log, or too long since the last message)."""
        self.cue = None
