"""Page objects for the widget (inside its shadow root) and the agent console."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, expect

from tests.support.procs import repo_root

ROOT = repo_root()
AGENT_PASSWORD = "correct horse battery staple"


def shot(page: Page, name: str) -> None:
    """Save a screenshot when $LIVECHAT_SCREENSHOTS names a folder (make screenshots)."""
    out = os.environ.get("LIVECHAT_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(out) / name))


# Read the widget's messages out of its shadow root: (seq or None, author, text, status).
WIDGET_MESSAGES_JS = """() => {
  const root = document.querySelector('#oca-livechat').shadowRoot;
  return [...root.querySelectorAll('li.msg')].map((li) => ({
    seq: li.dataset.seq ? Number(li.dataset.seq) : null,
    author: li.dataset.author,
    text: li.querySelector('.bubble').textContent.replace(/^Notice: /, ''),
    status: li.dataset.status,
  }));
}"""

CONSOLE_MESSAGES_JS = """(id) => {
  const panel = document.getElementById('panel-' + id);
  return [...panel.querySelectorAll('.transcript li')].map((li) => ({
    seq: li.dataset.seq ? Number(li.dataset.seq) : null,
    author: li.dataset.author || (li.dataset.note ? 'note' : null),
    text: li.querySelector('.text').textContent,
    pending: li.classList.contains('pending'),
  }));
}"""


# The demo portal, minus its signed-in customer: an anonymous visitor. (A page served by
# page.route would count as a public site, and Chromium's local-network checks would then
# block its socket to 127.0.0.1.)
ANONYMOUS_JS = """Object.defineProperty(window, 'LivechatSettings', {
  configurable: true,
  set(v) { this.__ls = Object.assign({}, v, { identity: null }); },
  get() { return this.__ls; } });"""

# Id (or class) of what has keyboard focus inside the widget; "" when it is outside.
ACTIVE_JS = (
    "document.querySelector('#oca-livechat').shadowRoot.activeElement?.id || "
    "document.querySelector('#oca-livechat').shadowRoot.activeElement?.className || ''"
)

# How far the conversation is from showing its newest line (0 = at the end).
LOG_GAP_JS = """() => {
  const log = document.querySelector('#oca-livechat').shadowRoot.querySelector('.log');
  return Math.round(log.scrollHeight - log.clientHeight - log.scrollTop);
}"""


class CustomerPage:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.widget = page.locator("#oca-livechat")

    def conversation_id(self) -> str:
        """The widget's conversation (an agent accepts this one, not whatever is first)."""
        cid = self.page.evaluate("() => window.__ocaLivechat.client.conversationId")
        assert cid, "the widget has no conversation yet"
        return str(cid)

    def goto(self, path: str = "/") -> CustomerPage:
        self.page.goto(self.base_url + path)
        expect(self.launcher).to_be_visible()
        return self

    @property
    def launcher(self):  # type: ignore[no-untyped-def]
        return self.widget.locator("button.launcher")

    @property
    def input(self):  # type: ignore[no-untyped-def]
        return self.widget.locator("#lc-input")

    @property
    def panel(self):  # type: ignore[no-untyped-def]
        return self.widget.locator("#lc-panel")

    def open(self) -> None:
        if not self.panel.is_visible():
            self.launcher.click()
        expect(self.panel).to_be_visible()
        self.wait_connected()

    def wait_connected(self, timeout: float = 20_000) -> None:
        expect(self.widget.locator(".root")).to_have_attribute(
            "data-connection", "connected", timeout=timeout
        )

    def send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def messages(self) -> list[dict[str, Any]]:
        return self.page.evaluate(WIDGET_MESSAGES_JS)  # type: ignore[no-any-return]

    def wait_message(self, text: str, timeout: float = 15_000) -> None:
        expect(self.widget.locator("li.msg .bubble", has_text=text).first).to_be_visible(
            timeout=timeout
        )

    def wait_sent(self, text: str, timeout: float = 15_000) -> None:
        expect(
            self.widget.locator("li.msg[data-status='sent'][data-author='customer']", has_text=text)
        ).to_have_count(1, timeout=timeout)

    def state(self) -> str:
        return self.widget.locator(".root").get_attribute("data-state") or ""

    def wait_state(self, state: str, timeout: float = 15_000) -> None:
        expect(self.widget.locator(".root")).to_have_attribute("data-state", state, timeout=timeout)

    def handoff(self) -> None:
        self.widget.locator(".actions button", has_text="Talk to a person").click()
        self.wait_state("queued")

    def active(self) -> str:
        """What has keyboard focus inside the widget ("" when focus left it)."""
        return self.page.evaluate(ACTIVE_JS)  # type: ignore[no-any-return]

    def log_gap(self) -> int:
        return self.page.evaluate(LOG_GAP_JS)  # type: ignore[no-any-return]


class AgentPage:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url

    def login(self, email: str, password: str = AGENT_PASSWORD) -> AgentPage:
        self.page.goto(self.base_url + "/console")
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()
        expect(self.page.locator(".conn")).to_have_text("Online", timeout=15_000)
        return self

    def accept_first(self, cid: str | None = None, timeout: float = 15_000) -> str:
        """Accept conversation `cid` from the queue, or the first one when none is named
        (a queue shared with other tests' leftovers makes "first" someone else's)."""
        selector = "[data-accept]" if cid is None else f"[data-accept='{cid}']"
        button = self.page.locator(selector).first
        expect(button).to_be_visible(timeout=timeout)
        cid = button.get_attribute("data-accept") or ""
        button.click()
        expect(self.page.locator(f"#panel-{cid}")).to_be_visible(timeout=timeout)
        return cid

    def reply_box(self, cid: str):  # type: ignore[no-untyped-def]
        return self.page.locator(f"#reply-{cid}")

    def send(self, cid: str, text: str) -> None:
        box = self.reply_box(cid)
        box.fill(text)
        box.press("Enter")

    def messages(self, cid: str) -> list[dict[str, Any]]:
        return self.page.evaluate(CONSOLE_MESSAGES_JS, cid)  # type: ignore[no-any-return]

    def wait_message(self, cid: str, text: str, timeout: float = 15_000) -> None:
        expect(
            self.page.locator(f"#panel-{cid} .transcript li .text", has_text=text).first
        ).to_be_visible(timeout=timeout)


def agent_takes(customer: CustomerPage, agent_page: Page, email: str) -> tuple[AgentPage, str]:
    """The customer asks for a person; the agent signs in and accepts: (agent, conversation id)."""
    customer.handoff()
    agent = AgentPage(agent_page, customer.base_url).login(email)
    cid = agent.accept_first(customer.conversation_id())
    customer.wait_state("agent")
    return agent, cid


def wait_until(predicate, timeout: float = 20.0, interval: float = 0.2):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last: {last!r})")
