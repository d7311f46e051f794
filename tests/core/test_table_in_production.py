"""Every cell of the state table, carried out by the production path (Transitions.apply on a
real Redis): the state that results is the one `decide()` names, refusals change nothing, and
the queue and the agents' loads follow the state."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis

from chat_server.conversations.events import EventBus, Transitioned
from chat_server.conversations.state_machine import Event, State, decide
from chat_server.conversations.transitions import Taker, Transitions
from chat_server.errors import ServiceError
from chat_server.handoff.queue import HandoffQueue
from chat_server.store import ConversationStore

CID = "conv-table"
AGENT = Taker("ag_1", "Anna")


async def _put_in(store: ConversationStore, queue: HandoffQueue, state: State) -> None:
    fields: dict[str, object] = {}
    moves = queue.moves()
    if state is State.QUEUED:
        fields = {"queued_at": 1000.0, "deadline_ts": 99_999_999_999.0}
        moves = queue.moves(enqueue_at=99_999_999_999.0)
    elif state is State.AGENT:
        fields = {"agent_id": AGENT.id, "agent_name": AGENT.name}
        moves = queue.moves(take_agent=AGENT.id)
    if state is not State.BOT:
        result = await store.transition(CID, State.BOT, state, fields, also=[moves])
        assert result.applied
    else:
        await store.ensure_stored(CID)


@pytest.mark.parametrize("event", list(Event))
@pytest.mark.parametrize("state", list(State))
async def test_cell(redis_client: aioredis.Redis, state: State, event: Event) -> None:
    store = ConversationStore(redis_client, 3600)
    queue = HandoffQueue(redis_client, 3600, 3)
    bus = EventBus()
    seen: list[Transitioned] = []

    async def record(e: Transitioned) -> None:
        seen.append(e)

    bus.subscribe(Transitioned, record)
    await _put_in(store, queue, state)
    expected = decide(state, event)

    error: str | None = None
    try:
        change = await Transitions(store, queue, bus, 300).apply(CID, event, taker=AGENT)
    except ServiceError as refused:
        assert refused.code == expected.error
        error = refused.code
    else:
        assert expected.error is None
        assert (change.after is not None) == expected.changes
    assert error == expected.error
    now = (await store.get(CID)).state
    assert now is (expected.to or state)
    assert [(t.before.state, t.after.state) for t in seen] == (
        [(state, expected.to)] if expected.to else []
    )
    # The queue and the agent's load follow the state, whatever the path.
    assert (await queue.position(CID) is not None) == (now is State.QUEUED)
    assert (CID in await queue.chats_of(AGENT.id)) == (now is State.AGENT)
