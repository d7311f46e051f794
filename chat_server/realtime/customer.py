"""The `/chat` namespace: customers. Thin: validate, rate-limit, call the service, ack."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

import socketio
from pydantic import BaseModel, ValidationError

from chat_server import metrics
from chat_server.conversations.service import ConversationService, ServiceError
from chat_server.conversations.state_machine import State
from chat_server.realtime.outbound import CHAT, customer_room
from chat_server.realtime.ratelimit import TokenBucket
from chat_server.realtime.validation import (
    ContactIn,
    CustomerAuth,
    CustomerMessageIn,
    HistoryIn,
    Identity,
    RatingIn,
    TypingIn,
    first_error,
)
from chat_server.security import (
    conversation_from_token,
    customer_token,
    identity_valid,
    new_conversation_id,
)
from chat_server.store.conversations import Conversation

log = logging.getLogger("chat_server.realtime")


def error(code: str, message: str) -> dict[str, Any]:
    return {"ok": False, "error": {"code": code, "message": message}}


def parse_auth(auth: Any) -> CustomerAuth:
    """Read each field on its own: one bad field (a huge locale, say) must not cost the
    customer a valid token and so their conversation."""
    raw = auth if isinstance(auth, dict) else {}
    fields: dict[str, Any] = {}
    for name in ("token", "after_seq", "locale", "identity"):
        try:
            CustomerAuth.model_validate({name: raw.get(name)})
        except ValidationError:
            continue
        fields[name] = raw.get(name)
    return CustomerAuth.model_validate(fields)


@dataclass
class CustomerConnection:
    conversation_id: str
    locale: str | None
    bucket: TokenBucket
    typing_bucket: TokenBucket = field(default_factory=lambda: TokenBucket(2.0, 5))


class CustomerNamespace(socketio.AsyncNamespace):  # type: ignore[misc]
    def __init__(self, service: ConversationService, secret: bytes) -> None:
        super().__init__(CHAT)
        self.service = service
        self.secret = secret
        self.settings = service.settings
        self.connections: dict[str, CustomerConnection] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    async def on_connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> None:
        parsed = parse_auth(auth)
        conversation_id = conversation_from_token(self.secret, parsed.token)
        fresh = conversation_id is None  # a new conversation: nothing to read back
        if conversation_id is None:
            conversation_id = new_conversation_id()
        if parsed.identity is not None:
            fresh = False
            await self._accept_identity(conversation_id, parsed.identity)
        self.connections[sid] = CustomerConnection(
            conversation_id,
            parsed.locale,
            TokenBucket(self.settings.rate_limit_per_s, self.settings.rate_limit_burst),
        )
        await self.enter_room(sid, customer_room(conversation_id))
        await self.service.conversations.tab_opened(conversation_id)
        metrics.CONNECTIONS.labels("chat").inc()
        # The session event must follow the CONNECT packet, which is sent after this returns.
        task = asyncio.create_task(
            self._send_session(sid, conversation_id, parsed.after_seq or 0, fresh)
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _accept_identity(self, conversation_id: str, raw: dict[str, object]) -> None:
        try:
            identity = Identity.model_validate(raw)
        except ValidationError:
            return  # badly formed identity: ignored, as an unsigned one
        if identity_valid(self.secret, identity.email, identity.signature):
            await self.service.set_identity(conversation_id, identity.email, identity.name)

    async def _send_session(
        self, sid: str, conversation_id: str, after_seq: int, fresh: bool
    ) -> None:
        try:
            service = self.service
            if fresh:
                conv = Conversation(conversation_id, State.BOT, stored=False)
                history: list[dict[str, Any]] = []
            else:
                conv = await service.conversations.get(conversation_id)
                history = await service.messages.after(conversation_id, after_seq)
            # Connect storms (a node restart) must stay cheap: the agents' side of the state
            # may be up to a second old here; every later state is computed fresh.
            capacity = await service.recent_capacity()
            await self.emit(
                "session",
                {
                    "conversation_id": conversation_id,
                    "token": customer_token(self.secret, conversation_id),
                    "state": await service.state_of(conv, capacity),
                    "history": history,
                },
                to=sid,
                ignore_queue=True,  # the connection is on this node: skip the Redis bus
            )
        except Exception:
            log.exception("could not send session")

    async def on_disconnect(self, sid: str, reason: Any = None) -> None:
        conn = self.connections.pop(sid, None)
        if conn is not None:
            metrics.CONNECTIONS.labels("chat").dec()
            try:
                await self.service.conversations.tab_closed(conn.conversation_id)
            except Exception:  # Redis away: the count stays high, which is harmless
                log.warning("could not count a closed tab", exc_info=True)

    # Every event goes through here: one place for rate limits, validation and errors.
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
        if limited and not conn.bucket.take():
            metrics.REJECTED.labels("chat", "rate_limited").inc()
            return error("rate_limited", "Too many messages; please slow down.")
        payload: Any = None
        if model is not None:
            try:
                payload = model.model_validate(data if data is not None else {})
            except ValidationError as exc:
                metrics.REJECTED.labels("chat", "invalid_payload").inc()
                return error("invalid_payload", first_error(exc))
        try:
            result: dict[str, Any] = await action(conn, payload)
            return result
        except ServiceError as exc:
            metrics.REJECTED.labels("chat", exc.code).inc()
            return error(exc.code, exc.message)
        except Exception:
            log.exception("customer event failed", extra={"event": event})
            return error("internal", "Something went wrong on our side; please try again.")

    async def on_message(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, msg: CustomerMessageIn) -> dict[str, Any]:
            text = msg.text.strip()
            if len(msg.text) > self.settings.max_message_chars:
                return error(
                    "too_long",
                    f"Messages are limited to {self.settings.max_message_chars} characters.",
                )
            if not text and not msg.payload:
                return error("invalid_payload", "text: must not be empty")
            message = await self.service.customer_message(
                conn.conversation_id,
                client_id=msg.client_id,
                text=text or (msg.payload or ""),
                payload=msg.payload,
                sid=sid,
                locale=conn.locale,
            )
            return {"ok": True, "message": message}

        return await self._run(sid, "message", data, CustomerMessageIn, act)

    async def on_history(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: HistoryIn) -> dict[str, Any]:
            messages = await self.service.messages.after(conn.conversation_id, req.after_seq)
            return {"ok": True, "messages": messages}

        return await self._run(sid, "history", data, HistoryIn, act)

    async def on_handoff(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, _: Any) -> dict[str, Any]:
            await self.service.conversations.ensure_stored(conn.conversation_id)
            state = await self.service.request_handoff(conn.conversation_id, reason="customer")
            return {"ok": True, "state": state}

        return await self._run(sid, "handoff", data, None, act)

    async def on_ticket(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, _: Any) -> dict[str, Any]:
            await self.service.conversations.ensure_stored(conn.conversation_id)
            ticket = await self.service.open_ticket(conn.conversation_id)
            return {"ok": True, "ticket": ticket}

        return await self._run(sid, "ticket", data, None, act)

    async def on_contact(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: ContactIn) -> dict[str, Any]:
            result = await self.service.contact(conn.conversation_id, req.email, req.name or None)
            return {"ok": True, "contact": result}

        return await self._run(sid, "contact", data, ContactIn, act)

    async def on_typing(self, sid: str, data: Any = None) -> dict[str, Any]:
        conn = self.connections.get(sid)
        if conn is not None and not conn.typing_bucket.take():
            return {"ok": True}  # typing floods are dropped quietly; nothing is lost

        async def act(conn: CustomerConnection, req: TypingIn) -> dict[str, Any]:
            await self.service.customer_typing(conn.conversation_id, req.typing)
            return {"ok": True}

        return await self._run(sid, "typing", data, TypingIn, act, limited=False)

    async def on_close(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, _: Any) -> dict[str, Any]:
            state = await self.service.close(conn.conversation_id)
            return {"ok": True, "state": state}

        return await self._run(sid, "close", data, None, act)

    async def on_rating(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(conn: CustomerConnection, req: RatingIn) -> dict[str, Any]:
            await self.service.rate(conn.conversation_id, req.score, req.comment)
            return {"ok": True}

        return await self._run(sid, "rating", data, RatingIn, act)
