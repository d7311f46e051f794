"""Outbox throughput: N ticket confirmations queued, then sent by 1 and 2 workers to a local
aiosmtpd sink over loopback. Times the ticket package alone (compose, Redis, SMTP client).

    .venv/bin/python bench/outbox.py [N]
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis.asyncio as aioredis

from chat_server.config import Settings
from chat_server.tickets import OutboxWorker, SmtpTarget, TicketMailer, TicketStore
from tests.integration.test_tickets_helpers import SmtpSink, wait_for
from tests.support.procs import redis_server


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


async def run(n: int, workers: int, url: str) -> None:
    redis = aioredis.Redis.from_url(url, decode_responses=True)
    await redis.flushdb()
    settings = Settings(env="test")
    store = TicketStore(redis, settings)
    mailer = TicketMailer(redis, settings, store)
    transcript = [
        {"author": "customer", "text": f"message {i} about my invoice", "ts": time.time()}
        for i in range(10)
    ]
    t0, c0 = time.perf_counter(), cpu()
    for i in range(n):
        t = await store.create(
            subject=f"bench {i}", email=f"b{i}@example.com", transcript=transcript
        )
        await mailer.ticket_opened(t)
    t1, c1 = time.perf_counter(), cpu()
    sink = await SmtpSink().start()
    ws = [
        OutboxWorker(redis, SmtpTarget("127.0.0.1", sink.port), poll_s=0.01, batch=50)
        for _ in range(workers)
    ]
    tasks = [asyncio.create_task(w.run()) for w in ws]
    await wait_for(lambda: len(sink.mails) >= n, timeout=300)
    t2, c2 = time.perf_counter(), cpu()
    for task in tasks:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    await sink.stop()
    ids = {str(m["Message-ID"]) for m in sink.mails}
    print(
        f"workers={workers} n={n}: create+queue {n / (t1 - t0):.0f}/s "
        f"({(c1 - c0) / n * 1e3:.2f} ms CPU each); send {n / (t2 - t1):.0f} mails/s "
        f"({(c2 - c1) / n * 1e3:.2f} ms CPU each, sink included); "
        f"duplicates {len(sink.mails) - len(ids)}"
    )
    await redis.aclose()


async def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with redis_server() as server:
        for workers in (1, 2):
            await run(n, workers, server.url)


if __name__ == "__main__":
    asyncio.run(main())
