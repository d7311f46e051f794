"""A real Rasa server (bot/.venv, bot/models/current.tar.gz) for the whole session.

`rasa_server` yields the base URL (http://127.0.0.1:PORT); the livechat channel is at
`{url}/webhooks/livechat/webhook`. Integration tests of the chat server's bridge can use
the same fixture. Without bot/.venv and a trained model (`make bot-model`) the tests are
skipped, except under CI (CI set), where they fail; `make test` always builds both first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import aiohttp
import pytest

from tests.support.rasa import WEBHOOK_PATH, RasaServer


@pytest.fixture(scope="session")
def rasa_server() -> Iterator[str]:
    server = RasaServer()  # start() skips, or fails under CI, without the model
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


class BotClient:
    """One customer's conversation through the livechat channel."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        sender: str,
        locale: str | None = "en",
    ) -> None:
        self.session = session
        self.base_url = base_url
        self.url = base_url + WEBHOOK_PATH
        self.sender = sender
        self.locale = locale  # the widget's locale, sent as the chat server sends it

    async def say(self, message: str) -> dict:
        body = {"sender": self.sender, "message": message, "metadata": {"locale": self.locale}}
        async with self.session.post(
            self.url, json=body, timeout=aiohttp.ClientTimeout(total=10)
        ) as resp:
            assert resp.status == 200, await resp.text()
            reply = await resp.json()
        assert reply["messages"], f"empty reply to {message!r}"
        return reply

    async def tracker_events(self) -> list[dict]:
        """The conversation's tracker events, from Rasa's HTTP API (--enable-api)."""
        url = f"{self.base_url}/conversations/{self.sender}/tracker"
        async with self.session.get(url) as resp:
            assert resp.status == 200, await resp.text()
            return list((await resp.json())["events"])


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def bot(http: aiohttp.ClientSession, rasa_server: str, request: pytest.FixtureRequest) -> BotClient:
    """A fresh conversation per test (its sender id is the test's name)."""
    return BotClient(http, rasa_server, f"test-{request.node.name}-{id(request)}")


@pytest.fixture
def bot_de(
    http: aiohttp.ClientSession, rasa_server: str, request: pytest.FixtureRequest
) -> BotClient:
    """A fresh conversation from a widget whose locale is German (de-DE)."""
    return BotClient(http, rasa_server, f"test-de-{request.node.name}-{id(request)}", "de-DE")
