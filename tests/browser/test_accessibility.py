"""axe-core (from node_modules) finds no serious or critical violation in either front-end."""

from __future__ import annotations

import json

from playwright.sync_api import Page

from tests.browser.pages import ROOT, AgentPage, CustomerPage

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page: Page, context: str = "document") -> list[dict]:  # type: ignore[type-arg]
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        f"""async () => {{
          const r = await axe.run({context}, {{ resultTypes: ['violations'] }});
          return r.violations.map((v) => ({{ id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target) }}));
        }}"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_widget_has_no_serious_violations(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    assert serious_violations(c.page) == []  # closed: only the launcher
    c.open()
    c.send("Hello there")
    c.wait_sent("Hello there")
    c.handoff()
    found = serious_violations(c.page)
    assert found == [], json.dumps(found, indent=1)
    # The end of a chat: the rating form.
    c.widget.locator(".actions button", has_text="End chat").click()
    c.widget.get_by_role("button", name="Yes, end it").click()
    c.wait_state("closed")
    found = serious_violations(c.page)
    assert found == [], json.dumps(found, indent=1)


def test_console_has_no_serious_violations(server, agents, new_context) -> None:  # type: ignore[no-untyped-def]
    c = CustomerPage(new_context().new_page(), server.url).goto()
    c.open()
    c.send("I need a person")
    c.wait_sent("I need a person")
    c.handoff()

    # axe is injected as an inline script, which the console's CSP rightly refuses.
    page = new_context(bypass_csp=True).new_page()
    page.goto(server.url + "/console")
    page.get_by_label("Email").wait_for()
    found = serious_violations(page)
    assert found == [], json.dumps(found, indent=1)

    a = AgentPage(page, server.url).login(agents["Anna"])
    page.locator("[data-accept]").first.wait_for()
    found = serious_violations(page)
    assert found == [], json.dumps(found, indent=1)
    cid = a.accept_first()
    a.wait_message(cid, "I need a person")
    found = serious_violations(page)
    assert found == [], json.dumps(found, indent=1)
    page.get_by_role("button", name="Tickets").click()
    page.locator("#tickets-title").wait_for()
    found = serious_violations(page)
    assert found == [], json.dumps(found, indent=1)
