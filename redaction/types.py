"""Value types returned by the redactor."""

from __future__ import annotations

from dataclasses import dataclass, field

CREDIT_CARD = "CREDIT_CARD"
PASSWORD = "PASSWORD"
CARD_CVC = "CARD_CVC"
CARD_EXPIRY = "CARD_EXPIRY"

#: Every entity type the redactor masks.
ENTITY_TYPES: tuple[str, ...] = (CREDIT_CARD, PASSWORD, CARD_CVC, CARD_EXPIRY)


@dataclass(frozen=True, slots=True)
class Entity:
    """One masked finding; ``start``/``end`` are offsets in the original text."""

    type: str
    start: int
    end: int
    score: float = 1.0
    recognizer: str = ""


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """The masked ``text`` and the ``entities`` that were replaced in it."""

    text: str
    entities: list[Entity] = field(default_factory=list)

    @property
    def types(self) -> list[str]:
        """Sorted unique entity types found (stored as ``Message.redactions``)."""
        return sorted({e.type for e in self.entities})

    @property
    def changed(self) -> bool:
        """True when anything was masked."""
        return bool(self.entities)
