"""The conversation core in-process against a real Redis: no server, no sockets, no sleeps.

`core` is the ConversationService as the app builds it, with a scripted bot, the real ticket
store and mailer, and two recorders: every domain event the services publish (`events`), and
every Socket.IO emit the real outbound listener makes of them (`emits`, through a recording
stand-in for the Socket.IO server).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import redis.asyncio as aioredis

from chat_server.agents.store import Agent, AgentStore
from chat_server.bot_bridge import BotFailure, BotMessage, BotReply
from chat_server.config import Settings
from chat_server.conversations.service import ConversationService
from chat_server.realtime.outbound import SocketOutbound
from chat_server.tickets import TicketMailer, TicketStore
from tests.support.procs import free_port


class ScriptedBot:
    """Stands in for BotBridge: answers each turn from `replies` (text, or a BotReply), or
    fails when `down`. Records what it was asked."""

    def __init__(self) -> None:
        self.replies: list[BotReply] = []
        self.asked: list[str] = []
        self.down = False

    def say(self, *texts: str, custom: dict[str, Any] | None = None) -> None:
        messages = [BotMessage(text) for text in texts]
        if custom is not None:
            messages.append(BotMessage(None, custom=custom))
        self.replies.append(BotReply(messages, "greet", 0.99, 0.001))

    async def ask(self, conversation_id: str, text: str, metadata: dict[str, Any]) -> BotReply:
        self.asked.append(text)
        if self.down or not self.replies:
            raise BotFailure("unavailable")
        return self.replies.pop(0)

    async def forget(self, conversation_id: str) -> bool:
        return True

    async def alive(self) -> bool:
        return not self.down

    async def close(self) -> None:
        return None


@dataclass
class Emit:
    event: str
    data: Any
    room: str
    namespace: str
    skip_sid: str | None


@dataclass
class RecordingSio:
    """What SocketOutbound calls on python-socketio's server: `emit` only."""

    emits: list[Emit] = field(default_factory=list)

    async def emit(
        self, event: str, data: Any, room: str, namespace: str, skip_sid: str | None = None
    ) -> None:
        self.emits.append(Emit(event, data, room, namespace, skip_sid))


@dataclass
class Core:
    service: ConversationService
    redis: aioredis.Redis
    settings: Settings
    bot: ScriptedBot
    agents: AgentStore
    outbound: SocketOutbound
    sio: RecordingSio
    events: list[Any]

    async def settle(self) -> None:
        """Bot turns done and the queue's coalesced broadcast sent."""
        await self.service.drain()
        await self.outbound.settle()

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    def to_customer(self, conversation_id: str, event: str | None = None) -> list[Emit]:
        room = f"c:{conversation_id}"
        return [e for e in self.sio.emits if e.room == room and event in (None, e.event)]

    def to_agent(self, agent_id: str, event: str | None = None) -> list[Emit]:
        room = f"agent:{agent_id}"
        return [e for e in self.sio.emits if e.room == room and event in (None, e.event)]

    async def agent(self, name: str = "Anna", online: bool = True) -> Agent:
        agent = await self.agents.add(f"{name.lower()}@oca.test", name, "correct horse battery")
        if online:
            await self.service.clock.heartbeat([agent.id])
        return agent

    async def customer_says(self, conversation_id: str, text: str, **kw: Any) -> dict[str, Any]:
        await self.service.sessions.tab_opened(conversation_id)
        message = await self.service.messages.customer_message(
            conversation_id,
            client_id=kw.pop("client_id", f"c-{len(self.events)}"),
            text=text,
            payload=kw.pop("payload", None),
            sid=kw.pop("sid", "sid-1"),
            **kw,
        )
        await self.settle()
        return message

    async def state(self, conversation_id: str) -> str:
        return (await self.service.conversations.get(conversation_id)).state.value


def core_settings(**overrides: Any) -> Settings:
    return Settings(
        env="test",
        rasa_url=f"http://127.0.0.1:{free_port()}",  # nothing listens: gdpr's bot call fails fast
        **overrides,
    )


async def build_core(redis: aioredis.Redis, settings: Settings) -> Core:
    tickets = TicketStore(redis, settings)
    bot = ScriptedBot()
    agents = AgentStore(redis)
    mailer = TicketMailer(redis, settings, tickets)
    service = ConversationService(
        settings,
        redis,
        agents=agents,
        tickets=tickets,
        mailer=mailer,
        bot=bot,  # type: ignore[arg-type]
    )
    events: list[Any] = []

    async def record(event: Any) -> None:
        events.append(event)

    service.bus.subscribe_all(record)
    sio = RecordingSio()
    outbound = SocketOutbound(sio, service, snapshot_delay_s=0)  # type: ignore[arg-type]
    return Core(service, redis, settings, bot, agents, outbound, sio, events)


@pytest.fixture
async def core(redis_client: aioredis.Redis) -> AsyncIterator[Core]:
    built = await build_core(redis_client, core_settings())
    yield built
    await built.settle()
