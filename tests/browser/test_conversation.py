"""A customer page and an agent page in separate browser contexts, against a real server."""

from __future__ import annotations

import json
import time
import urllib.request

from playwright.sync_api import expect

from tests.browser.pages import ANONYMOUS_JS, AgentPage, CustomerPage, shot, wait_until

XSS = '<img src=x onerror="window.__xss=1">'


def _canned(base_url: str, token: str) -> list[dict[str, str]]:
    req = urllib.request.Request(
        base_url + "/api/canned", headers={"Authorization": f"Bearer {token}"}
    )
    with urllib.request.urlopen(req, timeout=5) as res:
        data = json.load(res)
    return data if isinstance(data, list) else data.get("responses") or data.get("canned") or []


def _queued_customer(server, new_context, text: str = "Hello, my invoice is wrong") -> CustomerPage:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    c.open()
    c.send(text)
    c.wait_sent(text)
    c.handoff()
    return c


def test_customer_and_agent_talk(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    c = _queued_customer(server, new_context)
    expect(c.widget.locator(".banner")).to_be_visible()
    shot(c.page, "widget-queued.png")

    a = AgentPage(new_context().new_page(), server.url).login(agents["Anna"])
    item = a.page.locator(".queue li[data-conversation]")
    expect(item).to_have_count(1)
    expect(item).to_contain_text("Hello, my invoice is wrong")
    expect(item.locator(".countdown")).to_contain_text("Ticket in")
    shot(a.page, "console-queue.png")

    cid = a.accept_first()
    a.wait_message(cid, "Hello, my invoice is wrong")
    c.wait_state("agent")

    # Typing shows on the customer's side while the agent types.
    a.reply_box(cid).press_sequentially("Let me check that for you", delay=15)
    expect(c.widget.locator(".typing")).to_be_visible(timeout=10_000)
    a.reply_box(cid).press("Enter")
    c.wait_message("Let me check that for you")

    # Markup is text on both sides.
    c.send(XSS)
    a.wait_message(cid, XSS)
    a.send(cid, XSS + " (agent)")
    c.wait_message(XSS + " (agent)")
    time.sleep(0.5)
    for page in (c.page, a.page):
        assert page.evaluate("window.__xss") is None
    assert (
        c.page.evaluate(
            "document.querySelector('#oca-livechat').shadowRoot.querySelectorAll('.log img').length"
        )
        == 0
    )
    assert a.page.evaluate("document.querySelectorAll('.transcript img').length") == 0

    # Canned responses insert with /shortcut.
    token = a.page.evaluate("sessionStorage.getItem('livechat-agent-token')")
    canned = _canned(server.url, token)
    if canned:
        first = canned[0]
        shortcut = str(first["shortcut"]).lstrip("/")
        box = a.reply_box(cid)
        box.fill("")
        box.press_sequentially("/" + shortcut[:2], delay=10)
        expect(a.page.locator(f"#suggest-{cid} [role=option]").first).to_be_visible()
        box.press("Tab")
        expected = first["text"].replace("{agent}", "Anna")
        expect(box).to_have_value(expected)
        box.press("Enter")
        c.wait_message(expected[:30])

    # Internal notes stay in the console.
    a.reply_box(cid).fill("Internal: customer was double charged")
    a.page.get_by_role("button", name="Add internal note").click()
    expect(a.page.locator(f"#panel-{cid} li.note")).to_contain_text("double charged")
    time.sleep(0.5)
    assert "double charged" not in json.dumps(c.messages())

    shot(c.page, "widget-conversation.png")
    shot(a.page, "console-chat.png")

    # The end: resolve, and the customer rates.
    a.page.get_by_role("button", name="Resolve").click()
    c.wait_state("resolved")
    rating = c.widget.locator(".extra form")
    expect(rating).to_contain_text("How was your chat?")
    c.widget.locator("label[for='lc-score-4']").click()
    c.widget.locator("#lc-comment").fill("Quick and friendly")
    c.widget.get_by_role("button", name="Send rating").click()
    expect(c.widget.locator(".extra")).to_contain_text("Thank you for your feedback")
    shot(c.page, "widget-rating.png")


def test_reload_mid_conversation_shows_everything(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    c = _queued_customer(server, new_context, "First question")
    a = AgentPage(new_context().new_page(), server.url).login(agents["Anna"])
    cid = a.accept_first(c.conversation_id())
    c.wait_state("agent")
    for i in range(3):
        c.send(f"customer line {i}")
        a.send(cid, f"agent line {i}")
    c.wait_message("agent line 2")
    c.wait_sent("customer line 2")
    before = [(m["seq"], m["author"], m["text"]) for m in c.messages()]

    c.page.reload()
    expect(c.panel).to_be_visible()  # open state survives the reload
    c.wait_connected()
    wait_until(lambda: len(c.messages()) >= len(before))
    after = [(m["seq"], m["author"], m["text"]) for m in c.messages()]
    assert after == before
    c.wait_state("agent")

    # The conversation goes on where it was.
    c.send("after the reload")
    a.wait_message(cid, "after the reload")


def test_two_agents_race_only_one_wins(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    _queued_customer(server, new_context, "Who takes me?")
    pages = [
        AgentPage(new_context().new_page(), server.url).login(agents[name])
        for name in ("Anna", "Ben")
    ]
    for a in pages:
        expect(a.page.locator("[data-accept]")).to_have_count(1, timeout=15_000)
    at = int(time.time() * 1000) + 700
    # Both clicks fire at the same wall-clock instant in their own pages.
    for a in pages:
        a.page.evaluate(
            """(at) => setTimeout(() => document.querySelector('[data-accept]').click(),
                                  Math.max(0, at - Date.now()))""",
            at,
        )

    def settled():  # type: ignore[no-untyped-def]
        won = [a.page.locator("[role=tab]").count() for a in pages]
        told = [a.page.locator(".toast.bad").count() for a in pages]
        return (won, told) if sum(won) == 1 and sum(told) == 1 else None

    won, told = wait_until(settled, timeout=15)
    loser = pages[won.index(0)]
    expect(loser.page.locator(".toast.bad")).to_contain_text("accepted this chat first")
    assert told[won.index(1)] == 0


def test_ticket_and_email_form_without_identity(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    page = new_context().new_page()
    page.add_init_script(ANONYMOUS_JS)
    c = CustomerPage(page, server.url).goto("/")
    c.open()
    c.send("Please answer by mail")
    c.wait_sent("Please answer by mail")
    c.widget.locator(".actions button", has_text="Email me instead").click()
    c.widget.locator("#lc-about").fill("My invoice OCA-77 is wrong")
    c.widget.locator("#lc-email").fill("erika@example.com")
    c.widget.locator("#lc-name").fill("Erika")
    c.widget.get_by_role("button", name="Get an answer by email").click()
    c.wait_state("ticket")
    banner = c.widget.locator(".banner")
    expect(banner).to_contain_text("Your ticket number: OCA-")
    expect(banner).to_contain_text("24 hours on working days")
    expect(c.widget.locator(".extra")).to_contain_text("We will answer at erika@example.com")
    number = (banner.locator("[data-ticket]").get_attribute("data-ticket")) or ""
    assert number.startswith("OCA-")
    shot(page, "widget-ticket.png")

    a = AgentPage(new_context().new_page(), server.url).login(agents["Anna"])
    a.page.get_by_role("button", name="Tickets").click()
    row = a.page.locator(f"tr[data-ticket='{number}']")
    expect(row).to_be_visible(timeout=10_000)
    row.get_by_role("button", name=number).click()
    detail = a.page.locator(".ticket-detail")
    expect(detail).to_contain_text("Please answer by mail")
    expect(detail).to_contain_text("My invoice OCA-77 is wrong")
    expect(detail).to_contain_text("erika@example.com")
    shot(a.page, "console-tickets.png")


def test_a_value_named_a_password_afterwards_is_masked_on_both_screens(
    server, agents, new_context
) -> None:  # type: ignore[no-untyped-def]
    """ "Bramble88" ⏎ "that's my password": both the widget and the console replace the
    copy they showed with the masked one; the page keeps no raw copy anywhere."""
    c = _queued_customer(server, new_context, "I cannot sign in to the portal")
    a = AgentPage(new_context().new_page(), server.url).login(agents["Anna"])
    cid = a.accept_first(c.conversation_id())
    c.wait_state("agent")
    c.send("Bramble88")
    a.wait_message(cid, "Bramble88")
    c.wait_sent("Bramble88")
    c.send("that's my password")
    expect(
        a.page.locator(f"#panel-{cid} .transcript li .text", has_text="Bramble88")
    ).to_have_count(0, timeout=15_000)
    expect(c.widget.locator("li.msg .bubble", has_text="Bramble88")).to_have_count(
        0, timeout=15_000
    )
    # The widget names what it hid in the customer's words ("[password hidden]").
    wait_until(lambda: any("password hidden" in m["text"] for m in c.messages()))
    assert [m["text"] for m in a.messages(cid) if m["author"] == "customer"][-2:] == [
        "[PASSWORD]",
        "that's my password",
    ]
    # The agent's list of its own chats previews the last message: rebuilt too (a round
    # after the masking), so wait for it rather than read the page once.
    wait_until(lambda: "Bramble88" not in a.page.content())
    assert "Bramble88" not in c.page.content()
    assert "Bramble88" not in json.dumps(c.page.evaluate(STORAGE_JS))


STORAGE_JS = """() => {
  const all = {};
  for (const s of [localStorage, sessionStorage]) {
    for (let i = 0; i < s.length; i++) all[s.key(i)] = s.getItem(s.key(i));
  }
  return all;
}"""
