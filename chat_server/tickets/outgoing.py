"""An outgoing mail's envelope: From, To, a signed Reply-To and Message-ID, threading on the
ticket's earlier mail, the number in the subject, and text made safe for headers and bodies.
`chat_server.tickets.compose` writes what the mails say inside it."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from email.utils import make_msgid as email_make_msgid

from chat_server.config import Settings
from chat_server.tickets.record import Ticket, one_line
from chat_server.tickets.signing import message_id, reply_address
from redaction import Redacted, redact_text

BRAND = "One Click Actions Support"
TICKET_RE = re.compile(r"\[(OCA-\d{6,})\]", re.IGNORECASE)
_PREFIXES = re.compile(r"^\s*((re|aw|fwd?|wg|antw)\s*:\s*)+", re.IGNORECASE)


def mail_domain(settings: Settings) -> str:
    return settings.support_address.rpartition("@")[2] or "localhost"


def make_msgid(number: str, settings: Settings, secret: bytes) -> str:
    """A signed Message-ID naming its ticket: a reply quoting it proves it answers us."""
    return message_id(secret, number, mail_domain(settings))


def clean_subject(subject: str) -> str:
    """The customer's subject without our tag, reply prefixes or line breaks."""
    subject = one_line(TICKET_RE.sub("", subject), 1000)
    return _PREFIXES.sub("", subject).strip()[:150]


def tagged_subject(ticket: Ticket, text: str) -> str:
    return one_line(f"[{ticket.number}] {text}", 200)


def body_text(text: object) -> str:
    """Text fit for a mail body: line breaks normalised, control characters (NUL, escape
    sequences) and unpaired surrogates gone; tabs and line breaks kept."""
    value = str(text).encode("utf-8", "replace").decode("utf-8")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return "".join(
        c if c in "\n\t" or unicodedata.category(c) not in {"Cc", "Cs"} else " " for c in value
    )


def mail_address(email: str, name: Redacted | None) -> Address:
    user, _, domain = email.partition("@")
    # Display names are personal data and may hold anything; strip what breaks headers.
    return Address(display_name=one_line(name or "", 80), username=user, domain=domain)


def _msgids(values: list[str]) -> list[str]:
    # Message-IDs come from customers' mail headers: only well-formed ones go back out.
    return [v for v in values if re.fullmatch(r"<[!-;=?-~]{1,250}>", v)]


def base_message(
    settings: Settings,
    ticket: Ticket,
    *,
    secret: bytes,
    subject: Redacted,
    text: Redacted,
    html_body: Redacted,
    auto: str | None,
) -> EmailMessage:
    """A mail to the ticket's customer with every header the contract asks for.

    ``Reply-To`` is the ticket's signed reply address and the Message-ID is signed, so the
    customer's answer proves which ticket it answers (``signing``). Takes only redacted text
    (the type checker proves every mailed text went through the redactor); the callers below
    redact what they composed, once, here at the boundary.
    """
    if not ticket.email:
        raise ValueError("ticket has no email address")
    msg = EmailMessage()
    msg["From"] = mail_address(settings.support_address, redact_text(BRAND))
    # The name typed next to an unverified address is the sender's word: not in our mail.
    shown_name = ticket.name if ticket.email_verified and ticket.name else None
    msg["To"] = mail_address(ticket.email, redact_text(shown_name) if shown_name else None)
    msg["Reply-To"] = reply_address(secret, ticket.number, settings.support_address)
    msg["Subject"] = tagged_subject(ticket, subject)
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(ticket.number, settings, secret)
    last = _msgids([ticket.last_msgid or ""])
    if last:
        msg["In-Reply-To"] = last[0]
    references = _msgids(ticket.references[-10:])
    if references:
        msg["References"] = " ".join(references)
    if auto:
        # RFC 3834: automatic mail says so, and asks other robots not to answer it.
        msg["Auto-Submitted"] = auto
        msg["X-Auto-Response-Suppress"] = "All"
    msg["X-OCA-Ticket"] = ticket.number
    msg.set_content(body_text(text))
    msg.add_alternative(html_page(body_text(html_body)), subtype="html")
    return msg


def html_page(body: str) -> str:
    return (
        '<!doctype html><html><body style="font-family:sans-serif;line-height:1.4">'
        f"{body}</body></html>"
    )


def paragraph(text: str) -> str:
    return "<p>" + html.escape(body_text(text)).replace("\n", "<br>") + "</p>"


def make_msgid_plain(settings: Settings) -> str:
    """A Message-ID naming no ticket (a reply to it opens a new one, as any mail would)."""
    return email_make_msgid(domain=mail_domain(settings))
