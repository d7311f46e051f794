"""The bare relay the benchmarks compare against: aiohttp + python-socketio, the same Redis
manager (pool sized as the chat server's), no validation, redaction or storage.

Customers (`/chat`, auth `{"room": ...}`) emit `message`; the server acks and emits it to the
room on `/agent` that an agent entered with `join` (possibly on another node, via Redis).
Run: python bench/support/bare_server.py --port P --redis redis://127.0.0.1:N/0
"""

import argparse

import socketio
from aiohttp import web

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--redis", required=True)
args = parser.parse_args()

manager = socketio.AsyncRedisManager(
    args.redis, channel="bare-socketio", redis_options={"max_connections": 200}
)
sio = socketio.AsyncServer(
    async_mode="aiohttp",
    client_manager=manager,
    cors_allowed_origins="*",
    ping_interval=10,
    ping_timeout=10,  # as the chat server
)
app = web.Application()
sio.attach(app)
rooms: dict[str, str] = {}


@sio.on("connect", namespace="/chat")
async def customer_connect(sid: str, environ: dict, auth: dict | None = None) -> None:
    rooms[sid] = (auth or {}).get("room") or sid


@sio.on("disconnect", namespace="/chat")
async def customer_disconnect(sid: str, reason: object = None) -> None:
    rooms.pop(sid, None)


@sio.on("message", namespace="/chat")
async def customer_message(sid: str, data: dict) -> dict:
    message = {"conversation_id": rooms[sid], **data}
    await sio.emit("message", message, room="a:" + rooms[sid], namespace="/agent")
    return {"ok": True, "message": message}


@sio.on("join", namespace="/agent")
async def agent_join(sid: str, data: dict) -> dict:
    for room in data["rooms"]:
        await sio.enter_room(sid, "a:" + room, namespace="/agent")
    return {"ok": True}


@sio.on("connect", namespace="/agent")
async def agent_connect(sid: str, environ: dict, auth: dict | None = None) -> None:
    pass


web.run_app(app, host="127.0.0.1", port=args.port, print=None, access_log=None)
