"""Payload models for every client event: wrong types, missing fields and extra size are refused."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from chat_server.textclean import clean_line, clean_text

__all__ = [
    "MAX_INT",
    "AcceptIn",
    "AgentHistoryIn",
    "AgentMessageIn",
    "AgentTicketIn",
    "AgentTypingIn",
    "CleanStr",
    "CloseIn",
    "ContactEmail",
    "ContactIn",
    "ConversationRef",
    "CustomerAuth",
    "CustomerMessageIn",
    "HistoryIn",
    "Identity",
    "NoteIn",
    "PresenceIn",
    "RatingIn",
    "TicketIn",
    "TypingIn",
    "ValidationError",
    "email_problem",
    "first_error",
    "max_packet_bytes",
    "parse_auth",
]

LONG_PASTE_CHARS = 256 * 1024  # a pasted error log this long still gets `too_long`, not a drop


def max_packet_bytes(max_message_chars: int) -> int:
    """The Socket.IO packet limit: a MAX_MESSAGE_CHARS message fits in its worst JSON form
    (12 bytes for an escaped astral character), and a pasted log of LONG_PASTE_CHARS plain
    characters arrives whole so the customer hears `too_long` instead of losing the
    connection. Bigger packets are cut off by engine.io; the widget never sends them."""
    return max(12 * max_message_chars, 4 * LONG_PASTE_CHARS) + 16 * 1024


# Every number a client may send fits a JSON double exactly; bigger ones are hostile and
# would reach Redis as out-of-range arguments (`internal` instead of `invalid_payload`).
MAX_INT = 2**53


def _clean(value: object) -> object:
    return clean_text(value) if isinstance(value, str) else value


def _clean_line(value: object) -> object:
    return clean_line(value) if isinstance(value, str) else value


# Every inbound text goes through clean_text (chat_server.textclean) before its checks;
# one-line fields (names) through clean_line.
CleanStr = Annotated[str, BeforeValidator(_clean)]
CleanLine = Annotated[str, BeforeValidator(_clean_line)]
Count = Annotated[int, Field(ge=0, le=MAX_INT)]
ShortId = Annotated[CleanStr, StringConstraints(min_length=1, max_length=100)]
Email = Annotated[
    CleanStr,
    StringConstraints(
        strip_whitespace=True,
        min_length=3,
        max_length=254,
        pattern=r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$",
    ),
]
_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def email_problem(address: str) -> str | None:
    """Why an address typed into `contact` cannot be mailed, or None. Only what every SMTP
    server takes: an ASCII dot-atom local part and a real host name with a dot (no IP
    literal, no international characters: our SMTP client cannot send to those, and the
    mail would wait in the outbox for ever)."""
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return "must be an email address like name@example.com"
    if not address.isascii():
        return "must use plain (ASCII) letters only; international addresses cannot be mailed"
    if len(local) > 64 or not _LOCAL_PART.fullmatch(local):
        return "the part before @ has characters an email address cannot use"
    labels = domain.split(".")
    if (
        len(labels) < 2
        or len(domain) > 253
        or not all(_LABEL.fullmatch(label) for label in labels)
        or not labels[-1].isalpha()
    ):
        return "the part after @ must be a domain name like example.com (no IP address)"
    return None


def _mailable(address: str) -> str:
    problem = email_problem(address)
    if problem is not None:
        raise ValueError(problem)
    return address


ContactEmail = Annotated[
    CleanStr,
    StringConstraints(strip_whitespace=True, min_length=3, max_length=254),
    AfterValidator(_mailable),
]
Name = Annotated[CleanLine, StringConstraints(strip_whitespace=True, max_length=100)]


class _In(BaseModel):
    # Unknown fields are ignored (newer clients), known ones are strictly typed.
    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)


class Identity(_In):
    name: Name | None = None
    email: Email
    signature: Annotated[CleanStr, StringConstraints(min_length=1, max_length=200)]


class CustomerAuth(_In):
    token: Annotated[CleanStr, StringConstraints(max_length=300)] | None = None
    after_seq: Count | None = None
    locale: Annotated[CleanStr, StringConstraints(max_length=35)] | None = None
    identity: dict[str, object] | None = None


class CustomerMessageIn(_In):
    client_id: ShortId
    text: CleanStr  # length checked against MAX_MESSAGE_CHARS by the handler (`too_long`)
    payload: Annotated[CleanStr, StringConstraints(max_length=200)] | None = None
    # "log": a pasted log sent whole (≤ MAX_LOG_CHARS), shown collapsed; absent: a message.
    kind: Literal["text", "log"] | None = None


class HistoryIn(_In):
    after_seq: Count = 0
    # Paging back: the page of messages just before this seq (newest page without it).
    before_seq: Annotated[int, Field(ge=1, le=MAX_INT)] | None = None
    limit: Annotated[int, Field(ge=1, le=MAX_INT)] | None = None  # capped at HISTORY_PAGE_SIZE


class ContactIn(_In):
    email: ContactEmail
    name: Name | None = None


class CloseIn(_In):
    transcript: bool = False  # mail the transcript to the verified address once closed


class TicketIn(_In):
    # What it is about: the ticket's subject and first thread entry. Length checked against
    # MAX_MESSAGE_CHARS by the handler (`too_long`), like a message.
    text: CleanStr | None = None


class TypingIn(_In):
    typing: bool


class RatingIn(_In):
    score: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[CleanStr, StringConstraints(max_length=2000)] | None = None


class ConversationRef(_In):
    conversation_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]


AcceptIn = ConversationRef


class AgentMessageIn(ConversationRef):
    client_id: ShortId
    text: CleanStr


class NoteIn(ConversationRef):
    text: Annotated[CleanStr, StringConstraints(min_length=1, max_length=4000)]


class AgentTypingIn(ConversationRef):
    typing: bool


class AgentTicketIn(ConversationRef):
    note: Annotated[CleanStr, StringConstraints(max_length=4000)] | None = None


class AgentHistoryIn(ConversationRef):
    after_seq: Count = 0
    before_seq: Annotated[int, Field(ge=1, le=MAX_INT)] | None = None  # paging back


class PresenceIn(_In):
    status: Literal["available", "away"]


def first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "payload"
    return f"{where}: {str(err.get('msg', 'invalid')).removeprefix('Value error, ')}"


def parse_auth(auth: Any) -> CustomerAuth:
    """Read each field on its own: one bad field (a huge locale, say) must not cost the
    customer a valid token and so their conversation."""
    raw = auth if isinstance(auth, dict) else {}
    fields: dict[str, Any] = {}
    for name in ("token", "after_seq", "locale", "identity"):
        try:
            CustomerAuth.model_validate({name: raw.get(name)})
        except ValidationError:
            continue
        fields[name] = raw.get(name)
    return CustomerAuth.model_validate(fields)
