"""The node's long-lived objects, built once at start-up and shared by transport and HTTP."""

from __future__ import annotations

from dataclasses import dataclass

import redis.asyncio as aioredis

from chat_server.agents import AgentStore, LoginLimiter
from chat_server.bot_bridge import BotBridge
from chat_server.config import Settings
from chat_server.conversations.service import ConversationService


@dataclass
class Services:
    settings: Settings
    redis: aioredis.Redis
    secret: bytes
    agents: AgentStore
    login_limiter: LoginLimiter
    bot: BotBridge
    conversations: ConversationService
