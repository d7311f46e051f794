"""`livechat bot unhandled`: the messages the bot fell back on or handed off, as Rasa NLU YAML.

The chat server keeps them (already redacted) in `lc:bot:unhandled`; trainers label the
export and move examples into bot/data/nlu.yml.
"""

from __future__ import annotations

from collections import OrderedDict

import redis.asyncio as aioredis

from chat_server.store.unhandled import UnhandledLog


async def export_unhandled(redis: aioredis.Redis, limit: int = 1000) -> str:
    groups: OrderedDict[str, list[str]] = OrderedDict()
    seen: set[str] = set()
    # Reading needs no retention; the log's owner applies it when it writes.
    for entry in await UnhandledLog(redis, 0).newest(limit):
        text = " ".join(str(entry.get("text", "")).split())
        if not text or text.lower() in seen:
            continue
        seen.add(text.lower())
        guess = entry.get("intent") or "unknown"
        key = "to_label" if guess in {"nlu_fallback", "unknown"} else f"to_label_guess_{guess}"
        groups.setdefault(key, []).append(text)
    lines = [
        'version: "3.1"',
        "# Messages the bot did not handle (redacted). Move each example",
        "# under the right intent in bot/data/nlu.yml, then retrain.",
        "nlu:",
    ]
    for intent, examples in groups.items():
        lines.append(f"- intent: {intent}")
        lines.append("  examples: |")
        lines.extend(f"    - {e}" for e in examples)
    if not groups:
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"
