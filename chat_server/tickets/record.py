"""The ticket record: what a ticket is (number, status, due time, thread), its hash form in
Redis, and the cleaning every address and subject gets before it is kept. No Redis here:
`chat_server.tickets.store` reads and writes it."""

from __future__ import annotations

import json
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any, Literal, cast

Status = Literal["open", "answered", "closed"]
Source = Literal["chat", "email"]

MAX_SUBJECT_CHARS = 200
DUE_SOON_S = 3600.0
_ATOM = r"[^@\s<>\"'(),;:\[\]\\]"
_EMAIL = re.compile(rf"^{_ATOM}{{1,64}}@{_ATOM}{{1,253}}\.[^@\s<>\"'(),;:\[\]\\.]{{2,63}}$")


class TicketNotFound(LookupError):
    """No ticket with that number (never made, or expired after RETENTION_DAYS)."""


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Ticket:
    number: str
    status: Status
    subject: str
    email: str | None
    name: str | None
    conversation_id: str | None
    source: Source
    created_at: datetime
    due_at: datetime
    note: str | None = None
    mail_failed: dict[str, Any] | None = None
    confirmation_msgid: str | None = None
    last_msgid: str | None = None
    references: list[str] = field(default_factory=list)
    # The transcript (or first mail) it was opened with, then what came later; the first
    # ``transcript_entries`` are stored apart and never trimmed.
    thread: list[dict[str, Any]] = field(default_factory=list)
    transcript_entries: int = 0
    # True only when the address came from the portal's signed identity; a typed or mailed
    # address may belong to anyone and gets nothing the sender wrote (docs/tickets.md).
    email_verified: bool = False
    locale: str | None = None  # the customer's language (mail follows it); None: English

    @property
    def due_ts(self) -> float:
        return self.due_at.timestamp()

    @property
    def created_ts(self) -> float:
        return self.created_at.timestamp()

    def breach(self, now: float | None = None) -> str | None:
        """``overdue``, ``due_soon`` (within an hour) or None; only open tickets breach."""
        if self.status != "open":
            return None
        now = time.time() if now is None else now
        if now >= self.due_ts:
            return "overdue"
        if self.due_ts - now <= DUE_SOON_S:
            return "due_soon"
        return None

    def to_public(self, *, include_thread: bool = True, now: float | None = None) -> dict[str, Any]:
        """The ticket as the HTTP API shows it to agents."""
        out: dict[str, Any] = {
            "number": self.number,
            "status": self.status,
            "email": self.email,
            "name": self.name,
            "subject": self.subject,
            "conversation_id": self.conversation_id,
            "source": self.source,
            "note": self.note,
            "created_at": _iso(self.created_ts),
            "created_ts": self.created_ts,
            "due_at": self.due_at.isoformat(),
            "due_ts": self.due_ts,
            "breach": self.breach(now),
            "mail_failed": self.mail_failed,
            "email_verified": self.email_verified,
        }
        if include_thread:
            out["thread"] = self.thread
            out["transcript_entries"] = self.transcript_entries
        else:
            out["last_message"] = self.thread[-1] if self.thread else None
        return out

    def to_hash(self) -> dict[str, str]:
        """The Redis hash of the ticket (its thread is stored apart)."""
        return {
            "number": self.number,
            "status": self.status,
            "subject": self.subject,
            "email": self.email or "",
            "email_verified": "1" if self.email_verified else "",
            "name": self.name or "",
            "conversation_id": self.conversation_id or "",
            "source": self.source,
            "note": self.note or "",
            "created_ts": repr(self.created_ts),
            "due_ts": repr(self.due_ts),
            "mail_failed": json.dumps(self.mail_failed) if self.mail_failed else "",
            "confirmation_msgid": self.confirmation_msgid or "",
            "last_msgid": self.last_msgid or "",
            # Only the newest references matter to mail clients; keep the header short.
            "references": " ".join(self.references[-10:]),
            "locale": (self.locale or "")[:16],
        }

    @classmethod
    def from_hash(
        cls,
        raw: dict[str, str],
        thread: list[str],
        transcript: list[str] | None = None,
        *,
        tz: tzinfo,
    ) -> Ticket:
        """The ticket from its hash, transcript and thread entries (JSON) as stored."""
        return cls(
            number=raw["number"],
            status=cast(Status, raw.get("status", "open")),
            subject=raw.get("subject", ""),
            email=raw.get("email") or None,
            name=raw.get("name") or None,
            conversation_id=raw.get("conversation_id") or None,
            source=cast(Source, raw.get("source") or "chat"),
            created_at=datetime.fromtimestamp(float(raw["created_ts"]), tz),
            due_at=datetime.fromtimestamp(float(raw["due_ts"]), tz),
            note=raw.get("note") or None,
            mail_failed=json.loads(raw["mail_failed"]) if raw.get("mail_failed") else None,
            confirmation_msgid=raw.get("confirmation_msgid") or None,
            last_msgid=raw.get("last_msgid") or None,
            references=(raw.get("references") or "").split(),
            thread=[json.loads(e) for e in [*(transcript or []), *thread]],
            transcript_entries=len(transcript or []),
            email_verified=bool(raw.get("email_verified")),
            locale=raw.get("locale") or None,
        )


def normalize_email(email: str | None) -> str | None:
    """The address as we store and compare it (trimmed, lower case), or None when it is
    not a plain address (control characters, spaces, no domain): such a value never reaches
    a mail header or an index."""
    if email is None:
        return None
    email = email.strip().lower()
    if not _EMAIL.match(email) or any(unicodedata.category(c)[0] in "CZ" for c in email):
        return None
    return email


def one_line(text: str, limit: int) -> str:
    """``text`` as one clean line: line breaks of every kind, NUL and other control or
    format characters become spaces, runs of space one, at most ``limit`` characters."""
    cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(cleaned.split())[:limit].strip()


def entry_from_message(message: dict[str, Any], source: Source) -> dict[str, Any]:
    """A contract Message (already redacted) as a thread entry."""
    entry = dict(message)
    entry.setdefault("id", uuid.uuid4().hex)
    entry.setdefault("redactions", [])
    entry.setdefault("ts", time.time())
    entry.setdefault("source", source)
    return entry
