"""Browser tests: Playwright (Python) driving Debian's Chromium against real chat server nodes.

Never calls `playwright install`: the browser is /usr/bin/chromium (`make browser-deps`).
Screenshots go to $LIVECHAT_SCREENSHOTS when set (`make screenshots` sets docs/screenshots).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.browser.pages import AGENT_PASSWORD, ROOT
from tests.support.clients import agent_add_command
from tests.support.procs import RedisServer, missing_prerequisite
from tests.support.server import ChatServerProcess

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def _ensure_bundles() -> None:
    """`make test` builds the bundles; a bare `pytest` builds them too when npm deps exist."""
    if (ROOT / "widget/dist/widget.js").exists() and (ROOT / "console/dist/index.html").exists():
        return
    if not (ROOT / "node_modules/esbuild").exists() or shutil.which("node") is None:
        missing_prerequisite("front-end bundles are not built (run `make frontend`)")
    subprocess.run(["node", "widget/build.mjs"], cwd=ROOT, check=True)
    subprocess.run(["node", "console/build.mjs"], cwd=ROOT, check=True)


# Package scope: the sync Playwright API keeps its own event loop running while it is open,
# which would stop every asyncio test that runs after the browser tests.
@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        missing_prerequisite(
            f"no Chromium at {CHROMIUM} (make browser-deps installs Debian's chromium)"
        )
    _ensure_bundles()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def flushed_redis(redis_proc: RedisServer) -> str:
    client = redis.Redis.from_url(redis_proc.url)
    client.flushdb()
    client.close()
    return redis_proc.url


@pytest.fixture
def server(flushed_redis: str) -> Iterator[ChatServerProcess]:
    """One chat server node; the queue deadline is long enough for a test to accept."""
    node = ChatServerProcess(flushed_redis, HANDOFF_TIMEOUT_S="300")
    node.start()
    try:
        yield node
    finally:
        node.stop()
        if os.environ.get("LIVECHAT_SHOW_SERVER_LOG"):
            sys.stderr.write(node.log())


def add_agent(redis_url: str, email: str, name: str, password: str = AGENT_PASSWORD) -> None:
    argv, env = agent_add_command(redis_url, email, name)
    subprocess.run(
        argv,
        input=password.encode(),
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def agents(server: ChatServerProcess) -> dict[str, str]:
    """Two agents, by name -> email."""
    made = {"Anna": "anna@oneclickactions.com", "Ben": "ben@oneclickactions.com"}
    for name, email in made.items():
        add_agent(server.redis_url, email, name)
    return made


@pytest.fixture
def new_context(browser):  # type: ignore[no-untyped-def]
    """Separate browser contexts (separate storage), closed after the test."""
    made = []

    def make(**kw):  # type: ignore[no-untyped-def]
        kw.setdefault("viewport", {"width": 1200, "height": 800})
        kw.setdefault("locale", "en-US")
        ctx = browser.new_context(**kw)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()
