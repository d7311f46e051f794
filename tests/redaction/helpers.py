"""Shared assertion for the table-driven recognizer tests."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def found_texts(recognizer: EntityRecognizer, text: str, entity: str | None = None) -> list[str]:
    """The substrings ``recognizer`` reports in ``text`` (optionally of one entity type)."""
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if entity is None or r.entity_type == entity
    ]


def assert_finds(
    recognizer: EntityRecognizer, text: str, expected: list[str], entity: str | None = None
) -> None:
    """``recognizer`` reports exactly ``expected`` (in order) in ``text``; [] for negatives."""
    got = found_texts(recognizer, text, entity)
    assert got == expected, f"{text!r}: expected {expected!r}, got {got!r}"
