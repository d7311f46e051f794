"""The app factory: one aiohttp app with the Socket.IO server, HTTP routes and background tasks.

Resources (Redis, the Rasa client, the sweeper) are opened and closed in `cleanup_ctx`, in
this order: Redis → tickets (the ticket service and its outbox worker) → services and sweeper.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from typing import Any

import redis.asyncio as aioredis
import socketio
from aiohttp import web

from chat_server.agents import AgentStore, LoginLimiter
from chat_server.agents.origins import agent_origin_allowed
from chat_server.appkeys import AGENT_SESSION_ENDERS, REDIS, SERVICES, SETTINGS, SIO, TICKETS
from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.conversations.service import ConversationService
from chat_server.handoff.sweeper import Sweeper, SweeperLease, inactive_scan_interval
from chat_server.http.guard import request_guard
from chat_server.http.routes import routes
from chat_server.http.tickets import setup_tickets
from chat_server.realtime import wire_json
from chat_server.realtime.agent import AgentNamespace
from chat_server.realtime.customer import CustomerNamespace
from chat_server.realtime.outbound import AGENT, CHAT, SocketOutbound
from chat_server.realtime.redis_manager import BoundedRetryRedisManager
from chat_server.realtime.validation import max_packet_bytes
from chat_server.security import load_secret
from chat_server.services import Services
from chat_server.store import connection_pool
from chat_server.tickets import TicketService
from redaction import default_redactor

log = logging.getLogger("chat_server.app")

REDIS_POOL_SIZE = 200  # the Socket.IO manager's pool: redis-py's default (100) collapses under load


def _origin_check(settings: Settings) -> Any:
    """Engine.IO's check, for both namespaces: the widget's sites (ALLOWED_ORIGINS, any in
    development) or an agent origin. `/agent` checks again for agent origins only."""
    allowed = set(settings.allowed_origins)

    def check(origin: str | None, environ: dict[str, Any]) -> bool:
        if origin is None or settings.development or "*" in allowed or origin in allowed:
            return True
        return agent_origin_allowed(origin, {"Host": environ.get("HTTP_HOST", "")}, settings)

    return check


def init_app(
    settings: Settings, *, ticket_worker_options: dict[str, Any] | None = None
) -> web.Application:
    # Long-polling posts Socket.IO packets as HTTP bodies: the same limit as the websocket.
    packet_bytes = max_packet_bytes(settings.max_message_chars)
    app = web.Application(client_max_size=packet_bytes, middlewares=[request_guard])
    app[SETTINGS] = settings
    manager = BoundedRetryRedisManager(
        settings.redis_url,
        channel="livechat-socketio",
        redis_options={"max_connections": REDIS_POOL_SIZE, "health_check_interval": 10},
    )
    sio = socketio.AsyncServer(
        async_mode="aiohttp",
        client_manager=manager,
        json=wire_json,  # over-long integers: `invalid_payload`, not a dropped packet
        cors_allowed_origins=_origin_check(settings),
        max_http_buffer_size=packet_bytes,
        ping_interval=10,
        ping_timeout=10,
        logger=False,
        engineio_logger=False,
    )
    sio.attach(app)
    app[SIO] = sio
    app[AGENT_SESSION_ENDERS] = []
    app.add_routes(routes)
    setup_tickets(app)
    app.cleanup_ctx.append(_redis_ctx)
    app.cleanup_ctx.append(_tickets_ctx(dict(ticket_worker_options or {})))
    app.cleanup_ctx.append(_services_ctx)
    app.on_shutdown.append(_tell_clients)
    return app


async def _redis_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    pool = connection_pool(
        settings.redis_url,
        decode_responses=True,
        max_connections=REDIS_POOL_SIZE,
        health_check_interval=10,
        socket_connect_timeout=3,
    )
    client = aioredis.Redis(connection_pool=pool)
    app[REDIS] = client
    try:
        yield
    finally:
        await client.aclose()
        await pool.disconnect()


def _tickets_ctx(
    worker_options: dict[str, Any],
) -> Callable[[web.Application], AsyncIterator[None]]:
    """The ticket service and its outbox worker; ``worker_options`` are ``OutboxWorker``
    keyword arguments (tests shorten backoffs; ``target`` overrides SMTP_*)."""

    async def ctx(app: web.Application) -> AsyncIterator[None]:
        tickets = TicketService.build(app[REDIS], app[SETTINGS])
        app[TICKETS] = tickets
        async with tickets.outbox_worker(**worker_options).running():
            yield

    return ctx


@functools.cache
def _freeze_startup_heap() -> None:
    """Once per process: what startup loaded (Presidio, the recognizers' tables, every
    module) is moved out of the collector's reach. A full collection walking it took
    130-165 ms, a stall of every connection on the node; frozen, it takes microseconds."""
    gc.collect()
    gc.freeze()


async def _services_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    # The redactor is built and warmed now, not by the first customer's message.
    await asyncio.to_thread(default_redactor().redact, "warm-up")
    _freeze_startup_heap()
    redis = app[REDIS]
    secret = await load_secret(settings, redis)
    tickets = app[TICKETS]
    bot = BotBridge(settings.rasa_url, settings.bot_timeout_s, settings.rasa_token)
    agents = AgentStore(redis)
    service = ConversationService(
        settings, redis, agents=agents, tickets=tickets.store, mailer=tickets.mailer, bot=bot
    )
    sio = app[SIO]
    SocketOutbound(sio, service)  # listens to the service's events: they become emits
    agent_ns = AgentNamespace(service, secret)
    app[AGENT_SESSION_ENDERS].append(agent_ns.drop_token)
    sio.register_namespace(CustomerNamespace(service, secret))
    sio.register_namespace(agent_ns)
    app[SERVICES] = Services(
        settings=settings,
        redis=redis,
        secret=secret,
        agents=agents,
        login_limiter=LoginLimiter(redis),
        bot=bot,
        conversations=service,
    )
    node_id = settings.node_id or f"node-{secrets.token_hex(4)}"
    lease = SweeperLease(redis, node_id)
    heartbeat_s = min(5.0, settings.agent_grace_s / 4)
    sweeper = Sweeper(
        service.clock,
        lease,
        agent_ns.local_agent_ids,
        heartbeat_s=heartbeat_s,
        on_heartbeat=agent_ns.drop_revoked,
        inactive_scan_s=inactive_scan_interval(settings.inactivity_close_s),
    )
    tickets.listen(service.ticket_event)
    task = asyncio.create_task(sweeper.run(), name="sweeper")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(task, 3)
        await service.drain()
        with contextlib.suppress(Exception):
            await lease.release()
        await bot.close()


async def _tell_clients(app: web.Application) -> None:
    """SIGTERM: tell every local connection to reconnect (to another node); nothing is lost
    because every accepted message is already in Redis."""
    sio = app[SIO]
    for namespace in (CHAT, AGENT):
        with contextlib.suppress(Exception):
            # ignore_queue: only this node's connections, not the other nodes'.
            await sio.emit(
                "server_shutdown", {"reconnect": True}, namespace=namespace, ignore_queue=True
            )
    if SERVICES in app:
        await app[SERVICES].conversations.drain(wait_s=3)
