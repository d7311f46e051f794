"""Tokens, portal identities, the rate bucket and the bot reply parser: pure functions."""

from __future__ import annotations

import pytest

from chat_server.bot_bridge import BotFailure, parse_reply
from chat_server.realtime.ratelimit import TokenBucket
from chat_server.security import (
    agent_claims,
    agent_token,
    conversation_from_token,
    customer_token,
    identity_signature,
    identity_valid,
    new_conversation_id,
)

SECRET = b"unit-test-secret"


def test_customer_token_round_trip_and_forgeries() -> None:
    cid = new_conversation_id()
    token = customer_token(SECRET, cid)
    assert conversation_from_token(SECRET, token) == cid
    assert conversation_from_token(b"other-secret", token) is None
    other = new_conversation_id()
    assert conversation_from_token(SECRET, token.replace(cid, other)) is None
    for junk in (None, 5, "", "c1..", "c1.zz.zz", "x" * 500, token + "x"):
        assert conversation_from_token(SECRET, junk) is None


def test_agent_token_checks_signature_expiry_and_version() -> None:
    token = agent_token(SECRET, "ag_1", "v1")
    claims = agent_claims(SECRET, token)
    assert claims is not None and claims.agent_id == "ag_1" and claims.version == "v1"
    assert agent_claims(SECRET, agent_token(SECRET, "ag_1", "v1", ttl_s=-1)) is None
    assert agent_claims(b"nope", token) is None
    assert agent_claims(SECRET, token.replace("ag_1", "ag_2")) is None


def test_identity_signature_is_hex_hmac_over_the_email() -> None:
    sig = identity_signature(SECRET, "kim@example.com")
    assert len(sig) == 64 and identity_valid(SECRET, "kim@example.com", sig.upper())
    assert not identity_valid(SECRET, "eve@example.com", sig)


def test_token_bucket_allows_a_burst_then_the_rate() -> None:
    bucket = TokenBucket(rate=5, burst=3)
    now = bucket.stamp
    assert [bucket.take(now) for _ in range(4)] == [True, True, True, False]
    assert bucket.take(now + 0.25) is True and bucket.take(now + 0.25) is False


def test_parse_reply_reads_the_custom_channel_and_the_rest_channel() -> None:
    reply = parse_reply(
        {
            "messages": [
                {
                    "text": "Hi",
                    "buttons": [{"title": "Talk to a person", "payload": "/request_human"}],
                },
                {"custom": {"handoff": True, "reason": "billing"}},
            ],
            "intent": {"name": "greet", "confidence": 0.97},
        },
        0.01,
    )
    assert reply.intent == "greet" and reply.confidence == 0.97
    assert reply.messages[0].buttons[0]["payload"] == "/request_human"
    assert reply.messages[1].custom == {"handoff": True, "reason": "billing"}
    plain = parse_reply([{"text": "hello"}], 0.01)
    assert plain.intent is None and plain.messages[0].text == "hello"


@pytest.mark.parametrize(
    "body", [[], {"messages": []}, {}, None, "text", [5, "x"], {"messages": [{"buttons": "nope"}]}]
)
def test_empty_or_malformed_replies_are_bot_failures(body: object) -> None:
    with pytest.raises(BotFailure):
        parse_reply(body, 0.0)
