"""Support limited after abuse, and a customer's erasure through every key family's owner."""

from __future__ import annotations

import pytest

from chat_server import gdpr
from chat_server.errors import ServiceError
from chat_server.tickets import Feedback, TicketService
from tests.core.conftest import Core

CID = "conv-abuse-1"
EMAIL = "mallory@example.com"


async def test_the_bots_limit_stops_messages_and_handoffs_and_follows_the_identity(
    core: Core,
) -> None:
    await core.service.sessions.set_identity(CID, EMAIL, "Mallory")
    core.bot.say("Please stay polite.", custom={"limit": True})
    await core.customer_says(CID, "you are useless")
    assert (await core.service.conversations.get(CID)).limited
    state = core.to_customer(CID, "state")[-1].data
    assert state["limited"] is True

    with pytest.raises(ServiceError) as refused:
        await core.customer_says(CID, "again")
    assert refused.value.code == "limited"
    with pytest.raises(ServiceError) as no_person:
        await core.service.routing.request_handoff(CID)
    assert no_person.value.code == "limited"
    assert await core.state(CID) == "bot"

    # A fresh conversation of the same signed customer starts limited.
    await core.service.sessions.set_identity("conv-abuse-2", EMAIL, "Mallory")
    assert (await core.service.conversations.get("conv-abuse-2")).limited


async def test_handoffs_per_address_are_limited(core: Core) -> None:
    limit = core.settings.handoffs_per_address_per_hour
    for i in range(limit):
        await core.service.routing.request_handoff(f"h{i}", address="10.0.0.9")
    with pytest.raises(ServiceError) as refused:
        await core.service.routing.request_handoff("h-over", address="10.0.0.9")
    assert refused.value.code == "rate_limited"
    assert await core.state("h-over") == "bot"
    # A handoff that changes nothing (already queued) is not counted and not refused.
    await core.service.routing.request_handoff("h0", address="10.0.0.9")


async def test_erase_goes_through_every_owner(core: Core) -> None:
    anna = await core.agent("Anna")
    await core.service.sessions.set_identity(CID, EMAIL, "Mallory")
    await core.customer_says(CID, "hello", payload="/request_human")
    await core.service.accept(CID, anna)
    await core.service.tickets.contact("conv-typed", EMAIL, None)
    await core.service.messages.note(CID, anna, "internal")
    # The ticket package's own families: a ticket with its confirmation mail queued (and the
    # address's hourly mail counter), a feedback mail.
    tickets = TicketService.build(core.redis, core.settings)
    ticket = await tickets.store.create(subject="By mail", email=EMAIL, source="email")
    assert await tickets.mailer.ticket_opened(ticket)
    await tickets.feedback.add(Feedback(email=EMAIL, subject="Nice", text="Thanks"))

    exported = await gdpr.export_customer(core.redis, core.settings, EMAIL)
    ids = {c["conversation_id"] for c in exported["conversations"]}
    assert ids == {CID, "conv-typed"}
    assert [t["number"] for t in exported["tickets"]] == [ticket.number]
    assert [f["text"] for f in exported["feedback"]] == ["Thanks"]

    result = await gdpr.erase_customer(core.redis, core.settings, EMAIL)
    assert result["conversations_erased"] == 2
    assert result["tickets_erased"] == [ticket.number]
    assert result["unsent_mail_erased"] == 1
    assert result["feedback_erased"] == 1
    left = sorted(
        key
        for key in await core.redis.keys("lc:*")
        if not key.startswith(
            ("lc:agents", "lc:agent:", "lc:handoff:", "lc:rl:", "lc:erased:", "lc:secret")
        )  # no personal data: agents, waits, counters, erasure stamps, the mail secret
        and key != "lc:tickets:seq"  # the ticket number counter
    )
    assert left == [], left
    # A tab left open on the erased conversation cannot bring it back.
    with pytest.raises(ServiceError) as gone:
        await core.service.messages.customer_message(
            CID, client_id="late", text="still there?", payload=None, sid="s"
        )
    assert gone.value.code == "conversation_closed"
