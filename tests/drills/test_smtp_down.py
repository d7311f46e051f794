"""Drill: the SMTP server is down while tickets are made on two nodes; after it returns every
ticket mail goes out, once.

A real aiosmtpd server on a fixed port is down when five customers open tickets (through the
socket, as the widget does), stays down until the outbox has tried every mail and failed, then
comes back. Both chat nodes run outbox workers against one outbox.
"""

from __future__ import annotations

import re
import time

import pytest
import redis.asyncio as aioredis

from tests.drills.conftest import DRILL_ENV
from tests.drills.failover import FailoverCustomer
from tests.integration.test_tickets_helpers import SmtpSink, settled_mails
from tests.support.procs import RedisServer, free_port
from tests.support.server import ChatServerProcess
from tests.support.waits import wait_until

pytestmark = pytest.mark.drill

TICKETS = 5


async def test_smtp_outage_every_ticket_mail_once(private_redis: RedisServer) -> None:
    port = free_port()
    sink = SmtpSink(port=port)  # not started: SMTP is down
    env = {**DRILL_ENV, "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(port), "SMTP_STARTTLS": "false"}
    nodes = [ChatServerProcess(private_redis.url, NODE_ID=f"n{i}", **env) for i in range(2)]
    for node in nodes:
        node.start()
    customers = [FailoverCustomer([nodes[i % 2].url]) for i in range(TICKETS)]
    redis = aioredis.Redis.from_url(private_redis.url, decode_responses=True)
    numbers: dict[str, str] = {}
    down_at = time.monotonic()
    try:
        for i, customer in enumerate(customers):
            await customer.start()
            await customer.say(f"my invoice {i} is wrong")
            email = f"drill{i}@example.com"
            assert (await customer.call("contact", {"email": email, "name": f"C {i}"}))["ok"]
            ack = await customer.call("ticket", {})
            assert ack["ok"], ack
            numbers[ack["ticket"]["number"]] = email

        async def attempts() -> list[int]:
            return [
                int(await redis.hget(f"lc:outbox:mail:{m}", "attempts") or 0)
                for m in await redis.zrange("lc:outbox:due", 0, -1)
            ]

        async def every_mail_failed_once() -> bool:
            tried = await attempts()
            return len(tried) >= TICKETS and min(tried) >= 1

        # SMTP stays down until the outbox has tried (and failed) every ticket mail.
        await wait_until(every_mail_failed_once, timeout=60, interval=0.1)
        down_s = time.monotonic() - down_at
        tried = await attempts()
        await sink.start()
        back = time.monotonic()
        await wait_until(lambda: len(sink.recorder.mails) >= TICKETS, timeout=40, interval=0.1)
        delivered_after = time.monotonic() - back
        # Empty outbox: every mail was accepted once; a second copy is never coming.
        await settled_mails(redis, sink)
        per_ticket: dict[str, int] = dict.fromkeys(numbers, 0)
        for mail, (_, rcpts) in zip(sink.recorder.mails, sink.recorder.envelopes, strict=True):
            found = re.search(r"\[(OCA-\d{6})\]", str(mail["Subject"]))
            assert found, mail["Subject"]
            per_ticket[found.group(1)] += 1
            assert rcpts == [numbers[found.group(1)]]
        assert per_ticket == dict.fromkeys(numbers, 1), per_ticket
        print(
            f"\nDRILL smtp-down: {TICKETS} ticket mails held {down_s:.1f}s "
            f"(max {max(tried)} failed attempts), all delivered {delivered_after:.1f}s "
            f"after SMTP returned, each exactly once"
        )
    finally:
        await sink.stop()
        for customer in customers:
            await customer.close()
        await redis.aclose()
        for node in nodes:
            node.stop()
