"""Signed tokens: customers' conversation tokens, agents' session tokens, portal identities.

All are HMAC-SHA256 with SECRET_KEY, so every node accepts every other node's tokens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

import redis.asyncio as aioredis

from chat_server.config import Settings

DEV_SECRET_KEY = "lc:secret"  # development only: generated once, shared by every node


async def load_secret(settings: Settings, redis: aioredis.Redis) -> bytes:
    if settings.secret_key:
        return settings.secret_key.encode()
    # Development/test without SECRET_KEY: the first node makes one and the others reuse it.
    await redis.set(DEV_SECRET_KEY, secrets.token_hex(32), nx=True)
    value = await redis.get(DEV_SECRET_KEY)
    return str(value).encode()


def _mac(secret: bytes, purpose: str, payload: str) -> str:
    digest = hmac.new(secret, f"{purpose}:{payload}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode().rstrip("=")


def new_conversation_id() -> str:
    return secrets.token_hex(16)


ANONYMOUS = "anon"  # the subject of a token issued to a conversation with no signed identity


@dataclass(frozen=True)
class CustomerClaims:
    """What a customer token grants: one conversation, for one identity, until `expires`."""

    conversation_id: str
    subject: str  # identity_subject() of the signed identity it was issued for, or ANONYMOUS
    issued_ms: int
    expires: int


def identity_subject(secret: bytes, email: str) -> str:
    """A token's identity binding: keyed hash of the signed email (the email is not in it)."""
    return _mac(secret, "subject", email.strip().lower())[:22]


def customer_token(
    secret: bytes,
    conversation_id: str,
    subject: str = ANONYMOUS,
    ttl_s: int = 30 * 86400,
    now: float | None = None,
) -> str:
    """`c2.{conversation}.{subject}.{issued ms}.{expires}.{mac}`; `c1` tokens (no expiry,
    no identity) are no longer accepted: they start a new conversation like an unknown one."""
    stamp = time.time() if now is None else now
    payload = f"{conversation_id}.{subject}.{int(stamp * 1000)}.{int(stamp) + ttl_s}"
    return f"c2.{payload}.{_mac(secret, 'customer', payload)}"


def customer_claims(
    secret: bytes, token: object, now: float | None = None
) -> CustomerClaims | None:
    """The claims of a well-formed, genuine, unexpired token; None otherwise. Revocation is
    checked by the caller (it needs Redis)."""
    if not isinstance(token, str) or len(token) > 200:
        return None
    parts = token.split(".")
    if len(parts) != 6 or parts[0] != "c2":
        return None
    conversation_id, subject, issued, expires = parts[1:5]
    if len(conversation_id) != 32 or any(c not in "0123456789abcdef" for c in conversation_id):
        return None
    if not hmac.compare_digest(parts[5], _mac(secret, "customer", ".".join(parts[1:5]))):
        return None
    try:
        claims = CustomerClaims(conversation_id, subject, int(issued), int(expires))
    except ValueError:
        return None
    if claims.expires < (time.time() if now is None else now):
        return None
    return claims


def conversation_from_token(secret: bytes, token: object) -> str | None:
    """The conversation a token grants, or None when it is missing, malformed, forged or
    expired (identity binding and revocation are checked on connect)."""
    claims = customer_claims(secret, token)
    return None if claims is None else claims.conversation_id


def identity_signature(secret: bytes, email: str) -> str:
    """What the portal sends with a signed-in customer: hex HMAC-SHA256 over the email."""
    return hmac.new(secret, email.encode(), hashlib.sha256).hexdigest()


def identity_valid(secret: bytes, email: str, signature: str) -> bool:
    return hmac.compare_digest(identity_signature(secret, email), signature.lower())


@dataclass(frozen=True)
class AgentClaims:
    agent_id: str
    expires: int
    version: str


AGENT_TOKEN_TTL_S = 12 * 3600


def agent_token(secret: bytes, agent_id: str, version: str, ttl_s: int = AGENT_TOKEN_TTL_S) -> str:
    """``a2.{agent}.{expires}.{version}.{nonce}.{mac}``: the nonce makes every sign-in's token
    its own, so signing one session out never ends another (lc:agents:revoked)."""
    expires = int(time.time()) + ttl_s
    payload = f"{agent_id}.{expires}.{version}.{secrets.token_hex(8)}"
    return f"a2.{payload}.{_mac(secret, 'agent', payload)}"


def agent_claims(secret: bytes, token: object) -> AgentClaims | None:
    if not isinstance(token, str) or len(token) > 300:
        return None
    parts = token.split(".")
    # a1 (no nonce) tokens issued before the upgrade stay valid until they expire.
    if not ((len(parts) == 5 and parts[0] == "a1") or (len(parts) == 6 and parts[0] == "a2")):
        return None
    payload = ".".join(parts[1:-1])
    if not hmac.compare_digest(parts[-1], _mac(secret, "agent", payload)):
        return None
    try:
        expires = int(parts[2])
    except ValueError:
        return None
    if expires < time.time():
        return None
    return AgentClaims(agent_id=parts[1], expires=expires, version=parts[3])
