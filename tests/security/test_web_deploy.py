"""Defects 8 and 10 (web part), on the real `livechat` command: production defaults are safe
(a long SECRET_KEY, no clear-text SMTP login, /metrics and /dev/mail closed, development only
on loopback), Redis memory is watched, and the operators' tools need no SECRET_KEY."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import redis.asyncio as aioredis

from tests.support.procs import RedisServer, free_port, redis_server, repo_root
from tests.support.server import ChatServerProcess

LONG_SECRET = "p" * 48
HINT = "python -c 'import secrets; print(secrets.token_urlsafe(48))'"


def _cli(
    args: list[str], env: dict[str, str], stdin: str = "", timeout: float = 60
) -> tuple[int, str]:
    """Run `livechat ARGS` as an operator would; returns (exit code, stderr+stdout)."""
    base = {k: v for k, v in os.environ.items() if k not in {"LIVECHAT_ENV", "SECRET_KEY"}}
    base.update(env)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "chat_server.cli", *args],
            cwd=repo_root(),
            env=base,
            input=stdin.encode(),
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:  # it started serving: the defence is missing
        return -1, (exc.stderr or b"").decode(errors="replace")
    return done.returncode, (done.stderr + done.stdout).decode(errors="replace")


def test_operator_commands_need_no_secret_key(redis_proc: RedisServer) -> None:
    env = {"REDIS_URL": redis_proc.url}  # LIVECHAT_ENV unset (production), no SECRET_KEY
    code, out = _cli(
        ["agents", "add", "new.agent@oca.test", "--name", "New", "--password-stdin"],
        env,
        stdin="long enough password\n",
    )
    assert code == 0, out
    code, out = _cli(["agents", "list"], env)
    assert code == 0 and "new.agent@oca.test" in out, out
    code, out = _cli(
        ["agents", "passwd", "new.agent@oca.test", "--password-stdin"], env, "another password\n"
    )
    assert code == 0, out
    code, out = _cli(["gdpr", "export", "nobody@example.com"], env)
    assert code == 0, out
    code, out = _cli(["bot", "unhandled"], env)
    assert code == 0, out


def test_serve_demands_a_long_secret_key_and_says_how_to_make_one(
    redis_proc: RedisServer,
) -> None:
    env = {"REDIS_URL": redis_proc.url, "PORT": str(free_port()), "HOST": "127.0.0.1"}
    code, out = _cli(["serve"], env)
    assert code == 2 and "SECRET_KEY" in out and HINT in out, out
    code, out = _cli(["serve"], {**env, "SECRET_KEY": "hunter2-but-longer"})
    assert code == 2 and "at least 32 characters" in out and HINT in out, out
    code, out = _cli(["inbound"], {**env, "SECRET_KEY": "short"})
    assert code == 2 and HINT in out, out


def test_production_refuses_an_smtp_login_in_clear_text(redis_proc: RedisServer) -> None:
    env = {
        "REDIS_URL": redis_proc.url,
        "PORT": str(free_port()),
        "HOST": "127.0.0.1",
        "SECRET_KEY": LONG_SECRET,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_USER": "relay-user",
        "SMTP_PASSWORD": "relay-password",
        "SMTP_STARTTLS": "false",
    }
    code, out = _cli(["serve"], env)
    assert code == 2 and "SMTP_STARTTLS" in out, out


def test_development_serves_only_loopback(redis_proc: RedisServer) -> None:
    env = {
        "REDIS_URL": redis_proc.url,
        "PORT": str(free_port()),
        "LIVECHAT_ENV": "development",
        "HOST": "0.0.0.0",
    }
    code, out = _cli(["serve"], env)
    assert code == 2 and "127.0.0.1" in out, out


@pytest.fixture(scope="module")
def production_node(redis_proc: RedisServer) -> Iterator[ChatServerProcess]:
    node = ChatServerProcess(
        redis_proc.url,
        LIVECHAT_ENV="production",
        SECRET_KEY=LONG_SECRET,
        METRICS_TOKEN="scrape-token-0123456789",
    )
    node.start()
    try:
        yield node
    finally:
        node.stop()


async def test_metrics_and_dev_mail_are_closed_in_production(
    production_node: ChatServerProcess,
) -> None:
    url = production_node.url
    async with aiohttp.ClientSession() as http:
        # Through a proxy (anyone on the internet), without or with a wrong token: refused.
        for headers in (
            {"X-Forwarded-For": "198.51.100.7"},
            {"Forwarded": "for=198.51.100.7"},
            {"X-Forwarded-For": "198.51.100.7", "Authorization": "Bearer guess"},
            {"Authorization": "Bearer guess"},
        ):
            async with http.get(f"{url}/metrics", headers=headers) as resp:
                assert resp.status == 401, headers
                assert "livechat_" not in await resp.text()
        async with http.get(
            f"{url}/metrics",
            headers={"Authorization": "Bearer scrape-token-0123456789", "X-Forwarded-For": "x"},
        ) as resp:
            assert resp.status == 200
            assert "livechat_redis_memory_max_bytes" in await resp.text()
        # A scraper on the node's own machine, talking to it directly.
        async with http.get(f"{url}/metrics") as resp:
            assert resp.status == 200
        async with http.get(f"{url}/dev/mail") as resp:
            assert resp.status == 404


async def test_redis_memory_is_watched_before_it_runs_out() -> None:
    with redis_server() as private:
        node = ChatServerProcess(private.url, LOG_LEVEL="INFO")
        node.start()
        client = aioredis.Redis.from_url(private.url, decode_responses=True)
        try:
            async with aiohttp.ClientSession() as http:
                async with http.get(f"{node.url}/readyz") as resp:
                    body = await resp.json()
                assert "no maxmemory" in body["redis_memory"]["warning"]
                # Redis at ~90% of its limit: still ready, but everyone is told.
                used = int((await client.info("memory"))["used_memory"])
                await client.config_set("maxmemory", str(int(used / 0.9)))
                await client.config_set("maxmemory-policy", "noeviction")
                async with http.get(f"{node.url}/readyz") as resp:
                    assert resp.status == 200
                    body = await resp.json()
                note = body["redis_memory"]
                assert note["used_ratio"] >= 0.8 and note["policy"] == "noeviction"
                assert "refuses writes" in note["warning"]
                async with http.get(f"{node.url}/metrics") as resp:
                    text = await resp.text()
                ratio = next(
                    float(line.split()[-1])
                    for line in text.splitlines()
                    if line.startswith("livechat_redis_memory_used_ratio ")
                )
                assert ratio >= 0.8
            for _ in range(100):
                if "redis memory high" in node.log():
                    break
                await asyncio.sleep(0.05)
            assert "redis memory high" in node.log()
        finally:
            await client.config_set("maxmemory", "0")
            await client.aclose()
            node.stop()


def test_make_run_keeps_redis_and_the_server_on_this_machine(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`make run`'s supervisor: the chat server binds 127.0.0.1, and the Redis it starts is
    loopback-only, in protected mode, with a memory limit and noeviction."""
    import redis as sync_redis

    from chat_server import devrun

    monkeypatch.delenv("HOST", raising=False)
    monkeypatch.setattr(devrun, "RUN_DIR", tmp_path)
    sup = devrun.Supervisor()
    assert sup.env["HOST"] == "127.0.0.1"
    sup.env["REDIS_URL"] = f"redis://127.0.0.1:{free_port()}/0"
    try:
        assert devrun.ensure_redis(sup)
        client = sync_redis.Redis.from_url(sup.env["REDIS_URL"], decode_responses=True)
        config = client.config_get("*")
        client.close()
        assert config["maxmemory-policy"] == "noeviction"
        assert int(config["maxmemory"]) == 256 * 1024 * 1024
        assert config["protected-mode"] == "yes"
        assert config["bind"].split() == ["127.0.0.1"]
    finally:
        sup.stop_all()
