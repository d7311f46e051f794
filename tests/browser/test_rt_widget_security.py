"""The widget on a shared browser, with a pasted long log, and with secrets in its storage
(issue 11 defects 4 and 10, issue 10's browser storage)."""

from __future__ import annotations

import asyncio
import hashlib
import json
from concurrent.futures import ThreadPoolExecutor

from playwright.sync_api import BrowserContext, expect

from tests.browser.pages import AgentPage, CustomerPage, wait_until
from tests.support.clients import CustomerClient
from tests.support.server import signed_identity

STORAGE_JS = """() => {
  const all = {};
  for (const s of [localStorage, sessionStorage]) {
    for (let i = 0; i < s.length; i++) all[s.key(i)] = s.getItem(s.key(i));
  }
  return all;
}"""


def portal(context: BrowserContext, base_url: str, email: str, name: str) -> CustomerPage:
    """The demo portal page with another signed-in customer (as a real portal does, signed
    server-side): the settings are fixed before the page's own script runs."""
    identity = signed_identity(email, name)
    page = context.new_page()
    page.add_init_script(
        "Object.defineProperty(window, 'LivechatSettings', "
        f"{{ value: Object.freeze({{ identity: {json.dumps(identity)} }}), writable: false }});"
    )
    return CustomerPage(page, base_url).goto()


def test_two_customers_on_one_browser_never_see_each_others_chat(server, new_context) -> None:  # type: ignore[no-untyped-def]
    context = new_context()  # one shared browser: one storage for both customers
    alice = portal(context, server.url, "alice@example.com", "Alice")
    alice.open()
    alice.send("Alice here: please cancel contract 4711")
    alice.wait_sent("contract 4711")
    alice.page.close()
    # Alice signs out; Bob signs in on the same browser (same storage).
    bob = portal(context, server.url, "bob@example.com", "Bob")
    bob.open()
    bob.send("Bob here: where is my parcel?")
    bob.wait_sent("where is my parcel")
    assert not any("4711" in m["text"] for m in bob.messages())
    # Each identity has its own storage, keyed by a hash (never the address itself).
    storage = bob.page.evaluate(STORAGE_JS)
    for email in ("alice@example.com", "bob@example.com"):
        digest = hashlib.sha256(email.encode()).hexdigest()[:32]
        assert any(f":{digest}:token" in key for key in storage), storage.keys()
        assert not any(email in key for key in storage)
    # Alice comes back and finds her own conversation, not Bob's.
    bob.page.close()
    again = portal(context, server.url, "alice@example.com", "Alice")
    again.open()
    again.wait_message("contract 4711")
    assert not any("parcel" in m["text"] for m in again.messages())


def test_a_too_long_message_is_explained_and_can_be_split(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    c.open()
    log = "\n".join(f"12:00:{i % 60:02d} ERROR worker[{i}] KeyError: 'x'" for i in range(120))
    assert 4000 < len(log) < 6000
    c.input.fill(log)
    counter = c.widget.locator("#lc-count")
    expect(counter).to_contain_text(f"{len(log):,} / 2,000")
    c.input.press("Enter")
    warning = c.widget.locator("[data-warning='too_long']")
    expect(warning).to_contain_text(f"{len(log):,} characters")
    expect(warning).to_contain_text("at most 2,000")
    assert not [m for m in c.messages() if m["author"] == "customer"]
    split = warning.locator("[data-split]")
    parts = int(split.get_attribute("data-split") or "0")
    assert parts == 3
    split.click()
    sent = c.widget.locator("li.msg[data-author='customer'][data-status='sent']")
    expect(sent).to_have_count(parts, timeout=15_000)
    texts = [m["text"] for m in c.messages() if m["author"] == "customer"]
    assert "\n".join(texts) == log


def test_a_too_long_message_can_go_by_email(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    c.open()
    c.input.fill("Traceback (most recent call last): " + "x" * 2500)
    c.input.press("Enter")
    c.widget.locator("[data-warning='too_long'] [data-by-email]").click()
    c.wait_state("ticket")
    expect(c.widget.locator("[data-ticket]")).to_be_visible()
    assert len([m for m in c.messages() if m["author"] == "customer"]) == 2


def test_no_raw_secret_in_browser_storage_after_the_ack(server, new_context) -> None:  # type: ignore[no-untyped-def]
    page = new_context().new_page()
    c = CustomerPage(page, server.url).goto()
    c.open()
    secret_card, secret_password = "4111 1111 1111 1111", "Hunter2!x9"
    # Unsent, the message waits in storage (so a reload loses nothing)...
    page.evaluate("() => window.__ocaLivechat.client.socket.disconnect()")
    c.send(f"card {secret_card}, my password: {secret_password}")
    c.widget.get_by_role("button", name="Send anyway").click()
    wait_until(lambda: secret_password in json.dumps(page.evaluate(STORAGE_JS)))
    # ... and leaves it once the server has acknowledged it.
    page.evaluate("() => window.__ocaLivechat.client.socket.connect()")
    sent = c.widget.locator("li.msg[data-author='customer'][data-status='sent']")
    expect(sent).to_have_count(1, timeout=15_000)
    stored = json.dumps(page.evaluate(STORAGE_JS))
    assert secret_password not in stored
    assert secret_card not in stored and secret_card.replace(" ", "") not in stored
    assert secret_password not in (sent.locator(".bubble").text_content() or "")


def test_console_marks_a_typed_email_unverified(server, new_context, agents) -> None:  # type: ignore[no-untyped-def]
    async def queued_with_typed_email() -> str:
        customer = CustomerClient(server.url)
        session = await customer.connect()
        await customer.say("my invoice is wrong")
        await customer.call("contact", {"email": "typed@example.com", "name": "Tess"})
        await customer.call("handoff")
        await customer.close()
        return str(session["conversation_id"])

    # The customer's real Socket.IO client runs on its own loop (Playwright holds this one).
    with ThreadPoolExecutor(1) as pool:
        cid = pool.submit(asyncio.run, queued_with_typed_email()).result(timeout=60)
    agent = AgentPage(new_context().new_page(), server.url).login(agents["Anna"])
    email = agent.page.locator(f".queue li[data-conversation='{cid}'] .email")
    expect(email).to_contain_text("typed@example.com", timeout=15_000)
    expect(email.locator(".unverified")).to_have_text("unverified")
    agent.accept_first(cid)
    expect(agent.page.locator(f"#panel-{cid} .chat-head")).to_contain_text("unverified")
