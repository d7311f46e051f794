"""The `/agent` namespace: agents. Refuses anyone without a valid agent token."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

import socketio
from pydantic import BaseModel

from chat_server import metrics
from chat_server.agents import COOKIE_NAME, Agent, agent_from_token
from chat_server.agents.auth import token_digest
from chat_server.agents.origins import agent_origin_allowed
from chat_server.conversations.service import ConversationService
from chat_server.realtime.dispatch import GuardedNamespace, dispatch, error, rejected
from chat_server.realtime.outbound import AGENT, ALL_AGENTS, agent_room
from chat_server.realtime.ratelimit import TokenBucket
from chat_server.realtime.validation import (
    AcceptIn,
    AgentHistoryIn,
    AgentMessageIn,
    AgentTicketIn,
    AgentTypingIn,
    ConversationRef,
    NoteIn,
    PresenceIn,
)

log = logging.getLogger("chat_server.realtime")


@dataclass
class AgentConnection:
    agent: Agent
    bucket: TokenBucket
    token_digest: str = ""  # for sign-out (lc:agents:revoked)


class AgentNamespace(GuardedNamespace):
    side = "agent"
    events = frozenset(
        {
            "accept",
            "message",
            "note",
            "typing",
            "resolve",
            "transfer",
            "ticket",
            "presence",
            "history",
        }
    )

    def __init__(self, service: ConversationService, secret: bytes) -> None:
        super().__init__(AGENT)
        self.service = service
        self.secret = secret
        self.settings = service.settings
        self.connections: dict[str, AgentConnection] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def connected(self, sid: str) -> bool:
        return sid in self.connections

    def local_agent_ids(self) -> list[str]:
        return sorted({c.agent.id for c in self.connections.values()})

    async def on_connect(self, sid: str, environ: dict[str, Any], auth: Any = None) -> None:
        # The widget's ALLOWED_ORIGINS open /chat only: a page may act as an agent only from
        # the server's own origin or AGENT_ORIGINS.
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None and not agent_origin_allowed(
            origin, {"Host": environ.get("HTTP_HOST", "")}, self.settings
        ):
            metrics.REJECTED.labels("agent", "forbidden_origin").inc()
            raise socketio.exceptions.ConnectionRefusedError("forbidden_origin")
        token = auth.get("token") if isinstance(auth, dict) else None
        if not token:
            cookie = SimpleCookie(environ.get("HTTP_COOKIE", ""))
            if COOKIE_NAME in cookie:
                token = cookie[COOKIE_NAME].value
        agent = await agent_from_token(self.service.agents, self.secret, token)
        if agent is None:
            metrics.REJECTED.labels("agent", "unauthorized").inc()
            raise socketio.exceptions.ConnectionRefusedError("unauthorized")
        s = self.settings
        self.connections[sid] = AgentConnection(
            agent,
            TokenBucket(s.rate_limit_per_s * 10, s.rate_limit_burst * 10),
            token_digest(str(token)),
        )
        await self.enter_room(sid, agent_room(agent.id))
        await self.enter_room(sid, ALL_AGENTS)
        await self.service.clock.heartbeat([agent.id])
        metrics.CONNECTIONS.labels("agent").inc()
        task = asyncio.create_task(self._welcome(sid, agent))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _welcome(self, sid: str, agent: Agent) -> None:
        try:
            # ignore_queue: the connection is on this node; no need to go through Redis.
            snapshot = await self.service.views.queue_snapshot(agent.id)
            await self.emit("queue", snapshot, to=sid, ignore_queue=True)
            await self.emit("presence", {"status": agent.presence}, to=sid, ignore_queue=True)
            # One more agent: waiting customers' counts change; ROUTING=auto assigns at once.
            await self.service.routing.capacity_changed()
        except Exception:
            log.exception("could not welcome agent")

    async def drop_revoked(self) -> None:
        """End connections of agents disabled, given a new password or signed out since they
        connected (checked on every heartbeat, so within seconds on every node)."""
        for sid, conn in list(self.connections.items()):
            if not await self._still_valid(conn):
                await self.disconnect(sid)

    async def drop_token(self, digest: str) -> None:
        """Sign-out on this node: end its connections using that token now."""
        for sid, conn in list(self.connections.items()):
            if conn.token_digest == digest:
                await self.disconnect(sid)

    async def _still_valid(self, conn: AgentConnection) -> Agent | None:
        return await self.service.agent_still_valid(conn.agent, conn.token_digest)

    async def on_disconnect(self, sid: str, reason: Any = None) -> None:
        if self.connections.pop(sid, None) is not None:
            metrics.CONNECTIONS.labels("agent").dec()

    async def _run(
        self, sid: str, data: Any, model: type[BaseModel], action: Any, event: str = "?"
    ) -> dict[str, Any]:
        conn = self.connections.get(sid)
        if conn is None:
            return error("forbidden", "sign in first")
        if not conn.bucket.take():
            return rejected("agent", "rate_limited", "Too many events; please slow down.")

        async def checked(payload: Any) -> dict[str, Any]:
            # A disabled agent, changed password or sign-out ends the session's rights at once.
            current = await self._still_valid(conn)
            if current is None:
                return error("forbidden", "your session has ended; sign in again")
            result: dict[str, Any] = await action(current, payload)
            return result

        return await dispatch("agent", event, data, model, checked)

    async def on_accept(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: ConversationRef) -> dict[str, Any]:
            return {
                "ok": True,
                "conversation": await self.service.accept(req.conversation_id, agent),
            }

        return await self._run(sid, data, AcceptIn, act, "accept")

    async def on_message(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: AgentMessageIn) -> dict[str, Any]:
            text = req.text.strip()
            if len(req.text) > self.settings.max_message_chars:
                return error(
                    "too_long",
                    f"Messages are limited to {self.settings.max_message_chars} characters.",
                )
            if not text:
                return error("invalid_payload", "text: must not be empty")
            message = await self.service.agent_message(
                req.conversation_id, agent, client_id=req.client_id, text=text, sid=sid
            )
            return {"ok": True, "message": message}

        return await self._run(sid, data, AgentMessageIn, act, "message")

    async def on_note(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: NoteIn) -> dict[str, Any]:
            note = await self.service.messages.note(req.conversation_id, agent, req.text)
            return {"ok": True, "note": note}

        return await self._run(sid, data, NoteIn, act, "note")

    async def on_typing(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: AgentTypingIn) -> dict[str, Any]:
            await self.service.agent_typing(req.conversation_id, agent, req.typing)
            return {"ok": True}

        return await self._run(sid, data, AgentTypingIn, act, "typing")

    async def on_resolve(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: ConversationRef) -> dict[str, Any]:
            state = await self.service.routing.resolve(req.conversation_id, agent)
            return {"ok": True, "state": state}

        return await self._run(sid, data, ConversationRef, act, "resolve")

    async def on_transfer(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: ConversationRef) -> dict[str, Any]:
            state = await self.service.routing.transfer(req.conversation_id, agent)
            return {"ok": True, "state": state}

        return await self._run(sid, data, ConversationRef, act, "transfer")

    async def on_ticket(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: AgentTicketIn) -> dict[str, Any]:
            ticket = await self.service.tickets.open_ticket(
                req.conversation_id, note=req.note, by_agent=agent
            )
            return {"ok": True, "ticket": ticket}

        return await self._run(sid, data, AgentTicketIn, act, "ticket")

    async def on_presence(self, sid: str, data: Any = None) -> dict[str, Any]:
        async def act(agent: Agent, req: PresenceIn) -> dict[str, Any]:
            await self.service.routing.set_presence(agent, req.status)
            return {"ok": True, "status": req.status}

        return await self._run(sid, data, PresenceIn, act, "presence")

    async def on_history(self, sid: str, data: Any = None) -> dict[str, Any]:
        """Extension: an agent refills a seq gap of a conversation it can see."""

        async def act(agent: Agent, req: AgentHistoryIn) -> dict[str, Any]:
            messages, more = await self.service.views.history(
                req.conversation_id,
                after_seq=req.after_seq,
                before_seq=req.before_seq,
                must_exist=True,
            )
            return {"ok": True, "messages": messages, "has_more": more}

        return await self._run(sid, data, AgentHistoryIn, act, "history")
