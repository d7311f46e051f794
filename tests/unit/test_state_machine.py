"""Every cell of the contract's state table, allowed and refused."""

from __future__ import annotations

import pytest

from chat_server.conversations.state_machine import Decision, Event, Route, State, decide

B, Q, A, R, T, C = (
    State.BOT,
    State.QUEUED,
    State.AGENT,
    State.RESOLVED,
    State.TICKET,
    State.CLOSED,
)

# (state, event) -> (new state or None, error or None, route or None)
TABLE: dict[tuple[State, Event], tuple[State | None, str | None, Route | None]] = {
    (B, Event.CUSTOMER_MESSAGE): (None, None, Route.BOT),
    (Q, Event.CUSTOMER_MESSAGE): (None, None, Route.AGENTS),
    (A, Event.CUSTOMER_MESSAGE): (None, None, Route.AGENT),
    (R, Event.CUSTOMER_MESSAGE): (B, None, Route.BOT),
    (C, Event.CUSTOMER_MESSAGE): (B, None, Route.BOT),
    (T, Event.CUSTOMER_MESSAGE): (None, None, Route.TICKET),
    (B, Event.HANDOFF): (Q, None, None),
    (Q, Event.HANDOFF): (None, None, None),
    (A, Event.HANDOFF): (None, None, None),
    (R, Event.HANDOFF): (Q, None, None),
    (C, Event.HANDOFF): (Q, None, None),
    (T, Event.HANDOFF): (None, "conversation_closed", None),
    (B, Event.CUSTOMER_TICKET): (T, None, None),
    (Q, Event.CUSTOMER_TICKET): (T, None, None),
    (A, Event.CUSTOMER_TICKET): (T, None, None),
    (R, Event.CUSTOMER_TICKET): (None, "conversation_closed", None),
    (C, Event.CUSTOMER_TICKET): (None, "conversation_closed", None),
    (T, Event.CUSTOMER_TICKET): (None, None, None),  # returns the ticket
    (B, Event.DEADLINE): (None, None, None),
    (Q, Event.DEADLINE): (T, None, None),
    (A, Event.DEADLINE): (None, None, None),
    (R, Event.DEADLINE): (None, None, None),
    (C, Event.DEADLINE): (None, None, None),
    (T, Event.DEADLINE): (None, None, None),
    (B, Event.ACCEPT): (None, "not_queued", None),
    (Q, Event.ACCEPT): (A, None, None),
    (A, Event.ACCEPT): (None, "already_assigned", None),
    (R, Event.ACCEPT): (None, "not_queued", None),
    (C, Event.ACCEPT): (None, "not_queued", None),
    (T, Event.ACCEPT): (None, "not_queued", None),
    (B, Event.CLOSE): (C, None, None),
    (Q, Event.CLOSE): (C, None, None),
    (A, Event.CLOSE): (C, None, None),
    (R, Event.CLOSE): (None, None, None),
    (C, Event.CLOSE): (None, None, None),
    (T, Event.CLOSE): (None, None, None),
    (B, Event.AGENT_GONE): (None, None, None),
    (Q, Event.AGENT_GONE): (None, None, None),
    (A, Event.AGENT_GONE): (Q, None, None),
    (R, Event.AGENT_GONE): (None, None, None),
    (C, Event.AGENT_GONE): (None, None, None),
    (T, Event.AGENT_GONE): (None, None, None),
    (B, Event.INACTIVE): (C, None, None),
    (Q, Event.INACTIVE): (None, None, None),
    (A, Event.INACTIVE): (None, None, None),
    (R, Event.INACTIVE): (None, None, None),
    (C, Event.INACTIVE): (None, None, None),
    (T, Event.INACTIVE): (None, None, None),
}
for _event, _to in ((Event.RESOLVE, R), (Event.TRANSFER, Q), (Event.AGENT_TICKET, T)):
    for _state in State:
        TABLE[(_state, _event)] = (_to, None, None) if _state is A else (None, "not_assigned", None)


def test_the_table_covers_every_cell() -> None:
    assert len(TABLE) == len(State) * len(Event)


@pytest.mark.parametrize(("state", "event"), sorted(TABLE, key=lambda k: (k[1], k[0])))
def test_cell(state: State, event: Event) -> None:
    to, error, route = TABLE[(state, event)]
    decision = decide(state, event)
    assert decision.to == to
    assert decision.error == error
    assert decision.route == route
    assert decision.ok is (error is None)


def test_ticket_in_ticket_returns_the_existing_one() -> None:
    assert decide(T, Event.CUSTOMER_TICKET) == Decision(returns_existing_ticket=True)
