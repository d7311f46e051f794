"""Cut the connection (stop the only server node), send 20 messages, bring a new node up on
the same port, and count by seq that every message arrived exactly once on both sides."""

from __future__ import annotations

from collections import Counter

from playwright.sync_api import expect

from tests.browser.pages import CustomerPage, agent_takes, shot, wait_until
from tests.support.server import ChatServerProcess

N_CUSTOMER = 20
N_AGENT = 5


def _check_once(messages: list[dict], customer: list[str], agent: list[str]) -> None:  # type: ignore[type-arg]
    numbered = [m for m in messages if m["seq"] is not None]
    seqs = [m["seq"] for m in numbered]
    assert len(seqs) == len(set(seqs)), f"a seq shown twice: {sorted(seqs)}"
    assert seqs == sorted(seqs), "messages out of seq order"
    assert seqs == list(range(1, len(seqs) + 1)), f"a gap in seq: {seqs}"
    texts = Counter(m["text"] for m in numbered)
    for t in customer + agent:
        assert texts[t] == 1, f"{t!r} shown {texts[t]} times"
    assert not [m for m in messages if m["seq"] is None and m["text"] in customer + agent]


def test_outage_loses_nothing_and_duplicates_nothing(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    c.open()
    c.send("Before the outage")
    c.wait_sent("Before the outage")
    a, cid = agent_takes(c, new_context().new_page(), agents["Anna"])
    a.send(cid, "Agent here")
    c.wait_message("Agent here")

    server.stop()
    expect(c.widget.locator(".root")).not_to_have_attribute("data-connection", "connected")
    expect(a.page.locator(".conn")).to_have_text("Reconnecting…", timeout=10_000)

    customer_texts = [f"customer message {i:02d}" for i in range(1, N_CUSTOMER + 1)]
    agent_texts = [f"agent message {i:02d}" for i in range(1, N_AGENT + 1)]
    for t in customer_texts:
        c.send(t)
    for t in agent_texts:
        a.send(cid, t)
    expect(c.widget.locator("li.msg[data-status='pending']")).to_have_count(N_CUSTOMER)
    expect(c.widget.locator(".conn")).to_be_visible()
    shot(c.page, "widget-reconnecting.png")

    node = ChatServerProcess(server.redis_url, port=server.port, HANDOFF_TIMEOUT_S="300")
    node.start()
    try:
        c.wait_connected(timeout=30_000)
        expect(a.page.locator(".conn")).to_have_text("Online", timeout=30_000)
        for t in customer_texts:
            a.wait_message(cid, t, timeout=30_000)
        for t in agent_texts:
            c.wait_message(t, timeout=30_000)
        wait_until(lambda: not [m for m in c.messages() if m["status"] != "sent"], timeout=30)
        wait_until(lambda: not [m for m in a.messages(cid) if m["pending"]], timeout=30)

        _check_once(c.messages(), customer_texts, agent_texts)
        _check_once(a.messages(cid), customer_texts, agent_texts)

        # And the customer's order is kept.
        shown = [m["text"] for m in c.messages() if m["text"] in customer_texts]
        assert shown == customer_texts

        # A reload afterwards shows the very same conversation.
        before = [(m["seq"], m["text"]) for m in c.messages()]
        c.page.reload()
        c.wait_connected()
        wait_until(lambda: len(c.messages()) >= len(before))
        assert [(m["seq"], m["text"]) for m in c.messages()] == before
    finally:
        node.stop()
