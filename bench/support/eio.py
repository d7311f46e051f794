"""A lean Socket.IO v5 / Engine.IO v4 client over one aiohttp websocket (no polling).

Cheaper per connection and per message than python-socketio's AsyncClient, so a load
generator sharing the machine's two cores with the servers takes as little from them as it can.
Speaks only what the benchmarks need: one namespace, events, acks, and answering pings.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import aiohttp

EventHandler = Callable[[str, Any], None]


class SioError(RuntimeError):
    pass


class SioClient:
    def __init__(
        self,
        http: aiohttp.ClientSession,
        base_url: str,
        namespace: str,
        on_event: EventHandler | None = None,
    ) -> None:
        self.http = http
        self.url = base_url.replace("http://", "ws://") + "/socket.io/?EIO=4&transport=websocket"
        self.ns = namespace
        self.prefix = namespace + ","
        self.on_event = on_event
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.acks: dict[int, asyncio.Future[Any]] = {}
        self.next_id = 0
        self.reader: asyncio.Task[None] | None = None
        self.closed = asyncio.Event()

    async def connect(self, auth: dict[str, Any] | None = None, timeout: float = 30.0) -> None:
        self.ws = await self.http.ws_connect(self.url, autoping=False, timeout=timeout)
        opened = await self.ws.receive(timeout=timeout)
        if opened.type != aiohttp.WSMsgType.TEXT or not opened.data.startswith("0"):
            raise SioError(f"no Engine.IO open packet: {opened!r}")
        await self.ws.send_str("40" + self.prefix + json.dumps(auth or {}))
        while True:
            msg = await self.ws.receive(timeout=timeout)
            if msg.type != aiohttp.WSMsgType.TEXT:
                raise SioError(f"closed while connecting: {msg!r}")
            if msg.data == "2":
                await self.ws.send_str("3")
            elif msg.data.startswith("40" + self.prefix):
                break
            elif msg.data.startswith("44" + self.prefix):
                raise SioError(f"connection refused: {msg.data}")
        self.reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        assert self.ws is not None
        ws, prefix = self.ws, self.prefix
        try:
            async for msg in ws:
                if msg.type != aiohttp.WSMsgType.TEXT:
                    break
                data: str = msg.data
                if data == "2":
                    await ws.send_str("3")
                    continue
                if not data.startswith("4") or data[2 : 2 + len(prefix)] != prefix:
                    continue
                kind, body = data[1], data[2 + len(prefix) :]
                if kind == "2":  # event
                    i = 0
                    while body[i].isdigit():
                        i += 1
                    args = json.loads(body[i:])
                    if self.on_event is not None:
                        self.on_event(args[0], args[1] if len(args) > 1 else None)
                elif kind == "3":  # ack
                    i = 0
                    while body[i].isdigit():
                        i += 1
                    fut = self.acks.pop(int(body[:i]), None)
                    if fut is not None and not fut.done():
                        args = json.loads(body[i:])
                        fut.set_result(args[0] if args else None)
                elif kind == "1":  # disconnect
                    break
        finally:
            self.closed.set()
            for fut in self.acks.values():
                if not fut.done():
                    fut.set_exception(SioError("disconnected"))

    async def emit(self, event: str, data: Any) -> None:
        assert self.ws is not None
        await self.ws.send_str("42" + self.prefix + json.dumps([event, data]))

    async def call(self, event: str, data: Any, timeout: float = 30.0) -> Any:
        assert self.ws is not None
        self.next_id += 1
        ack_id = self.next_id
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.acks[ack_id] = fut
        await self.ws.send_str(f"42{self.prefix}{ack_id}" + json.dumps([event, data]))
        return await asyncio.wait_for(fut, timeout)

    async def close(self) -> None:
        if self.ws is not None and not self.ws.closed:
            try:
                await self.ws.send_str("41" + self.prefix)
            except Exception:
                pass
            await self.ws.close()
        if self.reader is not None:
            await asyncio.gather(self.reader, return_exceptions=True)
