"""HTTP bodies: every refusal is the contract's envelope, with the code the routes promise."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp import web

from chat_server.http.bodies import MAX_REPLY_CHARS, Body, Login, TicketReply, validated


def refusal(model: type[Body], raw: Any) -> tuple[int, str]:
    with pytest.raises(web.HTTPException) as refused:
        validated(model, raw)
    assert refused.value.content_type == "application/json"
    body = json.loads(refused.value.text or "")
    assert body["ok"] is False
    return refused.value.status, body["error"]["code"]


@pytest.mark.parametrize(
    ("model", "raw", "code"),
    [
        (Login, {}, "invalid_payload"),
        (Login, {"email": "a@b.c"}, "invalid_payload"),
        (Login, {"email": "a@b.c", "password": ""}, "invalid_payload"),
        (Login, {"email": 5, "password": "x"}, "invalid_payload"),
        (Login, {"email": "a" * 255, "password": "x"}, "invalid_payload"),
        (Login, {"email": "a@b.c", "password": "x" * 1025}, "invalid_payload"),
        (TicketReply, {}, "invalid_payload"),
        (TicketReply, {"text": 5}, "invalid_payload"),
        (TicketReply, {"text": " \u202e\n "}, "invalid_payload"),
        (TicketReply, {"text": "x" * (MAX_REPLY_CHARS + 1)}, "too_long"),
    ],
)
def test_refusals(model: type[Body], raw: Any, code: str) -> None:
    assert refusal(model, raw) == (400, code)


def test_a_reply_is_cleaned_and_stripped() -> None:
    reply = validated(TicketReply, {"text": "  Hello\u202e there\x00 \n", "extra": 1})
    assert reply.text == "Hello there"
    assert validated(TicketReply, {"text": "x" * MAX_REPLY_CHARS}).text == "x" * MAX_REPLY_CHARS
