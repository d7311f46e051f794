"""Layers point one way: transport (HTTP, Socket.IO, SMTP) → services → stores. Importing a
domain package loads no transport, each checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

TRANSPORTS = ("aiohttp.web", "aiosmtpd", "chat_server.http", "chat_server.smtp")


# The domain packages; together, so the check costs one interpreter start.
DOMAIN = ("chat_server.tickets", "chat_server.tickets.inbound", "chat_server.agents")


def loaded_after_import(*modules: str) -> set[str]:
    """The modules of ``TRANSPORTS`` that importing ``modules`` loads in a fresh interpreter."""
    probe = (
        f"import sys, {', '.join(modules)}\n"
        f"print('\\n'.join(m for m in sys.modules if m.startswith({TRANSPORTS!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(done.stdout.split())


def test_domain_packages_load_no_transport() -> None:
    assert loaded_after_import(*DOMAIN) == set()


def test_the_probe_sees_a_transport() -> None:
    # The check itself can fail: the HTTP ticket API does load aiohttp.web.
    assert "aiohttp.web" in loaded_after_import("chat_server.http.tickets")
