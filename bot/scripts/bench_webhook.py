"""Latency of the bot's livechat channel, measured directly against Rasa.

Run from the repo root with the root venv: `.venv/bin/python bot/scripts/bench_webhook.py`.
Starts its own Rasa (tests/support/rasa.py) on a free loopback port, then times:
1 customer sequentially, 10 concurrent customers, Rasa's REST channel for comparison, and
one long conversation (does latency grow with the tracker?). Customers have conversations
of 10 turns each (a new sender id every 10 turns). CPU per turn is Rasa's own
process CPU time (user+sys from /proc) divided by the turns.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.support.rasa import RasaServer  # noqa: E402

MESSAGES = [
    "hi",
    "how fast do you answer emails?",
    "and at weekends?",
    "when is the chat open?",
    "what's your email address?",
    "is my data safe?",
    "thanks",
]


def cpu_seconds(pid: int) -> float:
    """User+sys CPU of a process and its children (Rasa runs under serve.sh's exec)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(x) for x in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def customer(session, url, sender, turns, out, rest=False, per_conversation=10):
    """`turns` turns, a new conversation (sender) every `per_conversation` turns."""
    for i in range(turns):
        conv = f"{sender}-{i // per_conversation}"
        body = {"sender": conv, "message": MESSAGES[i % len(MESSAGES)], "metadata": {}}
        t = time.perf_counter()
        async with session.post(url, json=body) as resp:
            reply = await resp.json()
        out.append((time.perf_counter() - t) * 1000)
        assert resp.status == 200 and (reply if rest else reply["messages"]), reply


async def run(server: RasaServer, pid: int) -> None:
    hook = server.webhook_url
    rest = server.url + "/webhooks/rest/webhook"
    async with aiohttp.ClientSession() as s:
        # warm up (TF graph, caches)
        await customer(s, hook, "warmup", 30, [])
        for label, url, n, turns, is_rest in [] if os.environ.get("LONG_ONLY") else [
            ("livechat, 1 customer", hook, 1, 300, False),
            ("rest, 1 customer", rest, 1, 300, True),
            ("livechat, 10 customers", hook, 10, 60, False),
            ("rest, 10 customers", rest, 10, 60, True),
        ]:
            lat: list[float] = []
            c0, t0 = cpu_seconds(pid), time.perf_counter()
            await asyncio.gather(
                *(customer(s, url, f"{label}-{i}", turns, lat, is_rest) for i in range(n))
            )
            wall, cpu = time.perf_counter() - t0, cpu_seconds(pid) - c0
            print(
                f"{label:24s} turns={len(lat):4d} p50={statistics.median(lat):6.1f} ms "
                f"p95={pct(lat, 95):6.1f} ms p99={pct(lat, 99):6.1f} ms "
                f"throughput={len(lat) / wall:6.1f}/s cpu/turn={cpu / len(lat) * 1000:5.1f} ms"
            )
        # One long conversation: the first 50 turns against turns 451-500.
        lat = []
        await customer(s, hook, "long-conversation", 500, lat, per_conversation=500)
        windows = [(1, 20), (41, 60), (91, 110), (191, 210), (481, 500)]
        print(
            "long conversation        p50 at turns "
            + ", ".join(f"{a}-{b}: {statistics.median(lat[a - 1 : b]):.1f} ms" for a, b in windows)
        )


def main() -> None:
    server = RasaServer()
    server.start()
    try:
        assert server.proc is not None
        asyncio.run(run(server, server.proc.pid))
    finally:
        server.stop()


if __name__ == "__main__":
    main()
