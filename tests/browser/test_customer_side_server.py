"""The server's side of issue 14 as customers and agents see it, in English and German: an
honest wait estimate, a long log sent whole, masking words in the console."""

from __future__ import annotations

import re

import pytest
import redis
from playwright.sync_api import expect

from tests.browser.pages import ANONYMOUS_JS, AgentPage, CustomerPage, shot

LOCALES = {"en": "en-US", "de": "de-DE"}
TEXT = {
    "en": {
        "as_log": "Send whole as a log",
        "log": r"^Log, 121 lines: 12:00:00 ERROR",
        "hidden": "Hidden for your safety: password.",
        "send_anyway": "Send anyway",
        "quick": "less than a minute",
        "talk": "Talk to a person",
        "end": "End chat",
        "yes_end": "Yes, end it",
        "transcript": "Email me the transcript",
        "sent_to": "We are sending the transcript to anna.demo@example.com",
        "slow": r"wait 5–1\d minutes \(uncertain\)",
    },
    "de": {
        "as_log": "Ganz als Protokoll senden",
        "log": r"^Protokoll, 121 Zeilen: 12:00:00 ERROR",
        "hidden": "Zu Ihrem Schutz ausgeblendet: Passwort.",
        "send_anyway": "Trotzdem senden",
        "quick": "weniger als eine Minute",
        "talk": "Mit einem Menschen sprechen",
        "end": "Chat beenden",
        "yes_end": "Ja, beenden",
        "transcript": "Verlauf per E-Mail senden",
        "sent_to": "Wir senden den Verlauf an anna.demo@example.com",
        "slow": r"Wartezeit 5–1\d Minuten \(unsicher\)",
    },
}
lang = pytest.mark.parametrize("lang", ["en", "de"])
LOG = "\n".join(
    f"12:00:{i % 60:02d} ERROR worker {i}: timeout talking to the database" for i in range(120)
)
LOG += "\nfatal: login refused, password=Hunter2xyz!"


def _handoff(c: CustomerPage, lang: str) -> None:
    c.widget.locator(".actions button", has_text=TEXT[lang]["talk"]).click()
    c.wait_state("queued")


def _customer(server, new_context, lang: str) -> CustomerPage:  # type: ignore[no-untyped-def]
    page = new_context(locale=LOCALES[lang], timezone_id="Europe/Berlin").new_page()
    c = CustomerPage(page, server.url).goto()
    c.open()
    return c


@lang
def test_a_long_log_goes_whole_and_agents_see_it_formatted(
    server, agents, new_context, lang
) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang), TEXT[lang]
    _handoff(c, lang)
    agent = AgentPage(new_context().new_page(), server.url).login(agents["Anna"])
    cid = agent.accept_first(c.conversation_id())
    c.wait_state("agent")
    assert len(LOG) > 2000
    c.input.fill(LOG)
    c.input.press("Enter")
    c.widget.get_by_role("button", name=t["as_log"]).click()
    sent = c.widget.locator("li.msg[data-author='customer'][data-status='sent']")
    expect(sent).to_have_count(1, timeout=15_000)
    log = sent.locator("details.log-text")
    expect(log.locator("summary")).to_have_text(re.compile(t["log"]))
    expect(log.locator("pre")).to_be_hidden()  # collapsed until opened
    log.locator("summary").click()
    expect(log.locator("pre")).to_contain_text("password=[PASSWORD]")
    expect(sent.locator(".masked")).to_have_text(t["hidden"])
    assert "Hunter2xyz" not in (sent.text_content() or "")
    shot(c.page, f"widget-log-{lang}.png")

    # The agent: collapsed, monospace when opened, masked details in words.
    c.send("my card 4111 1111 1111 1111 cvc 123")
    c.widget.get_by_role("button", name=t["send_anyway"]).click()
    panel = agent.page.locator(f"#panel-{cid}")
    entry = panel.locator("li.m.log")
    expect(entry.locator("summary")).to_contain_text("Log (121 lines")
    entry.locator("summary").click()
    pre = entry.locator("pre")
    expect(pre).to_contain_text("password=[PASSWORD]")
    assert "monospace" in pre.evaluate("el => getComputedStyle(el).fontFamily").lower() or (
        "mono" in pre.evaluate("el => getComputedStyle(el).fontFamily").lower()
    )
    expect(entry.locator(".meta")).to_contain_text("hidden: password")
    card = panel.locator("li.m.customer", has_text="cvc").last
    expect(card.locator(".meta")).to_contain_text("hidden: card number, security code (CVC)")
    assert "card_cvc" not in (panel.text_content() or "").lower()
    shot(agent.page, f"console-log-{lang}.png")


@lang
def test_the_wait_grows_while_an_online_agent_does_not_accept(
    server, agents, new_context, lang
) -> None:  # type: ignore[no-untyped-def]
    stored = redis.Redis.from_url(server.redis_url, decode_responses=True)
    stored.delete("lc:handoff:waits")
    stored.lpush("lc:handoff:waits", *[12] * 12)  # accepts used to be quick
    AgentPage(new_context().new_page(), server.url).login(agents["Anna"])  # online, idle
    c, t = _customer(server, new_context, lang), TEXT[lang]
    c.send("Hello")
    _handoff(c, lang)
    banner = c.widget.locator(".banner")
    expect(banner).to_contain_text(t["quick"])
    cid = c.page.evaluate("window.__ocaLivechat.client.conversationId")
    # Five minutes pass without an accept (moved back in Redis; the cached queue entry goes
    # with it). The sweeper's next refresh (every 10 s) tells the customer.
    queued_at = float(stored.hget(f"lc:conv:{cid}", "queued_at") or 0)
    stored.hset(f"lc:conv:{cid}", "queued_at", repr(queued_at - 300))
    stored.hdel("lc:queue:summaries", cid)  # rebuilt from the conversation
    expect(banner).to_contain_text(re.compile(t["slow"]), timeout=25_000)
    shot(c.page, f"widget-wait-uncertain-{lang}.png")


@lang
def test_transcript_by_email_after_the_chat_for_a_verified_customer(
    server, new_context, lang
) -> None:  # type: ignore[no-untyped-def]
    t = TEXT[lang]
    c = _customer(server, new_context, lang)  # signed in through the demo portal: verified
    c.send("Where is my parcel 4711?")
    c.wait_sent("Where is my parcel 4711?")
    c.widget.locator(".actions button", has_text=t["end"]).click()
    c.widget.get_by_role("button", name=t["yes_end"]).click()
    c.wait_state("closed")
    offer = c.widget.locator("[data-form='rating'] [data-transcript]")
    expect(offer).to_have_text(t["transcript"])
    offer.click()
    expect(c.widget.locator(".transcript-offer [role=status]")).to_contain_text(t["sent_to"])
    stored = redis.Redis.from_url(server.redis_url, decode_responses=True)
    kinds = [
        stored.hget(f"lc:outbox:mail:{m}", "kind") for m in stored.zrange("lc:outbox:due", 0, -1)
    ]
    assert "transcript" in kinds
    shot(c.page, f"widget-transcript-{lang}.png")

    # A customer who is not signed in is not offered one (the address would be unverified).
    page = new_context(locale=LOCALES[lang]).new_page()
    page.add_init_script(ANONYMOUS_JS)
    anon = CustomerPage(page, server.url).goto()
    anon.open()
    anon.send("Hello")
    anon.wait_sent("Hello")
    anon.widget.locator(".actions button", has_text=t["end"]).click()
    anon.widget.get_by_role("button", name=t["yes_end"]).click()
    anon.wait_state("closed")
    expect(anon.widget.locator("[data-form='rating']")).to_be_visible()
    expect(anon.widget.locator("[data-transcript]")).to_have_count(0)
