"""What our span-finding recognizers share: Presidio's plumbing around a function that
returns the ``(start, end)`` spans of one entity type."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult


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
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=self.MAX_SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in spans
        ]
