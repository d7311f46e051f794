"""Payload models for every client event: wrong types, missing fields and extra size are refused."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

__all__ = [
    "AcceptIn",
    "AgentMessageIn",
    "AgentTicketIn",
    "AgentTypingIn",
    "ContactIn",
    "ConversationRef",
    "CustomerAuth",
    "CustomerMessageIn",
    "HistoryIn",
    "Identity",
    "NoteIn",
    "PresenceIn",
    "RatingIn",
    "TypingIn",
    "ValidationError",
    "first_error",
    "max_packet_bytes",
]

LONG_PASTE_CHARS = 256 * 1024  # a pasted error log this long still gets `too_long`, not a drop


def max_packet_bytes(max_message_chars: int) -> int:
    """The Socket.IO packet limit: a MAX_MESSAGE_CHARS message fits in its worst JSON form
    (12 bytes for an escaped astral character), and a pasted log of LONG_PASTE_CHARS plain
    characters arrives whole so the customer hears `too_long` instead of losing the
    connection. Bigger packets are cut off by engine.io; the widget never sends them."""
    return max(12 * max_message_chars, 4 * LONG_PASTE_CHARS) + 16 * 1024


ShortId = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Email = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        min_length=3,
        max_length=254,
        pattern=r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$",
    ),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]


class _In(BaseModel):
    # Unknown fields are ignored (newer clients), known ones are strictly typed.
    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


class Identity(_In):
    name: Name | None = None
    email: Email
    signature: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class CustomerAuth(_In):
    token: Annotated[str, StringConstraints(max_length=300)] | None = None
    after_seq: Annotated[int, Field(ge=0)] | None = None
    locale: Annotated[str, StringConstraints(max_length=35)] | None = None
    identity: dict[str, object] | None = None


class CustomerMessageIn(_In):
    client_id: ShortId
    text: str  # length checked against MAX_MESSAGE_CHARS by the handler (error `too_long`)
    payload: Annotated[str, StringConstraints(max_length=200)] | None = None


class HistoryIn(_In):
    after_seq: Annotated[int, Field(ge=0)] = 0
    # Paging back: the page of messages just before this seq (newest page without it).
    before_seq: Annotated[int, Field(ge=1)] | None = None
    limit: Annotated[int, Field(ge=1)] | None = None  # capped at HISTORY_PAGE_SIZE


class ContactIn(_In):
    email: Email
    name: Name | None = None


class TypingIn(_In):
    typing: bool


class RatingIn(_In):
    score: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[str, StringConstraints(max_length=2000)] | None = None


class ConversationRef(_In):
    conversation_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]


AcceptIn = ConversationRef


class AgentMessageIn(ConversationRef):
    client_id: ShortId
    text: str


class NoteIn(ConversationRef):
    text: Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class AgentTypingIn(ConversationRef):
    typing: bool


class AgentTicketIn(ConversationRef):
    note: Annotated[str, StringConstraints(max_length=4000)] | None = None


class PresenceIn(_In):
    status: Literal["available", "away"]


def first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "payload"
    return f"{where}: {err.get('msg', 'invalid')}"
