"""The one seam to the redaction package, so every mail text passes it before storage."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

Redact = Callable[[str], tuple[str, list[str]]]


@lru_cache(maxsize=1)
def _redactor() -> Any:
    import redaction

    factory = getattr(redaction, "default_redactor", None)
    return factory() if factory is not None else redaction.Redactor()


def redact(text: str) -> tuple[str, list[str]]:
    """(masked text, sorted entity types found). Raises if redaction is unavailable:
    an unmasked text must never be stored."""
    if not text:
        return text, []
    result = _redactor().redact(text)
    types = getattr(result, "types", None)
    if types is None:
        types = [e.type for e in getattr(result, "entities", [])]
    return str(result.text), sorted(set(types))
