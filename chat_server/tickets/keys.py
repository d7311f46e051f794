"""Every Redis key this package owns, in one place (docs/redis-keys.md names each family's
owner module and TTL). Modules of the package import the names they use, never this module
through the package's face: that would make the face and its modules import each other."""

from __future__ import annotations

PREFIX = "lc:"

TICKET_SEQ = f"{PREFIX}tickets:seq"
STATUSES = ("open", "answered", "closed")


def ticket_key(number: str) -> str:
    return f"{PREFIX}ticket:{number}"


def thread_key(number: str) -> str:
    return f"{PREFIX}ticket:{number}:thread"


def transcript_key(number: str) -> str:
    """The chat transcript (or first mail) the ticket was opened with, kept apart from the
    thread so a long thread never pushes it out."""
    return f"{PREFIX}ticket:{number}:transcript"


def by_conversation(conversation_id: str) -> str:
    return f"{PREFIX}ticket:conv:{conversation_id}"


def by_status(status: str) -> str:
    return f"{PREFIX}tickets:status:{status}"


def by_email(email: str) -> str:
    return f"{PREFIX}tickets:email:{email.lower()}"


# Outbox: one hash per queued mail plus a sorted set of ids by next attempt time.
OUTBOX_DUE = f"{PREFIX}outbox:due"
OUTBOX_DEAD = f"{PREFIX}outbox:dead"
OUTBOX_ITEM_PREFIX = f"{PREFIX}outbox:mail:"


def outbox_item(mail_id: str) -> str:
    return f"{OUTBOX_ITEM_PREFIX}{mail_id}"


def autoreply_budget(address: str) -> str:
    return f"{PREFIX}mail:autoreply:{address.lower()}"


def mail_budget(address: str) -> str:
    """Automatic mails sent to one address this hour (the relay limit)."""
    return f"{PREFIX}mail:budget:{address.lower()}"


def inbound_seen(message_id: str) -> str:
    return f"{PREFIX}mail:seen:{message_id}"


FEEDBACK_INDEX = f"{PREFIX}feedback:index"


def feedback_key(feedback_id: str) -> str:
    return f"{PREFIX}feedback:{feedback_id}"


def feedback_by_email(email: str) -> str:
    return f"{PREFIX}feedback:email:{email.lower()}"
