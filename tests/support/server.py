"""Run real `livechat serve` processes for integration, browser and drill tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.procs import free_port, repo_root, wait_for_port

TEST_SECRET = "test-secret-key-0123456789abcdef"


class ChatServerProcess:
    """One chat server node (`livechat serve`) on a free loopback port."""

    def __init__(self, redis_url: str, port: int | None = None, **env: str) -> None:
        self.redis_url = redis_url
        self.port = port or free_port()
        self.env = env
        self.cwd = repo_root()  # the checkout it runs (bench/bot.py --baseline: another)
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = Path(tempfile.mkstemp(prefix="livechat-serve-", suffix=".log")[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = dict(os.environ)
        env.update(
            {
                "LIVECHAT_ENV": "test",
                "REDIS_URL": self.redis_url,
                "PORT": str(self.port),
                "HOST": "127.0.0.1",
                "SECRET_KEY": TEST_SECRET,
                "RASA_URL": "http://127.0.0.1:9",  # bot down unless a test says otherwise
                "HANDOFF_TIMEOUT_S": "5",
                "PYTHONUNBUFFERED": "1",
                # Every test client comes from 127.0.0.1: per-address limits are lifted here
                # unless a test sets them (tests/security does, to prove them).
                "MAX_CONNECTIONS_PER_ADDRESS": "100000",
                "MAIL_ACTIONS_PER_ADDRESS_PER_HOUR": "100000",
                "HANDOFFS_PER_ADDRESS_PER_HOUR": "100000",
                "RATE_LIMIT_PER_ADDRESS_PER_S": "100000",
            }
        )
        env.update(self.env)
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "chat_server.cli", "serve"],
            cwd=self.cwd,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, timeout=30, proc=self.proc)

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if kill:
            self.proc.send_signal(signal.SIGKILL)
        else:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@contextmanager
def chat_server(redis_url: str, **env: str) -> Iterator[ChatServerProcess]:
    server = ChatServerProcess(redis_url, **env)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def signed_identity(email: str, name: str) -> dict[str, str]:
    """A portal identity signed with TEST_SECRET, as the customer portal would send it."""
    from chat_server.security import identity_signature

    return {
        "name": name,
        "email": email,
        "signature": identity_signature(TEST_SECRET.encode(), email),
    }
