"""The `/chat` namespace: customers. Thin: validate, rate-limit, call the service, ack."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import socketio
from pydantic import BaseModel, ValidationError

from chat_server import metrics
from chat_server.client_address import client_address
from chat_server.conversations.service import ConversationService
from chat_server.realtime.dispatch import GuardedNamespace, dispatch, error, rejected
from chat_server.realtime.outbound import CHAT, customer_room
from chat_server.realtime.ratelimit import BucketMap, TokenBucket
from chat_server.realtime.validation import (
    CloseIn,
    ContactIn,
    CustomerMessageIn,
    HistoryIn,
    Identity,
    RatingIn,
    TicketIn,
    TypingIn,
    parse_auth,
)
from chat_server.security import (
    ANONYMOUS,
    customer_claims,
    customer_token,
    identity_subject,
    identity_valid,
    new_conversation_id,
)

log = logging.getLogger("chat_server.realtime")


__all__ = ["CustomerNamespace", "error"]


def too_long(length: int, limit: int, log: bool = False) -> dict[str, Any]:
    if log:
        return error(
            "too_long",
            f"Your log has {length} characters; a log is limited to {limit}. Please send the "
            "part around the error, or ask for an answer by email and attach it to your reply.",
        )
    return error(
        "too_long",
        f"Your message has {length} characters; messages are limited to {limit}. Please "
        "shorten it, send it as a log, or ask for an answer by email.",
    )


@dataclass
class CustomerConnection:
    conversation_id: str
    locale: str | None
    bucket: TokenBucket
    address: str
    subject: str  # whom this connection's tokens are issued to (identity_subject or ANONYMOUS)
    typing_bucket: TokenBucket = field(default_factory=lambda: TokenBucket(2.0, 5))


class CustomerNamespace(GuardedNamespace):
    side = "chat"
    events = frozenset(
        {
            "message",
            "history",
            "handoff",
            "ticket",
            "contact",
            "typing",
            "close",
            "rating",
            "transcript",
        }
    )

    def __init__(self, service: ConversationService, secret: bytes) -> None:
        super().__init__(CHAT)
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
        self._tasks: set[asyncio.Task[None]] = set()

    def connected(self, sid: str) -> bool:
        return sid in self.connections

    def _address(self, environ: dict[str, Any]) -> str:
        request = environ.get("aiohttp.request")
        if request is None:
            return str(environ.get("REMOTE_ADDR") or "unknown")
        return client_address(request.remote, request.headers, self.settings.trusted_proxy_networks)

    async def on_connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> None:
        address = self._address(environ)
        if self._per_address.get(address, 0) >= self.settings.max_connections_per_address:
            metrics.REJECTED.labels("chat", "too_many_connections").inc()
            raise socketio.exceptions.ConnectionRefusedError(
                "Too many chat connections from your network; please close other chat "
                "windows or try again in a minute.",
                {"code": "too_many_connections"},
            )
        self._per_address[address] = self._per_address.get(address, 0) + 1
        try:
            await self._connect(sid, address, auth)
        except BaseException:  # refused (Redis away, say): nothing of it may stay counted
            self._release_address(address)
            raise

    def _release_address(self, address: str) -> None:
        left = self._per_address.get(address, 0) - 1
        if left > 0:
            self._per_address[address] = left
        else:
            self._per_address.pop(address, None)

    async def _connect(self, sid: str, address: str, auth: Any) -> None:
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
        await self.enter_room(sid, customer_room(conversation_id))
        await self.service.sessions.tab_opened(conversation_id)
        self.connections[sid] = CustomerConnection(
            conversation_id,
            parsed.locale,
            TokenBucket(self.settings.rate_limit_per_s, self.settings.rate_limit_burst),
            address,
            subject,
        )
        metrics.CONNECTIONS.labels("chat").inc()
        # The session event must follow the CONNECT packet, which is sent after this returns.
        task = asyncio.create_task(
            self._send_session(sid, conversation_id, parsed.after_seq, fresh, subject)
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

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

    async def _send_session(
        self, sid: str, conversation_id: str, after_seq: int | None, fresh: bool, subject: str
    ) -> None:
        try:
            session = await self.service.sessions.session(conversation_id, after_seq, fresh)
            token = customer_token(
                self.secret, conversation_id, subject, self.settings.customer_token_ttl_s
            )
            await self.emit(
                "session",
                {
                    "conversation_id": conversation_id,
                    "token": token,
                    **session,
                    "limits": {
                        "max_message_chars": self.settings.max_message_chars,
                        "max_log_chars": self.settings.max_log_chars,
                    },
                },
                to=sid,
                ignore_queue=True,  # the connection is on this node: skip the Redis bus
            )
        except Exception:
            log.exception("could not send session")

    async def on_disconnect(self, sid: str, reason: Any = None) -> None:
        conn = self.connections.pop(sid, None)
        if conn is not None:
            self._release_address(conn.address)
            metrics.CONNECTIONS.labels("chat").dec()
            try:
                await self.service.sessions.tab_closed(conn.conversation_id)
            except Exception:  # Redis away: the count stays high, which is harmless
                log.warning("could not count a closed tab", exc_info=True)

    # Every event goes through here: the connection's rate limits, then the shared dispatcher.
    async def _run(
        self,
        sid: str,
        event: str,
        data: Any,
        model: type[BaseModel] | None,
        action: Any,
        limited: bool = True,
    ) -> dict[str, Any]:
        conn = self.connections.get(sid)
        if conn is None:
            return error("not_connected", "connect first")
        if limited and not self._take(conn):
            return rejected("chat", "rate_limited", "Too many messages; please slow down.")
        return await dispatch("chat", event, data, model, lambda payload: action(conn, payload))

    def _take(self, conn: CustomerConnection) -> bool:
        now = time.monotonic()
        return (
            conn.bucket.take(now)
            and self._conversation_buckets.take(conn.conversation_id, now)
            and self._address_buckets.take(conn.address, now)
        )

    async def on_message(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, msg: CustomerMessageIn) -> dict[str, Any]:
            log_kind = msg.kind == "log"
            text = msg.text.strip("\n") if log_kind else msg.text.strip()
            limit = self.settings.max_log_chars if log_kind else self.settings.max_message_chars
            if len(msg.text) > limit:
                return too_long(len(msg.text), limit, log_kind)
            if not text.strip() and not msg.payload:
                return error("invalid_payload", "text: must not be empty")
            message = await self.service.messages.customer_message(
                conn.conversation_id,
                client_id=msg.client_id,
                text=text or (msg.payload or ""),
                payload=msg.payload,
                sid=sid,
                locale=conn.locale,
                address=conn.address,
                kind="log" if log_kind else None,
            )
            return {"ok": True, "message": message}

        return await self._run(sid, "message", data, CustomerMessageIn, act)

    async def on_history(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: HistoryIn) -> dict[str, Any]:
            messages, more = await self.service.views.history(
                conn.conversation_id,
                after_seq=req.after_seq,
                before_seq=req.before_seq,
                limit=req.limit,
            )
            return {"ok": True, "messages": messages, "has_more": more}

        return await self._run(sid, "history", data, HistoryIn, act)

    async def on_handoff(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, _: Any) -> dict[str, Any]:
            # Asked before a word was written: its system messages in the customer's language.
            await self.service.tickets.remember_locale(conn.conversation_id, conn.locale)
            state = await self.service.routing.request_handoff(
                conn.conversation_id, reason="customer", address=conn.address
            )
            return {"ok": True, "state": state}

        return await self._run(sid, "handoff", data, None, act)

    async def on_ticket(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: TicketIn) -> dict[str, Any]:
            if req.text and len(req.text) > self.settings.max_message_chars:
                return too_long(len(req.text), self.settings.max_message_chars)
            ticket = await self.service.tickets.open_ticket(
                conn.conversation_id, address=conn.address, text=req.text, locale=conn.locale
            )
            return {"ok": True, "ticket": ticket}

        return await self._run(sid, "ticket", data, TicketIn, act)

    async def on_contact(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: ContactIn) -> dict[str, Any]:
            result = await self.service.tickets.contact(
                conn.conversation_id,
                req.email,
                req.name or None,
                address=conn.address,
                locale=conn.locale,
            )
            return {"ok": True, "contact": result}

        return await self._run(sid, "contact", data, ContactIn, act)

    async def on_typing(self, sid: str, data: Any = None) -> dict[str, Any]:
        conn = self.connections.get(sid)
        if conn is not None and not conn.typing_bucket.take():
            return {"ok": True}  # typing floods are dropped quietly; nothing is lost

        async def act(conn: CustomerConnection, req: TypingIn) -> dict[str, Any]:
            await self.service.messages.customer_typing(conn.conversation_id, req.typing)
            return {"ok": True}

        return await self._run(sid, "typing", data, TypingIn, act, limited=False)

    async def on_close(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: CloseIn) -> dict[str, Any]:
            if req.transcript:  # refused (`not_verified`): the chat stays as it is
                await self.service.transcripts.check(conn.conversation_id)
            state = await self.service.routing.close(conn.conversation_id)
            if not req.transcript:
                return {"ok": True, "state": state}
            mailed = await self.service.transcripts.mail(conn.conversation_id)
            return {"ok": True, "state": state, "transcript": mailed}

        return await self._run(sid, "close", data, CloseIn, act)

    async def on_transcript(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, _: Any) -> dict[str, Any]:
            return {
                "ok": True,
                "transcript": await self.service.transcripts.mail(conn.conversation_id),
            }

        return await self._run(sid, "transcript", data, None, act)

    async def on_rating(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: RatingIn) -> dict[str, Any]:
            await self.service.sessions.rate(conn.conversation_id, req.score, req.comment)
            return {"ok": True}

        return await self._run(sid, "rating", data, RatingIn, act)
