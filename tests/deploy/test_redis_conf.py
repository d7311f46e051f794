"""deploy/redis.conf run by a real redis-server the way docker-compose.yml starts it: a password
is required, protected mode is on, and a full Redis refuses writes instead of evicting data."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.support.procs import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "compose-redis-password-0123456789"


@pytest.fixture
def compose_redis() -> Iterator[int]:
    exe = shutil.which("redis-server")
    assert exe, "redis-server is not installed (make test installs it)"
    port = free_port()
    data = tempfile.mkdtemp(prefix="livechat-redis-conf-")
    # What the compose command runs, with the container's path and address swapped for ours
    # (redis-server checks `dir` while reading the file, before the command line's --dir).
    conf = Path(data) / "redis.conf"
    text = (ROOT / "deploy" / "redis.conf").read_text()
    assert "\ndir /data\n" in text
    conf.write_text(text.replace("\ndir /data\n", f"\ndir {data}\n"))
    proc = subprocess.Popen(
        [
            exe,
            str(conf),
            "--requirepass",
            PASSWORD,
            "--maxmemory",
            "4mb",
            "--port",
            str(port),
            "--dir",
            data,
            "--bind",
            "127.0.0.1",
            "--save",
            "",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, proc=proc)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(data, ignore_errors=True)


def test_the_password_is_required(compose_redis: int) -> None:
    anonymous = redis.Redis(port=compose_redis)
    with pytest.raises(redis.AuthenticationError):
        anonymous.set("lc:probe", "1")
    anonymous.close()
    client = redis.Redis.from_url(f"redis://:{PASSWORD}@127.0.0.1:{compose_redis}/0")
    assert client.ping()
    assert client.config_get("protected-mode")["protected-mode"] == "yes"
    assert client.config_get("appendonly")["appendonly"] == "yes"
    client.close()


def test_a_full_redis_refuses_writes_and_keeps_every_key(compose_redis: int) -> None:
    client = redis.Redis.from_url(f"redis://:{PASSWORD}@127.0.0.1:{compose_redis}/0")
    assert client.config_get("maxmemory-policy")["maxmemory-policy"] == "noeviction"
    assert int(client.config_get("maxmemory")["maxmemory"]) == 4 * 1024 * 1024
    written = 0
    with pytest.raises(redis.exceptions.OutOfMemoryError):
        for i in range(10_000):
            client.set(f"lc:conv:{i}", "x" * 4096)
            written += 1
    assert written > 0
    assert client.dbsize() == written, "noeviction: nothing written was dropped"
    client.close()
