"""Load: many customers and several agents through two chat nodes (and the bot) for a while.

    .venv/bin/python bench/load.py            # 60 s, 40 customers, 4 agents
    .venv/bin/python bench/load.py --quick    # 15 s
    .venv/bin/python bench/load.py --customers 80 --agents 8 --duration 120 --rasa

Starts a private redis-server (AOF, everysec), two `livechat serve` nodes and, with --rasa,
the real Rasa (bot/.venv + model). Customers connect to either node, greet the bot, ask for a
person and talk; agents on either node accept from the queue, answer every message and resolve
after a few turns; customers then start over. Every message carries its send time, so the
receiver measures end-to-end latency (customer → agent crosses nodes half of the time).
At the end every conversation is read back from Redis and compared with what the participants
acknowledged and saw: lost and duplicated messages must both be 0 (exit status 1 otherwise).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis.asyncio as aioredis

from tests.drills.failover import FailoverAgent, FailoverCustomer
from tests.support.clients import add_agent
from tests.support.procs import RedisServer, free_port
from tests.support.server import ChatServerProcess

TURNS = 5  # customer messages per conversation before the agent resolves it
THINK_S = 0.5  # pause between a customer's messages


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Stats:
    def __init__(self) -> None:
        self.c2a: list[float] = []  # customer message → seen by its agent
        self.a2c: list[float] = []  # agent message → seen by the customer
        self.ack: list[float] = []  # send → ack
        self.handoff_wait: list[float] = []
        self.messages = 0
        self.conversations: set[str] = set()
        self.errors: list[Any] = []


def stamp(text: str) -> str:
    return f"{text} t={time.monotonic():.6f}"


def sent_at(message: dict[str, Any]) -> float | None:
    text = message.get("text") or ""
    if " t=" not in text:
        return None
    try:
        return float(text.rsplit(" t=", 1)[1])
    except ValueError:
        return None


class LoadAgent(FailoverAgent):
    def __init__(self, urls: list[str], start: int, stats: Stats, cap: int) -> None:
        super().__init__(urls, start)
        self.stats = stats
        self.cap = cap
        self.mine: set[str] = set()
        self.turns: dict[str, int] = {}
        self.work: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def _on(self, event: str, data: Any) -> None:
        super()._on(event, data)
        if event == "queue":
            for summary in data.get("conversations", []):
                if summary["state"] == "queued":
                    self.work.put_nowait(("queued", summary["conversation_id"]))
        elif event == "message" and data.get("author") == "customer":
            # Not checked against self.mine here: the message may overtake the accept's ack;
            # the worker, which handles the accept first, checks.
            t = sent_at(data)
            if t is not None:
                self.stats.c2a.append(time.monotonic() - t)
                self.work.put_nowait(("answer", data["conversation_id"]))

    async def run(self, done: asyncio.Event) -> None:
        while not done.is_set():
            try:
                kind, cid = await asyncio.wait_for(self.work.get(), 0.5)
            except TimeoutError:
                continue
            try:
                if kind == "queued" and cid not in self.mine and len(self.mine) < self.cap:
                    ack = await self.call("accept", {"conversation_id": cid})
                    if ack.get("ok"):
                        self.mine.add(cid)
                        for message in ack["conversation"]["history"]:
                            self.view.absorb(message)
                elif kind == "answer" and cid in self.mine:
                    self.turns[cid] = self.turns.get(cid, 0) + 1
                    started = time.monotonic()
                    ack = await self.say(cid, stamp("agent answer"))
                    if ack.get("ok"):
                        self.stats.ack.append(time.monotonic() - started)
                        self.stats.messages += 1
                    if self.turns[cid] >= TURNS:
                        await self.call("resolve", {"conversation_id": cid})
                        self.mine.discard(cid)
            except Exception as exc:  # keep the load going; report at the end
                self.stats.errors.append(("agent", kind, repr(exc)))


class LoadCustomer(FailoverCustomer):
    def __init__(self, urls: list[str], start: int, stats: Stats) -> None:
        super().__init__(urls, start)
        self.stats = stats
        self.agent_turns = asyncio.Queue[dict[str, Any]]()
        self.assigned = asyncio.Event()

    def _on(self, event: str, data: Any) -> None:
        super()._on(event, data)
        if event == "message" and data.get("author") == "agent":
            t = sent_at(data)
            if t is not None:
                self.stats.a2c.append(time.monotonic() - t)
            self.agent_turns.put_nowait(data)
        elif event == "state" and data.get("state") == "agent":
            self.assigned.set()

    async def conversation(self, until: float) -> None:
        await self.say("hello")
        self.assigned.clear()
        queued = time.monotonic()
        ack = await self.call("handoff", {})
        if not ack.get("ok"):
            self.stats.errors.append(("handoff", ack))
            return
        await asyncio.wait_for(self.assigned.wait(), 60)
        self.stats.handoff_wait.append(time.monotonic() - queued)
        assert self.conversation_id is not None
        self.stats.conversations.add(self.conversation_id)
        for _ in range(TURNS):
            if time.monotonic() >= until:
                return
            started = time.monotonic()
            ack = await self.say(stamp("customer question"))
            if ack.get("ok"):
                self.stats.ack.append(time.monotonic() - started)
                self.stats.messages += 1
            await asyncio.wait_for(self.agent_turns.get(), 10)
            await asyncio.sleep(THINK_S)

    async def run(self, until: float) -> None:
        while time.monotonic() < until:
            try:
                await self.conversation(until)
            except Exception as exc:
                self.stats.errors.append(("customer", repr(exc)))
                return
            # A new conversation: forget the token, reconnect.
            await self.close()
            self.closing = False
            self.token = None
            await self.start()


async def verify(
    redis: aioredis.Redis, customers: list[LoadCustomer], agents: list[LoadAgent]
) -> tuple[int, int, int]:
    """(lost, duplicated, checked conversations) by seq and client_id against storage."""
    lost = duplicated = 0
    acked: dict[str, set[str]] = {}
    for client in [*customers, *agents]:
        for message in client.sent.values():
            acked.setdefault(message["conversation_id"], set()).add(message["id"])
    for cid, ids in acked.items():
        log = [json.loads(r) for r in await redis.lrange(f"lc:conv:{cid}:log", 0, -1)]
        if [m["seq"] for m in log] != list(range(1, len(log) + 1)):
            lost += 1
        stored = {m["id"] for m in log}
        lost += len(ids - stored)
        client_ids = [m["client_id"] for m in log if m["client_id"]]
        duplicated += len(client_ids) - len(set(client_ids))
    return lost, duplicated, len(acked)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--quick", action="store_true", help="15 s")
    parser.add_argument("--customers", type=int, default=40)
    parser.add_argument("--agents", type=int, default=4)
    parser.add_argument("--rasa", action="store_true", help="start the real Rasa (slow start)")
    args = parser.parse_args()
    duration = 15.0 if args.quick else args.duration

    redis_proc = RedisServer(appendfsync="everysec")
    redis_proc.start()
    rasa = None
    rasa_url = f"http://127.0.0.1:{free_port()}"  # nothing there: the bot-failure path
    if args.rasa:
        from tests.support.rasa import RasaServer

        rasa = RasaServer()
        rasa.start()
        rasa_url = rasa.url
    cap = max(1, -(-args.customers // args.agents))
    env = {
        "RATE_LIMIT_PER_S": "50",
        "RATE_LIMIT_BURST": "100",
        "RATE_LIMIT_PER_ADDRESS_PER_S": "1000000",
        "HANDOFFS_PER_ADDRESS_PER_HOUR": "1000000",
        "AGENT_MAX_CHATS": str(cap),
        "HANDOFF_TIMEOUT_S": "300",
        "AGENT_GRACE_S": "60",
        "RASA_URL": rasa_url,
    }
    nodes = [ChatServerProcess(redis_proc.url, NODE_ID=f"n{i}", **env) for i in range(2)]
    for node in nodes:
        node.start()
    urls = [node.url for node in nodes]
    stats = Stats()
    redis = aioredis.Redis.from_url(redis_proc.url, decode_responses=True)
    agents: list[LoadAgent] = []
    customers: list[LoadCustomer] = []
    try:
        for i in range(args.agents):
            email = f"agent{i}@load.test"
            await add_agent(redis_proc.url, email, f"Agent {i}", "correct horse battery")
            agent = LoadAgent(urls, i % 2, stats, cap)
            await agent.login(email, "correct horse battery")
            await agent.start()
            agents.append(agent)
        customers = [LoadCustomer(urls, i % 2, stats) for i in range(args.customers)]
        for customer in customers:
            await customer.start()
        started = time.monotonic()
        until = started + duration
        done = asyncio.Event()
        agent_tasks = [asyncio.create_task(a.run(done)) for a in agents]
        await asyncio.gather(*(c.run(until) for c in customers))
        done.set()
        await asyncio.gather(*agent_tasks)
        elapsed = time.monotonic() - started
        await asyncio.sleep(1.0)
        lost, duplicated, checked = await verify(redis, customers, agents)
    finally:
        for client in [*customers, *agents]:
            await client.close()
        await redis.aclose()
        for node in nodes:
            node.stop()
        if rasa is not None:
            rasa.stop()
        redis_proc.cleanup()

    def line(name: str, values: list[float]) -> str:
        ms = [v * 1000 for v in values]
        return (
            f"{name:<26} n={len(ms):>6}  p50={pct(ms, 50):7.1f} ms  p95={pct(ms, 95):7.1f} ms"
            f"  p99={pct(ms, 99):7.1f} ms  max={max(ms, default=float('nan')):7.1f} ms"
        )

    print(
        f"load: {args.customers} customers, {args.agents} agents, 2 nodes, "
        f"bot {'Rasa' if rasa else 'down (fallback path)'}, {elapsed:.0f} s"
    )
    print(
        f"messages acked             {stats.messages} ({stats.messages / elapsed:.1f} msgs/s), "
        f"conversations handed off {len(stats.conversations)}"
    )
    print(line("customer → agent", stats.c2a))
    print(line("agent → customer", stats.a2c))
    print(line("send → ack", stats.ack))
    waits = stats.handoff_wait
    print(
        f"{'handoff wait':<26} n={len(waits):>6}  p50={pct(waits, 50):7.2f} s   "
        f"p95={pct(waits, 95):7.2f} s   mean={statistics.fmean(waits) if waits else 0:.2f} s"
    )
    print(f"lost messages              {lost}")
    print(f"duplicated messages        {duplicated}   ({checked} conversations checked)")
    if stats.errors:
        print(f"errors                     {len(stats.errors)}: {stats.errors[:5]}")
    return 1 if lost or duplicated or stats.errors else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
