"""Atomic changes that span key families, each family's share spelled by its owner.

A state change writes the conversation hash and, in the same instant, the handoff queue and
the agents' loads. Each owner module writes a `ScriptPart` (its Lua, its keys, its arguments);
`AtomicScripts` joins the parts into one Lua script: every part's check first (any may refuse),
then every part's writes. So no family's key names or Lua appear outside its owner.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis


@dataclass(frozen=True)
class ScriptPart:
    """One family's share. Its Lua sees `ID` (the conversation id), `K` (its own keys, from 1)
    and `A` (its arguments, a decoded JSON object). `check` may end the script with
    `return {0, detail}` (the expected state was not found) or `return {-1, code}` (refused);
    it may set `OUT`, which the script returns when everything was applied."""

    check: str
    apply: str
    keys: tuple[str, ...]
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AtomicResult:
    status: int  # 1 applied, 0 the expected state was not there, -1 refused
    detail: str  # OUT when applied, else the state found or the refusal's code


def compose(parts: Sequence[ScriptPart]) -> str:
    """The one script for these parts (same Lua in the same order: the same script)."""
    lines = ["local ID = ARGV[1]", "local OUT = ''"]
    offsets: list[int] = []
    offset = 0
    for part in parts:
        offsets.append(offset)
        offset += len(part.keys)
    for stage in ("check", "apply"):
        for index, (part, first) in enumerate(zip(parts, offsets, strict=True)):
            keys = ", ".join(f"KEYS[{first + i + 1}]" for i in range(len(part.keys)))
            lines.append(f"do local K = {{{keys}}} local A = cjson.decode(ARGV[{index + 2}])")
            lines.append(getattr(part, stage))
            lines.append("end")
    lines.append("return {1, OUT}")
    return "\n".join(lines)


class AtomicScripts:
    """Runs composed scripts; each distinct composition is registered once."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis
        self._scripts: dict[tuple[str, ...], Any] = {}

    async def run(self, conversation_id: str, parts: Sequence[ScriptPart]) -> AtomicResult:
        shape = tuple(part.check + part.apply for part in parts)
        script = self._scripts.get(shape)
        if script is None:
            script = self._scripts[shape] = self._redis.register_script(compose(parts))
        status, detail = await script(
            keys=[key for part in parts for key in part.keys],
            args=[conversation_id, *(json.dumps(part.args) for part in parts)],
        )
        return AtomicResult(int(status), str(detail))
