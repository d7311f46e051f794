"""Mail headers read defensively: a header the registry cannot parse counts as absent, a
Message-ID is cut to a sane length, and the sender is the one address of the raw From header
(`chat_server.tickets.parse` puts a ParsedMail together from these and `mail_body`)."""

from __future__ import annotations

import re
from email.message import EmailMessage, Message


class MalformedMail(ValueError):
    """The mail cannot be turned into a ticket; ``str(exc)`` is safe to put in a reply."""


def header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header the registry cannot parse: treat as absent
        return ""
    return str(value) if value is not None else ""


def msgid(value: str) -> str | None:
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


def sender(msg: EmailMessage) -> tuple[str, str | None]:
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
