"""Incoming mail, parsed with the standard library into what a ticket needs.

Pure functions: bytes in, ``ParsedMail`` out, or ``MalformedMail`` with a reason fit for an
SMTP reply. Texts here are NOT redacted yet; the caller redacts before storing anything.
Parsing is CPU work bounded by limits (parts, HTML converted, text kept); the inbound server
runs it off its event loop. What a mail says about itself (a subject tag, a From) is a claim;
``signing`` decides what it proves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from chat_server.tickets.mail_body import Attachment, html_to_text, trim_quoted, walk
from chat_server.tickets.mail_headers import MalformedMail, header, msgid, sender
from chat_server.tickets.outgoing import TICKET_RE

__all__ = [
    "Attachment",
    "MalformedMail",
    "ParsedMail",
    "html_to_text",
    "parse_mail",
    "trim_quoted",
]

MAX_TEXT_CHARS = 20_000
MAX_HTML_CHARS = 512_000  # converting HTML is the slow part: ~0.2 s for this much
MAX_SUBJECT_CHARS = 200
_MSGID_TICKET = re.compile(r"<(OCA-\d{6,})\.[0-9a-f.]+@", re.IGNORECASE)
_DAEMONS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_NOREPLY = re.compile(r"^(no-?reply|do-?not-?reply|bounces?)([+\-.].*)?$", re.IGNORECASE)


@dataclass
class ParsedMail:
    from_addr: str
    from_name: str | None
    subject: str
    text: str
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    auto: bool = False  # Auto-Submitted, bulk, list or no-reply: never answer automatically
    bounce: bool = False  # a delivery report or a mailer daemon
    failed_recipients: list[str] = field(default_factory=list)
    # Message-IDs of the original quoted in a delivery report (its returned headers).
    returned_message_ids: list[str] = field(default_factory=list)
    truncated: bool = False

    @property
    def no_answer(self) -> bool:
        return self.auto or self.bounce

    def referenced_ids(self) -> list[str]:
        """Message-IDs this mail answers, newest first."""
        return [m for m in [self.in_reply_to or "", *reversed(self.references)] if m]

    def ticket_number(self) -> str | None:
        """The ticket the mail *says* it is about (subject tag, then Message-IDs that look
        like ours): a claim for agents to see, never proof (``signing`` checks proof)."""
        m = TICKET_RE.search(self.subject)
        if m:
            return m.group(1).upper()
        for ref in [self.in_reply_to or "", *reversed(self.references)]:
            m = _MSGID_TICKET.search(ref)
            if m:
                return m.group(1).upper()
        return None


def parse_mail(
    raw: bytes,
    envelope_from: str | None = None,
    *,
    max_text_chars: int = MAX_TEXT_CHARS,
    max_html_chars: int = MAX_HTML_CHARS,
) -> ParsedMail:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:  # the parser is lenient; anything it raises is a broken mail
        raise MalformedMail("message could not be parsed") from exc
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise MalformedMail("message has no headers")
    from_addr, from_name = sender(msg)
    subject = header(msg, "Subject")
    subject = " ".join(subject.split())[:MAX_SUBJECT_CHARS]
    text, html_text, attachments, reports, returned = walk(msg)
    html_cut = False
    if not text.strip() and len(html_text) > max_html_chars:
        html_text, html_cut = html_text[:max_html_chars], True
    body = text[: 4 * max_text_chars] if text.strip() else html_to_text(html_text)
    body = trim_quoted(body.replace("\r\n", "\n").replace("\r", "\n")).strip()
    truncated = len(body) > max_text_chars or html_cut
    if truncated:
        body = body[:max_text_chars]
    local = from_addr.partition("@")[0].lower()
    # A null envelope sender (MAIL FROM:<>) is how bounces and other reports arrive.
    null_sender = envelope_from is not None and envelope_from.strip() in {"", "<>"}
    bounce = null_sender or local in _DAEMONS or msg.get_content_type() == "multipart/report"
    auto = (
        header(msg, "Auto-Submitted").strip().lower() not in {"", "no"}
        or header(msg, "Precedence").strip().lower() in {"bulk", "junk", "list"}
        or bool(header(msg, "List-Id"))
        or bool(header(msg, "List-Unsubscribe"))
        or bool(header(msg, "X-Autoreply"))
        or bool(header(msg, "X-Autorespond"))
        or any(
            v in header(msg, "X-Auto-Response-Suppress").lower()
            for v in ("all", "autoreply", "oof")
        )
        or bool(_NOREPLY.match(local))
    )
    return ParsedMail(
        from_addr=from_addr,
        from_name=from_name,
        subject=subject,
        text=body,
        message_id=msgid(header(msg, "Message-ID")),
        in_reply_to=msgid(header(msg, "In-Reply-To")),
        references=re.findall(r"<[^<>\s]+>", header(msg, "References"))[-20:],
        attachments=attachments,
        auto=auto,
        bounce=bounce,
        failed_recipients=reports,
        returned_message_ids=returned,
        truncated=truncated,
    )
