"""The edges of a value read out of a sentence: the quotes, brackets and punctuation around
it are not part of it, but a closing sign typed as its last character is ("Sommer2024!")."""

from __future__ import annotations


def trimmed(text: str, start: int, end: int, trim: str, kept: str) -> tuple[int, int]:
    """``start:end`` in ``text`` without the characters of ``trim`` at either edge; a last
    character of ``kept`` stays where the one before it is not in ``trim`` (the value's own
    "!" in "it's Sommer2024!", not the sentence's in "it's 'x'!")."""
    while start < end and text[start] in trim:
        start += 1
    while (
        end > start
        and text[end - 1] in trim
        and not (text[end - 1] in kept and end - 1 > start and text[end - 2] not in trim)
    ):
        end -= 1
    return start, end


#: Bracket pairs of code and logs: a value cut out of one is cut out of syntax.
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {")": "(", "]": "[", "}": "{"}


def _partner(text: str, at: int, lo: int, hi: int) -> bool:
    """Does the bracket at ``at`` find its partner within ``lo:hi`` (nesting counted)?"""
    ch = text[at]
    if ch in _OPENERS:
        close, depth = _OPENERS[ch], 0
        for i in range(at + 1, hi):
            c = text[i]
            if c == ch:
                depth += 1
            elif c == close:
                if depth == 0:
                    return True
                depth -= 1
        return False
    opener, depth = _CLOSERS[ch], 0
    for i in range(at - 1, lo - 1, -1):
        c = text[i]
        if c == ch:
            depth += 1
        elif c == opener:
            if depth == 0:
                return True
            depth -= 1
    return False


def bracket_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A finding that cuts a bracket pair of its line in half: ``None`` where the value
    straddles a group's edge — it opens a bracket closed only after it ("SQLSTATE[28000"
    of "SQLSTATE[28000] …", ":setApiKey(" of "::setApiKey('…')") or closes one opened
    before it, from inside: a piece of code or of a log line, no secret —, the span without
    the bracket where the group only wraps the value ("{AQAA…=}" found as "{AQAA…=", "(pw:
    Xy7!)" found as "Xy7!)"), and the span itself where every bracket it holds is matched
    inside it or nowhere on its line (a password's own "Pa(ss")."""
    span = text[start:end]
    if not any(c in span for c in "()[]{}"):
        return (start, end)  # (the common case: one scan, no bracket)
    line_lo = text.rfind("\n", 0, start) + 1
    line_hi = text.find("\n", end)
    if line_hi < 0:
        line_hi = len(text)
    stack: list[int] = []
    loose: list[int] = []  # brackets unmatched inside the span
    for i in range(start, end):
        c = text[i]
        if c in _OPENERS:
            stack.append(i)
        elif c in _CLOSERS:
            if stack and text[stack[-1]] == _CLOSERS[c]:
                stack.pop()
            else:
                loose.append(i)
    loose.extend(stack)
    cut = [
        i
        for i in loose
        if (
            _partner(text, i, end, line_hi)
            if text[i] in _OPENERS
            else _partner(text, i, line_lo, start)
        )
    ]
    if len(cut) != 1 or len(loose) != 1:
        return (start, end)  # (a random string's many brackets: "m{{h}o)p${e]…")
    i = cut[0]
    # the group wraps the value: its opener first, or its closer last, in the span
    if i == start and text[i] in _OPENERS and end - start > 1:
        return (start + 1, end)
    if i == end - 1 and text[i] in _CLOSERS and end - start > 1:
        return (start, end - 1)
    if text[i] in _OPENERS and (text[i - 1].isalnum() or text[i - 1] == ":"):
        # an opener glued to its name ("SQLSTATE[", "setApiKey(", "RAW{"): the name is
        # syntax; a value is only what the group holds, and a number, an upper-case code or
        # nothing there is an index, a state code or a call's start ("[28000", "[HY000", "(")
        if not any(c.islower() for c in text[i + 1 : end]):
            return None
        inner = i + 1
        while inner < end and text[inner] in "\"'`":
            inner += 1  # a call's quoted argument: the value is inside its quotes
        return (inner, end)
    return (start, end)
