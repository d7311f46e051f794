"""The bot through its livechat channel, against a real Rasa server and the trained model."""

from __future__ import annotations

import re

import aiohttp
import pytest

from tests.bot.conftest import BotClient

pytestmark = pytest.mark.rasa


def texts(reply: dict) -> str:
    return " ".join(m.get("text", "") for m in reply["messages"])


def customs(reply: dict) -> list[dict]:
    return [m["custom"] for m in reply["messages"] if "custom" in m]


def buttons(reply: dict) -> list[dict]:
    return [b for m in reply["messages"] for b in m.get("buttons", [])]


@pytest.mark.parametrize(
    ("question", "intent", "must_say"),
    [
        (
            "how can I contact you?",
            "ask_channels",
            [r"support@oneclickactions\.com", r"live chat", r"(?i)don't offer telephone"],
        ),
        (
            "how long does it take to get an answer to an email?",
            "ask_response_time",
            [r"immediately", r"5 minutes", r"24 hours on working days", r"48 hours"],
        ),
        ("when is the chat open?", "ask_chat_hours", [r"around the clock", r"24 hours a day"]),
        (
            "what's your email address?",
            "ask_contact_email",
            [r"support@oneclickactions\.com", r"feedback@oneclickactions\.com"],
        ),
        (
            "can I send you my password?",
            "ask_data_protection",
            [r"confidential", r"(?i)never send passwords", r"card numbers"],
        ),
        ("I'd like to make a complaint", "give_feedback", [r"feedback@oneclickactions\.com"]),
        ("are you a bot?", "bot_challenge", [r"I'm a bot"]),
    ],
)
async def test_faq_answers_state_the_policy(
    bot: BotClient, question: str, intent: str, must_say: list[str]
) -> None:
    reply = await bot.say(question)
    assert reply["intent"]["name"] == intent
    assert 0.0 <= reply["intent"]["confidence"] <= 1.0
    for pattern in must_say:
        assert re.search(pattern, texts(reply)), (pattern, texts(reply))
    assert not customs(reply)


async def test_weekend_follow_up_answers_the_last_topic(bot: BotClient) -> None:
    await bot.say("how fast do you reply to emails?")
    reply = await bot.say("and at weekends?")
    assert reply["intent"]["name"] == "ask_weekend"
    assert "48 hours" in texts(reply)
    await bot.say("when is the live chat open?")
    reply = await bot.say("what about sundays")
    assert "open at weekends" in texts(reply)


async def test_request_human_returns_the_handoff_payload(bot: BotClient) -> None:
    reply = await bot.say("I want to talk to a real person")
    assert reply["intent"]["name"] == "request_human"
    assert customs(reply) == [{"handoff": True, "reason": "customer_request"}]


async def test_button_payload_is_an_intent_with_full_confidence(bot: BotClient) -> None:
    reply = await bot.say("/request_human")
    assert reply["intent"] == {"name": "request_human", "confidence": 1.0}
    assert customs(reply)[0]["handoff"] is True


async def test_fallback_rephrase_then_human_offer(bot: BotClient) -> None:
    # Off-topic and nonsense (trained as out_of_scope, or under the confidence threshold)
    # both reach the chat server as nlu_fallback.
    first = await bot.say("tell me a joke")
    assert first["intent"]["name"] == "nlu_fallback"
    assert "other words" in texts(first)
    assert not buttons(first)
    second = await bot.say("asdfgh jkl")
    assert second["intent"]["name"] == "nlu_fallback"
    offered = buttons(second)
    assert {"title": "Talk to a person", "payload": "/request_human"} in offered
    accepted = await bot.say("yes please")
    assert customs(accepted) == [{"handoff": True, "reason": "bot_did_not_understand"}]


async def test_insult_warns_then_limits(bot: BotClient) -> None:
    first = await bot.say("you stupid bot")
    assert first["intent"]["name"] == "insult"
    assert "respectful" in texts(first)
    assert not customs(first)
    # A normal question in between is answered normally, without a second warning.
    between = await bot.say("when is the chat open?")
    assert "around the clock" in texts(between)
    assert "respectful" not in texts(between)
    second = await bot.say("you idiot")
    assert {"limit": True} in customs(second)
    assert len(await bot.tracker_events()) <= 120 + 20  # cut, plus at most the last turn


async def test_ticket_status_asks_for_the_number_then_returns_the_payload(bot: BotClient) -> None:
    asked = await bot.say("what's the status of my ticket?")
    assert asked["intent"]["name"] == "ask_ticket_status"
    assert "OCA-000123" in texts(asked)  # the format it asks for
    assert not customs(asked)
    answered = await bot.say("OCA-004512")
    assert {"ticket_status": "OCA-004512"} in customs(answered)


async def test_ticket_status_with_the_number_at_once(bot: BotClient) -> None:
    reply = await bot.say("any update on ticket OCA-120034?")
    assert {"ticket_status": "OCA-120034"} in customs(reply)


async def test_technical_problem_collects_details_then_hands_off(bot: BotClient) -> None:
    reply = await bot.say("I get an error when I log in")
    assert reply["intent"]["name"] == "technical_problem"
    assert "account" in texts(reply) and "password" in texts(reply)
    reply = await bot.say("customer number 4711")
    assert "error message" in texts(reply)
    reply = await bot.say("Error 401: unauthorized")
    assert "describe" in texts(reply)
    reply = await bot.say("I type my email and then the page shows the error")
    [handoff] = customs(reply)
    assert handoff["handoff"] is True and handoff["reason"] == "technical_problem"
    assert handoff["details"] == {
        "account": "customer number 4711",
        "error_message": "Error 401: unauthorized",
        "description": "I type my email and then the page shows the error",
    }


async def test_billing_question_collects_details_then_hands_off(bot: BotClient) -> None:
    reply = await bot.say("I was charged twice this month")
    assert reply["intent"]["name"] == "billing_question"
    await bot.say("account anna@example.com")
    reply = await bot.say("invoice 2024-117 from 3 November shows 49 EUR twice")
    [handoff] = customs(reply)
    assert handoff["reason"] == "billing_question"
    assert handoff["details"]["account"] == "account anna@example.com"


async def test_malformed_request_is_a_400(http: aiohttp.ClientSession, rasa_server: str) -> None:
    url = rasa_server + "/webhooks/livechat/webhook"
    async with http.post(url, json={"message": "hi"}) as resp:
        assert resp.status == 400
    async with http.post(url, json={"sender": "x", "message": 5}) as resp:
        assert resp.status == 400


async def test_channel_health(http: aiohttp.ClientSession, rasa_server: str) -> None:
    async with http.get(rasa_server + "/webhooks/livechat/") as resp:
        assert resp.status == 200
        assert (await resp.json()) == {"status": "ok"}


async def test_long_conversation_keeps_its_state_when_the_tracker_is_cut(bot: BotClient) -> None:
    # The tracker store cuts a tracker back past 120 events (bot/stores/bounded.py); the
    # insult form, slots and follow-ups must behave as if nothing was cut.
    first = await bot.say("you stupid bot")
    assert "respectful" in texts(first)
    for _ in range(30):  # about 7 events a turn: cut at least once
        reply = await bot.say("how fast do you reply to emails?")
        assert "24 hours" in texts(reply)
    follow_up = await bot.say("and at weekends?")
    assert "48 hours" in texts(follow_up)
    second = await bot.say("you idiot")
    assert {"limit": True} in customs(second)
    assert len(await bot.tracker_events()) <= 120 + 20  # cut, plus at most the last turn


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # The formal register and contempt for the staff (not a complaint): neither sentence
        # is in the training data.
        (
            "I should be most obliged if you could tell me how long an email reply takes",
            "ask_response_time",
        ),
        ("your support staff are a bunch of incompetent clowns", "insult"),
    ],
)
async def test_customers_own_registers_are_understood(
    bot: BotClient, message: str, intent: str
) -> None:
    reply = await bot.say(message)
    assert reply["intent"]["name"] == intent


async def test_keyboard_mash_and_off_topic_still_fall_back(bot: BotClient) -> None:
    # The blended confidence's lower threshold (0.35) must not let nonsense through.
    for message in ("xqzvw plork", "what's the capital of peru"):
        reply = await bot.say(message)
        assert reply["intent"]["name"] == "nlu_fallback", message
