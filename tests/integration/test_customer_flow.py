"""A customer through the real server: session, messages, resume, idempotency, bad input."""

from __future__ import annotations

import asyncio
import uuid

import redis.asyncio as aioredis

from redaction.testing import find_raw_secrets
from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess
from tests.support.waits import wait_until


async def test_connect_gives_a_session_with_a_token(customer: CustomerClient) -> None:
    session = await customer.connect()
    assert session["token"].startswith("c2.")
    assert session["state"]["state"] == "bot"
    assert session["history"] == []
    assert len(session["conversation_id"]) == 32


async def test_message_is_acked_numbered_and_the_bot_being_down_offers_a_human(
    customer: CustomerClient,
) -> None:
    await customer.connect()
    ack = await customer.say("hello there")
    assert ack["ok"] is True
    assert ack["message"]["seq"] == 1
    assert ack["message"]["author"] == "customer"
    # No Rasa runs here: the customer is told and offered a person within the bot timeout.
    offer = await customer.wait_for("message", lambda m: m["author"] == "system", timeout=5)
    assert offer["seq"] == 2
    assert offer["buttons"][0]["payload"] == "/request_human"


async def test_same_client_id_twice_stores_once(
    customer: CustomerClient, redis_client: aioredis.Redis
) -> None:
    session = await customer.connect()
    first = await customer.say("only once please", client_id="cid-1")
    again = await customer.say("only once please", client_id="cid-1")
    assert first["message"] == again["message"]
    history = await customer.call("history", {"after_seq": 0})
    texts = [m["text"] for m in history["messages"] if m["author"] == "customer"]
    assert texts == ["only once please"]
    assert await redis_client.llen(f"lc:conv:{session['conversation_id']}:log") >= 1


async def test_token_resumes_the_conversation_on_a_new_connection(
    server: ChatServerProcess,
) -> None:
    first = CustomerClient(server.url)
    session = await first.connect()
    await first.say("remember me")
    await first.close()
    second = CustomerClient(server.url)
    resumed = await second.connect(token=session["token"])
    await second.close()
    assert resumed["conversation_id"] == session["conversation_id"]
    assert resumed["history"][0]["text"] == "remember me"
    third = CustomerClient(server.url)
    after = await third.connect(token=session["token"], after_seq=1)
    await third.close()
    assert all(m["seq"] > 1 for m in after["history"])


async def test_forged_token_starts_a_new_conversation(customer: CustomerClient) -> None:
    forged = "c1." + "a" * 32 + ".bm90LWEtc2lnbmF0dXJl"
    session = await customer.connect(token=forged)
    assert session["conversation_id"] != "a" * 32
    assert session["history"] == []


async def test_other_tabs_get_the_customers_message(server: ChatServerProcess) -> None:
    tab1, tab2 = CustomerClient(server.url), CustomerClient(server.url)
    session = await tab1.connect()
    await tab2.connect(token=session["token"])
    ack = await tab1.say("from tab one")
    seen = await tab2.wait_for("message", lambda m: m["author"] == "customer")
    assert seen["id"] == ack["message"]["id"]
    # Sent after tab two saw the first: once tab one has it, an echo of its own would be in.
    later = await tab2.say("from tab two")
    await tab1.wait_for("message", lambda m: m["id"] == later["message"]["id"])
    assert not tab1.matching("message", lambda m: m["id"] == ack["message"]["id"])
    await tab1.close()
    await tab2.close()


async def test_bad_input_gets_clear_errors_and_changes_nothing(customer: CustomerClient) -> None:
    await customer.connect()
    for payload in (
        None,
        "text",
        42,
        {"text": "no client id"},
        {"client_id": 5, "text": "x"},
        {"client_id": "a", "text": ["list"]},
        {"client_id": "a", "text": "   "},
    ):
        ack = await customer.call("message", payload)
        assert ack["ok"] is False and ack["error"]["code"] == "invalid_payload", payload
    too_long = await customer.say("x" * 2001)
    assert too_long["error"]["code"] == "too_long"
    bad_contact = await customer.call("contact", {"email": "not-an-email"})
    assert bad_contact["error"]["code"] == "invalid_payload"
    bad_rating = await customer.call("rating", {"score": 9})
    assert bad_rating["error"]["code"] == "invalid_payload"
    history = await customer.call("history", {"after_seq": 0})
    assert history["messages"] == []


async def test_floods_are_rate_limited_and_the_connection_survives(
    customer: CustomerClient,
) -> None:
    await customer.connect()
    acks = await asyncio.gather(*(customer.say(f"m{i}") for i in range(30)))
    limited = [a for a in acks if not a["ok"]]
    assert limited and all(a["error"]["code"] == "rate_limited" for a in limited)
    assert sum(1 for a in acks if a["ok"]) <= 21

    async def accepted_again() -> bool:
        ack = await customer.say("still here")
        assert ack["ok"] or ack["error"]["code"] == "rate_limited", ack
        return bool(ack["ok"])

    # The bucket refills at RATE_LIMIT_PER_S: the same connection is heard again.
    await wait_until(accepted_again, interval=0.1, what="a message accepted after the flood")


async def test_card_numbers_and_passwords_never_reach_redis(
    customer: CustomerClient, redis_client: aioredis.Redis
) -> None:
    await customer.connect()
    card, password = "4111 1111 1111 1111", "Tr0ub4dor&3x"
    ack = await customer.say(f"my card is {card} and my password is {password}")
    message = ack["message"]
    assert "4111 1111 1111 1111" not in message["text"] and password not in message["text"]
    assert message["text"].endswith("[PASSWORD]")
    assert "1111" in message["text"]  # the last four digits stay, to talk about the card
    assert set(message["redactions"]) >= {"CREDIT_CARD", "PASSWORD"}
    warning = await customer.wait_for(
        "message", lambda m: m["author"] == "system" and "never" in m["text"]
    )
    assert "password" in warning["text"]
    # The bot is down here: its offer of a person is the last thing this turn stores.
    await customer.wait_for("message", lambda m: m["author"] == "system" and m.get("buttons"))
    assert await find_raw_secrets(redis_client, [card, password]) == []


async def test_a_password_sent_as_the_message_after_its_lead_in_never_reaches_redis(
    customer: CustomerClient, redis_client: aioredis.Redis
) -> None:
    """Enter pressed mid-sentence: "my password is" ⏎ "Sommer 2024!" as two messages.
    The connection keeps the lead-in (in memory): nothing about it is stored."""
    await customer.connect()
    lead = await customer.say("ok so my login is anna.k and my password is")
    assert lead["message"]["text"] == "ok so my login is anna.k and my password is"
    value = "Sommer 2024!"
    ack = await customer.say(value)
    assert ack["message"]["text"] == "[PASSWORD]"
    assert ack["message"]["redactions"] == ["PASSWORD"]
    # A correction right after the value is read in the same light; other words are kept.
    fixed = await customer.say("sorry, typo: Sommer2025!")
    assert fixed["message"]["text"] == "sorry, typo: [PASSWORD]"
    after = await customer.say("thanks for the quick help")
    assert after["message"]["text"] == "thanks for the quick help"
    assert await find_raw_secrets(redis_client, [value, "Sommer 2024", "Sommer2025"]) == []


async def test_a_message_after_a_sentence_about_a_password_keeps_its_words(
    customer: CustomerClient,
) -> None:
    await customer.connect()
    await customer.say("I forgot my password")
    ack = await customer.say("My order AB-22913 is late too")
    assert ack["message"]["text"] == "My order AB-22913 is late too"
    assert ack["message"]["redactions"] == []


async def test_unknown_event_and_garbage_do_not_break_the_connection(
    customer: CustomerClient,
) -> None:
    await customer.connect()
    await customer.sio.emit("no_such_event", {"x": 1}, namespace="/chat")
    await customer.sio.emit("message", "\x00" * 100, namespace="/chat")
    ack = await customer.say("fine " + uuid.uuid4().hex)
    assert ack["ok"] is True


async def test_one_bad_auth_field_does_not_cost_the_conversation(
    server: ChatServerProcess,
) -> None:
    first = CustomerClient(server.url)
    session = await first.connect()
    await first.say("keep me")
    await first.close()
    again = CustomerClient(server.url)
    resumed = await again.connect(token=session["token"], locale="x" * 500, after_seq=-3)
    await again.close()
    assert resumed["conversation_id"] == session["conversation_id"]
    assert resumed["history"][0]["text"] == "keep me"


async def test_an_idle_bot_conversation_is_closed() -> None:
    # A Redis of its own: the module's server would otherwise hold the sweeper lease with
    # the production idle time.
    private = RedisServer()
    private.start()
    node = ChatServerProcess(private.url, INACTIVITY_CLOSE_S="1")
    node.start()
    try:
        customer = CustomerClient(node.url)
        await customer.connect()
        await customer.say("hello?")
        # Idle 30 minutes in production, 1 s here: the sweeper then looks every 0.5 s.
        closed = await customer.wait_for("state", lambda s: s["state"] == "closed", timeout=15)
        assert closed["state"] == "closed"
        told = await customer.wait_for("message", lambda m: "without activity" in m["text"])
        assert told["author"] == "system"
        again = await customer.say("I am back")  # a new message reopens it with the bot
        assert again["ok"] is True
        await customer.close()
    finally:
        node.stop()
        private.cleanup()


async def test_a_log_is_sent_whole_up_to_its_own_limit(customer: CustomerClient) -> None:
    session = await customer.connect()
    assert session["limits"] == {"max_message_chars": 2000, "max_log_chars": 50_000}
    lines = "\n".join(f"12:00:{i:02d} ERROR worker {i}: timeout talking to db" for i in range(900))
    log = lines[:49_000] + "\nfatal: password=Hunter2xyz!"
    plain = await customer.say(log)
    assert plain["error"]["code"] == "too_long"  # a plain message keeps its 2,000 limit
    ack = await customer.say(log, kind="log")
    assert ack["ok"] is True, ack
    assert ack["message"]["kind"] == "log" and ack["message"]["redactions"] == ["PASSWORD"]
    assert ack["message"]["text"].endswith("password=[PASSWORD]")
    over = await customer.say("y" * 50_001, kind="log")
    assert over["error"]["code"] == "too_long" and "log" in over["error"]["message"]
    bad = await customer.say("x", kind="novel")
    assert bad["error"]["code"] == "invalid_payload"


async def test_a_handoff_before_any_message_answers_in_the_customers_language(
    customer: CustomerClient,
) -> None:
    await customer.connect(locale="de-DE")
    ack = await customer.call("handoff")
    assert ack["ok"], ack
    told = await customer.wait_for("message", lambda m: m["author"] == "system", timeout=5)
    assert "Warteschlange" in told["text"] or "verfügbar" in told["text"], told["text"]
