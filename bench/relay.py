"""Customer → agent relay through two server nodes, against a bare python-socketio relay.

Run: ``.venv/bin/python bench/relay.py [--quick] [--duration S] [--clients 1,50,200]``.

For each client count and each stack, a fresh private redis-server and two server nodes
sharing it: customers connect to node A, a handful of agents to node B (websocket transport),
so every message crosses nodes through python-socketio's AsyncRedisManager.

* ours: the real ``livechat serve`` (validation, rate limit, redaction, Lua append to the Redis
  log, emits to the customer's room and to the agent's room). Conversations are put into state
  ``agent`` first (customer ``handoff``, agent ``accept``); rate limits and AGENT_MAX_CHATS are
  raised so they never throttle the run.
* bare: ``bench/support/bare_server.py``: aiohttp + python-socketio with the same manager, the
  customer's message acked and emitted to a room the agent joined, nothing else.

Each customer runs a closed loop (emit ``message`` with an ack, then the next one), so the
offered load is one message in flight per customer. Latency is customer emit → agent receives
(the send time travels in ``client_id``; CLOCK_MONOTONIC is shared by the processes).
Customers and agents are two separate load-generator processes with a lean Engine.IO client
(bench/support/eio.py). Server CPU per message comes from /proc/<pid>/stat of both nodes over
the measured window; the load generator shares the machine's two cores, so rates alone
understate what a server core does: "msgs per server CPU-s" is the fairer comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.support.eio import SioClient
from bench.support.harness import (
    OURS_ENV,
    BareServer,
    OurServer,
    cpu_seconds,
    percentile,
    start_redis,
    table,
)

VERBOSE = False
AGENT_PASSWORD = "bench-password-123"
TEXTS = [
    "Hello, my invoice from last month looks wrong, can you check it please?",
    "The app crashes when I open the settings page.",
    "Ich habe eine Frage zu meiner Rechnung.",
    "ok thanks",
    "Could you tell me whether the Pro plan includes the reporting features?",
]


def _http() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0, force_close=False))


async def _gather_limited(coros: list[Any], limit: int = 50) -> list[Any]:
    sem = asyncio.Semaphore(limit)

    async def one(coro: Any) -> Any:
        async with sem:
            return await coro

    return await asyncio.gather(*(one(c) for c in coros))


# ------------------------------------------------------------------ customers (node A)
async def _customers(conn: Connection, stack: str, url: str, n: int) -> None:
    http = _http()
    sessions: dict[int, asyncio.Future[Any]] = {}
    loop = asyncio.get_running_loop()

    def handler(k: int) -> Any:
        def on_event(event: str, data: Any) -> None:
            if event == "session" and not sessions[k].done():
                sessions[k].set_result(data)

        return on_event

    clients = []
    for k in range(n):
        sessions[k] = loop.create_future()
        clients.append(SioClient(http, url, "/chat", handler(k)))
    if stack == "bare":
        await _gather_limited([c.connect({"room": f"r{k}"}) for k, c in enumerate(clients)])
        ids = [f"r{k}" for k in range(n)]
    else:
        await _gather_limited([c.connect({}) for c in clients])
        ids = [(await asyncio.wait_for(sessions[k], 30))["conversation_id"] for k in range(n)]
        acks = await _gather_limited([c.call("handoff", {}) for c in clients], 20)
        bad = [a for a in acks if not a.get("ok")]
        if bad:
            raise RuntimeError(f"handoff refused: {bad[0]}")
    conn.send(("ready", ids))
    start_at, warm, duration = conn.recv()
    win_start, win_end = start_at + warm, start_at + warm + duration
    sent = errors = 0
    samples: list[Any] = []

    async def run(k: int, client: SioClient) -> None:
        nonlocal sent, errors
        await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
        i = 0
        while True:
            now_ns = time.perf_counter_ns()
            now = now_ns / 1e9
            if now >= win_end:
                return
            i += 1
            ack = await client.call(
                "message", {"client_id": f"{k}-{i}-{now_ns}", "text": TEXTS[i % len(TEXTS)]}
            )
            if now >= win_start:
                if ack and ack.get("ok"):
                    sent += 1
                else:
                    errors += 1
                    if len(samples) < 3:
                        samples.append(ack)

    await asyncio.gather(*(run(k, c) for k, c in enumerate(clients)))
    conn.send(("done", sent, errors, samples))
    await _gather_limited([c.close() for c in clients])
    await http.close()


# ------------------------------------------------------------------ agents (node B)
async def _agents(conn: Connection, stack: str, url: str, n_agents: int) -> None:
    http = _http()
    latencies: list[int] = []
    window = [0, 0]

    def on_event(event: str, data: Any) -> None:
        if event != "message" or not isinstance(data, dict):
            return
        cid = data.get("client_id")
        if not cid or data.get("author", "customer") != "customer":
            return
        sent_ns = int(cid.rsplit("-", 1)[1])
        if window[0] <= sent_ns < window[1]:
            latencies.append(time.perf_counter_ns() - sent_ns)

    agents = [SioClient(http, url, "/agent", on_event) for _ in range(n_agents)]
    for a, agent in enumerate(agents):
        auth: dict[str, Any] = {}
        if stack == "ours":
            async with http.post(
                f"{url}/api/login",
                json={"email": f"agent{a}@bench.test", "password": AGENT_PASSWORD},
            ) as resp:
                body = await resp.json()
                if resp.status != 200:
                    raise RuntimeError(f"login failed: {resp.status} {body}")
            auth = {"token": body["token"]}
        await agent.connect(auth)
    conn.send(("connected",))
    ids: list[str] = conn.recv()
    share = {a: ids[a::n_agents] for a in range(n_agents)}
    if stack == "bare":
        for a, agent in enumerate(agents):
            await agent.call("join", {"rooms": share[a]})
    else:

        async def accept_all(agent: SioClient, mine: list[str]) -> None:
            for conversation_id in mine:
                ack = await agent.call("accept", {"conversation_id": conversation_id}, 60)
                if not ack.get("ok"):
                    raise RuntimeError(f"accept refused: {ack}")

        await asyncio.gather(*(accept_all(agents[a], share[a]) for a in range(n_agents)))
    conn.send(("ready",))
    start_at, warm, duration = conn.recv()
    window[0] = int((start_at + warm) * 1e9)
    window[1] = int((start_at + warm + duration) * 1e9)
    await asyncio.sleep(max(0.0, start_at + warm + duration + 2.0 - time.perf_counter()))
    conn.send(("done", latencies))
    await asyncio.gather(*(a.close() for a in agents))
    await http.close()


def _child(target: Any, conn: Connection, *args: Any) -> None:
    try:
        asyncio.run(target(conn, *args))
    except BaseException as exc:
        conn.send(("error", repr(exc)))
        raise


def _expect(conn: Connection, kind: str, timeout: float = 120.0) -> tuple[Any, ...]:
    if not conn.poll(timeout):
        raise RuntimeError(f"load generator silent while waiting for {kind!r}")
    msg = conn.recv()
    if msg[0] != kind:
        raise RuntimeError(f"load generator: expected {kind!r}, got {msg!r}")
    return tuple(msg[1:])


async def _add_agents(redis_url: str, n: int) -> None:
    import redis.asyncio as aioredis

    from chat_server.agents import AgentStore

    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    try:
        store = AgentStore(client)
        for a in range(n):
            await store.add(f"agent{a}@bench.test", f"Agent {a}", AGENT_PASSWORD)
    finally:
        await client.aclose()


@dataclass
class Result:
    stack: str
    clients: int
    agents: int
    rate: float
    p50: float
    p95: float
    p99: float
    server_cpu_ms: float  # both nodes, per message
    redis_cpu_us: float
    loadgen_cpu_ms: float
    errors: int
    missing: int
    setup_s: float


def run_scenario(stack: str, n: int, n_agents: int, warm: float, duration: float) -> Result:
    t_setup = time.perf_counter()
    redis = start_redis()
    nodes: list[Any] = []
    procs: list[mp.Process] = []
    try:
        if stack == "ours":
            asyncio.run(_add_agents(redis.url, n_agents))
            nodes = [OurServer(redis.url), OurServer(redis.url)]
        else:
            nodes = [BareServer(redis.url), BareServer(redis.url)]
        ctx = mp.get_context("fork")
        a_parent, a_child = ctx.Pipe()
        c_parent, c_child = ctx.Pipe()
        agents = ctx.Process(target=_child, args=(_agents, a_child, stack, nodes[1].url, n_agents))
        agents.start()
        procs.append(agents)
        _expect(a_parent, "connected")
        customers = ctx.Process(target=_child, args=(_customers, c_child, stack, nodes[0].url, n))
        customers.start()
        procs.append(customers)
        (ids,) = _expect(c_parent, "ready")
        a_parent.send(ids)
        _expect(a_parent, "ready")
        setup_s = time.perf_counter() - t_setup
        start_at = time.perf_counter() + 0.3
        for conn in (a_parent, c_parent):
            conn.send((start_at, warm, duration))
        pids = [x.pid for x in nodes]
        gen = [p.pid for p in procs if p.pid is not None]
        assert redis.proc is not None
        time.sleep(max(0.0, start_at + warm - time.perf_counter()))
        if VERBOSE:
            print(f"  measuring {stack} {n}: node pids {pids}", file=sys.stderr, flush=True)
        c0 = [cpu_seconds(p) for p in pids]
        r0 = cpu_seconds(redis.proc.pid)
        g0 = [cpu_seconds(p) for p in gen]
        time.sleep(max(0.0, start_at + warm + duration - time.perf_counter()))
        c1 = [cpu_seconds(p) for p in pids]
        r1 = cpu_seconds(redis.proc.pid)
        g1 = [cpu_seconds(p) for p in gen]
        sent, errors, samples = _expect(c_parent, "done", 60)
        (lat_ns,) = _expect(a_parent, "done", 60)
        for p in procs:
            p.join(15)
        if samples:
            print(f"  {stack} {n}: {errors} refused in the window, e.g. {samples[0]}")
        lat = sorted(x / 1e6 for x in lat_ns)
        count = max(1, len(lat))
        return Result(
            stack=stack,
            clients=n,
            agents=n_agents,
            rate=len(lat) / duration,
            p50=percentile(lat, 50),
            p95=percentile(lat, 95),
            p99=percentile(lat, 99),
            server_cpu_ms=(sum(c1) - sum(c0)) * 1000 / count,
            redis_cpu_us=(r1 - r0) * 1e6 / count,
            loadgen_cpu_ms=(sum(g1) - sum(g0)) * 1000 / count,
            errors=errors,
            missing=max(0, sent - len(lat)),
            setup_s=setup_s,
        )
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()
                p.join(5)
        for node in nodes:
            node.stop()
        redis.cleanup()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 s per scenario")
    parser.add_argument("--duration", type=float, default=None, help="measured seconds")
    parser.add_argument("--warmup", type=float, default=None)
    parser.add_argument("--clients", default="1,50,200")
    parser.add_argument("--agents", type=int, default=5)
    parser.add_argument("--stacks", default="bare,ours", help="for profiling one of them")
    parser.add_argument("--verbose", action="store_true", help="say when measuring starts")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    duration = args.duration or (3.0 if args.quick else 10.0)
    warm = args.warmup if args.warmup is not None else (1.0 if args.quick else 2.0)
    counts = [int(x) for x in args.clients.split(",")]
    print(
        f"relay: 2 nodes + 1 private redis-server, {args.agents} agents on node B, customers "
        f"on node A, closed loop, {warm:g} s warm-up + {duration:g} s measured per scenario"
    )
    print(
        "ours runs with "
        + ", ".join(f"{k}={v}" for k, v in OURS_ENV.items())
        + " so limits never throttle it"
    )
    results: dict[tuple[str, int], Result] = {}
    for n in counts:
        for stack in args.stacks.split(","):
            n_agents = min(args.agents, n)
            r = run_scenario(stack, n, n_agents, warm, duration)
            results[(stack, n)] = r
            print(
                f"  {stack:4} {n:4} clients: {r.rate:8.0f} msgs/s  p95 {r.p95:6.2f} ms  "
                f"(set-up {r.setup_s:.1f} s)",
                flush=True,
            )
    rows = []
    for (stack, n), r in results.items():
        rows.append(
            [
                stack,
                str(n),
                f"{r.rate:,.0f}",
                f"{r.p50:.2f}",
                f"{r.p95:.2f}",
                f"{r.p99:.2f}",
                f"{r.server_cpu_ms:.3f}",
                f"{1000 / r.server_cpu_ms:,.0f}" if r.server_cpu_ms else "-",
                f"{r.redis_cpu_us:.0f}",
                f"{r.loadgen_cpu_ms:.3f}",
                str(r.errors),
                str(r.missing),
            ]
        )
    print()
    print(
        table(
            [
                "stack",
                "clients",
                "msgs/s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "server CPU ms/msg",
                "msgs per server CPU-s",
                "redis CPU µs/msg",
                "loadgen CPU ms/msg",
                "refused",
                "lost",
            ],
            rows,
        )
    )
    print()
    ratio_rows: list[list[str]] = []
    for n in counts:
        if ("ours", n) not in results or ("bare", n) not in results:
            continue
        ours, bare = results[("ours", n)], results[("bare", n)]
        ratio_rows.append(
            [
                str(n),
                f"{ours.rate / bare.rate:.2f}",
                f"{bare.server_cpu_ms / ours.server_cpu_ms:.2f}",
                f"{ours.p95 / bare.p95:.2f}",
            ]
        )
    if ratio_rows:
        print(
            table(
                ["clients", "throughput ours/bare", "per server CPU-s ours/bare", "p95 ours/bare"],
                ratio_rows,
            )
        )
    if ("ours", 50) in results and ("bare", 50) in results:
        ours, bare = results[("ours", 50)], results[("bare", 50)]
        tput_ok = ours.rate >= 0.5 * bare.rate
        p95_ok = ours.p95 <= 3 * bare.p95
        print(
            f"\ntargets at 50 clients: throughput >= 50% of bare: "
            f"{'met' if tput_ok else 'MISSED'} ({ours.rate / bare.rate:.0%}); "
            f"p95 within 3x: {'met' if p95_ok else 'MISSED'} ({ours.p95 / bare.p95:.1f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
