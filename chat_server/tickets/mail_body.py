"""The body of an incoming mail: its text (plain, else HTML converted), attachments listed
(never kept), what a delivery report says failed and which of our mails it returns, and the
new part of a reply cut from the quoted thread. Standard library only, bounded by MAX_PARTS."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from typing import Any, ClassVar

from chat_server.tickets.mail_headers import MalformedMail, header, msgid

MAX_PARTS = 100


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {"filename": self.filename, "content_type": self.content_type, "size": self.size}


def walk(msg: EmailMessage) -> tuple[str, str, list[Attachment], list[str], list[str]]:
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
        found = msgid(header(inner, "Message-ID")) if inner is not None else None
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
