"""What our span-finding recognizers share: Presidio's plumbing around a function that
returns the ``(start, end)`` spans of one entity type."""

from __future__ import annotations

import re as stdre
from collections.abc import Generator, Iterable
from functools import cache
from typing import TypeVar

from presidio_analyzer import LocalRecognizer, RecognizerResult

_T = TypeVar("_T")


def run_steps(steps: Generator[None, None, _T]) -> _T:
    """Run a sliced computation (one that yields where an event loop may run) to its end in
    one go; its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


class SpanRecognizer(LocalRecognizer):
    """A recognizer of one ``ENTITY`` whose findings are plain spans at full score."""

    NAME: str = "SpanRecognizer"
    ENTITY: str = ""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=self.NAME,
            supported_language=supported_language,
        )

    def _results(self, spans: tuple[tuple[int, int], ...]) -> list[RecognizerResult]:
        return span_results(self.ENTITY, self.NAME, self.id, self.MAX_SCORE, spans)


def span_results(
    entity: str, name: str, recognizer_id: str, score: float, spans: Iterable[tuple[int, int]]
) -> list[RecognizerResult]:
    """Presidio results for validated spans of one entity type, named for their recognizer."""
    return [
        RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer_id,
            },
        )
        for start, end in spans
    ]


_ASCII_SPELLINGS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def umlaut_spellings(pattern: str) -> str:
    """``pattern`` with each umlaut also matching its ASCII spelling (``prüf`` also
    ``pruef``, ``Schlüssel`` also ``Schluessel``): keyboards and forms without umlauts.

    Only for patterns that hold no umlaut inside a character class.
    """
    return "".join(_ASCII_SPELLINGS.get(ch, ch) for ch in pattern)


_Trie = dict[str, "_Trie"]


def literal_trie(literals: tuple[str, ...]) -> str:
    """A regex that finds one of ``literals`` wherever one occurs, its alternatives nested
    by common prefix (``a(?:ccount|uth)``): the stdlib engine tries one branch per next
    character instead of every literal at every position (a third of the flat
    alternation's cost). A literal that extends a shorter one is left out: a search finds
    the shorter one there anyway."""
    trie: _Trie = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: _Trie) -> str:
        if "" in node:
            return ""
        alternatives = [stdre.escape(ch) + branch(child) for ch, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return branch(trie)


def word_start_scan(alternatives: tuple[str, ...]) -> str:
    """A stdlib regex for lower-cased text that finds one of ``alternatives`` (regexes, each
    opening with a plain ASCII letter or digit) where a word starts: not after an ASCII
    letter. The test stands after the first character (``p(?<![a-z].)in``), not before
    it: a pattern that opens with a look-behind loses the engine's scan for its first
    characters and is several times slower."""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalnum():
            raise ValueError(f"{alternative!r} does not open with a letter or digit")
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    return (
        "(?:"
        + "|".join(
            f"{first}(?<![a-z].)(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
        )
        + ")"
    )


_ASCII_CLASSES = {"w": ("A-Za-z0-9_", "[A-Za-z0-9_]"), "d": ("0-9", "[0-9]")}


def ascii_twin(pattern: str) -> str:
    """``pattern`` (for the stdlib engine) with its Unicode classes spelled in ASCII:
    ``\\w`` as ``[A-Za-z0-9_]``, ``\\d`` as ``[0-9]``, ``[^\\W\\d_]`` as ``[A-Za-z]``,
    ``\\W`` and ``\\D`` outside a class as their complements. In an ASCII text it finds
    exactly what ``pattern`` finds (there these classes hold these characters and no
    others), several times faster: the engine tests a range, not a Unicode property, per
    character. ``\\W`` or ``\\D`` inside a class has no such spelling: a ValueError."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(pattern):
        if not in_class and pattern.startswith("[^\\W\\d_]", i):
            out.append("[A-Za-z]")
            i += 8
            continue
        c = pattern[i]
        if c == "\\":
            e = pattern[i + 1]
            if e in _ASCII_CLASSES:
                out.append(_ASCII_CLASSES[e][0 if in_class else 1])
            elif e in "WD":
                if in_class:
                    raise ValueError(f"no ASCII spelling of \\{e} in a class: {pattern}")
                out.append("[^A-Za-z0-9_]" if e == "W" else "[^0-9]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(c)
        i += 1
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            for lead in ("^", "]"):  # a leading "]" is a literal one, not the class's end
                if pattern.startswith(lead, i):
                    out.append(lead)
                    i += 1
    return "".join(out)


@cache
def digits_at_least(n: int) -> stdre.Pattern[str]:
    """A scan whose ``match`` at 0 succeeds exactly when the text holds ``n`` or more of
    the characters 0-9 (an ASCII text's only ``\\d``): ``sum(map(text.count,
    "0123456789")) >= n`` in one pass instead of ten counts (a possessive run of other
    characters before each digit, so a text short of them fails without backtracking)."""
    return stdre.compile(rf"(?:[^0-9]*+[0-9]){{{n}}}")
