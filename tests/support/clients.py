"""Real python-socketio clients for the customer and agent namespaces, recording what arrives."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
import uuid
from collections import defaultdict
from typing import Any

import aiohttp
import socketio


class Recorder:
    """Everything a client received, by event name; tests wait on it for a matching event."""

    def __init__(self) -> None:
        self.events: dict[str, list[Any]] = defaultdict(list)
        self._changed = asyncio.Event()

    def record(self, event: str, data: Any) -> None:
        self.events[event].append(data)
        self._changed.set()

    def count(self, event: str) -> int:
        """How many `event`s arrived so far: pass it as `since` to wait for a newer one."""
        return len(self.events[event])

    def matching(self, event: str, predicate: Any = None, since: int = 0) -> list[Any]:
        """The recorded `event`s (from index `since` on) that match `predicate`."""
        return [e for e in self.events[event][since:] if predicate is None or predicate(e)]

    async def wait_for(
        self, event: str, predicate: Any = None, timeout: float = 10.0, since: int = 0
    ) -> Any:
        """The first recorded `event` (from index `since` on) matching `predicate`, waiting up
        to `timeout` seconds for it to arrive."""
        deadline = time.monotonic() + timeout
        while True:
            self._changed.clear()  # before looking: an event recorded after it wakes us
            found = self.matching(event, predicate, since)
            if found:
                return found[0]
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(
                    f"no {event!r} matching after {timeout}s; got "
                    f"{ {k: len(v) for k, v in self.events.items()} }"
                )
            try:
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.2))
            except TimeoutError:
                pass


class CustomerClient(Recorder):
    EVENTS = ("session", "message", "message_redacted", "state", "typing", "server_shutdown")

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.sio = socketio.AsyncClient(
            reconnection=True, reconnection_delay=0.2, reconnection_delay_max=0.5
        )
        for name in self.EVENTS:
            self.sio.on(name, self._handler(name), namespace="/chat")

    def _handler(self, name: str) -> Any:
        async def handle(data: Any = None) -> None:
            self.record(name, data)

        return handle

    async def connect(self, **auth: Any) -> dict[str, Any]:
        count = self.count("session")
        await self.sio.connect(
            self.url, namespaces=["/chat"], auth=auth, transports=["websocket"], wait_timeout=10
        )
        session: dict[str, Any] = await self.wait_for("session", since=count)
        return session

    @property
    def session(self) -> dict[str, Any]:
        result: dict[str, Any] = self.events["session"][-1]
        return result

    async def call(self, event: str, data: Any = None, timeout: float = 10.0) -> Any:
        return await self.sio.call(
            event, data if data is not None else {}, namespace="/chat", timeout=timeout
        )

    async def say(self, text: str, client_id: str | None = None, **extra: Any) -> dict[str, Any]:
        ack: dict[str, Any] = await self.call(
            "message", {"client_id": client_id or uuid.uuid4().hex, "text": text, **extra}
        )
        return ack

    async def close(self) -> None:
        await self.sio.disconnect()


async def login(url: str, email: str, password: str) -> dict[str, Any]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{url}/api/login", json={"email": email, "password": password}) as resp,
    ):
        body: dict[str, Any] = await resp.json()
        body["status"] = resp.status
        return body


class AgentClient(Recorder):
    EVENTS = (
        "queue",
        "message",
        "message_redacted",
        "state",
        "note",
        "typing",
        "presence",
        "server_shutdown",
    )

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.sio = socketio.AsyncClient(
            reconnection=True, reconnection_delay=0.2, reconnection_delay_max=0.5
        )
        self.token: str | None = None
        for name in self.EVENTS:
            self.sio.on(name, self._handler(name), namespace="/agent")

    def _handler(self, name: str) -> Any:
        async def handle(data: Any = None) -> None:
            self.record(name, data)

        return handle

    async def connect(self, email: str, password: str) -> None:
        body = await login(self.url, email, password)
        assert body["status"] == 200, body
        self.token = body["token"]
        await self.sio.connect(
            self.url,
            namespaces=["/agent"],
            auth={"token": self.token},
            transports=["websocket"],
            wait_timeout=10,
        )
        await self.wait_for("queue")

    async def call(self, event: str, data: Any = None, timeout: float = 10.0) -> Any:
        return await self.sio.call(
            event, data if data is not None else {}, namespace="/agent", timeout=timeout
        )

    def latest_queue(self) -> list[dict[str, Any]]:
        snapshots = self.events["queue"]
        return list(snapshots[-1]["conversations"]) if snapshots else []

    async def close(self) -> None:
        await self.sio.disconnect()


def agent_add_command(redis_url: str, email: str, name: str) -> tuple[list[str], dict[str, str]]:
    """argv and environment of `livechat agents add` (the password goes on stdin)."""
    import os
    import sys

    argv = [
        sys.executable,
        "-m",
        "chat_server.cli",
        "agents",
        "add",
        email,
        "--name",
        name,
        "--password-stdin",
    ]
    return argv, {**os.environ, "REDIS_URL": redis_url, "LIVECHAT_ENV": "test"}


async def add_agent(redis_url: str, email: str, name: str, password: str) -> None:
    """Create an agent through the real CLI, as an operator would."""
    argv, env = agent_add_command(redis_url, email, name)
    proc = await asyncio.create_subprocess_exec(
        *argv,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    _out, err = await proc.communicate((password + "\n").encode())
    assert proc.returncode == 0, err.decode()


async def run_gdpr(redis_url: str, action: str, email: str, **env: str) -> dict[str, Any]:
    """`livechat gdpr ACTION EMAIL` as an operator runs it (a real process); its JSON."""
    from tests.support.procs import repo_root

    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "chat_server.cli",
        "gdpr",
        action,
        email,
        cwd=repo_root(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={
            **os.environ,
            "LIVECHAT_ENV": "test",
            "REDIS_URL": redis_url,
            "RASA_URL": "http://127.0.0.1:9",
            **env,
        },
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()
    result: dict[str, Any] = json.loads(out)
    return result
