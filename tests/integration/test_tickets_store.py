"""The ticket record on a real Redis: numbers, due times, threads, statuses, retention."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets import TicketNotFound, TicketStore, due_at, keys

SETTINGS = Settings(env="test", holidays=frozenset({date(2025, 12, 25)}), retention_days=2)


@pytest.fixture
def store(redis_client: aioredis.Redis) -> TicketStore:
    return TicketStore(redis_client, SETTINGS)


def message(seq: int, author: str, text: str) -> dict[str, object]:
    return {
        "id": f"m{seq}",
        "conversation_id": "c1",
        "seq": seq,
        "client_id": None,
        "author": author,
        "name": None,
        "text": text,
        "redactions": [],
        "ts": 1764050000.0,
    }


async def test_create_numbers_and_due(store: TicketStore, redis_client: aioredis.Redis) -> None:
    created = datetime(2025, 11, 29, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # a Saturday
    t1 = await store.create(
        subject="Card declined",
        email="Jane@Example.com",
        name="Jane",
        conversation_id="c1",
        transcript=[message(1, "customer", "hi")],
        now=created,
    )
    t2 = await store.create(subject="Other", now=created)
    assert (t1.number, t2.number) == ("OCA-000001", "OCA-000002")
    assert t1.status == "open" and t1.email == "jane@example.com" and t1.source == "chat"
    assert t1.due_at == due_at(created, SETTINGS.tz, SETTINGS.holidays)
    assert t1.due_ts - t1.created_ts == 48 * 3600
    assert t1.thread[0]["text"] == "hi" and t1.thread[0]["source"] == "chat"
    assert t2.email is None and t2.thread == []
    # Retention: the record and its thread expire after RETENTION_DAYS.
    ttl = await redis_client.ttl(keys.ticket_key(t1.number))
    assert 0 < ttl <= 2 * 86400
    assert 0 < await redis_client.ttl(keys.transcript_key(t1.number)) <= 2 * 86400


async def test_numbers_are_unique_under_concurrency(store: TicketStore) -> None:
    tickets = await asyncio.gather(*(store.create(subject=f"s{i}") for i in range(50)))
    assert len({t.number for t in tickets}) == 50


async def test_one_open_ticket_per_conversation(store: TicketStore) -> None:
    a, b = await asyncio.gather(
        store.create(subject="x", conversation_id="c9"),
        store.create(subject="x", conversation_id="c9"),
    )
    assert a.number == b.number
    assert (await store.for_conversation("c9")) is not None
    await store.close(a.number)
    c = await store.create(subject="again", conversation_id="c9")
    assert c.number != a.number
    found = await store.for_conversation("c9")
    assert found is not None and found.number == c.number


async def test_public_shape(store: TicketStore) -> None:
    t = await store.create(
        subject="s",
        email="a@example.com",
        name="A",
        conversation_id="c",
        transcript=[message(1, "customer", "hello")],
    )
    pub = t.to_public()
    for field in (
        "number",
        "status",
        "email",
        "name",
        "subject",
        "conversation_id",
        "created_at",
        "due_at",
        "due_ts",
        "thread",
    ):
        assert field in pub
    assert pub["due_at"].endswith(("+01:00", "+02:00"))
    assert pub["created_at"].endswith("Z")
    summary = t.to_public(include_thread=False)
    assert "thread" not in summary and summary["last_message"]["text"] == "hello"


async def test_contact_reply_reopen_close(store: TicketStore) -> None:
    t = await store.create(subject="s")
    t = await store.attach_contact(t.number, "X@Example.com", "Xavier")
    assert (t.email, t.name) == ("x@example.com", "Xavier")
    assert await store.numbers_for_email("x@example.com") == [t.number]
    t, entry = await store.add_agent_reply(
        t.number, agent_id="a1", agent_name="Anna", text="Fixed it"
    )
    assert t.status == "answered" and entry["author"] == "agent"
    later = t.created_ts + 5 * 86400
    t = await store.add_customer_message(t.number, "Still broken", "email", now=later)
    assert t.status == "open"
    assert t.due_ts > later  # due again, counted from the reopening message
    assert [e["author"] for e in t.thread] == ["agent", "customer"]
    t, changed = await store.close(t.number, agent_name="Anna")
    assert changed and t.status == "closed"
    t, changed = await store.close(t.number)
    assert not changed


async def test_list_sorted_by_due_and_filtered(store: TicketStore) -> None:
    base = datetime(2025, 11, 24, 9, 0, tzinfo=UTC)
    late = await store.create(subject="late", now=base.replace(hour=12))
    early = await store.create(subject="early", now=base)
    weekend = await store.create(subject="weekend", now=datetime(2025, 11, 22, 9, tzinfo=UTC))
    await store.add_agent_reply(late.number, agent_id="a", agent_name="A", text="ok")
    assert [t.number for t in await store.list()] == [weekend.number, early.number, late.number]
    assert [t.number for t in await store.list("open")] == [weekend.number, early.number]
    assert [t.number for t in await store.list("answered")] == [late.number]
    assert await store.list("closed") == []


async def test_breach_warnings(store: TicketStore) -> None:
    t = await store.create(subject="s")
    assert t.breach(now=t.due_ts - 7200) is None
    assert t.breach(now=t.due_ts - 600) == "due_soon"
    assert t.breach(now=t.due_ts + 1) == "overdue"


async def test_expired_ticket_leaves_the_lists(
    store: TicketStore, redis_client: aioredis.Redis
) -> None:
    t = await store.create(subject="s")
    await redis_client.delete(keys.ticket_key(t.number), keys.thread_key(t.number))  # as if expired
    assert await store.get(t.number) is None
    assert await store.list() == []
    assert await redis_client.zcard(keys.by_status("open")) == 0
    with pytest.raises(TicketNotFound):
        await store.add_customer_message(t.number, "hi")


async def test_concurrent_updates_keep_every_message(store: TicketStore) -> None:
    t = await store.create(subject="s")
    await asyncio.gather(*(store.add_customer_message(t.number, f"m{i}") for i in range(30)))
    got = await store.get(t.number)
    assert got is not None and sorted(e["text"] for e in got.thread) == sorted(
        f"m{i}" for i in range(30)
    )


async def test_erase(store: TicketStore) -> None:
    t = await store.create(subject="s", email="e@example.com")
    assert await store.erase(t.number)
    assert await store.get(t.number) is None
    assert await store.numbers_for_email("e@example.com") == []
