"""The chat server's channel: one POST returns the bot's messages and the NLU result.

Rasa's REST channel answers with the messages only, and answers ``[]`` when it has no
model. The chat server also needs the intent (to keep the turns the bot did not understand
for trainers) and a clear failure when the bot cannot answer, so this channel:

    POST /webhooks/livechat/webhook
    {"sender": "<conversation id>", "message": "<text or /payload>", "metadata": {...}}
    -> 200 {"messages": [{"text"?, "buttons"?, "custom"?}],
            "intent": {"name": str, "confidence": float} | null,
            "language": "en" | "de" | null}
    -> 400 {"error": "..."} for a malformed request
    -> 503 {"error": "no_model"} while no model is loaded

Registered in ``credentials.yml`` as ``channels.livechat.LivechatInput``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage

logger = logging.getLogger(__name__)

# Intents that mean "the bot did not understand" (nlu_ambiguous: not sure, it offered two
# guesses); the chat server sees them all as nlu_fallback (and keeps them for trainers).
NOT_UNDERSTOOD = {"nlu_fallback", "out_of_scope", "nlu_ambiguous"}

# Keys of Rasa's reply objects that the chat server understands; recipient_id and the
# like are dropped so the wire format stays the contract's.
REPLY_KEYS = ("text", "buttons", "custom", "image")


def reply_objects(collected: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
    """Rasa's collected replies, reduced to the keys the chat server reads."""
    out = []
    for message in collected:
        item = {k: message[k] for k in REPLY_KEYS if message.get(k) is not None}
        if item:
            out.append(item)
    return out


def language_of(parse_data: Optional[Dict[Text, Any]]) -> Optional[Text]:
    """The language this message was written in (components/language.py), if it said."""
    for entity in reversed((parse_data or {}).get("entities") or []):
        if entity.get("entity") == "language" and entity.get("value") in ("en", "de"):
            return entity["value"]
    return None


def intent_of(parse_data: Optional[Dict[Text, Any]]) -> Optional[Dict[Text, Any]]:
    """The NLU result as the contract spells it: name and confidence, or None."""
    intent = (parse_data or {}).get("intent") or {}
    name = intent.get("name")
    if not name:
        return None
    if name in NOT_UNDERSTOOD:
        name = "nlu_fallback"
    return {"name": name, "confidence": round(float(intent.get("confidence") or 0.0), 4)}


class LivechatInput(InputChannel):
    """The chat server's bridge: messages and the NLU result in one call."""

    @classmethod
    def name(cls) -> Text:
        return "livechat"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        hook = Blueprint("livechat_webhook", __name__)

        @hook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            ready = bool(agent and agent.is_ready())
            return response.json({"status": "ok" if ready else "no_model"},
                                 status=200 if ready else 503)

        @hook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            body = request.json if isinstance(request.json, dict) else None
            if body is None:
                return response.json({"error": "body must be a JSON object"}, status=400)
            sender = body.get("sender")
            text = body.get("message")
            metadata = body.get("metadata")
            if not isinstance(sender, str) or not sender:
                return response.json({"error": "sender must be a non-empty string"}, status=400)
            if not isinstance(text, str):
                return response.json({"error": "message must be a string"}, status=400)
            if metadata is not None and not isinstance(metadata, dict):
                return response.json({"error": "metadata must be an object"}, status=400)

            agent = getattr(request.app.ctx, "agent", None)
            if agent is None or not agent.is_ready():
                # Rasa's REST channel would answer 200 [] here; say what is wrong instead.
                return response.json({"error": "no_model"}, status=503)

            collector = CollectingOutputChannel()
            message = UserMessage(
                text, collector, sender, input_channel=self.name(), metadata=metadata
            )
            # Parse once here and hand the result to the processor, which then skips its
            # own parse: the NLU result comes back without a second pass or a tracker read.
            message.parse_data = await agent.processor.parse_message(message)
            try:
                await on_new_message(message)
            except asyncio.CancelledError:
                logger.error("livechat: message handling cancelled for %s", sender)
                return response.json({"error": "cancelled"}, status=503)
            return response.json(
                {"messages": reply_objects(collector.messages),
                 "intent": intent_of(message.parse_data),
                 "language": language_of(message.parse_data)}
            )

        return hook
