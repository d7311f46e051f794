"""Issue 14: a question about resetting a password gets how to reset it, in the customer's
language, not the privacy notice; offering us a password still gets the privacy notice."""

from __future__ import annotations

import pytest

from tests.bot.conftest import BotClient
from tests.bot.test_bot_dialogue import buttons, customs, texts

pytestmark = pytest.mark.rasa

RESET_EN = [
    "how do I reset my password?",
    "I forgot my password",
    # Not in the training data: the customers' own words.
    "hey, forgot my password, how do I get back in?",
    "what's the procedure to reset my password",
    "I can't remember my password, can you help?",
    "how can I get a new password please",
    "password forgotten, what do I do now",
    "i forgot the password for my account",
    # Round 5's boundary: a customer locked out of the account needs the reset answer.
    "I can't log in to my account anymore",
    "my account got locked after too many attempts",
]
RESET_DE = [
    "Passwort vergessen, wie setze ich es zurück?",
    "ich habe mein Passwort vergessen",
    "wie kann ich ein neues Passwort bekommen?",
    "hab mein passwort vergessen, was nun",
    "Ich weiß mein Kennwort nicht mehr, wie kann ich es zurücksetzen?",
    "Wie funktioniert das Zurücksetzen vom Passwort?",
    # Round 5's boundary: a customer locked out of the account needs the reset answer.
    "Ich kann mich seit heute nicht mehr einloggen",
    "mein Konto ist gesperrt, ich komme nicht mehr rein",
]


# What the reset answer must say, per language: the portal's link, the support address, the
# warning against typing the password, and the button to a person.
EXPECTED = {
    "en": (
        ["Forgot password?", "support@oneclickactions.com", "never type your old or new password"],
        {"title": "Talk to a person", "payload": "/request_human"},
    ),
    "de": (
        ["Passwort vergessen?", "support@oneclickactions.com", "nie in den Chat"],
        {"title": "Mit einer Person sprechen", "payload": "/request_human"},
    ),
}
PRIVACY_NOTICE = ("privacy policy", "confidential", "Datenschutzerklärung", "vertraulich")


@pytest.mark.parametrize(
    ("question", "language"),
    [(q, "en") for q in RESET_EN] + [(q, "de") for q in RESET_DE],
)
async def test_reset_question_gets_the_reset_answer_in_the_customers_language(
    bot: BotClient, question: str, language: str
) -> None:
    # The widget says English; a German question is answered in German all the same.
    reply = await bot.say(question)
    assert reply["intent"]["name"] == "ask_password_reset"
    assert reply["language"] == language
    text = texts(reply)
    must_say, button = EXPECTED[language]
    for words in must_say:
        assert words in text, (words, text)
    for notice in PRIVACY_NOTICE:
        assert notice not in text, text
    # A person can help, as in other answers; the chat server is not told to hand off yet.
    assert button in buttons(reply)
    assert not customs(reply)


@pytest.mark.parametrize(
    ("question", "must_say"),
    [
        ("can I send you my password?", "never send passwords"),
        ("may I give you my password so you can look at my account?", "never send passwords"),
        ("kann ich Ihnen mein Passwort schicken?", "niemals Passwörter"),
    ],
)
async def test_offering_a_password_still_gets_the_privacy_notice(
    bot: BotClient, question: str, must_say: str
) -> None:
    reply = await bot.say(question)
    assert reply["intent"]["name"] == "ask_data_protection"
    assert must_say in texts(reply)
    assert "Forgot password" not in texts(reply) and "Passwort vergessen" not in texts(reply)


async def test_the_reset_button_leads_to_a_person(bot: BotClient) -> None:
    await bot.say("I forgot my password")
    reply = await bot.say("/request_human")
    assert customs(reply) == [{"handoff": True, "reason": "customer_request"}]
