"""What our span-finding recognizers share: Presidio's plumbing around a function that
returns the ``(start, end)`` spans of one entity type."""

from __future__ import annotations

import re as stdre
from collections.abc import Generator, Iterable
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
