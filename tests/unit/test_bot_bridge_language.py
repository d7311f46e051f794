"""The bot's recognised language reaches the chat server (issue 12)."""

from __future__ import annotations

import pytest

from chat_server.bot_bridge import parse_reply


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_bots_language_is_read(language: str) -> None:
    reply = parse_reply({"messages": [{"text": "x"}], "intent": None, "language": language}, 0.01)
    assert reply.language == language


@pytest.mark.parametrize("language", [None, "fr", "", 5, ["de"], {"de": 1}])
def test_anything_else_is_no_language(language: object) -> None:
    reply = parse_reply({"messages": [{"text": "x"}], "language": language}, 0.01)
    assert reply.language is None


def test_a_plain_rest_answer_has_no_language() -> None:
    assert parse_reply([{"text": "hello"}], 0.01).language is None
