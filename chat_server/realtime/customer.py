"""The `/chat` namespace: customers. Thin: validate, rate-limit, call the service, ack."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from pydantic import BaseModel

from chat_server import metrics
from chat_server.conversations.service import ConversationService
from chat_server.realtime.customer_connect import CustomerConnection, CustomerGate, Joined
from chat_server.realtime.dispatch import GuardedNamespace, dispatch, error, rejected
from chat_server.realtime.outbound import CHAT, customer_room
from chat_server.realtime.validation import (
    CloseIn,
    ContactIn,
    CustomerMessageIn,
    HistoryIn,
    RatingIn,
    TicketIn,
    TypingIn,
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
        self.settings = service.settings
        self.gate = CustomerGate(service, secret)
        self.connections = self.gate.connections
        self._tasks: set[asyncio.Task[None]] = set()

    def connected(self, sid: str) -> bool:
        return sid in self.connections

    async def on_connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> None:
        address = self.gate.address(environ)
        self.gate.admit(address)
        try:
            joined = await self.gate.authenticate(auth)
            await self.enter_room(sid, customer_room(joined.conversation_id))
            await self.service.sessions.tab_opened(joined.conversation_id)
        except BaseException:  # refused (Redis away, say): nothing of it may stay counted
            self.gate.release(address)
            raise
        self.connections[sid] = self.gate.connection(joined, address)
        metrics.CONNECTIONS.labels("chat").inc()
        # The session event must follow the CONNECT packet, which is sent after this returns.
        task = asyncio.create_task(self._send_session(sid, joined))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send_session(self, sid: str, joined: Joined) -> None:
        try:
            payload = await self.gate.session_payload(joined)
            # The connection is on this node: skip the Redis bus.
            await self.emit("session", payload, to=sid, ignore_queue=True)
        except Exception:
            log.exception("could not send session")

    async def on_disconnect(self, sid: str, reason: Any = None) -> None:
        conn = self.connections.pop(sid, None)
        if conn is not None:
            self.gate.release(conn.address)
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
        if limited and not self.gate.take(conn):
            return rejected("chat", "rate_limited", "Too many messages; please slow down.")
        return await dispatch("chat", event, data, model, lambda payload: action(conn, payload))

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
                lead_in=conn.lead_in,
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
