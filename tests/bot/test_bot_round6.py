"""Round 6 (docs/bot-training.md): policy questions answered truly whatever intent wins, the
privacy of a ticket, a failed reset. Phrasings of our own, in no training or evaluation set;
each case below was answered wrongly by round 5's model (the token error is a guard)."""

from __future__ import annotations

import pytest

from tests.bot.conftest import BotClient
from tests.bot.test_bot_dialogue import texts

pytestmark = pytest.mark.rasa


@pytest.mark.parametrize(
    ("question", "intent", "must_say"),
    [
        # Privacy asked about the ticket itself: not the ticket status form.
        (
            "landet der Text aus meinem Supportticket irgendwann bei fremden Firmen?",
            "ask_data_protection",
            ["vertraulich", "Datenschutzerklärung"],
        ),
        # What one may send: the rule about passwords and card data.
        (
            "anything I should avoid sending when I message your support team?",
            "ask_data_protection",
            ["password", "card"],
        ),
        # A reset that fails for the customer is the reset answer, not the technical form.
        (
            "I asked for a reset link three times now and my inbox is still empty",
            "ask_password_reset",
            ["Forgot password?", "a person"],
        ),
        (
            "die Mail mit dem Link für ein neues Kennwort ist nach einer Stunde noch nicht da",
            "ask_password_reset",
            ["Passwort vergessen?", "Person"],
        ),
    ],
)
async def test_round6_classes(
    bot: BotClient, question: str, intent: str, must_say: list[str]
) -> None:
    reply = await bot.say(question)
    assert reply["intent"]["name"] == intent, reply["intent"]
    for words in must_say:
        assert words in texts(reply), (words, texts(reply))


async def test_a_token_error_at_sign_in_stays_technical(bot: BotClient) -> None:
    # Guard for the moved boundary: a product error at sign-in is not a lockout.
    reply = await bot.say('the workflow editor says "token invalid" as soon as I sign in')
    assert reply["intent"]["name"] == "technical_problem"


@pytest.mark.parametrize(
    ("question", "must_say"),
    [
        # The neighbour answers carry the facts a neighbouring question needs.
        ("are there things I must leave out when I write to you by mail?", ["password", "card"]),
        (
            "Wann ist euer Chat besetzt?",
            ["rund um die Uhr", "support@oneclickactions.com", "24 Stunden"],
        ),
        ("hi, any update on my case?", ["ticket number", "24 hours", "48 hours"]),
        ("gibt es Neuigkeiten zu meinem Fall?", ["Ticketnummer", "24 Stunden", "48 Stunden"]),
    ],
)
async def test_neighbouring_answers_carry_the_facts(
    bot: BotClient, question: str, must_say: list[str]
) -> None:
    reply = await bot.say(question)
    for words in must_say:
        assert words in texts(reply), (words, texts(reply))
