"""Every customer State carries its conversation's `version`, raised by each change the State
shows, so neither the server nor a client lets an older State follow a newer one."""

from __future__ import annotations

from typing import Any

from chat_server.conversations.events import StateChanged
from tests.core.conftest import Core

CID = "conv-version-7"


def versions(states: list[dict[str, Any]]) -> list[int]:
    return [state["version"] for state in states]


async def test_each_shown_change_raises_the_version_and_other_writes_do_not(core: Core) -> None:
    assert (await core.service.views.current_state(CID))["version"] == 0  # never written
    await core.customer_says(CID, "ich brauche einen Menschen", payload="/request_human")
    queued = await core.service.views.current_state(CID)
    assert queued["state"] == "queued"
    # Writes the State does not show (locale, rating) leave the version alone.
    await core.service.tickets.remember_locale(CID, "de-AT")
    await core.service.sessions.rate(CID, 4, "schnell")
    assert (await core.service.views.current_state(CID))["version"] == queued["version"]

    await core.service.tickets.contact(CID, "lotte@beispiel.test", "Lotte")
    contacted = await core.service.views.current_state(CID)
    assert contacted["version"] > queued["version"]
    assert contacted["customer"]["email"] == "lotte@beispiel.test"

    bruno = await core.agent("Bruno")
    await core.service.accept(CID, bruno)
    accepted = await core.service.views.current_state(CID)
    assert accepted["state"] == "agent" and accepted["version"] > contacted["version"]
    detail = await core.service.conversation_detail(CID)
    assert detail["version"] == accepted["version"]

    await core.service.tickets.open_ticket(CID, by_agent=bruno, note="by mail")
    await core.settle()
    ticketed = await core.service.views.current_state(CID)
    assert ticketed["ticket"] is not None and ticketed["version"] > accepted["version"]
    # What the customer was sent went up with every change, never down.
    sent = versions([e.data for e in core.to_customer(CID, "state")])
    assert sent == sorted(sent) and sent[-1] == ticketed["version"], sent


async def test_a_round_read_before_an_accept_sends_the_current_state_instead(core: Core) -> None:
    await core.customer_says(CID, "a person please", payload="/request_human")
    ines = await core.agent("Ines")
    views = core.service.views
    # The round is read while the customer waits; the agents' count changed since the last
    # one, so the customer is to be told.
    round_ = await views.queue_round([ines.id], set())
    (told,) = [s for s in round_.states if s["conversation_id"] == CID]
    assert told["state"] == "queued"

    await core.service.accept(CID, ines)
    await core.settle()
    before = len(core.to_customer(CID, "state"))
    await core.outbound.tell_states(round_.states)  # the round's sends, after the accept
    late = [e.data for e in core.to_customer(CID, "state")][before:]
    assert [s["state"] for s in late] == ["agent"], late
    assert late[0]["version"] > told["version"]


async def test_a_stale_state_event_is_replaced_by_the_current_one(core: Core) -> None:
    """The sweeper's re-estimates (and any State computed before an await) go the same way."""
    await core.customer_says(CID, "talk to someone", payload="/request_human")
    waiting = await core.service.views.current_state(CID)
    jonas = await core.agent("Jonas")
    await core.service.accept(CID, jonas)
    await core.settle()
    await core.service.bus.publish(StateChanged(CID, waiting))
    assert core.to_customer(CID, "state")[-1].data["state"] == "agent"


async def test_a_contact_given_while_queued_reaches_the_customer(core: Core) -> None:
    """The place is the same, but the State changed: the next round tells it again."""
    await core.customer_says(CID, "need help", payload="/request_human")
    await core.settle()
    before = core.to_customer(CID, "state")[-1].data
    await core.service.tickets.contact(CID, "wim@voorbeeld.test", None)
    await core.settle()
    after = core.to_customer(CID, "state")[-1].data
    assert after["queue_position"] == before["queue_position"] == 1
    assert after["customer"]["email"] == "wim@voorbeeld.test"
    assert after["version"] > before["version"]
