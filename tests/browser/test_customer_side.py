"""The customer's side as people use it (issue 14), in English and German: long messages,
the first view, "email me instead", what follows a ticket, masking words, due times, a phone
and the keyboard."""

from __future__ import annotations

import re

import pytest
import redis
from playwright.sync_api import expect

from tests.browser.pages import ANONYMOUS_JS, CustomerPage, agent_takes, shot, wait_until

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
LOCALES = {"en": "en-US", "de": "de-DE"}
TEXT = {
    "en": {
        "left": "1,700 / 2,000 characters · 300 left",
        "over": "2,500 / 2,000 characters · 500 too many",
        "not_sent": "Nothing has been sent yet",
        "hello": "Hello Anna! How can we help you today?",
        "topic": "A question about my bill",
        "topic_text": "I have a question about my bill.",
        "email_instead": "Email me instead",
        "about_title": "What is it about?",
        "about_required": "Please tell us what it is about.",
        "submit": "Get an answer by email",
        "answer_at": "We will answer at anna.demo@example.com",
        "added": "Added to ticket OCA-",
        "follow_up": "added to your ticket",
        "new_chat": "Start a new chat",
        "talk": "Talk to a person",
        "send_anyway": "Send anyway",
        "hidden": ["[password hidden]", "Hidden for your safety: password."],
        "card_hidden": "Hidden for your safety: card number, security code (CVC).",
        "question": "how do I reset my password?",
        "secret": "my password is Hunter2x",
        "zone": r"\d\d:\d\d( [AP]M)? (CET|CEST|GMT\+[12])\.$",
    },
    "de": {
        "left": "1.700 / 2.000 Zeichen · noch 300",
        "over": "2.500 / 2.000 Zeichen · 500 zu viel",
        "not_sent": "Noch wurde nichts gesendet",
        "hello": "Hallo Anna! Wie können wir Ihnen helfen?",
        "topic": "Frage zu meiner Rechnung",
        "topic_text": "Ich habe eine Frage zu meiner Rechnung.",
        "email_instead": "Antwort per E-Mail",
        "about_title": "Worum geht es?",
        "about_required": "Bitte schreiben Sie kurz, worum es geht.",
        "submit": "Antwort per E-Mail erhalten",
        "answer_at": "Wir antworten an anna.demo@example.com",
        "added": "Zu Ticket OCA-",
        "follow_up": "kommt zu Ihrem Ticket",
        "new_chat": "Neuen Chat beginnen",
        "talk": "Mit einem Menschen sprechen",
        "send_anyway": "Trotzdem senden",
        "hidden": ["[Passwort ausgeblendet]", "Zu Ihrem Schutz ausgeblendet: Passwort."],
        "card_hidden": "Zu Ihrem Schutz ausgeblendet: Kartennummer, Sicherheitscode (CVC).",
        "question": "Passwort vergessen",
        "secret": "Mein Passwort ist Sommer2024!",
        "zone": r"\d\d:\d\d (MEZ|MESZ)\.$",
    },
}
lang = pytest.mark.parametrize("lang", ["en", "de"])


def _customer(server, new_context, lang: str, anonymous: bool = False, **kw) -> CustomerPage:  # type: ignore[no-untyped-def]
    page = new_context(locale=LOCALES[lang], timezone_id="Europe/Berlin", **kw).new_page()
    if anonymous:
        page.add_init_script(ANONYMOUS_JS)
    c = CustomerPage(page, server.url).goto()
    c.open()
    return c


def _button(c: CustomerPage, name: str):  # type: ignore[no-untyped-def]
    return c.widget.get_by_role("button", name=name, exact=True)


@lang
def test_long_message_counter_and_clear_warning(server, new_context, lang) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang), TEXT[lang]
    counter = c.widget.locator("#lc-count")
    c.input.fill("x" * 1000)
    expect(counter).to_be_hidden()
    c.input.fill("x" * 1700)
    expect(counter).to_have_text(t["left"])
    c.input.fill("y" * 2500)
    expect(counter).to_have_text(t["over"])
    c.input.press("Enter")
    warning = c.widget.locator("[data-warning='too_long']")
    expect(warning).to_contain_text(t["not_sent"])
    expect(warning).to_contain_text("2.000" if lang == "de" else "2,000")
    assert not [m for m in c.messages() if m["author"] == "customer"]
    shot(c.page, f"widget-too-long-{lang}.png")


@lang
def test_panel_opens_with_greeting_and_topics(server, new_context, lang) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang), TEXT[lang]
    greeting = c.widget.locator("[data-greeting]")
    expect(greeting).to_be_visible()
    expect(greeting).to_contain_text(t["hello"])
    topics = greeting.locator("button[data-topic]")
    expect(topics).to_have_count(4)
    shot(c.page, f"widget-greeting-{lang}.png")
    # Enter on a topic sends its first message, and focus stays in the chat.
    topics.filter(has_text=t["topic"]).focus()
    c.page.keyboard.press("Enter")
    c.wait_sent(t["topic_text"])
    expect(greeting).to_be_hidden()
    assert c.active() == "lc-input"


@lang
def test_email_instead_asks_what_it_is_about_first(server, new_context, lang) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang, anonymous=True), TEXT[lang]
    c.widget.locator(".actions button", has_text=t["email_instead"]).click()
    form = c.widget.locator("form[data-form='about']")
    expect(form).to_contain_text(t["about_title"])
    assert c.state() == "bot", "no ticket before the customer said what it is about"
    _button(c, t["submit"]).click()
    expect(form.locator(".error")).to_have_text(t["about_required"])
    assert c.state() == "bot"
    shot(c.page, f"widget-email-instead-{lang}.png")
    c.widget.locator("#lc-about").fill("Invoice 4711 charged twice")
    c.widget.locator("#lc-email").fill("erika@example.com")
    _button(c, t["submit"]).click()
    c.wait_state("ticket")
    # The words went with `ticket {text}`: the ticket's subject and first entry, not the
    # customer's first chat line.
    number = c.widget.locator(".banner [data-ticket]").get_attribute("data-ticket")
    stored = redis.Redis.from_url(server.redis_url, decode_responses=True)
    assert stored.hget(f"lc:ticket:{number}", "subject") == "Invoice 4711 charged twice"
    expect(c.widget.locator("#lc-email")).to_have_count(0)
    # After a reload the address the customer gave is known (State.customer): not asked again.
    c.page.reload()
    c.wait_connected()
    c.wait_state("ticket")
    expect(c.widget.locator(".banner")).to_contain_text("erika@example.com")
    expect(c.widget.locator("#lc-email")).to_have_count(0)


@lang
def test_after_a_ticket_feedback_and_a_new_chat(server, new_context, lang) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang), TEXT[lang]
    c.widget.locator(".actions button", has_text=t["email_instead"]).click()
    # Signed in through the portal: the address is known, so the form does not ask for it.
    form = c.widget.locator("form[data-form='about']")
    expect(form).to_contain_text(t["answer_at"])
    expect(form.locator("#lc-email")).to_have_count(0)
    c.widget.locator("#lc-about").fill("Where is my refund?")
    _button(c, t["submit"]).click()
    c.wait_state("ticket")
    expect(c.widget.locator(".banner [data-follow-up]")).to_contain_text(t["follow_up"])
    c.send("One more detail: it was in May")
    c.wait_sent("One more detail: it was in May")
    last = c.widget.locator("li.msg[data-author='customer']").last
    expect(last.locator(".meta")).to_contain_text(t["added"])
    shot(c.page, f"widget-ticket-follow-up-{lang}.png")
    old = c.page.evaluate("window.__ocaLivechat.client.conversationId")

    _button(c, t["new_chat"]).focus()
    c.page.keyboard.press("Enter")
    c.wait_state("bot")
    wait_until(lambda: c.page.evaluate("window.__ocaLivechat.client.conversationId") != old)
    expect(c.widget.locator("li.msg")).to_have_count(0)
    expect(c.widget.locator("[data-greeting]")).to_be_visible()
    expect(c.widget.locator(".banner")).to_be_hidden()
    assert c.active() == "lc-input"
    c.send("A new question")
    c.wait_sent("A new question")
    # The old conversation stays where it was: a reload resumes the new one.
    c.page.reload()
    c.wait_connected()
    c.wait_sent("A new question")
    assert not [m for m in c.messages() if "refund" in m["text"]]


@lang
def test_masking_words_due_time_and_password_warning(server, new_context, lang) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang), TEXT[lang]
    warning = c.widget.locator("[data-warning]")
    # A question about a password is sent as it is.
    c.send(t["question"])
    c.wait_sent(t["question"])
    expect(warning).to_have_count(0)
    # A password given is warned about, and shown masked in the customer's words.
    c.send(t["secret"])
    expect(warning).to_have_attribute("data-warning", "password")
    _button(c, t["send_anyway"]).click()
    sent = c.widget.locator("li.msg[data-author='customer'][data-status='sent']")
    expect(sent).to_have_count(2, timeout=15_000)
    for words in t["hidden"]:
        expect(sent.last).to_contain_text(words)
    c.send("4111 1111 1111 1111 cvc 123")
    _button(c, t["send_anyway"]).click()
    expect(sent).to_have_count(3, timeout=15_000)
    expect(sent.last.locator(".masked")).to_have_text(t["card_hidden"])
    assert "card_cvc" not in (sent.last.text_content() or "").lower()
    shot(c.page, f"widget-masked-{lang}.png")
    # One format for the due time, with its time zone.
    c.widget.locator(".actions button", has_text=t["email_instead"]).click()
    _button(c, t["submit"]).click()
    c.wait_state("ticket")
    due = c.widget.locator(".banner [data-due]")
    expect(due).to_have_text(re.compile(t["zone"]))


@lang
def test_phone_queue_box_is_compact_and_enter_keeps_focus(server, new_context, lang) -> None:  # type: ignore[no-untyped-def]
    c, t = _customer(server, new_context, lang, **PHONE), TEXT[lang]
    c.send("Hello")
    c.wait_sent("Hello")
    talk = c.widget.locator(".actions button", has_text=t["talk"])
    talk.focus()
    c.page.keyboard.press("Enter")
    c.wait_state("queued")
    banner = c.widget.locator(".banner")
    expect(banner).to_be_visible()
    expect(banner.locator("[data-deadline]")).to_be_visible()
    # The button went away with the state; focus went to the text box, not the page body.
    wait_until(lambda: c.active() == "lc-input", timeout=5)
    # Quick replies of older messages (the bot's "talk to a person") are gone: no dead ends.
    expect(c.widget.locator("li.msg .buttons button:visible")).to_have_count(0)
    box, panel = banner.bounding_box(), c.panel.bounding_box()
    assert box and panel
    assert box["height"] <= 0.15 * panel["height"], (box, panel)
    shot(c.page, f"widget-phone-queued-{lang}.png")


def _phone_with_a_long_log(server, new_context) -> CustomerPage:  # type: ignore[no-untyped-def]
    """A customer on a phone with eight long lines sent: the log scrolls."""
    c = _customer(server, new_context, "en", **PHONE)
    for i in range(8):
        c.send(f"line {i} " + "words " * 20)
    c.wait_sent("line 7")
    return c


# A frame runs scroll events before resize observers: the box shrinks (a keyboard opening,
# a banner appearing) and, in the same frame, a scroll event reads the new height against the
# old scrollTop. The log must still end at the newest message.
SHRINK_WITH_PENDING_SCROLL_JS = """() => {
  const log = document.querySelector('#oca-livechat').shadowRoot.querySelector('.log');
  log.style.maxHeight = Math.floor(log.clientHeight / 2) + 'px';
  log.dispatchEvent(new Event('scroll'));
  return log.clientHeight;
}"""


def test_log_keeps_the_newest_when_a_scroll_event_meets_a_shrink(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = _phone_with_a_long_log(server, new_context)
    wait_until(lambda: c.log_gap() <= 2, timeout=5)
    height = c.page.evaluate(SHRINK_WITH_PENDING_SCROLL_JS)
    assert height > 0
    wait_until(lambda: c.log_gap() <= 2, timeout=5)


# The newest message grows after it was scrolled into view (a status line, quick replies):
# no new message and no resize of the box, yet the reader at the end stays at the end.
GROW_LAST_MESSAGE_JS = """() => {
  const log = document.querySelector('#oca-livechat').shadowRoot.querySelector('.log');
  const items = log.querySelectorAll('li');
  items[items.length - 1].style.paddingBottom = '120px';
}"""


def test_log_keeps_the_newest_when_the_last_message_grows(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = _phone_with_a_long_log(server, new_context)
    wait_until(lambda: c.log_gap() <= 2, timeout=5)
    c.page.evaluate(GROW_LAST_MESSAGE_JS)
    wait_until(lambda: c.log_gap() <= 2, timeout=5)


# A reader who scrolled up to read history is not pulled down by layout changes.
READER_AWAY_JS = """async () => {
  const log = document.querySelector('#oca-livechat').shadowRoot.querySelector('.log');
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  log.scrollTop = 0;
  await frames();
  log.style.maxHeight = Math.floor(log.clientHeight / 2) + 'px';
  const items = log.querySelectorAll('li');
  items[items.length - 1].style.paddingBottom = '120px';
  await frames();
  await frames();
  return log.scrollTop;
}"""


def test_log_leaves_a_reader_above_the_end_where_they_are(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = _phone_with_a_long_log(server, new_context)
    # Every answer is in (bot or system): a new message brings the log to the end by design.
    answers = c.widget.locator("li.msg:not([data-author='customer'])")
    wait_until(lambda: answers.count() >= 8, timeout=20)
    wait_until(lambda: c.log_gap() <= 2, timeout=5)
    assert c.page.evaluate(READER_AWAY_JS) == 0


# The `state` of a transfer travels apart from its system message (another emit, maybe from
# another node): here it lands a moment after the message, when the log has already scrolled.
DELAY_STATE_JS = """() => {
  const client = window.__ocaLivechat.client;
  const show = client.hooks.state;
  client.hooks.state = (st) => setTimeout(() => show(st), 300);
}"""


def test_phone_keeps_the_newest_message_in_view_after_transfer(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    c = _phone_with_a_long_log(server, new_context)
    a, cid = agent_takes(c, new_context().new_page(), agents["Anna"])
    a.send(cid, "Let me pass you to billing")
    c.wait_message("Let me pass you to billing")
    wait_until(lambda: c.log_gap() <= 2, timeout=5)
    c.page.evaluate(DELAY_STATE_JS)
    a.page.get_by_role("button", name="Transfer to queue").click()
    c.wait_state("queued")
    expect(c.widget.locator(".banner [data-deadline]")).to_be_visible()
    wait_until(lambda: c.log_gap() <= 2, timeout=5)
    shot(c.page, "widget-phone-transfer.png")
    # The keyboard opening makes the page shorter: the newest message stays in view.
    c.page.set_viewport_size({"width": 390, "height": 480})
    wait_until(lambda: c.log_gap() <= 2, timeout=5)
