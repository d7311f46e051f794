"""Outgoing mail as MIME messages: plain text plus HTML, threaded, the number in the subject.

Nothing a customer typed can break a mail or add a header: every header value is one clean
line (``one_line``) and every body text is scrubbed of control characters. Mail to an
address nobody verified (typed into ``contact``, or a mail's ``From``) carries none of the
sender's text at all, neither in the subject nor the body nor the display name: such mail
could otherwise carry an attacker's words from our address to anyone (docs/tickets.md).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from chat_server.config import Settings
from chat_server.tickets.due import due_in_words, long_date
from chat_server.tickets.mail_words import word
from chat_server.tickets.outgoing import (
    BRAND,
    base_message,
    body_text,
    html_page,
    mail_address,
    make_msgid_plain,
    paragraph,
)
from chat_server.tickets.record import Ticket, one_line
from redaction import redact_text

_AUTHORS = {"customer": "you", "bot": "bot", "system": "system"}


def _who(entry: dict[str, Any], locale: str | None) -> str:
    author = str(entry.get("author", ""))
    if author == "agent":
        return str(entry.get("name") or word("agent", locale))
    return word(_AUTHORS[author], locale) if author in _AUTHORS else (author or "?")


def _when(entry: dict[str, Any], settings: Settings) -> str:
    try:
        return datetime.fromtimestamp(float(entry.get("ts", 0)), settings.tz).strftime("%H:%M")
    except (TypeError, ValueError, OverflowError):
        return ""


def transcript_text(
    thread: list[dict[str, Any]], settings: Settings, locale: str | None = None
) -> str:
    return "\n".join(
        f"[{_when(e, settings)}] {_who(e, locale)}: {body_text(e.get('text', ''))}" for e in thread
    )


def transcript_html(
    thread: list[dict[str, Any]], settings: Settings, locale: str | None = None
) -> str:
    rows = "".join(
        '<tr><td style="color:#666;vertical-align:top">'
        + html.escape(_when(e, settings))
        + '</td><td style="vertical-align:top"><b>'
        + html.escape(_who(e, locale))
        + "</b></td><td>"
        + html.escape(body_text(e.get("text", ""))).replace("\n", "<br>")
        + "</td></tr>"
        for e in thread
    )
    return f'<table cellpadding="4">{rows}</table>'


def greeting(ticket: Ticket) -> str:
    # The name came with the address: only a verified one's name is put in our mail.
    name = one_line(ticket.name or "", 80) if ticket.email_verified else ""
    return word("hello_name", ticket.locale, name=name) if name else word("hello", ticket.locale)


def confirmation(settings: Settings, ticket: Ticket, secret: bytes) -> EmailMessage:
    """The ticket is open: its number, when we answer, and (verified addresses only) what
    was said, redacted."""
    tag = f"[{ticket.number}]"
    loc = ticket.locale
    due, date = (
        due_in_words(ticket.due_at, settings.tz, loc),
        long_date(ticket.due_at, settings.tz, loc),
    )
    first = word("received", loc, number=ticket.number, when=f"{due} ({date})")
    thread = (
        [e for e in ticket.thread if e.get("author") != "system"] if ticket.email_verified else []
    )
    note = "" if ticket.email_verified else word("unverified", loc)
    heading = word("your_chat" if ticket.source == "chat" else "your_message", loc)
    text = (
        "\n\n".join(
            filter(
                None,
                [
                    greeting(ticket),
                    first,
                    word("reply_hint", loc, tag=tag),
                    f"{heading}:\n{transcript_text(thread, settings, loc)}" if thread else "",
                    note,
                    word("security", loc),
                    BRAND,
                ],
            )
        )
        + "\n"
    )
    body = (
        paragraph(greeting(ticket))
        + paragraph(first)
        + paragraph(word("reply_hint", loc, tag=tag))
        + (f"<h3>{heading}</h3>" + transcript_html(thread, settings, loc) if thread else "")
        + (paragraph(note) if note else "")
        + paragraph(word("security", loc))
        + paragraph(BRAND)
    )
    subject = word("subject_received", loc) + _about(ticket, ": ")
    auto = "auto-replied" if ticket.source == "email" else "auto-generated"
    return base_message(
        settings,
        ticket,
        secret=secret,
        subject=redact_text(subject),
        text=redact_text(text),
        html_body=redact_text(body),
        auto=auto,
    )


def _about(ticket: Ticket, sep: str) -> str:
    """What the ticket is about, for a subject: the customer's words only for a verified
    address (anyone can type any address into a chat or a From header)."""
    subject = one_line(ticket.subject or "", 150)
    return f"{sep}{subject}" if subject and ticket.email_verified else ""


def agent_reply(
    settings: Settings, ticket: Ticket, entry: dict[str, Any], secret: bytes
) -> EmailMessage:
    """An agent's answer, signed with the agent's name; a person wrote it, so not automatic."""
    tag = f"[{ticket.number}]"
    loc = ticket.locale
    agent = str(entry.get("name") or word("team", loc))
    reply = str(entry.get("text", ""))
    hint = word("reply_hint", loc, tag=tag)
    text = "\n\n".join([greeting(ticket), reply, f"{agent}\n{BRAND}", hint]) + "\n"
    body = (
        paragraph(greeting(ticket))
        + paragraph(reply)
        + paragraph(f"{agent}\n{BRAND}")
        + paragraph(hint)
    )
    subject = word("subject_reply", loc, about=_about(ticket, "") or word("your_request", loc))
    return base_message(
        settings,
        ticket,
        secret=secret,
        subject=redact_text(subject),
        text=redact_text(text),
        html_body=redact_text(body),
        auto=None,
    )


def closing(settings: Settings, ticket: Ticket, secret: bytes) -> EmailMessage:
    """The ticket is closed; a reply reopens it."""
    loc = ticket.locale
    first = word("closed", loc, number=ticket.number)
    again = word("closed_again", loc)
    text = "\n\n".join([greeting(ticket), first, again, BRAND]) + "\n"
    body = paragraph(greeting(ticket)) + paragraph(first) + paragraph(again) + paragraph(BRAND)
    about = _about(ticket, "")
    subject = (
        word("subject_closed", loc, about=about) if about else word("subject_closed_plain", loc)
    )
    return base_message(
        settings,
        ticket,
        secret=secret,
        subject=redact_text(subject),
        text=redact_text(text),
        html_body=redact_text(body),
        auto="auto-generated",
    )


def chat_transcript(
    settings: Settings,
    email: str,
    name: str | None,
    locale: str | None,
    messages: list[dict[str, Any]],
) -> EmailMessage:
    """A chat's transcript to its customer's verified address (no ticket: no reply address
    of one). The messages were redacted when written; the whole mail is redacted again."""
    first_ts = float(messages[0].get("ts", 0)) if messages else datetime.now(UTC).timestamp()
    date = long_date(datetime.fromtimestamp(first_ts, settings.tz), settings.tz, locale)
    hello = word("hello_name", locale, name=one_line(name, 80)) if name else word("hello", locale)
    intro = word("transcript_intro", locale, date=date)
    text = (
        "\n\n".join(
            [hello, intro, transcript_text(messages, settings, locale), word("security", locale)]
        )
        + f"\n\n{BRAND}\n"
    )
    body = (
        paragraph(hello)
        + paragraph(intro)
        + transcript_html(messages, settings, locale)
        + paragraph(word("security", locale))
        + paragraph(BRAND)
    )
    msg = EmailMessage()
    msg["From"] = mail_address(settings.support_address, redact_text(BRAND))
    msg["To"] = mail_address(email, redact_text(name) if name else None)
    msg["Subject"] = redact_text(word("transcript_subject", locale))
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid_plain(settings)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(body_text(redact_text(text)))
    msg.add_alternative(html_page(body_text(redact_text(body))), subtype="html")
    return msg
