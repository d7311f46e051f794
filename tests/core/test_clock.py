"""The clock's events, driven with an explicit `now`: deadline → ticket, agent gone →
requeued, idle bot chat → closed. No sleeps: time is an argument."""

from __future__ import annotations

import time

from chat_server.conversations.events import StateChanged, TicketOpened
from chat_server.handoff.queue import HandoffQueue
from chat_server.tickets import TicketStore
from tests.core.conftest import Core

CID = "conv-clock-1"


async def test_deadline_makes_a_ticket_and_its_state_carries_the_number(core: Core) -> None:
    await core.service.sessions.set_identity(CID, "eve@example.com", "Eve")
    await core.customer_says(CID, "my order is late", payload="/request_human")
    conv = await core.service.conversations.get(CID)
    assert conv.state.value == "queued" and conv.deadline_ts is not None

    assert await core.service.clock.expire_due(now=conv.deadline_ts - 1) == 0
    assert await core.state(CID) == "queued"
    assert await core.service.clock.expire_due(now=conv.deadline_ts + 0.5) == 1
    await core.settle()

    ticketed = await core.service.conversations.get(CID)
    assert ticketed.state.value == "ticket" and ticketed.ticket_number
    # The known race: the `ticket` state must never go out without its number.
    ticket_states = [e.data for e in core.to_customer(CID, "state") if e.data["state"] == "ticket"]
    assert ticket_states and all(s["ticket"]["number"] for s in ticket_states)
    assert ticket_states[-1]["ticket"]["number"] == ticketed.ticket_number
    opened = core.of(TicketOpened)
    assert [t.ticket.number for t in opened] == [ticketed.ticket_number]
    assert await core.redis.zcard("lc:outbox:due") == 1  # the confirmation mail is queued
    assert await core.redis.zscore("lc:queue", CID) is None
    # A second sweep finds nothing: exactly one ticket.
    assert await core.service.clock.expire_due(now=conv.deadline_ts + 60) == 0
    # The customer's next message joins the ticket's thread, not the bot.
    asked = list(core.bot.asked)
    await core.customer_says(CID, "any news?")
    assert core.bot.asked == asked
    ticket = await TicketStore(core.redis, core.settings).get(ticketed.ticket_number)
    assert ticket is not None and any("any news?" in str(m) for m in ticket.thread)


async def test_agent_gone_puts_the_chat_back_in_the_queue(core: Core) -> None:
    anna = await core.agent("Anna")
    await core.customer_says(CID, "hi", payload="/request_human")
    await core.service.accept(CID, anna)
    seen = await HandoffQueue(core.redis, 3600, 3).last_seen(anna.id)
    assert seen is not None
    grace = core.settings.agent_grace_s

    assert await core.service.clock.requeue_abandoned(now=seen + grace - 1) == 0
    assert await core.service.clock.requeue_abandoned(now=seen + grace + 1) == 1
    await core.settle()
    conv = await core.service.conversations.get(CID)
    assert conv.state.value == "queued" and conv.agent_id is None
    assert core.to_agent(anna.id, "state")[-1].data["state"] == "queued"
    assert core.to_customer(CID, "message")[-1].data["author"] == "system"
    assert isinstance(core.of(StateChanged)[-1], StateChanged)


async def test_an_idle_bot_chat_is_closed(core: Core) -> None:
    await core.customer_says(CID, "hello")  # the bot is silent: it counts as a bot failure
    idle = core.settings.inactivity_close_s
    now = time.time()
    assert await core.service.clock.close_inactive(now=now + idle - 60) == 0
    assert await core.service.clock.close_inactive(now=now + idle + 1) == 1
    assert await core.state(CID) == "closed"
    assert core.to_customer(CID, "state")[-1].data["state"] == "closed"
