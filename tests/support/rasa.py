"""Start the real Rasa server (bot/.venv, the trained model) on a free loopback port."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.procs import free_port, missing_prerequisite, repo_root

BOT_DIR = repo_root() / "bot"
RASA_EXE = BOT_DIR / ".venv" / "bin" / "rasa"
MODEL = BOT_DIR / "models" / "current.tar.gz"
WEBHOOK_PATH = "/webhooks/livechat/webhook"


def require_bot_model() -> None:
    """Fail under CI, skip a bare `pytest` (saying what to build), without bot/.venv or the
    trained model: `make test` builds both first, so a CI run never silently skips the bot."""
    if not (RASA_EXE.exists() and MODEL.exists()):
        missing_prerequisite("bot/.venv or bot/models/current.tar.gz missing: run `make bot-model`")


class RasaServer:
    """`bot/serve.sh` on a free port; `url` is the base URL (http://127.0.0.1:PORT)."""

    def __init__(
        self,
        port: int | None = None,
        token: str | None = None,
        endpoints: Path | None = None,
    ) -> None:
        self.port = port or free_port()
        self.token = token
        self.endpoints = endpoints
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = Path(tempfile.mkstemp(prefix="livechat-rasa-", suffix=".log")[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def webhook_url(self) -> str:
        return self.url + WEBHOOK_PATH

    def start(self, timeout: float = 120.0) -> None:
        require_bot_model()
        env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
        env.pop("RASA_TOKEN", None)
        if self.token:
            env["RASA_TOKEN"] = self.token
        if self.endpoints is not None:
            env["RASA_ENDPOINTS"] = str(self.endpoints)
        with self.log.open("wb") as out:
            # A new session, so stop() can signal Rasa and anything it spawned.
            self.proc = subprocess.Popen(
                [str(BOT_DIR / "serve.sh"), str(self.port)],
                cwd=BOT_DIR,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float) -> None:
        """Wait until the channel answers a real turn (not just until the port opens)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"rasa exited with {self.proc.returncode}:\n{self.tail()}")
            try:
                reply = post_message(self.webhook_url, "__readiness_probe__", "hello", timeout=5)
                if reply.get("messages"):
                    return
            except (OSError, urllib.error.URLError, ValueError):
                pass
            time.sleep(0.5)
        raise TimeoutError(f"rasa did not answer within {timeout}s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None


def post_message(
    url: str,
    sender: str,
    message: str,
    timeout: float = 10.0,
    metadata: dict[str, object] | None = None,
) -> dict[str, object]:
    """One turn through the livechat channel (blocking; for readiness checks and scripts)."""
    body = json.dumps({"sender": sender, "message": message, "metadata": metadata or {}})
    req = urllib.request.Request(
        url, data=body.encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return dict(json.load(resp))


@contextmanager
def rasa_server(**kw: object) -> Iterator[RasaServer]:
    server = RasaServer(**kw)  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.stop()
