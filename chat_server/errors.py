"""The one error envelope of the public contract, for Socket.IO answers and HTTP bodies alike:
``{"ok": false, "error": {"code": ..., "message": ...}}``, and the refusals the services raise.

Pure data: transports turn an envelope into an ack or a JSON response; services raise
`ServiceError` and never build envelopes themselves.
"""

from __future__ import annotations

from typing import Any

# The contract's codes and the words people read for them.
ERROR_TEXT: dict[str, str] = {
    "conversation_closed": "This conversation has become a ticket; we answer by email.",
    "not_queued": "This conversation is not waiting in the queue.",
    "already_assigned": "Another agent has already accepted this conversation.",
    "at_capacity": "You already have as many chats as allowed.",
    "not_assigned": "This conversation is not assigned to you.",
    "forbidden": "This conversation is assigned to another agent.",
    "limited": "Support in this chat is limited after abusive messages; please write by email.",
    "not_found": "No such conversation.",
    "erased": "This conversation was deleted at your request; please reload to start a new one.",
    "internal": "Something went wrong on our side; please try again.",
}


class ServiceError(Exception):
    """A refused action, with the contract's error code and a message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def refuse(code: str) -> ServiceError:
    """The refusal for a contract code, worded from the catalogue."""
    return ServiceError(code, ERROR_TEXT.get(code, code))


def error_body(code: str, message: str | None = None) -> dict[str, Any]:
    """The envelope; the message defaults to the catalogue's words for the code."""
    return {"ok": False, "error": {"code": code, "message": message or ERROR_TEXT.get(code, code)}}


__all__ = ["ERROR_TEXT", "ServiceError", "error_body", "refuse"]
