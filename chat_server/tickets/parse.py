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
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser
from typing import Any, ClassVar

from chat_server.tickets.compose import TICKET_RE

MAX_TEXT_CHARS = 20_000
MAX_HTML_CHARS = 512_000  # converting HTML is the slow part: ~0.2 s for this much
MAX_PARTS = 100
MAX_SUBJECT_CHARS = 200
_MSGID_TICKET = re.compile(r"<(OCA-\d{6,})\.[0-9a-f.]+@", re.IGNORECASE)
_DAEMONS = {"mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"}
_NOREPLY = re.compile(r"^(no-?reply|do-?not-?reply|bounces?)([+\-.].*)?$", re.IGNORECASE)


class MalformedMail(ValueError):
    """The mail cannot be turned into a ticket; ``str(exc)`` is safe to put in a reply."""


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size}


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
    from_addr, from_name = _sender(msg)
    subject = _header(msg, "Subject")
    subject = " ".join(subject.split())[:MAX_SUBJECT_CHARS]
    text, html_text, attachments, reports, returned = _walk(msg)
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
        _header(msg, "Auto-Submitted").strip().lower() not in {"", "no"}
        or _header(msg, "Precedence").strip().lower() in {"bulk", "junk", "list"}
        or bool(_header(msg, "List-Id"))
        or bool(_header(msg, "List-Unsubscribe"))
        or bool(_header(msg, "X-Autoreply"))
        or bool(_header(msg, "X-Autorespond"))
        or any(
            v in _header(msg, "X-Auto-Response-Suppress").lower()
            for v in ("all", "autoreply", "oof")
        )
        or bool(_NOREPLY.match(local))
    )
    return ParsedMail(
        from_addr=from_addr,
        from_name=from_name,
        subject=subject,
        text=body,
        message_id=_msgid(_header(msg, "Message-ID")),
        in_reply_to=_msgid(_header(msg, "In-Reply-To")),
        references=re.findall(r"<[^<>\s]+>", _header(msg, "References"))[-20:],
        attachments=attachments,
        auto=auto,
        bounce=bounce,
        failed_recipients=reports,
        returned_message_ids=returned,
        truncated=truncated,
    )


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header the registry cannot parse: treat as absent
        return ""
    return str(value) if value is not None else ""


def _msgid(value: str) -> str | None:
    m = re.search(r"<[^<>\s]+>", value)
    return m.group(0)[:250] if m else None


_ANGLE_ADDR = re.compile(r"<([^<>\s@]+@[^<>\s@]+)>")
_BARE_ADDR = re.compile(r"\s*([^\s<>()\",;@]+@[^\s<>()\",;@]+)\s*(?:\([^()]*\))?\s*")


def _raw_from_address(msg: EmailMessage) -> str | None:
    """The From address as it stands in the raw header, before encoded words are decoded:
    an encoded display name can hide a second address (`=?utf-8?b?...?=` decoding to
    `Name <evil@x>`), which a decoded parse would take for the sender."""
    raw = next((str(v) for k, v in msg.raw_items() if k.lower() == "from"), None)
    if raw is None:
        return None
    raw = " ".join(raw.split())
    angle = _ANGLE_ADDR.findall(raw)
    if len(angle) == 1:
        return str(angle[0])
    if not angle:
        bare = _BARE_ADDR.fullmatch(raw)
        return str(bare.group(1)) if bare else None
    return None  # several addresses: not a single sender


def _unescape(text: str) -> str:
    # Raw 8-bit header bytes arrive as surrogate escapes: back to UTF-8 (or U+FFFD).
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _sender(msg: EmailMessage) -> tuple[str, str | None]:
    addr = _raw_from_address(msg)
    if addr is None or len(addr) > 254:
        raise MalformedMail("no valid From address")
    try:
        header = msg["From"]
        addresses = getattr(header, "addresses", ()) if header is not None else ()
    except Exception:
        addresses = ()
    # The display name only when the decoded header agrees on the address.
    name = next(
        (
            " ".join(_unescape(a.display_name or "").split())[:100] or None
            for a in addresses
            if (a.addr_spec or "").strip().lower() == addr.lower()
        ),
        None,
    )
    return addr.lower(), name


def _walk(msg: EmailMessage) -> tuple[str, str, list[Attachment], list[str], list[str]]:
    text = ""
    html_text = ""
    attachments: list[Attachment] = []
    failed: list[str] = []
    returned: list[str] = []
    for n, part in enumerate(msg.walk()):
        if n >= MAX_PARTS:
            raise MalformedMail("too many MIME parts")
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            failed.extend(_failed_recipients(part))
            continue
        if ctype in {"message/rfc822", "text/rfc822-headers", "message/rfc822-headers"}:
            returned.extend(_returned_message_ids(part))
            if ctype == "message/rfc822":
                continue
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if ctype in {"text/plain", "text/html"} and disposition != "attachment" and not filename:
            content = _text_of(part)
            if ctype == "text/plain" and not text:
                text = content
            elif ctype == "text/html" and not html_text:
                html_text = content
            continue
        payload = part.get_payload(decode=True)
        size = len(payload) if isinstance(payload, bytes) else 0
        attachments.append(
            Attachment(filename=(filename or "(unnamed)")[:200], content_type=ctype, size=size)
        )
    return text, html_text, attachments, failed, returned[:5]


def _returned_message_ids(part: Message) -> list[str]:
    """The Message-ID of the original a delivery report returns (whole or headers only)."""
    payload = part.get_payload()
    if isinstance(payload, list):
        inner = payload[0] if payload and isinstance(payload[0], Message) else None
        found = _msgid(_header(inner, "Message-ID")) if inner is not None else None
        return [found] if found else []
    if isinstance(payload, str):
        m = re.search(r"(?im)^Message-ID:\s*(<[^<>\s]+>)", payload[:20_000])
        return [m.group(1)[:250]] if m else []
    return []


def _text_of(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, AttributeError, ValueError):
        pass
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", "replace")
    return ""


def _failed_recipients(part: Message) -> list[str]:
    """Final-Recipient of failed actions in a delivery status notification (RFC 3464)."""
    blocks = part.get_payload()
    out: list[str] = []
    # The parser turns each field block of the report into a header-only sub-message.
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, Message):
            continue
        action = str(block.get("Action", "")).strip().lower()
        m = re.search(r";\s*<?([^\s<>]+@[^\s<>]+)", str(block.get("Final-Recipient", "")))
        if action == "failed" and m:
            out.append(m.group(1).lower())
    return out


# -- quoted replies ---------------------------------------------------------------------------

_CUT = [
    re.compile(r"^On\b.{0,300}\bwrote:\s*$", re.IGNORECASE),
    re.compile(r"^Am\b.{0,300}\bschrieb\b.{0,200}:\s*$", re.IGNORECASE),
    re.compile(r"^-{2,}\s*(Original Message|Ursprüngliche Nachricht)\s*-{2,}", re.IGNORECASE),
    re.compile(r"^_{10,}\s*$"),
]
_OUTLOOK_FROM = re.compile(r"^(From|Von):\s", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^(Sent|Date|Gesendet|To|An):\s", re.IGNORECASE)


def trim_quoted(text: str) -> str:
    """The new part of a reply: cut at the quote header, drop ``>`` lines.

    Falls back to the whole text when trimming would leave nothing (a bare forward)."""
    lines = text.split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if any(p.match(stripped) for p in _CUT):
            break
        # Gmail wraps long "On ... wrote:" lines in two.
        if stripped.startswith("On ") and nxt.endswith("wrote:") and len(stripped) < 300:
            break
        if _OUTLOOK_FROM.match(stripped) and _OUTLOOK_NEXT.match(nxt):
            break
        if stripped.startswith(">"):
            continue
        kept.append(line.rstrip())
    result = "\n".join(kept).strip()
    return result if result else text.strip()


# -- HTML to text -----------------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    _BLOCK: ClassVar[frozenset[str]] = frozenset(
        {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr"}
    )
    _SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "head", "title", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.done = False  # Gmail puts the quoted thread last: nothing after it is new

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(v or "" for k, v in attrs if k == "class")
        if "gmail_quote" in classes:
            self.done = True
        elif tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip and not self.done:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    if not markup:
        return ""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:
        return ""
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
