"""The bot's or an agent's question for a secret, kept with the conversation: the customer's
bare answer is masked before it is stored, shown or sent to the bot; a question for anything
else, or none, leaves the customer's own lead-in as it was."""

from __future__ import annotations

from chat_server.conversations.messaging import LeadIn
from chat_server.store.conversations import ASKED_FIELD, ConversationStore
from redaction import Redacted, default_redactor
from redaction.testing import find_raw_secrets
from tests.core.conftest import Core


def redacted(text: str) -> Redacted:
    return default_redactor().redact(text).text


async def test_the_bots_question_for_a_code_masks_the_bare_answer(core: Core) -> None:
    cid = "conv-asked-1"
    lead = LeadIn()
    core.bot.say("I have sent you a code by SMS. Please type the code here to confirm.")
    await core.customer_says(cid, "I want to change my phone number", lead_in=lead)
    stored = await core.service.conversations.asked(cid)
    assert stored is not None and stored[0] == "Please type the code here to confirm."
    core.bot.say("Thanks!")
    answer = await core.customer_says(cid, "482913", lead_in=lead)
    assert answer["text"] == "[PASSWORD]"
    assert "482913" not in core.bot.asked[-1]
    # the question is taken once: a later bare number is the customer's own again
    core.bot.say("Anything else?")
    later = await core.customer_says(cid, "order 4471123", lead_in=lead)
    assert later["text"] == "order 4471123"
    assert await find_raw_secrets(core.redis, ["482913"]) == []


async def test_without_the_kept_question_the_bare_answer_passes(core: Core) -> None:
    """The same turn with nothing kept (as before): the test above can fail."""
    cid = "conv-asked-2"
    lead = LeadIn()
    core.bot.say("Thanks!")
    await core.customer_says(cid, "I want to change my phone number", lead_in=lead)
    core.bot.say("Thanks!")
    answer = await core.customer_says(cid, "482913", lead_in=lead)
    assert answer["text"] == "482913"


async def test_a_question_for_no_secret_keeps_the_customers_own_lead_in(core: Core) -> None:
    cid = "conv-asked-3"
    lead = LeadIn()
    core.bot.say("Did that help?")
    await core.customer_says(cid, "my password is", lead_in=lead)
    assert await core.service.conversations.asked(cid) is None
    core.bot.say("Thanks!")
    value = await core.customer_says(cid, "Sommer2024!", lead_in=lead)
    assert value["text"] == "[PASSWORD]"


async def test_an_agents_warning_is_no_question(core: Core) -> None:
    cid = "conv-asked-4"
    agent = await core.agent()
    await core.customer_says(cid, "hello", lead_in=LeadIn())
    conv = await core.service.conversations.get(cid)
    await core.service.messages.agent_message(
        conv, agent, client_id="a1", text="Please never send your password in chat.", sid=None
    )
    assert await core.service.conversations.asked(cid) is None
    await core.service.messages.agent_message(
        conv, agent, client_id="a2", text="Which PIN did you set on the router?", sid=None
    )
    assert await core.service.conversations.asked(cid) is not None


async def test_a_question_is_not_kept_for_a_conversation_that_is_gone(core: Core) -> None:
    cid = "conv-asked-5"
    store = core.service.conversations
    await store.set_asked(cid, redacted("What is the CVC?"))
    assert not await core.redis.exists(ConversationStore.key(cid))
    await core.customer_says(cid, "hi", lead_in=LeadIn())
    await store.set_asked(cid, redacted("What is the CVC?"))
    assert await core.redis.hget(ConversationStore.key(cid), ASKED_FIELD) == "What is the CVC?"


async def test_a_stale_question_leads_into_nothing(core: Core) -> None:
    cid = "conv-asked-6"
    await core.customer_says(cid, "hi", lead_in=LeadIn())
    await core.service.conversations.set_asked(cid, redacted("What is the CVC?"))
    key = ConversationStore.key(cid)
    await core.redis.hset(key, "asked_at", "1000.0")  # asked long ago
    lead = LeadIn()  # a tab opened much later
    core.bot.say("Thanks!")
    answer = await core.customer_says(cid, "381", lead_in=lead)
    assert answer["text"] == "381"
