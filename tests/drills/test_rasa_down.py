"""Drill: the bot is down; customers are offered a human within 3 s. Then it comes back.

The chat server's RASA_URL points at a port where nothing listens (connection refused, the
fast case) and, separately, at a port that accepts and never answers (the slow case: the
3 s bot timeout). The second part starts the real Rasa (bot/.venv, the trained model) on the
same port and the bot answers again, with no restart of the chat server.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.drills.conftest import DRILL_ENV
from tests.drills.failover import FailoverCustomer
from tests.support.procs import RedisServer, free_port, missing_prerequisite
from tests.support.rasa import MODEL, RASA_EXE, RasaServer
from tests.support.server import ChatServerProcess

pytestmark = pytest.mark.drill

OFFER_LIMIT_S = 3.0
# A hung bot is declared failed after BOT_TIMEOUT_S (2.5 s by default, so that the offer,
# stored and relayed, still reaches the customer within the contract's 3 s).
HUNG_LIMIT_S = 3.0


def offers_a_human(message: dict[str, Any]) -> bool:
    return message.get("author") == "system" and any(
        b.get("payload") == "/request_human" for b in message.get("buttons") or []
    )


async def time_to_offer(customer: FailoverCustomer, text: str) -> float:
    """Seconds from sending `text` to a system message that offers a human."""
    cid = customer.conversation_id
    assert cid is not None
    before = set(customer.view.by_seq[cid])
    start = time.monotonic()
    ack = await customer.say(text)
    assert ack["ok"], ack
    while time.monotonic() - start < OFFER_LIMIT_S + 3:
        fresh = [m for s, m in customer.view.by_seq[cid].items() if s not in before]
        if any(offers_a_human(m) for m in fresh):
            return time.monotonic() - start
        await asyncio.sleep(0.02)
    raise AssertionError(f"no human offered: {customer.view.by_seq[cid]}")


@pytest.fixture
def black_hole() -> Iterator[int]:
    """A port that accepts connections and never answers (a hung bot)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    try:
        yield int(sock.getsockname()[1])
    finally:
        sock.close()


@pytest.mark.parametrize("mode", ["refused", "hung"])
async def test_bot_down_offers_a_human_within_3s(
    private_redis: RedisServer, mode: str, black_hole: int
) -> None:
    port = black_hole if mode == "hung" else free_port()
    node = ChatServerProcess(
        private_redis.url, RASA_URL=f"http://127.0.0.1:{port}", **DRILL_ENV
    )
    node.start()
    customers = [FailoverCustomer([node.url]) for _ in range(5)]
    try:
        for customer in customers:
            await customer.start()
        delays = await asyncio.gather(
            *(time_to_offer(c, "hello, what are your opening hours?") for c in customers)
        )
        print(
            f"\nDRILL rasa-{mode}: human offered after max {max(delays):.2f}s "
            f"(min {min(delays):.2f}s) to {len(customers)} customers"
        )
        assert max(delays) < (HUNG_LIMIT_S if mode == "hung" else OFFER_LIMIT_S)
        # The offer works: the button's payload queues the conversation.
        ack = await customers[0].call(
            "message", {"client_id": "b1", "text": "Talk to a person", "payload": "/request_human"}
        )
        assert ack["ok"], ack
        state = await customers[0].call("handoff", {})
        assert state["ok"] and state["state"]["state"] == "queued"
    finally:
        for customer in customers:
            await customer.close()
        node.stop()


@pytest.mark.rasa
async def test_bot_comes_back_and_answers_again(private_redis: RedisServer) -> None:
    if not (RASA_EXE.exists() and MODEL.exists()):
        # Fails under CI (make test builds both); a bare pytest says what to build.
        missing_prerequisite("bot/.venv or the trained model is missing (make bot-model)")
    port = free_port()
    node = ChatServerProcess(private_redis.url, RASA_URL=f"http://127.0.0.1:{port}", **DRILL_ENV)
    node.start()
    rasa = RasaServer(port=port)
    customer = FailoverCustomer([node.url])
    try:
        await customer.start()
        await time_to_offer(customer, "hello")
        started = time.monotonic()
        await asyncio.to_thread(rasa.start)
        print(f"\nDRILL rasa-back: Rasa ready after {time.monotonic() - started:.1f}s")
        cid = customer.conversation_id
        assert cid is not None
        before = set(customer.view.by_seq[cid])
        sent = time.monotonic()
        assert customer.sio is not None and customer.sio.connected, customer.errors
        assert (await customer.say("hello"))["ok"]
        while True:
            fresh = [m for s, m in customer.view.by_seq[cid].items() if s not in before]
            if any(m["author"] == "bot" for m in fresh):
                break
            assert time.monotonic() - sent < 10, f"the bot did not answer: {fresh}"
            await asyncio.sleep(0.05)
        print(f"DRILL rasa-back: bot answered {time.monotonic() - sent:.2f}s after the message")
    finally:
        await customer.close()
        node.stop()
        rasa.stop()
