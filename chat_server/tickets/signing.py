"""Signed mail identifiers: how an inbound mail proves it answers (or bounces) our mail.

Anyone can write ``[OCA-000042]`` in a subject or ``From: victim``; nobody without
SECRET_KEY can make these three, each bound to one ticket by an HMAC:

- our Message-IDs, ``<OCA-000042.{nonce}.{mac}@domain>``: a reply names one in
  ``In-Reply-To``/``References``, a delivery report quotes it in the returned headers;
- the per-ticket reply address, ``support+OCA-000042.{mac}@domain`` (our ``Reply-To``);
- the VERP return path, ``support+bounce.OCA-000042.{mac}@domain`` (our envelope sender),
  whose mac also binds the recipient, so a bounce to it names the address that failed.

Macs are lower-case hex: mail systems may change the case of a local part.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_MAC_CHARS = 16  # 64 bits: guessing means one SMTP try per guess
_NUMBER = r"OCA-\d{6,}"
_MAC = rf"[0-9a-f]{{{_MAC_CHARS}}}"
_MSGID = re.compile(rf"^<({_NUMBER})\.([0-9a-f]{{12}})\.({_MAC})@[^<>\s]+>$", re.I)
_REPLY_TAG = re.compile(rf"^({_NUMBER})\.({_MAC})$", re.I)
_BOUNCE_TAG = re.compile(rf"^bounce\.({_NUMBER})\.({_MAC})$", re.I)


def _mac(secret: bytes, purpose: str, payload: str) -> str:
    digest = hmac.new(secret, f"mail-{purpose}:{payload}".encode(), hashlib.sha256).hexdigest()
    return digest[:_MAC_CHARS]


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.lower().encode(), b.lower().encode())


def _split(address: str) -> tuple[str, str]:
    local, _, domain = address.strip().strip("<>").rpartition("@")
    return local, domain.lower()


def message_id(secret: bytes, number: str, domain: str) -> str:
    nonce = secrets.token_hex(6)
    return f"<{number}.{nonce}.{_mac(secret, 'msgid', f'{number}.{nonce}')}@{domain}>"


def ticket_of_message_id(secret: bytes, msgid: str) -> str | None:
    """The ticket a Message-ID of ours was sent for; None for anyone else's or a forgery."""
    m = _MSGID.match(msgid.strip())
    if m is None:
        return None
    number, nonce, mac = m.group(1).upper(), m.group(2).lower(), m.group(3)
    return number if _same(mac, _mac(secret, "msgid", f"{number}.{nonce}")) else None


def _tagged(support_address: str, tag: str) -> str:
    local, domain = _split(support_address)
    return f"{local}+{tag}@{domain}"


def _tag_of(support_address: str, address: str) -> str | None:
    """The ``+tag`` of an address at our support mailbox, or None."""
    base_local, base_domain = _split(support_address)
    local, domain = _split(address)
    base, plus, tag = local.partition("+")
    if not plus or domain != base_domain or base.lower() != base_local.lower():
        return None
    return tag


def reply_address(secret: bytes, number: str, support_address: str) -> str:
    return _tagged(support_address, f"{number}.{_mac(secret, 'reply', number)}")


def ticket_of_reply_address(secret: bytes, address: str, support_address: str) -> str | None:
    tag = _tag_of(support_address, address)
    m = _REPLY_TAG.match(tag or "")
    if m is None:
        return None
    number = m.group(1).upper()
    return number if _same(m.group(2), _mac(secret, "reply", number)) else None


def bounce_address(secret: bytes, number: str, recipient: str, support_address: str) -> str:
    mac = _mac(secret, "bounce", f"{number}|{recipient.strip().lower()}")
    return _tagged(support_address, f"bounce.{number}.{mac}")


def bounce_tag(address: str, support_address: str) -> tuple[str, str] | None:
    """(ticket number, mac) of a VERP return path of ours; check it with ``bounce_valid``."""
    m = _BOUNCE_TAG.match(_tag_of(support_address, address) or "")
    return (m.group(1).upper(), m.group(2)) if m else None


def bounce_valid(secret: bytes, number: str, recipient: str, mac: str) -> bool:
    """Whether ``mac`` was made by us for mail about ``number`` sent to ``recipient``."""
    return _same(mac, _mac(secret, "bounce", f"{number}|{recipient.strip().lower()}"))


def is_support_address(address: str, support_address: str) -> bool:
    """The support mailbox itself or any ``+tag`` of it (tags are checked later)."""
    local, domain = _split(address)
    base_local, base_domain = _split(support_address)
    return domain == base_domain and local.partition("+")[0].lower() == base_local.lower()
