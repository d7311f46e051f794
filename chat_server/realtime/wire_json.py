"""The JSON module Socket.IO and Engine.IO decode packets with.

engine.io's own refuses integers of more than 100 digits by raising inside the packet
decoder: the event then never reaches a handler, the client gets no answer and every such
packet logs a traceback. Here an over-long integer decodes as infinity instead, which every
payload model refuses as `invalid_payload` (no integer field takes a float)."""

from __future__ import annotations

import json
from json import dumps
from typing import Any

__all__ = ["dumps", "loads"]

MAX_INT_DIGITS = 100


def _parse_int(text: str) -> int | float:
    if len(text) > MAX_INT_DIGITS:
        return float("inf")
    return int(text)


def loads(*args: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("parse_int", _parse_int)
    return json.loads(*args, **kwargs)
