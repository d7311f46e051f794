"""Issue 14: a ticket from chat is about what the customer said it is about (its subject and
first thread entry, redacted), and its due time reads as the widget writes it."""

from __future__ import annotations

import re

from chat_server.conversations.subject import subject_of
from chat_server.tickets import TicketStore
from tests.core.conftest import Core

CID = "conv-topic-1"


def test_the_subject_rule() -> None:
    said = [
        {"author": "customer", "text": "Hi, how quickly do you answer?"},
        {"author": "bot", "text": "Usually within a day, and here is a very long bot answer."},
        {"author": "customer", "text": "Hallo! My invoice INV-7 charges me twice for March"},
        {"author": "customer", "text": "thanks"},
    ]
    assert subject_of("Refund for order 12\nmore lines", said) == "Refund for order 12"
    assert subject_of("  Hello, refund please ", said) == "refund please"
    assert subject_of(None, said) == "My invoice INV-7 charges me twice for March"
    assert subject_of("", []) == "Chat conversation"


async def test_ticket_text_is_the_subject_and_first_entry_redacted(core: Core) -> None:
    await core.customer_says(CID, "Hi, how quickly do you answer?")
    result = await core.service.tickets.open_ticket(
        CID, text="My login fails, password is Hunter2xyz!  \nsince Monday", address="10.0.0.1"
    )
    await core.settle()
    ticket = await TicketStore(core.redis, core.settings).get(result["number"])
    assert ticket is not None
    assert ticket.subject.startswith("My login fails")
    assert "Hunter2xyz" not in ticket.subject
    entries = ticket.thread[ticket.transcript_entries :]
    assert entries[0]["author"] == "customer" and "since Monday" in entries[0]["text"]
    assert "Hunter2xyz" not in entries[0]["text"] and entries[0]["redactions"]
    # The first chat line stays in the transcript, not the subject.
    assert any("how quickly" in e["text"] for e in ticket.thread[: ticket.transcript_entries])


async def test_without_text_the_subject_is_the_substantive_message(core: Core) -> None:
    await core.customer_says(CID, "Hi, how quickly do you answer?")
    await core.customer_says(CID, "Hello, my parcel 4711 arrived damaged and I want a refund")
    result = await core.service.tickets.open_ticket(CID)
    ticket = await TicketStore(core.redis, core.settings).get(result["number"])
    assert ticket is not None
    assert ticket.subject == "my parcel 4711 arrived damaged and I want a refund"


async def test_the_due_time_reads_as_the_widget_writes_it(core: Core) -> None:
    for cid, locale, shape in (
        ("conv-due-en", "en-GB", r"by \w{3}, \d{1,2} \w{3}, \d\d:\d\d \w+\."),
        ("conv-due-de", "de-DE", r"bis \w{2}\., \d{1,2}\. \w+\.?, \d\d:\d\d \w+\."),
    ):
        await core.customer_says(cid, "hello", locale=locale)
        await core.service.tickets.open_ticket(cid)
        await core.settle()
        said = [e.data["text"] for e in core.to_customer(cid, "message")]
        assert any(re.search(shape, text) for text in said), said
        state = core.to_customer(cid, "state")[-1].data
        assert state["ticket"]["due_ts"] > 0  # the widget formats it itself
