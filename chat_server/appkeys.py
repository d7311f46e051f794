"""Typed application keys: every shared resource of the aiohttp app, in one place.

Set by the app factory (`chat_server.app`) and the HTTP setup functions; read by handlers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import redis.asyncio as aioredis
import socketio
from aiohttp import web

from chat_server.agents import Agent
from chat_server.config import Settings
from chat_server.services import Services
from chat_server.tickets.service import TicketService

# Who is asking, for an agent route: the signed-in agent, else an HTTP error raised.
Auth = Callable[[web.Request], Awaitable[Agent]]
# Closes this node's open agent connections using a signed-out token (by its digest).
SessionEnder = Callable[[str], Awaitable[None]]

SETTINGS = web.AppKey("settings", Settings)
REDIS = web.AppKey("redis", aioredis.Redis)
SIO = web.AppKey("sio", socketio.AsyncServer)
SERVICES = web.AppKey("services", Services)
TICKETS = web.AppKey("tickets", TicketService)
TICKET_AUTH: web.AppKey[Auth] = web.AppKey("ticket_auth")
AGENT_SESSION_ENDERS: web.AppKey[list[SessionEnder]] = web.AppKey("agent_session_enders")
