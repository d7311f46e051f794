"""The bot turn through the chat server, beside Rasa called directly, interleaved in one run.

Customer emits `message` → server validates, redacts, stores, calls Rasa's livechat channel,
stores and emits the bot's reply → the customer receives it. The same FAQ turns are also
POSTed straight to Rasa's channel at the same concurrency; the difference is what our path
adds. The paths take turns in small blocks (every customer runs `--block` turns on one path,
then on the next; the order rotates each round), so load from other jobs on the machine
falls on both alike instead of on whichever phase it happened to hit. Reports p50/p95/p99
per path, the added p50 and p95, and the chat server's CPU per turn (from
/proc/PID/task/*/schedstat, counted only while its own blocks run): the stable figure on a
shared machine.

`--baseline REF` adds a third path: a chat server run from git REF (exported to a temporary
directory, its own Redis), interleaved the same way: before/after in one session.

    .venv/bin/python bench/bot.py [--quick] [--block N] [--baseline REF]
Needs bot/.venv and a trained model (make bot-model). Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.harness import (
    ROOT,
    OurServer,
    oncpu_seconds,
    percentile,
    start_redis,
    table,
)
from tests.support.clients import CustomerClient
from tests.support.rasa import RasaServer

FAQS = [
    "what are your opening hours for the chat?",
    "how quickly do you answer emails?",
    "what is your support email address?",
    "how do you protect my data?",
    "which channels can I use to contact you?",
    "can I call you by phone?",
    "do you answer at the weekend?",
    "where do I send feedback?",
]
TURNS_PER_CONVERSATION = 10  # then a new conversation, as real chats are short


def faq(customer: int, turn: int) -> str:
    """The same text for the same (customer, turn) on every path."""
    return FAQS[(customer + turn) % len(FAQS)]


@dataclass
class BotPath:
    """One way to the bot; per customer its next turn number (and open client)."""

    label: str
    pid: int | None = None  # the chat server's process, for CPU
    latencies: list[float] = field(default_factory=list)
    cpu_s: float = 0.0
    busy_s: float = 0.0  # wall time of its own blocks (turns/s)
    turns_done: dict[int, int] = field(default_factory=dict)

    async def turn(self, customer: int) -> float:
        raise NotImplementedError

    async def close(self) -> None:
        return None


class DirectPath(BotPath):
    """Rasa's own latency: POST the livechat channel, no chat server in between."""

    def __init__(self, url: str, http: aiohttp.ClientSession) -> None:
        super().__init__("Rasa direct")
        self.url = url
        self.http = http
        self.senders: dict[int, str] = {}

    async def turn(self, customer: int) -> float:
        turn = self.turns_done.get(customer, 0)
        if turn % TURNS_PER_CONVERSATION == 0:
            self.senders[customer] = uuid.uuid4().hex
        payload = {"sender": self.senders[customer], "message": faq(customer, turn)}
        started = time.perf_counter()
        async with self.http.post(self.url, json={**payload, "metadata": {}}) as resp:
            body = await resp.json()
            assert body.get("messages"), body
        elapsed = time.perf_counter() - started
        self.turns_done[customer] = turn + 1
        return elapsed


class ChatPath(BotPath):
    """Our path: customer emit → bot reply received over Socket.IO."""

    def __init__(self, label: str, server: OurServer) -> None:
        super().__init__(label, server.pid)
        self.url = server.url
        self.clients: dict[int, CustomerClient] = {}

    async def turn(self, customer: int) -> float:
        turn = self.turns_done.get(customer, 0)
        client = self.clients.get(customer)
        if turn % TURNS_PER_CONVERSATION == 0 or client is None:
            if client is not None:
                await client.close()
            client = self.clients[customer] = CustomerClient(self.url)
            await client.connect()
        started = time.perf_counter()
        ack = await client.say(faq(customer, turn))
        assert ack["ok"], ack
        sent = ack["message"]["seq"]
        await client.wait_for(
            "message",
            lambda m, sent=sent: m["author"] in {"bot", "system"} and m["seq"] > sent,
            timeout=10,
        )
        elapsed = time.perf_counter() - started
        self.turns_done[customer] = turn + 1
        return elapsed

    async def close(self) -> None:
        for client in self.clients.values():
            await client.close()
        self.clients.clear()


async def block(path: BotPath, customers: int, turns: int, record: bool = True) -> None:
    """Every customer runs `turns` turns on `path`, all customers at once."""

    async def customer(index: int) -> list[float]:
        return [await path.turn(index) for _ in range(turns)]

    cpu_before = oncpu_seconds(path.pid) if path.pid else 0.0
    started = time.perf_counter()
    results = await asyncio.gather(*(customer(i) for i in range(customers)))
    busy = time.perf_counter() - started
    if record:
        path.busy_s += busy
        if path.pid:
            path.cpu_s += oncpu_seconds(path.pid) - cpu_before
        for lat in results:
            path.latencies.extend(lat)


async def interleaved(paths: list[BotPath], customers: int, turns: int, size: int) -> None:
    """`turns` turns per customer on every path, alternating in blocks of `size` turns."""
    for path in paths:
        path.turns_done.clear()
    for round_ in range(-(-turns // size)):
        shift = round_ % len(paths)
        for path in paths[shift:] + paths[:shift]:
            await block(path, customers, min(size, turns - round_ * size))
    for path in paths:
        await path.close()


def summarise(path: BotPath, customers: int) -> list[str]:
    ordered = sorted(path.latencies)
    cpu = "-" if path.pid is None else f"{path.cpu_s * 1000 / len(ordered):.2f}"
    return [
        path.label,
        str(customers),
        str(len(ordered)),
        f"{percentile(ordered, 50) * 1000:.1f}",
        f"{percentile(ordered, 95) * 1000:.1f}",
        f"{percentile(ordered, 99) * 1000:.1f}",
        f"{len(ordered) / path.busy_s:.0f}",
        cpu,
    ]


def added(direct: BotPath, ours: BotPath, customers: int) -> str:
    d, o = sorted(direct.latencies), sorted(ours.latencies)
    d50, o50 = percentile(d, 50) * 1000, percentile(o, 50) * 1000
    d95, o95 = percentile(d, 95) * 1000, percentile(o, 95) * 1000
    return (
        f"{customers} customer(s), {ours.label}: adds {o50 - d50:+.1f} ms to Rasa's p50 "
        f"({d50:.1f} → {o50:.1f}), {o95 - d95:+.1f} ms to its p95 ({d95:.1f} → {o95:.1f} ms)"
    )


def export(ref: str, into: Path) -> str:
    """`git archive` of `ref` unpacked into `into`; returns the commit's short hash."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", ref],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer turns (20 per customer)")
    parser.add_argument("--turns", type=int, default=None, help="turns per customer and path")
    parser.add_argument("--block", type=int, default=2, help="turns per customer per block")
    parser.add_argument("--baseline", metavar="REF", help="also run a chat server from REF")
    args = parser.parse_args()
    turns = args.turns or (20 if args.quick else 60)
    rows: list[list[str]] = []
    lines: list[str] = []
    with contextlib.ExitStack() as stack:
        redis = start_redis()
        stack.callback(redis.cleanup)
        rasa = RasaServer()
        print("starting Rasa (trained model) and chat server node(s) ...", flush=True)
        stack.callback(rasa.stop)
        rasa.start(timeout=180)
        server = OurServer(redis.url, RASA_URL=rasa.url)
        stack.callback(server.stop)
        ours: list[BotPath] = [ChatPath("through chat server", server)]
        if args.baseline:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-bot-base-"))
            commit = export(args.baseline, Path(tmp))
            base_redis = start_redis()
            stack.callback(base_redis.cleanup)
            base = OurServer(base_redis.url, cwd=Path(tmp), RASA_URL=rasa.url)
            stack.callback(base.stop)
            ours.append(ChatPath(f"through chat server @{commit}", base))
        async with aiohttp.ClientSession() as http:
            paths: list[BotPath] = [DirectPath(rasa.webhook_url, http), *ours]
            for path in paths:  # warm every path up
                await block(path, 1, 5, record=False)
                await path.close()
            for customers in (1, 10):
                for path in paths:
                    path.latencies, path.cpu_s, path.busy_s = [], 0.0, 0.0
                await interleaved(paths, customers, turns, args.block)
                rows += [summarise(path, customers) for path in paths]
                lines += [added(paths[0], path, customers) for path in ours]
    print(
        table(
            [
                "path",
                "customers",
                "turns",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "turns/s",
                "server CPU ms/turn",
            ],
            rows,
        )
    )
    for line in lines:
        print(line)
    print(
        f"Paths interleaved in blocks of {args.block} turns per customer. Target: under +5 ms "
        "at 1 customer. Rate limits raised so they never throttle."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
