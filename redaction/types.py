"""Value types returned by the redactor, and the one type for redacted text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, final

CREDIT_CARD = "CREDIT_CARD"
PASSWORD = "PASSWORD"
CARD_CVC = "CARD_CVC"
CARD_EXPIRY = "CARD_EXPIRY"
CREDENTIAL = "CREDENTIAL"

#: Every entity type the redactor masks.
ENTITY_TYPES: tuple[str, ...] = (CREDIT_CARD, PASSWORD, CARD_CVC, CARD_EXPIRY, CREDENTIAL)


@final
class _Seal:
    """Held only by the redactor: the key to making ``Redacted`` values."""

    __slots__ = ()


_SEAL: Final = _Seal()


@final
class Redacted(str):
    """Text that has been through the redactor: the only text stores, mail, the bot client
    and logs accept.

    A ``str`` (so it is stored, serialised and compared as one), but only the redactor can
    make it: the constructor needs a seal private to ``redaction``. Any string operation
    (``+``, ``.format``, slicing) returns a plain ``str``, so text built from a redacted
    value and a raw one is no longer ``Redacted`` and the type checker refuses to store it.
    """

    __slots__ = ()

    def __new__(cls, value: str, *, seal: _Seal) -> Redacted:
        if seal is not _SEAL:
            raise TypeError("Redacted text is made by the redactor only")
        return super().__new__(cls, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))  # pickles and copies as plain text


def _seal(value: str) -> Redacted:
    """Mark ``value`` as redacted (for ``redaction`` modules only)."""
    return Redacted(value, seal=_SEAL)


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

    text: Redacted
    entities: list[Entity] = field(default_factory=list)

    @property
    def types(self) -> list[str]:
        """Sorted unique entity types found (stored as ``Message.redactions``)."""
        return sorted({e.type for e in self.entities})

    @property
    def changed(self) -> bool:
        """True when anything was masked."""
        return bool(self.entities)
