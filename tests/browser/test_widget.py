"""The customer widget alone: keyboard use, German, the sensitive-data warning."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.pages import ACTIVE_JS, CustomerPage, shot


def test_keyboard_only_send(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    page = c.page
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE_JS) == "launcher":
            break
    assert page.evaluate(ACTIVE_JS) == "launcher"
    page.keyboard.press("Enter")
    expect(c.panel).to_be_visible()
    assert page.evaluate(ACTIVE_JS) == "lc-input"
    c.wait_connected()
    page.keyboard.type("Typed with the keyboard only")
    page.keyboard.press("Enter")
    c.wait_sent("Typed with the keyboard only")
    page.keyboard.press("Escape")
    expect(c.panel).to_be_hidden()
    assert page.evaluate(ACTIVE_JS) == "launcher"


def test_german_browser_gets_german(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context(locale="de-DE").new_page(), server.url).goto()
    expect(c.launcher).to_have_attribute("aria-label", "Support-Chat öffnen")
    c.open()
    expect(c.widget.locator("h2")).to_have_text("Support-Chat")
    expect(c.input).to_have_attribute("placeholder", "Nachricht schreiben…")
    expect(c.widget.get_by_role("button", name="Senden")).to_be_visible()
    expect(c.widget.locator(".actions")).to_contain_text("Mit einem Menschen sprechen")
    c.send("Hallo, ich habe eine Frage zur Rechnung")
    c.wait_sent("Hallo, ich habe eine Frage zur Rechnung")
    expect(c.widget.locator("li.msg[data-author='customer'] .who").first).to_have_text("Sie")
    expect(c.widget.locator("#lc-sub")).to_have_text("Sie chatten mit unserem Assistenten.")
    shot(c.page, "widget-de.png")


def test_warns_before_sending_card_or_password(server, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    c.open()
    c.send("my card is 4111 1111 1111 1111 exp 12/29")
    warning = c.widget.locator("[data-warning]")
    expect(warning).to_have_attribute("data-warning", "card")
    expect(warning).to_contain_text("card details")
    shot(c.page, "widget-warning.png")
    assert not [m for m in c.messages() if m["author"] == "customer"]
    c.widget.get_by_role("button", name="Edit message").click()
    expect(warning).to_have_count(0)
    expect(c.input).to_have_value("my card is 4111 1111 1111 1111 exp 12/29")

    c.input.fill("my password is hunter2")
    c.input.press("Enter")
    expect(warning).to_have_attribute("data-warning", "password")
    c.widget.get_by_role("button", name="Send anyway").click()
    sent = c.widget.locator("li.msg[data-author='customer'][data-status='sent']")
    expect(sent).to_have_count(1, timeout=15_000)
    # What comes back in the ack is the stored text, masked by the server.
    assert "hunter2" not in (sent.locator(".bubble").text_content() or "")

    # An ordinary number is not a card.
    c.send("my order number is 1234567890123")
    expect(warning).to_have_count(0)
