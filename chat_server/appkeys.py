"""Typed application keys: every shared resource of the aiohttp app, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import redis.asyncio as aioredis
from aiohttp import web

from chat_server.config import Settings

if TYPE_CHECKING:
    from chat_server.services import Services

SETTINGS = web.AppKey("settings", Settings)
REDIS = web.AppKey("redis", aioredis.Redis)
SERVICES: web.AppKey[Services] = web.AppKey("services", Any)  # type: ignore[arg-type]
