"""Outgoing mail as MIME messages: plain text plus HTML, threaded, the number in the subject."""

from __future__ import annotations

import html
import re
import uuid
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from chat_server.config import Settings
from chat_server.tickets.due import due_in_words, long_date
from chat_server.tickets.store import Ticket
from redaction import Redacted, redact_text

BRAND = "One Click Actions Support"
TICKET_RE = re.compile(r"\[(OCA-\d{6,})\]", re.IGNORECASE)
_PREFIXES = re.compile(r"^\s*((re|aw|fwd?|wg|antw)\s*:\s*)+", re.IGNORECASE)
SECURITY_NOTE = (
    "Please never send passwords or full card numbers by email or chat; we will never ask for them."
)
REPLY_HINT = "Reply to this email to add to your request; keep {tag} in the subject."


def mail_domain(settings: Settings) -> str:
    return settings.support_address.rpartition("@")[2] or "localhost"


def make_msgid(number: str, settings: Settings) -> str:
    """A Message-ID that names its ticket, so a reply's In-Reply-To can find it again."""
    return f"<{number}.{uuid.uuid4().hex}@{mail_domain(settings)}>"


def clean_subject(subject: str) -> str:
    """The customer's subject without our tag, reply prefixes or line breaks."""
    subject = TICKET_RE.sub("", subject)
    subject = " ".join(subject.split())
    return _PREFIXES.sub("", subject).strip()[:150]


def tagged_subject(ticket: Ticket, text: str) -> str:
    return f"[{ticket.number}] {text}".strip()


def _address(email: str, name: Redacted | None) -> Address:
    user, _, domain = email.partition("@")
    # Display names are personal data and may hold anything; strip what breaks headers.
    safe = " ".join((name or "").split())[:80]
    return Address(display_name=safe, username=user, domain=domain)


def base_message(
    settings: Settings,
    ticket: Ticket,
    *,
    subject: Redacted,
    text: Redacted,
    html_body: Redacted,
    auto: str | None,
) -> EmailMessage:
    """A mail to the ticket's customer with every header the contract asks for.

    Takes only redacted text (the type checker proves every mailed text went through the
    redactor); the callers below redact what they composed, once, here at the boundary.
    """
    if not ticket.email:
        raise ValueError("ticket has no email address")
    msg = EmailMessage()
    msg["From"] = _address(settings.support_address, redact_text(BRAND))
    msg["To"] = _address(ticket.email, redact_text(ticket.name) if ticket.name else None)
    msg["Reply-To"] = settings.support_address
    msg["Subject"] = tagged_subject(ticket, subject)
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(ticket.number, settings)
    if ticket.last_msgid:
        msg["In-Reply-To"] = ticket.last_msgid
    if ticket.references:
        msg["References"] = " ".join(ticket.references[-10:])
    if auto:
        # RFC 3834: automatic mail says so, and asks other robots not to answer it.
        msg["Auto-Submitted"] = auto
        msg["X-Auto-Response-Suppress"] = "All"
    msg["X-OCA-Ticket"] = ticket.number
    msg.set_content(text)
    msg.add_alternative(_html_page(html_body), subtype="html")
    return msg


def _html_page(body: str) -> str:
    return (
        '<!doctype html><html><body style="font-family:sans-serif;line-height:1.4">'
        f"{body}</body></html>"
    )


def _p(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


_AUTHORS = {"customer": "You", "bot": "Assistant", "system": "System"}


def _who(entry: dict[str, Any]) -> str:
    author = str(entry.get("author", ""))
    if author == "agent":
        return str(entry.get("name") or "Agent")
    return _AUTHORS.get(author, author or "?")


def _when(entry: dict[str, Any], settings: Settings) -> str:
    try:
        return datetime.fromtimestamp(float(entry.get("ts", 0)), settings.tz).strftime("%H:%M")
    except (TypeError, ValueError, OverflowError):
        return ""


def transcript_text(thread: list[dict[str, Any]], settings: Settings) -> str:
    return "\n".join(f"[{_when(e, settings)}] {_who(e)}: {e.get('text', '')}" for e in thread)


def transcript_html(thread: list[dict[str, Any]], settings: Settings) -> str:
    rows = "".join(
        '<tr><td style="color:#666;vertical-align:top">'
        + html.escape(_when(e, settings))
        + '</td><td style="vertical-align:top"><b>'
        + html.escape(_who(e))
        + "</b></td><td>"
        + html.escape(str(e.get("text", ""))).replace("\n", "<br>")
        + "</td></tr>"
        for e in thread
    )
    return f'<table cellpadding="4">{rows}</table>'


def greeting(ticket: Ticket) -> str:
    return f"Hello {ticket.name}," if ticket.name else "Hello,"


def confirmation(settings: Settings, ticket: Ticket) -> EmailMessage:
    """The ticket is open: its number, when we answer, and what was said (redacted)."""
    tag = f"[{ticket.number}]"
    when = f"{due_in_words(ticket.due_at, settings.tz)} ({long_date(ticket.due_at, settings.tz)})"
    first = (
        f"we have received your request and opened ticket {ticket.number}. We will answer {when}."
    )
    thread = [e for e in ticket.thread if e.get("author") != "system"]
    heading = "Your chat" if ticket.source == "chat" else "Your message"
    text = (
        "\n\n".join(
            filter(
                None,
                [
                    greeting(ticket),
                    first,
                    REPLY_HINT.format(tag=tag),
                    f"{heading}:\n{transcript_text(thread, settings)}" if thread else "",
                    SECURITY_NOTE,
                    BRAND,
                ],
            )
        )
        + "\n"
    )
    body = (
        _p(greeting(ticket))
        + _p(first)
        + _p(REPLY_HINT.format(tag=tag))
        + (f"<h3>{heading}</h3>" + transcript_html(thread, settings) if thread else "")
        + _p(SECURITY_NOTE)
        + _p(BRAND)
    )
    subject = (
        f"We received your request: {ticket.subject}"
        if ticket.subject
        else ("We received your request")
    )
    auto = "auto-replied" if ticket.source == "email" else "auto-generated"
    return base_message(
        settings,
        ticket,
        subject=redact_text(subject),
        text=redact_text(text),
        html_body=redact_text(body),
        auto=auto,
    )


def agent_reply(settings: Settings, ticket: Ticket, entry: dict[str, Any]) -> EmailMessage:
    """An agent's answer, signed with the agent's name; a person wrote it, so not automatic."""
    tag = f"[{ticket.number}]"
    agent = str(entry.get("name") or "Your support team")
    reply = str(entry.get("text", ""))
    text = (
        "\n\n".join([greeting(ticket), reply, f"{agent}\n{BRAND}", REPLY_HINT.format(tag=tag)])
        + "\n"
    )
    body = (
        _p(greeting(ticket)) + _p(reply) + _p(f"{agent}\n{BRAND}") + _p(REPLY_HINT.format(tag=tag))
    )
    subject = f"Re: {ticket.subject}" if ticket.subject else "Re: your request"
    return base_message(
        settings,
        ticket,
        subject=redact_text(subject),
        text=redact_text(text),
        html_body=redact_text(body),
        auto=None,
    )


def closing(settings: Settings, ticket: Ticket) -> EmailMessage:
    """The ticket is closed; a reply reopens it."""
    first = f"we have closed ticket {ticket.number}."
    again = "If you still need help, reply to this email and the ticket opens again."
    text = "\n\n".join([greeting(ticket), first, again, BRAND]) + "\n"
    body = _p(greeting(ticket)) + _p(first) + _p(again) + _p(BRAND)
    subject = f"Closed: {ticket.subject}" if ticket.subject else "Your request is closed"
    return base_message(
        settings,
        ticket,
        subject=redact_text(subject),
        text=redact_text(text),
        html_body=redact_text(body),
        auto="auto-generated",
    )
