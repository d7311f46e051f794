"""Redaction of secrets (card numbers with CVC and expiry, passwords) in any text.

The single entry point for the chat server, the bot client, tickets, inbound mail and
logging::

    from redaction import default_redactor
    result = default_redactor().redact(text)   # result.text, result.entities, result.types
"""

from redaction.engine import Redactor, build_analyzer, default_redactor
from redaction.logfilter import RedactingLogFilter
from redaction.types import (
    CARD_CVC,
    CARD_EXPIRY,
    CREDIT_CARD,
    ENTITY_TYPES,
    PASSWORD,
    Entity,
    RedactionResult,
)

__all__ = [
    "CARD_CVC",
    "CARD_EXPIRY",
    "CREDIT_CARD",
    "ENTITY_TYPES",
    "PASSWORD",
    "Entity",
    "RedactingLogFilter",
    "RedactionResult",
    "Redactor",
    "build_analyzer",
    "default_redactor",
]
