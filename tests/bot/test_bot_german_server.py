"""A German-writing customer through the real chat server and the real Rasa: the service's
own texts (queue, ticket status) follow the language the bot recognised."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.conftest import SERVER_ENV
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess

pytestmark = pytest.mark.rasa


@pytest.fixture(scope="module")
def bot_server(redis_proc: RedisServer, rasa_server: str) -> Iterator[ChatServerProcess]:
    node = ChatServerProcess(redis_proc.url, RASA_URL=rasa_server, **SERVER_ENV)
    node.start()
    try:
        yield node
    finally:
        node.stop()


async def test_german_text_with_an_english_widget_gets_german_service_texts(
    bot_server: ChatServerProcess,
) -> None:
    customer = CustomerClient(bot_server.url)
    await customer.connect(locale="en-GB")
    await customer.say("Ich möchte bitte mit einem Mitarbeiter sprechen")
    bot = await customer.wait_for("message", lambda m: m["author"] == "bot", timeout=10)
    assert "verbinde Sie" in bot["text"], customer.events["message"]
    # No agent is online in this test: the service says so, in German (texts.py's
    # "queued_nobody"; "queued" when someone is available).
    queued = await customer.wait_for("message", lambda m: m["author"] == "system", timeout=10)
    assert "Gerade ist niemand verfügbar" in queued["text"], queued["text"]
    await customer.close()


async def test_ticket_status_for_an_anonymous_customer_in_german(
    bot_server: ChatServerProcess,
) -> None:
    customer = CustomerClient(bot_server.url)
    await customer.connect()
    await customer.say("Wie ist der Stand von Ticket OCA-999001?")
    answer = await customer.wait_for(
        "message",
        lambda m: (
            m["author"] == "bot"
            and "OCA-999001" in m["text"]
            and "Den Stand eines Tickets" in m["text"]
        ),
        timeout=15,
    )
    # Anonymous: status only to a signed-in owner, so the same answer for any number.
    assert "Kundenportal" in answer["text"]
    await customer.close()
