"""Clients that do what the widget and console must do when a node dies.

Each client holds a list of node URLs (what a load balancer does for a browser). When its
connection drops it connects to the next node, resuming with its token and the highest `seq` it
holds; it refills any seq gap with `history`; and it resends every unacknowledged message with
the same `client_id` until acknowledged. Everything received is kept by conversation and seq,
so a drill can count what was lost or duplicated.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import defaultdict
from typing import Any

import socketio

from tests.support.clients import login

CONNECT_TIMEOUT_S = 2.0
CALL_TIMEOUT_S = 2.0
GIVE_UP_S = 20.0


class View:
    """What one participant has seen of each conversation, by seq."""

    def __init__(self) -> None:
        self.by_seq: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)
        self.conflicts: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def absorb(self, message: dict[str, Any]) -> None:
        conv = self.by_seq[message["conversation_id"]]
        seen = conv.get(message["seq"])
        if seen is not None and seen["id"] != message["id"]:
            self.conflicts.append((seen, message))  # two messages claim one seq
        conv[message["seq"]] = message

    def contiguous(self, conversation_id: str) -> int:
        seqs = self.by_seq.get(conversation_id, {})
        n = 0
        while n + 1 in seqs:
            n += 1
        return n

    def has_gap(self, conversation_id: str) -> bool:
        seqs = self.by_seq.get(conversation_id, {})
        return bool(seqs) and max(seqs) != self.contiguous(conversation_id)


class FailoverClient:
    """Shared connect / fail over / resend logic for one namespace."""

    namespace = "/chat"
    events: tuple[str, ...] = ()

    def __init__(self, urls: list[str], start: int = 0) -> None:
        self.urls = urls
        self.index = start
        self.view = View()
        self.sio: socketio.AsyncClient | None = None
        self.connected = asyncio.Event()
        self.closing = False
        self.failovers: list[float] = []  # seconds from losing a node to a working session
        self.recovered_at: list[float] = []  # time.monotonic() of each working session after one
        self.errors: list[Any] = []
        self._failover_task: asyncio.Task[None] | None = None
        self._lost_at: float | None = None

    @property
    def url(self) -> str:
        return self.urls[self.index % len(self.urls)]

    def _auth(self) -> dict[str, Any]:
        raise NotImplementedError

    async def _after_connect(self) -> None:
        """Wait for the welcome event and refill what was missed."""

    def _on(self, event: str, data: Any) -> None:
        if event == "message" and isinstance(data, dict) and "seq" in data:
            self.view.absorb(data)

    async def _connect_once(self) -> None:
        sio = socketio.AsyncClient(reconnection=False)
        for name in self.events:
            sio.on(name, self._handler(name), namespace=self.namespace)
        sio.on("disconnect", self._disconnected, namespace=self.namespace)
        self.sio = sio
        await sio.connect(
            self.url,
            namespaces=[self.namespace],
            auth=self._auth(),
            transports=["websocket"],
            wait_timeout=CONNECT_TIMEOUT_S,
        )
        await self._after_connect()
        self.connected.set()

    def _handler(self, name: str) -> Any:
        async def handle(data: Any = None) -> None:
            self._on(name, data)

        return handle

    async def _disconnected(self, *_: Any) -> None:
        self.connected.clear()
        if self.closing or (self._failover_task and not self._failover_task.done()):
            return
        self._lost_at = time.monotonic()
        self._failover_task = asyncio.create_task(self._failover())

    async def _failover(self) -> None:
        deadline = time.monotonic() + GIVE_UP_S
        while not self.closing and time.monotonic() < deadline:
            self.index += 1
            old = self.sio
            if old is not None:
                try:
                    await old.disconnect()
                except Exception:  # the old engine may already be gone
                    pass
            try:
                await asyncio.wait_for(self._connect_once(), CONNECT_TIMEOUT_S + 1)
            except Exception as exc:
                self.errors.append(("connect", self.url, repr(exc)))
                await asyncio.sleep(0.1)
                continue
            assert self._lost_at is not None
            self.failovers.append(time.monotonic() - self._lost_at)
            self.recovered_at.append(time.monotonic())
            return
        self.errors.append(("gave up", self.urls))

    async def start(self) -> None:
        await self._connect_once()

    async def call(self, event: str, data: Any) -> Any:
        """Call until acknowledged: across a node failure, on whichever node is up."""
        deadline = time.monotonic() + GIVE_UP_S
        while time.monotonic() < deadline:
            await asyncio.wait_for(self.connected.wait(), GIVE_UP_S)
            sio = self.sio
            assert sio is not None
            try:
                return await sio.call(event, data, namespace=self.namespace, timeout=CALL_TIMEOUT_S)
            except Exception as exc:  # disconnected or timed out: the node may be gone
                self.errors.append(("call", event, type(exc).__name__))
                await asyncio.sleep(0.05)
        raise TimeoutError(f"{event} never acknowledged")

    async def close(self) -> None:
        self.closing = True
        if self._failover_task is not None:
            self._failover_task.cancel()
        if self.sio is not None:
            await self.sio.disconnect()


class FailoverCustomer(FailoverClient):
    namespace = "/chat"
    events = ("session", "message", "state")

    def __init__(self, urls: list[str], start: int = 0) -> None:
        super().__init__(urls, start)
        self.token: str | None = None
        self.conversation_id: str | None = None
        self.sessions: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.sent: dict[str, dict[str, Any]] = {}  # client_id -> acked message

    def _auth(self) -> dict[str, Any]:
        if self.token is None:
            return {}
        return {"token": self.token, "after_seq": self.view.contiguous(self.conversation_id or "")}

    def _on(self, event: str, data: Any) -> None:
        super()._on(event, data)
        if event == "session":
            self.token = data["token"]
            self.conversation_id = data["conversation_id"]
            for message in data["history"]:
                self.view.absorb(message)
            self.sessions.put_nowait(data)

    async def _after_connect(self) -> None:
        await asyncio.wait_for(self.sessions.get(), CONNECT_TIMEOUT_S)

    async def refill(self) -> None:
        assert self.conversation_id is not None
        ack = await self.call("history", {"after_seq": self.view.contiguous(self.conversation_id)})
        for message in ack["messages"]:
            self.view.absorb(message)

    async def say(self, text: str, client_id: str | None = None) -> dict[str, Any]:
        client_id = client_id or uuid.uuid4().hex
        ack = await self.call("message", {"client_id": client_id, "text": text})
        if not ack.get("ok"):
            self.errors.append(("nack", client_id, ack))
            return dict(ack)
        self.view.absorb(ack["message"])
        self.sent[client_id] = ack["message"]
        return dict(ack)


class FailoverAgent(FailoverClient):
    namespace = "/agent"
    events = ("queue", "message", "state")

    def __init__(self, urls: list[str], start: int = 0) -> None:
        super().__init__(urls, start)
        self.token: str | None = None
        self.queues: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.latest_queue: dict[str, Any] = {"conversations": []}
        self.sent: dict[str, dict[str, Any]] = {}

    async def login(self, email: str, password: str) -> None:
        body = await login(self.url, email, password)
        assert body["status"] == 200, body
        self.token = body["token"]

    def _auth(self) -> dict[str, Any]:
        return {"token": self.token}

    def _on(self, event: str, data: Any) -> None:
        super()._on(event, data)
        if event == "queue":
            self.latest_queue = data
            self.queues.put_nowait(data)

    async def _after_connect(self) -> None:
        await asyncio.wait_for(self.queues.get(), CONNECT_TIMEOUT_S)

    async def accept(self, conversation_id: str) -> dict[str, Any]:
        ack = await self.call("accept", {"conversation_id": conversation_id})
        assert ack["ok"], ack
        for message in ack["conversation"]["history"]:
            self.view.absorb(message)
        return dict(ack)

    async def refill(self, conversation_id: str) -> None:
        ack = await self.call(
            "history",
            {
                "conversation_id": conversation_id,
                "after_seq": self.view.contiguous(conversation_id),
            },
        )
        assert ack["ok"], ack
        for message in ack["messages"]:
            self.view.absorb(message)

    async def say(self, conversation_id: str, text: str) -> dict[str, Any]:
        client_id = uuid.uuid4().hex
        ack = await self.call(
            "message", {"conversation_id": conversation_id, "client_id": client_id, "text": text}
        )
        if not ack.get("ok"):
            self.errors.append(("nack", client_id, ack))
            return dict(ack)
        self.view.absorb(ack["message"])
        self.sent[client_id] = ack["message"]
        return dict(ack)
