"""The rules that change a ticket: what a new ticket holds, and what each event (a contact
address, the customer wrote, an agent answered, closed, a mail bounced, our mail went out)
does to it. No Redis here: each rule is a function of the ticket that
`chat_server.tickets.store.TicketStore` applies inside its WATCH/MULTI, so a retried
transaction runs the rule again on the fresh record."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Collection
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from chat_server.tickets.due import due_at as compute_due_at
from chat_server.tickets.record import (
    MAX_SUBJECT_CHARS,
    Source,
    Ticket,
    normalize_email,
    one_line,
)

Change = Callable[[Ticket], None]


def new_ticket_fields(
    *,
    subject: str,
    email: str | None,
    email_verified: bool,
    name: str | None,
    conversation_id: str | None,
    source: Source,
    note: str | None,
    message_id: str | None,
    locale: str | None,
    created: datetime,
    due: datetime,
) -> dict[str, str]:
    """The hash of a ticket being opened (its number is added when allocated); ``email``
    already normalized."""
    return {
        "status": "open",
        "subject": one_line(subject, MAX_SUBJECT_CHARS),
        "email": email or "",
        "email_verified": "1" if (email and email_verified) else "",
        "name": name or "",
        "conversation_id": conversation_id or "",
        "source": source,
        "note": note or "",
        "created_ts": repr(created.timestamp()),
        "due_ts": repr(due.timestamp()),
        # The customer's own Message-ID, so our answer threads under their mail.
        "last_msgid": message_id or "",
        "references": message_id or "",
        "locale": (locale or "")[:16],
    }


def contact(address: str, name: str | None, *, verified: bool) -> Change:
    """Where the ticket's mail goes; a new address clears an earlier delivery failure and
    is verified only when ``verified``, the same address keeps what it had."""

    def change(t: Ticket) -> None:
        if t.email != address:
            t.mail_failed = None
            t.email_verified = verified
        else:
            t.email_verified = t.email_verified or verified
        t.email = address
        if name:
            t.name = one_line(name, 100) or t.name

    return change


def customer_entry(
    text: str,
    source: Source,
    *,
    name: str | None,
    subject: str | None,
    attachments: list[dict[str, Any]] | None,
    redactions: list[str] | None,
    ts: float,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "author": "customer",
        "name": name,
        "text": text,
        "redactions": redactions or [],
        "ts": ts,
        "source": source,
    }
    if subject is not None:
        entry["subject"] = subject
    if attachments:
        entry["attachments"] = attachments
    return entry


def customer_wrote(
    entry: dict[str, Any],
    *,
    message_id: str | None,
    reopen: bool,
    tz: ZoneInfo,
    holidays: Collection[date],
) -> Change:
    """Append the customer's entry; an answered or closed ticket reopens, due again by the
    contract's rule counted from this message."""

    def change(t: Ticket) -> None:
        t.thread.append(entry)
        if message_id:
            _threaded_on(t, message_id)
        if reopen and t.status != "open":
            t.status = "open"
            t.due_at = compute_due_at(datetime.fromtimestamp(entry["ts"], UTC), tz, holidays)

    return change


def agent_entry(
    *, agent_id: str, agent_name: str, text: str, redactions: list[str] | None, ts: float
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4().hex,
        "author": "agent",
        "name": agent_name,
        "agent_id": agent_id,
        "text": text,
        "redactions": redactions or [],
        "ts": ts,
        "source": "email",
    }


def agent_answered(entry: dict[str, Any], mail_id: Callable[[Ticket], str | None]) -> Change:
    """Append the agent's entry; the ticket becomes ``answered`` (a closed one stays closed).
    ``mail_id(ticket)`` composes the answer's mail and returns its Message-ID, or None when
    no mail goes."""

    def change(t: Ticket) -> None:
        t.thread.append(entry)
        if t.status != "closed":
            t.status = "answered"
        msgid = mail_id(t)
        if msgid is not None:
            _threaded_on(t, msgid)

    return change


def closed(agent_name: str | None, was_open: list[bool]) -> Change:
    """Close the ticket with a system entry; ``was_open`` receives whether it was open or
    answered until now (closing twice changes nothing)."""

    def change(t: Ticket) -> None:
        was_open[:] = [t.status != "closed"]
        if was_open[0]:
            t.status = "closed"
            t.thread.append(
                {
                    "id": uuid.uuid4().hex,
                    "author": "system",
                    "name": agent_name,
                    "text": "Ticket closed.",
                    "redactions": [],
                    "ts": time.time(),
                    "source": "system",
                }
            )

    return change


def mail_failed(address: str, code: int, reason: str) -> Change:
    """A permanent delivery failure (5xx), kept only while ``address`` is still the
    ticket's."""

    def change(t: Ticket) -> None:
        if t.email and t.email == normalize_email(address):
            failure = {"address": t.email, "code": code, "reason": reason[:200]}
            t.mail_failed = {**failure, "ts": time.time()}

    return change


def mail_sent(message_id: str, *, confirmation: bool) -> Change:
    """Our Message-ID, so the next mail and the customer's reply thread on it."""

    def change(t: Ticket) -> None:
        _threaded_on(t, message_id)
        if confirmation:
            t.confirmation_msgid = message_id

    return change


def _threaded_on(t: Ticket, message_id: str) -> None:
    t.last_msgid = message_id
    t.references = [*t.references, message_id]
