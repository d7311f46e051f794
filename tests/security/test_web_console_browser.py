"""The console in a real Chromium under its Content-Security-Policy: it signs in, works and
signs out without a single policy violation, through the Origin/JSON guard, and signing out
revokes the token it used."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import redis.asyncio as aioredis

from chat_server.agents import AgentStore
from tests.support.procs import RedisServer, missing_prerequisite, repo_root
from tests.support.server import ChatServerProcess

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PASSWORD = "correct horse battery"
# Recorded in the page before any of its own script runs.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""


@pytest.fixture
def prerequisites() -> None:
    if not Path(CHROMIUM).exists():
        missing_prerequisite(f"no Chromium at {CHROMIUM} (make browser-deps)")
    if not (repo_root() / "console/dist/index.html").exists():
        missing_prerequisite("console/dist is not built (make frontend)")


@pytest.fixture
async def node(
    prerequisites: None, redis_proc: RedisServer, redis_client: aioredis.Redis
) -> AsyncIterator[ChatServerProcess]:
    await AgentStore(redis_client).add("anna@oca.test", "Anna", PASSWORD)
    server = ChatServerProcess(redis_proc.url)
    server.start()
    try:
        yield server
    finally:
        server.stop()


async def test_console_signs_in_and_out_under_its_csp(node: ChatServerProcess) -> None:
    from playwright.async_api import async_playwright, expect

    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = await (await browser.new_context()).new_page()
            await page.add_init_script(RECORD_VIOLATIONS)
            logged: list[str] = []
            page.on("console", lambda m: logged.append(m.text))
            response = await page.goto(node.url + "/console")
            assert response is not None
            assert "script-src 'self'" in (await response.all_headers())["content-security-policy"]
            await page.get_by_label("Email").fill("anna@oca.test")
            await page.get_by_label("Password").fill(PASSWORD)
            await page.get_by_role("button", name="Sign in").click()
            await expect(page.locator(".conn")).to_have_text("Online", timeout=15_000)
            token = await page.evaluate("sessionStorage.getItem('livechat-agent-token')")
            assert token and token.count(".") >= 4
            cookies = {c["name"]: c for c in await page.context.cookies()}
            assert cookies["lc_agent"]["httpOnly"] and cookies["lc_agent"]["sameSite"] == "Strict"
            await page.get_by_role("button", name="Sign out").click()
            await expect(page.get_by_role("button", name="Sign in")).to_be_visible()
            violations = await page.evaluate("window.__csp")
            assert violations == [], violations
            assert not [m for m in logged if "Content Security Policy" in m], logged
        finally:
            await browser.close()
    # The console's sign-out passed the guard and revoked the token server-side.
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{node.url}/api/me", headers={"Authorization": f"Bearer {token}"}) as resp,
    ):
        assert resp.status == 401
