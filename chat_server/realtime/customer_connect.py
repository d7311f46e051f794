"""Who a customer connection is: admission per client address, connect-auth (a resumable
token, the portal's signed identity), the first `session` payload, and the rate limits every
event takes. `chat_server.realtime.customer.CustomerNamespace` holds one `CustomerGate`."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import socketio
from pydantic import ValidationError

from chat_server import metrics
from chat_server.client_address import client_address
from chat_server.conversations.messaging import LeadIn
from chat_server.conversations.service import ConversationService
from chat_server.realtime.ratelimit import BucketMap, TokenBucket
from chat_server.realtime.validation import Identity, parse_auth
from chat_server.security import (
    ANONYMOUS,
    customer_claims,
    customer_token,
    identity_subject,
    identity_valid,
    new_conversation_id,
)


@dataclass
class CustomerConnection:
    conversation_id: str
    locale: str | None
    bucket: TokenBucket
    address: str
    subject: str  # whom this connection's tokens are issued to (identity_subject or ANONYMOUS)
    typing_bucket: TokenBucket = field(default_factory=lambda: TokenBucket(2.0, 5))
    lead_in: LeadIn = field(default_factory=LeadIn)


@dataclass
class Joined:
    """What connect-auth decided: the conversation, and whether it has a past to send."""

    conversation_id: str
    locale: str | None
    after_seq: int | None
    fresh: bool
    subject: str


class CustomerGate:
    """The customer connections of this node and the limits they share."""

    def __init__(self, service: ConversationService, secret: bytes) -> None:
        self.service = service
        self.secret = secret
        self.settings = service.settings
        self.connections: dict[str, CustomerConnection] = {}
        self._per_address: dict[str, int] = {}  # open customer connections on this node
        # Node-local buckets on top of each connection's: fresh connections from one address,
        # or many tabs of one conversation, do not multiply the message rate.
        s = self.settings
        self._address_buckets = BucketMap(
            s.rate_limit_per_address_per_s, max(1, round(5 * s.rate_limit_per_address_per_s))
        )
        self._conversation_buckets = BucketMap(s.rate_limit_per_s, s.rate_limit_burst)

    def address(self, environ: dict[str, Any]) -> str:
        request = environ.get("aiohttp.request")
        if request is None:
            return str(environ.get("REMOTE_ADDR") or "unknown")
        return client_address(request.remote, request.headers, self.settings.trusted_proxy_networks)

    def admit(self, address: str) -> None:
        """Count a connection from ``address``, or refuse it when the node holds enough."""
        if self._per_address.get(address, 0) >= self.settings.max_connections_per_address:
            metrics.REJECTED.labels("chat", "too_many_connections").inc()
            raise socketio.exceptions.ConnectionRefusedError(
                "Too many chat connections from your network; please close other chat "
                "windows or try again in a minute.",
                {"code": "too_many_connections"},
            )
        self._per_address[address] = self._per_address.get(address, 0) + 1

    def release(self, address: str) -> None:
        left = self._per_address.get(address, 0) - 1
        if left > 0:
            self._per_address[address] = left
        else:
            self._per_address.pop(address, None)

    async def authenticate(self, auth: Any) -> Joined:
        """Resume the token's conversation when it may be, else start one; a signed identity
        is recorded on it."""
        parsed = parse_auth(auth)
        identity = self._signed_identity(parsed.identity)
        subject = identity_subject(self.secret, identity.email) if identity else ANONYMOUS
        conversation_id: str | None = None
        claims = customer_claims(self.secret, parsed.token)
        if claims is not None and await self.service.sessions.resumable(
            claims, identity.email if identity else None, subject
        ):
            conversation_id = claims.conversation_id
        fresh = conversation_id is None  # a new conversation: nothing to read back
        if conversation_id is None:
            conversation_id = new_conversation_id()
        if identity is not None:
            fresh = False
            await self.service.sessions.set_identity(conversation_id, identity.email, identity.name)
        return Joined(conversation_id, parsed.locale, parsed.after_seq, fresh, subject)

    def connection(self, joined: Joined, address: str) -> CustomerConnection:
        s = self.settings
        return CustomerConnection(
            joined.conversation_id,
            joined.locale,
            TokenBucket(s.rate_limit_per_s, s.rate_limit_burst),
            address,
            joined.subject,
        )

    def _signed_identity(self, raw: dict[str, object] | None) -> Identity | None:
        """The portal's identity if well formed and genuinely signed; else None (ignored)."""
        if raw is None:
            return None
        try:
            identity = Identity.model_validate(raw)
        except ValidationError:
            return None
        if identity_valid(self.secret, identity.email, identity.signature):
            return identity
        return None

    async def session_payload(self, joined: Joined) -> dict[str, Any]:
        """The `session` event: a fresh token, the conversation so far, the limits."""
        cid = joined.conversation_id
        session = await self.service.sessions.session(cid, joined.after_seq, joined.fresh)
        token = customer_token(self.secret, cid, joined.subject, self.settings.customer_token_ttl_s)
        return {
            "conversation_id": cid,
            "token": token,
            **session,
            "limits": {
                "max_message_chars": self.settings.max_message_chars,
                "max_log_chars": self.settings.max_log_chars,
            },
        }

    def take(self, conn: CustomerConnection) -> bool:
        """A token from the connection's, its conversation's and its address's buckets."""
        now = time.monotonic()
        return (
            conn.bucket.take(now)
            and self._conversation_buckets.take(conn.conversation_id, now)
            and self._address_buckets.take(conn.address, now)
        )
