"""German end to end, and the answers issue 12 added, through the livechat channel against a
real Rasa server and the trained model."""

from __future__ import annotations

import pytest

from tests.bot.conftest import BotClient
from tests.bot.test_bot_dialogue import buttons, customs, texts

pytestmark = pytest.mark.rasa


async def test_german_text_is_understood_and_answered_in_german(bot: BotClient) -> None:
    # The widget says English; the customer writes German: the text decides.
    reply = await bot.say("Wann ist euer Chat besetzt?")
    assert reply["intent"]["name"] == "ask_chat_hours"
    assert reply["language"] == "de"
    assert "rund um die Uhr" in texts(reply)
    reply = await bot.say("und am Wochenende?")
    assert "Wochenende" in texts(reply) and "geöffnet" in texts(reply)


async def test_german_locale_decides_when_the_text_does_not(bot_de: BotClient) -> None:
    reply = await bot_de.say("OCA-004512")
    assert reply["language"] == "de"
    assert {"ticket_status": "OCA-004512"} in customs(reply)
    assert "Ich sehe nach Ticket OCA-004512" in texts(reply)


async def test_the_language_follows_the_customer(bot_de: BotClient) -> None:
    reply = await bot_de.say("how long does it take until you answer my email?")
    assert reply["language"] == "en"
    assert "24 hours on working days" in texts(reply)
    reply = await bot_de.say("Und wie lange dauert es am Wochenende?")
    assert reply["language"] == "de"
    assert "48 Stunden" in texts(reply)


async def test_german_handoff(bot: BotClient) -> None:
    reply = await bot.say("Ich möchte bitte mit einem Menschen sprechen")
    assert reply["intent"]["name"] == "request_human"
    assert customs(reply) == [{"handoff": True, "reason": "customer_request"}]
    assert "verbinde Sie mit einer Person" in texts(reply)


async def test_german_technical_form_collects_details(bot: BotClient) -> None:
    reply = await bot.say("Seit heute bekomme ich beim Einloggen einen Serverfehler")
    assert reply["intent"]["name"] == "technical_problem"
    assert "welches Konto" in texts(reply) and "Passwort" in texts(reply)
    reply = await bot.say("Kundennummer 4711")
    assert "Fehlermeldung" in texts(reply)
    reply = await bot.say("Fehler 401: nicht autorisiert")
    assert "beschreiben Sie das Problem" in texts(reply)
    reply = await bot.say("Ich gebe meine E-Mail ein und dann kommt der Fehler")
    [handoff] = customs(reply)
    assert handoff["reason"] == "technical_problem"
    assert handoff["details"]["error_message"] == "Fehler 401: nicht autorisiert"
    assert "Angaben" in texts(reply)


async def test_german_billing_form_asks_in_german(bot_de: BotClient) -> None:
    reply = await bot_de.say("Mir wurde diesen Monat zweimal abgebucht")
    assert reply["intent"]["name"] == "billing_question"
    assert "Um welches Konto geht es?" in texts(reply)


async def test_german_ticket_status_asks_for_the_number(bot: BotClient) -> None:
    bot.locale = None  # no widget locale: only the text says which language
    reply = await bot.say("Wie ist der Stand meines Tickets?")
    assert reply["intent"]["name"] == "ask_ticket_status"
    assert "Ticketnummer" in texts(reply) and "OCA-000123" in texts(reply)
    reply = await bot.say("OCA-000777")
    assert {"ticket_status": "OCA-000777"} in customs(reply)
    assert "Ich sehe nach Ticket" in texts(reply)  # still German: the slot kept it


async def test_german_insult_warns_then_limits(bot: BotClient) -> None:
    first = await bot.say("Du bist ein dummer Bot")
    assert first["intent"]["name"] == "insult"
    assert "respektvoll" in texts(first)
    second = await bot.say("halt die Klappe, du Idiot")
    assert {"limit": True} in customs(second)
    assert "eingeschränkt" in texts(second)


@pytest.mark.parametrize(
    ("complaint", "apology", "person"),
    [
        ("I want to file a formal complaint about your support", "sorry", "Talk to a person"),
        (
            "Ich möchte mich offiziell über Ihren Service beschweren",
            "tut mir leid",
            "Mit einer Person sprechen",
        ),
    ],
)
async def test_a_complaint_gets_an_apology_the_address_and_a_person(
    bot: BotClient, complaint: str, apology: str, person: str
) -> None:
    reply = await bot.say(complaint)
    assert reply["intent"]["name"] == "give_feedback"
    assert apology in texts(reply).lower()
    assert "feedback@oneclickactions.com" in texts(reply)
    assert {"title": person, "payload": "/request_human"} in buttons(reply)


async def test_praise_is_thanked_without_an_apology(bot: BotClient) -> None:
    reply = await bot.say("your team did a fantastic job, thank you all")
    assert "sorry" not in texts(reply).lower()
    assert "feedback@oneclickactions.com" in texts(reply)


async def test_a_plan_question_does_not_start_the_technical_form(bot: BotClient) -> None:
    reply = await bot.say("what's included in the premium plan and how much is it?")
    assert reply["intent"]["name"] != "technical_problem"
    assert "error message" not in texts(reply) and "trouble" not in texts(reply)


@pytest.mark.parametrize(
    ("question", "must_say"),
    [
        ("what happens if someone insults your agents?", ["not tolerated", "limited support"]),
        ("will my email get a reference number?", ["ticket number"]),
        ("Was passiert, wenn ich Ihre Mitarbeiter beleidige?", ["nicht toleriert"]),
        ("Bekomme ich eine Nummer, wenn ich Ihnen eine Mail schicke?", ["Ticketnummer"]),
    ],
)
async def test_policy_questions_without_an_intent_are_answered_by_retrieval(
    bot: BotClient, question: str, must_say: list[str]
) -> None:
    reply = await bot.say(question)
    assert reply["intent"]["name"] == "faq"
    for phrase in must_say:
        assert phrase in texts(reply), (phrase, texts(reply))


async def test_did_you_mean_offers_the_two_guesses_as_buttons(bot: BotClient) -> None:
    # The dialogue part, driven exactly as the AmbiguityResolver's entities drive it.
    payload = (
        '/nlu_ambiguous{"suggestion_a": "ask_chat_hours", "suggestion_a_title": '
        '"When the chat is open", "suggestion_b": "ask_response_time", '
        '"suggestion_b_title": "How fast we answer"}'
    )
    reply = await bot.say(payload)
    assert reply["intent"]["name"] == "nlu_fallback"  # reported as not understood
    assert "Did you mean" in texts(reply)
    offered = buttons(reply)
    assert {"title": "When the chat is open", "payload": "/ask_chat_hours"} in offered
    assert {"title": "How fast we answer", "payload": "/ask_response_time"} in offered
    chosen = await bot.say("/ask_chat_hours")
    assert "around the clock" in texts(chosen)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # Umlauts typed as ae/oe/ue, English words in a German sentence, the formal register:
        # none of these sentences is in the training data.
        ("koennt ihr mich bitte an einen menschen weiterleiten", "request_human"),
        ("seit dem update failt der upload bei mir", "technical_problem"),
        ("wuerden sie mir bitte sagen wann der chat besetzt ist", "ask_chat_hours"),
        ("Eure Mitarbeiter sind doch alle komplett unfähige Nieten", "insult"),
    ],
)
async def test_german_as_customers_type_it(bot: BotClient, message: str, intent: str) -> None:
    reply = await bot.say(message)
    assert reply["intent"]["name"] == intent
    assert reply["language"] == "de"
