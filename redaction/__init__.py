"""Redaction of secrets (card numbers with CVC and expiry, passwords, credentials) in any
text.

The single entry point for the chat server, the bot client, tickets, inbound mail and
logging::

    from redaction import default_redactor
    result = default_redactor().redact(text)   # result.text, result.entities, result.types

One sender's consecutive chat messages go through a ``Continuation`` instead, so that a
secret sent as the message after its lead-in ("my password is" ⏎ "Sommer 2024!") is masked,
and so is the answer to an agent's or the bot's question for one (``question_of`` their
message, ``Continuation.asked``).

``result.text`` is a ``Redacted``: the one type the stores, the mail composer, the bot client
and the log formatter accept, and only the redactor makes.
"""

from redaction.continuation import Continuation, may_answer, question_of
from redaction.engine import Redactor, build_analyzer, default_redactor, redact_text
from redaction.hindsight import swap_line
from redaction.logfilter import RedactingLogFilter
from redaction.types import (
    CARD_CVC,
    CARD_EXPIRY,
    CREDENTIAL,
    CREDIT_CARD,
    ENTITY_TYPES,
    PASSWORD,
    Entity,
    Redacted,
    RedactionResult,
)

__all__ = [
    "CARD_CVC",
    "CARD_EXPIRY",
    "CREDENTIAL",
    "CREDIT_CARD",
    "ENTITY_TYPES",
    "PASSWORD",
    "Continuation",
    "Entity",
    "Redacted",
    "RedactingLogFilter",
    "RedactionResult",
    "Redactor",
    "build_analyzer",
    "default_redactor",
    "may_answer",
    "question_of",
    "redact_text",
    "swap_line",
]
