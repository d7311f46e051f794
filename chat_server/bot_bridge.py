"""The chat server's side of the bot: one HTTP call to Rasa per customer turn.

Rasa is reached at `{RASA_URL}/webhooks/livechat/webhook`, the custom channel kept in `bot/`,
which answers `{"messages": [...], "intent": {"name", "confidence"}, "language": "en"|"de"|null}`
(the language the customer wrote in, as the bot recognised it). A plain REST-channel list
answer is understood too. Anything but a non-empty answer within the timeout is a bot
failure: Rasa answers `[]` with HTTP 200 when it has no model or its tracker store is down.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from redaction import Redacted

CHANNEL_PATH = "/webhooks/livechat/webhook"
MAX_BUTTONS = 10
# Languages the bot answers in; `language` in Rasa's answer is one of them or absent.
BOT_LANGUAGES = frozenset({"en", "de"})


class BotFailure(Exception):
    """The bot did not give a usable answer; `reason` says why (for logs and metrics)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BotMessage:
    text: str | None
    buttons: list[dict[str, str]] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BotReply:
    messages: list[BotMessage]
    intent: str | None
    confidence: float | None
    latency_s: float
    # The language the customer wrote this turn in, as the bot recognised it (None: the
    # message did not say, e.g. a ticket number or a button).
    language: str | None = None

    @property
    def fell_back(self) -> bool:
        return self.intent == "nlu_fallback"


def parse_reply(body: Any, latency_s: float) -> BotReply:
    """Turn Rasa's JSON into a BotReply, keeping only well-formed parts."""
    intent: str | None = None
    confidence: float | None = None
    language: str | None = None
    if isinstance(body, dict):
        raw_language = body.get("language")
        if isinstance(raw_language, str) and raw_language in BOT_LANGUAGES:
            language = raw_language
        raw_messages = body.get("messages")
        raw_intent = body.get("intent")
        if isinstance(raw_intent, dict):
            name = raw_intent.get("name")
            intent = name if isinstance(name, str) else None
            conf = raw_intent.get("confidence")
            confidence = float(conf) if isinstance(conf, int | float) else None
    else:
        raw_messages = body
    if not isinstance(raw_messages, list) or not raw_messages:
        raise BotFailure("empty")
    messages: list[BotMessage] = []
    for item in raw_messages:
        if not isinstance(item, dict):
            continue
        text = item.get("text") if isinstance(item.get("text"), str) else None
        buttons = (
            [
                {"title": str(b["title"])[:80], "payload": str(b["payload"])[:200]}
                for b in (item.get("buttons") or [])[:MAX_BUTTONS]
                if isinstance(b, dict)
                and isinstance(b.get("title"), str)
                and isinstance(b.get("payload"), str)
            ]
            if isinstance(item.get("buttons"), list)
            else []
        )
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
        if text or buttons or custom:
            messages.append(BotMessage(text=text, buttons=buttons, custom=custom or {}))
    if not messages:
        raise BotFailure("empty")
    return BotReply(
        messages=messages,
        intent=intent,
        confidence=confidence,
        latency_s=latency_s,
        language=language,
    )


class BotBridge:
    """HTTP client to Rasa with a hard timeout; one shared connection pool per process."""

    def __init__(self, base_url: str, timeout_s: float, token: str | None = None) -> None:
        self._url = base_url.rstrip("/") + CHANNEL_PATH
        self._base = base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._token = token
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=100, keepalive_timeout=30)
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def ask(
        self, conversation_id: str, message: Redacted, metadata: Mapping[str, Redacted | None]
    ) -> BotReply:
        """Send one redacted customer turn (text and metadata: only the redactor's output
        reaches the bot); raises BotFailure on any failure."""
        started = time.perf_counter()
        payload = {"sender": conversation_id, "message": message, "metadata": dict(metadata)}
        try:
            async with self._client().post(self._url, json=payload, timeout=self._timeout) as resp:
                if resp.status != 200:
                    raise BotFailure(f"http_{resp.status}")
                body = await resp.json(content_type=None)
        except TimeoutError as exc:
            raise BotFailure("timeout") from exc
        except aiohttp.ClientError as exc:
            raise BotFailure("unreachable") from exc
        except ValueError as exc:
            raise BotFailure("bad_json") from exc
        return parse_reply(body, time.perf_counter() - started)

    async def alive(self) -> bool:
        """Whether Rasa answers its status endpoint (for /readyz)."""
        try:
            async with self._client().get(
                self._base + "/", timeout=aiohttp.ClientTimeout(total=1)
            ) as resp:
                return resp.status == 200
        except (TimeoutError, aiohttp.ClientError):
            return False

    async def forget(self, conversation_id: str) -> bool:
        """Delete Rasa's tracker of a conversation (GDPR erase): replace events with none."""
        headers: dict[str, str] = {}
        params: dict[str, str] = {}
        if self._token:
            params["token"] = self._token
        url = f"{self._base}/conversations/{conversation_id}/tracker/events"
        try:
            async with self._client().put(
                url, json=[], params=params, headers=headers, timeout=self._timeout
            ) as resp:
                return resp.status == 200
        except (TimeoutError, aiohttp.ClientError):
            return False
