"""Shared assertion for the table-driven recognizer tests."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.normalize import normalize


def found_texts(recognizer: EntityRecognizer, text: str, entity: str | None = None) -> list[str]:
    """The substrings ``recognizer`` reports in ``text`` (optionally of one entity type).

    Like the engine, runs the recognizer on the normalised text and maps spans back.
    """
    norm = normalize(text)
    results = recognizer.analyze(norm.text, recognizer.supported_entities, None)
    spans = [
        norm.span(r.start, r.end)
        for r in sorted(results, key=lambda r: r.start)
        if entity is None or r.entity_type == entity
    ]
    return [text[s:e] for s, e in spans]


def assert_finds(
    recognizer: EntityRecognizer, text: str, expected: list[str], entity: str | None = None
) -> None:
    """``recognizer`` reports exactly ``expected`` (in order) in ``text``; [] for negatives."""
    got = found_texts(recognizer, text, entity)
    assert got == expected, f"{text!r}: expected {expected!r}, got {got!r}"
