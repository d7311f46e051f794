"""Idle customer connections on one node: server memory per connection, ours against bare.

Run: ``.venv/bin/python bench/connections.py [--quick] [--connections N]`` (default 10,000).

For each stack (the bare python-socketio server of bench/support/bare_server.py, then the real
``livechat serve``), a fresh private redis-server and one node; several load-generator
processes open N websocket connections to ``/chat`` with the lean Engine.IO client of
bench/support/eio.py (each process from its own loopback address, so ephemeral ports never run
out), answer the server's pings and stay idle. The node's RSS is read from /proc before the
first connection and after all are open and settled; the difference over N is the memory
per connection. Also reported: connect rate and the node's CPU while the connections idle
(pings every 10 s on both stacks).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import sys
import time
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
    raise_nofile,
    rss_bytes,
    start_redis,
    table,
)


async def _hold(conn: Connection, url: str, n: int, local_ip: str, first: int) -> None:
    http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0, local_addr=(local_ip, 0)))
    clients = [SioClient(http, url, "/chat") for _ in range(n)]
    sem = asyncio.Semaphore(64)
    failures: list[str] = []

    async def connect(k: int, client: SioClient) -> bool:
        async with sem:
            try:
                await client.connect({"room": f"r{first + k}"}, timeout=60)
                return True
            except Exception as exc:
                if len(failures) < 3:
                    failures.append(repr(exc))
                return False

    ok = await asyncio.gather(*(connect(k, c) for k, c in enumerate(clients)))
    conn.send(("connected", sum(ok), failures))
    await asyncio.to_thread(conn.recv)  # idle meanwhile: the reader tasks answer pings
    alive = sum(1 for c, good in zip(clients, ok, strict=True) if good and not c.closed.is_set())
    conn.send(("alive", alive))
    sem = asyncio.Semaphore(500)

    async def close(client: SioClient) -> None:
        async with sem:
            try:
                await asyncio.wait_for(client.close(), 10)
            except Exception:
                pass

    await asyncio.gather(*(close(c) for c, good in zip(clients, ok, strict=True) if good))
    await http.close()


def _child(conn: Connection, *args: Any) -> None:
    try:
        asyncio.run(_hold(conn, *args))
    except BaseException as exc:
        conn.send(("error", repr(exc)))
        raise


def _recv(conn: Connection, kind: str, timeout: float) -> tuple[Any, ...]:
    if not conn.poll(timeout):
        raise RuntimeError(f"load generator silent while waiting for {kind!r}")
    msg = conn.recv()
    if msg[0] != kind:
        raise RuntimeError(f"load generator: expected {kind!r}, got {msg!r}")
    return tuple(msg[1:])


def run_stack(stack: str, n: int, procs: int, idle_s: float) -> dict[str, Any]:
    redis = start_redis()
    node: Any = None
    children: list[tuple[mp.Process, Connection]] = []
    try:
        node = OurServer(redis.url) if stack == "ours" else BareServer(redis.url)
        time.sleep(1.0)
        rss0 = rss_bytes(node.pid)
        ctx = mp.get_context("fork")
        t0 = time.perf_counter()
        share = [n // procs + (1 if i < n % procs else 0) for i in range(procs)]
        first = 0
        for i, count in enumerate(share):
            parent, child = ctx.Pipe()
            p = ctx.Process(target=_child, args=(child, node.url, count, f"127.0.0.{2 + i}", first))
            p.start()
            children.append((p, parent))
            first += count
        connected = 0
        failures: list[str] = []
        for _, parent in children:
            got, fails = _recv(parent, "connected", 150)
            connected += got
            failures += fails
        connect_s = time.perf_counter() - t0
        time.sleep(3.0)  # let per-connection work (the session event, ...) finish
        c0 = cpu_seconds(node.pid)
        time.sleep(idle_s)
        idle_cpu = (cpu_seconds(node.pid) - c0) / idle_s
        rss1 = rss_bytes(node.pid)
        for _, parent in children:
            parent.send("close")
        alive = sum(_recv(parent, "alive", 60)[0] for _, parent in children)
        for p, _ in children:
            p.join(60)
        return {
            "stack": stack,
            "n": n,
            "connected": connected,
            "alive": alive,
            "failures": failures,
            "connect_s": connect_s,
            "rss0": rss0,
            "rss1": rss1,
            "per_conn": (rss1 - rss0) / max(1, connected),
            "idle_cpu": idle_cpu,
        }
    finally:
        for p, _ in children:
            if p.is_alive():
                p.terminate()
                p.join(5)
        if node is not None:
            node.stop()
        redis.cleanup()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 connections")
    parser.add_argument("--connections", type=int, default=None)
    parser.add_argument("--procs", type=int, default=4, help="load-generator processes")
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle CPU measured")
    args = parser.parse_args()
    n = args.connections or (2000 if args.quick else 10000)
    idle_s = 5.0 if args.quick else args.idle
    limit = raise_nofile(n + 2000)
    print(
        f"connections: {n:,} idle /chat websocket connections to one node, {args.procs} client "
        f"processes; RLIMIT_NOFILE {limit}"
    )
    print("ours runs with " + ", ".join(f"{k}={v}" for k, v in OURS_ENV.items()))
    if limit < n + 100:
        print(f"  the open-files limit ({limit}) caps this run below {n:,} connections")
    results = []
    for stack in ("bare", "ours"):
        r = run_stack(stack, n, args.procs, idle_s)
        results.append(r)
        print(
            f"  {stack}: {r['connected']:,} connected in {r['connect_s']:.1f} s, "
            f"{r['alive']:,} still open after the idle period",
            flush=True,
        )
        if r["failures"]:
            print(f"  {stack}: connect failures, e.g. {r['failures'][0]}")
    rows = [
        [
            r["stack"],
            f"{r['connected']:,}",
            f"{r['connected'] / r['connect_s']:,.0f}",
            f"{r['rss0'] / 2**20:.0f}",
            f"{r['rss1'] / 2**20:.0f}",
            f"{r['per_conn'] / 1024:.1f}",
            f"{100 * r['idle_cpu']:.1f}",
            f"{r['alive']:,}",
        ]
        for r in results
    ]
    print()
    print(
        table(
            [
                "stack",
                "connections",
                "connects/s",
                "RSS before MiB",
                "RSS after MiB",
                "KiB per connection",
                "idle CPU % of a core",
                "open at end",
            ],
            rows,
        )
    )
    bare, ours = results
    print(f"\nours/bare memory per connection: {ours['per_conn'] / bare['per_conn']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
