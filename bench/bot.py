"""The bot turn through the chat server, beside Rasa called directly, in the same run.

Customer emits `message` → server validates, redacts, stores, calls Rasa's livechat channel,
stores and emits the bot's reply → the customer receives it. The same FAQ turns are also
POSTed straight to Rasa's channel at the same concurrency; the difference is what our path
adds. Reports p50/p95/p99 per path, the added p95, and the chat server's CPU per turn.

    .venv/bin/python bench/bot.py [--quick]
Needs bot/.venv and a trained model (make bot-model). Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support.harness import OurServer, cpu_seconds, percentile, start_redis, table
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


async def direct_turns(url: str, customers: int, turns: int) -> list[float]:
    """Rasa's own latency: POST the livechat channel, no chat server in between."""
    latencies: list[float] = []
    async with aiohttp.ClientSession() as http:

        async def customer(index: int) -> None:
            sender = uuid.uuid4().hex
            for turn in range(turns):
                if turn % TURNS_PER_CONVERSATION == 0:
                    sender = uuid.uuid4().hex
                text = FAQS[(index + turn) % len(FAQS)]
                started = time.perf_counter()
                async with http.post(
                    url, json={"sender": sender, "message": text, "metadata": {}}
                ) as resp:
                    body = await resp.json()
                    assert body.get("messages"), body
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(customer(i) for i in range(customers)))
    return latencies


async def chat_turns(url: str, customers: int, turns: int) -> list[float]:
    """Our path: customer emit → bot reply received over Socket.IO."""
    latencies: list[float] = []

    async def customer(index: int) -> None:
        client: CustomerClient | None = None
        for turn in range(turns):
            if turn % TURNS_PER_CONVERSATION == 0:
                if client is not None:
                    await client.close()
                client = CustomerClient(url)
                await client.connect()
            assert client is not None
            text = FAQS[(index + turn) % len(FAQS)]
            started = time.perf_counter()
            ack = await client.say(text)
            assert ack["ok"], ack
            sent = ack["message"]["seq"]
            await client.wait_for(
                "message",
                lambda m, sent=sent: m["author"] in {"bot", "system"} and m["seq"] > sent,
                timeout=10,
            )
            latencies.append(time.perf_counter() - started)
        if client is not None:
            await client.close()

    await asyncio.gather(*(customer(i) for i in range(customers)))
    return latencies


def summarise(
    label: str, customers: int, lat: list[float], seconds: float, cpu_ms: float | None
) -> list[str]:
    ordered = sorted(lat)
    return [
        label,
        str(customers),
        str(len(lat)),
        f"{percentile(ordered, 50) * 1000:.1f}",
        f"{percentile(ordered, 95) * 1000:.1f}",
        f"{percentile(ordered, 99) * 1000:.1f}",
        f"{len(lat) / seconds:.0f}",
        "-" if cpu_ms is None else f"{cpu_ms:.2f}",
    ]


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer turns")
    args = parser.parse_args()
    turns = 20 if args.quick else 60
    redis = start_redis()
    rasa = RasaServer()
    print("starting Rasa (trained model) and a chat server node ...", flush=True)
    rasa.start(timeout=180)
    server = OurServer(redis.url, RASA_URL=rasa.url)
    rows: list[list[str]] = []
    added: list[str] = []
    try:
        await direct_turns(rasa.webhook_url, 1, 5)  # warm both paths up
        await chat_turns(server.url, 1, 5)
        for customers in (1, 10):
            started = time.perf_counter()
            direct = await direct_turns(rasa.webhook_url, customers, turns)
            direct_s = time.perf_counter() - started
            cpu_before, started = cpu_seconds(server.pid), time.perf_counter()
            ours = await chat_turns(server.url, customers, turns)
            ours_s = time.perf_counter() - started
            cpu_ms = (cpu_seconds(server.pid) - cpu_before) * 1000 / len(ours)
            rows.append(summarise("Rasa direct", customers, direct, direct_s, None))
            rows.append(summarise("through chat server", customers, ours, ours_s, cpu_ms))
            d95 = percentile(sorted(direct), 95) * 1000
            o95 = percentile(sorted(ours), 95) * 1000
            added.append(
                f"{customers} customer(s): our path adds {o95 - d95:+.1f} ms to "
                f"Rasa's p95 ({d95:.1f} → {o95:.1f} ms)"
            )
    finally:
        server.stop()
        rasa.stop()
        redis.cleanup()
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
    for line in added:
        print(line)
    print("target: under +5 ms at 1 customer. Rate limits raised so they never throttle.")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
