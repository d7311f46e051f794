"""`make run`: start every part on one machine, print the URLs, stop everything on Ctrl-C.

Redis (unless one answers at REDIS_URL), Rasa (when bot/ has a trained model), the mail
catcher (unless SMTP_HOST is set), the inbound mail server and one chat server node.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import redis

REPO = Path(__file__).resolve().parents[1]
RUN_DIR = REPO / ".run"


def say(text: str) -> None:
    print(f"[make run] {text}", flush=True)


def redis_answers(url: str) -> bool:
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1)
        ok = bool(client.ping())
        client.close()
        return ok
    except redis.RedisError:
        return False


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.3)
        return s.connect_ex((host, port)) == 0


def wait_port(port: int, proc: subprocess.Popen[bytes], seconds: float, name: str) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            say(f"{name} exited with code {proc.returncode}; see .run/{name}.log")
            return False
        if port_open(port):
            return True
        time.sleep(0.2)
    say(f"{name} did not open port {port} within {seconds:.0f}s; see .run/{name}.log")
    return False


class Supervisor:
    def __init__(self) -> None:
        self.children: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.env = dict(os.environ)
        self.env.setdefault("LIVECHAT_ENV", "development")
        # Development conveniences (/dev/mail, open /metrics, a signed demo customer) stay on
        # this machine: the chat server binds loopback only.
        self.env.setdefault("HOST", "127.0.0.1")
        self.env.setdefault("PYTHONUNBUFFERED", "1")

    def start(
        self, name: str, args: list[str], cwd: Path = REPO, tee: bool = False
    ) -> subprocess.Popen[bytes]:
        RUN_DIR.mkdir(exist_ok=True)
        log = (RUN_DIR / f"{name}.log").open("ab")
        proc = subprocess.Popen(
            args,
            cwd=cwd,
            env=self.env,
            stdout=None if tee else log,
            stderr=None if tee else subprocess.STDOUT,
            start_new_session=True,
        )
        self.children.append((name, proc))
        return proc

    def stop_all(self) -> None:
        for _name, proc in reversed(self.children):
            if proc.poll() is None:
                with_signal(proc, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for _name, proc in reversed(self.children):
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with_signal(proc, signal.SIGKILL)
                proc.wait()


def with_signal(proc: subprocess.Popen[bytes], sig: int) -> None:
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass


def ensure_redis(sup: Supervisor) -> bool:
    url = sup.env.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")
    if redis_answers(url):
        say(f"Redis answers at {url}")
        return True
    exe = shutil.which("redis-server")
    if exe is None:
        say("no Redis answers and redis-server is not installed: apt-get install redis-server")
        return False
    parsed = urlparse(url)
    port = parsed.port or 6379
    data = RUN_DIR / "redis"
    data.mkdir(parents=True, exist_ok=True)
    proc = sup.start(
        "redis",
        [
            exe,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(data),
            "--appendonly",
            "yes",
            "--appendfsync",
            "everysec",
            "--save",
            "",
            # Never evict live conversations to make room: refuse writes loudly instead
            # (the chat server warns in logs and /readyz well before that).
            "--maxmemory",
            sup.env.get("REDIS_MAXMEMORY", "256mb"),
            "--maxmemory-policy",
            "noeviction",
            "--protected-mode",
            "yes",
        ],
    )
    if not wait_port(port, proc, 10, "redis"):
        return False
    say(f"started redis-server on 127.0.0.1:{port} (data in .run/redis)")
    return True


def how_to_sign_in(emails: list[str]) -> list[str]:
    """What `make run` says when Redis already holds agents: their passwords are not known
    (only their hashes are stored), so it names who exists and how to set a password."""
    shown = sorted(emails)[:5]
    more = f" and {len(emails) - len(shown)} more" if len(emails) > len(shown) else ""
    first = shown[0] if shown else "agent@example.com"
    return [
        f"agents already exist: {', '.join(shown)}{more}; sign in with one of them.",
        "forgot the password? set a new one (other sessions end):",
        f"    printf '%s\\n' 'a new password' | .venv/bin/livechat agents passwd {first} "
        "--password-stdin",
        "or add yourself: ... | .venv/bin/livechat agents add you@example.com --name You "
        "--password-stdin",
    ]


def ensure_dev_agent(url: str) -> None:
    """A first agent for trying the console, only when there is none yet; else how to get in."""
    client = redis.Redis.from_url(url, decode_responses=True)
    try:
        existing = list(client.hkeys("lc:agents:emails"))
    finally:
        client.close()
    if existing:
        for line in how_to_sign_in(existing):
            say(line)
        return
    password = secrets.token_urlsafe(9)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "chat_server.cli",
            "agents",
            "add",
            "agent@example.com",
            "--name",
            "Demo Agent",
            "--password-stdin",
        ],
        input=(password + "\n").encode(),
        check=True,
        capture_output=True,
        env={**os.environ, "REDIS_URL": url, "LIVECHAT_ENV": "development"},
    )
    say(f"created a demo agent: agent@example.com / {password} (`livechat agents` manages them)")


def main() -> int:
    sup = Supervisor()
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        if not ensure_redis(sup):
            return 1
        livechat = [sys.executable, "-m", "chat_server.cli"]
        rasa_url = sup.env.setdefault("RASA_URL", "http://127.0.0.1:5005")
        serve_sh = REPO / "bot" / "serve.sh"
        model = REPO / "bot" / "models" / "current.tar.gz"
        if serve_sh.exists() and model.exists() and (REPO / "bot/.venv/bin/rasa").exists():
            rasa_port = urlparse(rasa_url).port or 5005
            proc = sup.start("rasa", ["bash", str(serve_sh), str(rasa_port)])
            say(f"starting Rasa on 127.0.0.1:{rasa_port} (log: .run/rasa.log)")
            if not wait_port(rasa_port, proc, 180, "rasa"):
                say("continuing without the bot: customers are offered a person")
        else:
            say("no trained bot (bot/.venv, bot/models): running with the bot down")
        if not sup.env.get("SMTP_HOST"):
            sup.env.update(SMTP_HOST="127.0.0.1", SMTP_PORT="1025", SMTP_STARTTLS="false")
            proc = sup.start("mailcatcher", [*livechat, "mailcatcher", "--port", "1025"])
            if not wait_port(1025, proc, 20, "mailcatcher"):
                return 1
        inbound_port = int(sup.env.get("INBOUND_SMTP_PORT", "2525"))
        proc = sup.start("inbound", [*livechat, "inbound"])
        if not wait_port(inbound_port, proc, 20, "inbound"):
            return 1
        port = int(sup.env.get("PORT", "8080"))
        proc = sup.start("chat", [*livechat, "serve"])
        if not wait_port(port, proc, 30, "chat"):
            return 1
        ensure_dev_agent(sup.env["REDIS_URL"])
        host = sup.env["HOST"]
        base = f"http://{'127.0.0.1' if host in {'0.0.0.0', '::'} else host}:{port}"
        say("ready:")
        for label, path in (
            ("customer portal (widget)", "/"),
            ("agent console", "/console"),
            ("caught mail", "/dev/mail"),
            ("metrics", "/metrics"),
            ("readiness", "/readyz"),
        ):
            print(f"    {label:26} {base}{path}", flush=True)
        print(f"    {'inbound mail (SMTP)':26} 127.0.0.1:{inbound_port}", flush=True)
        say("Ctrl-C stops everything; logs are in .run/")
        while not stopping:
            for name, child in sup.children:
                if child.poll() is not None:
                    say(f"{name} stopped (code {child.returncode}); see .run/{name}.log")
                    return 1
            time.sleep(0.5)
        return 0
    finally:
        say("stopping ...")
        sup.stop_all()


if __name__ == "__main__":
    raise SystemExit(main())
