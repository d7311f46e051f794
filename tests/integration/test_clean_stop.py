"""Issue 14 (operator's first run): stopping a node with customers connected writes no
error-level lines to its log (python-socketio's Redis listener and engine.io's ping timers
used to be left to the loop's close: "asynchronous generator is already running", "Task was
destroyed but it is pending")."""

from __future__ import annotations

import json

from tests.support.clients import CustomerClient
from tests.support.procs import RedisServer
from tests.support.server import ChatServerProcess


async def test_a_stop_logs_no_errors(redis_proc: RedisServer) -> None:
    node = ChatServerProcess(redis_proc.url)
    node.start()
    customers = [CustomerClient(node.url) for _ in range(2)]
    try:
        for customer in customers:
            await customer.connect()
            assert (await customer.say("hello"))["ok"]
        assert (await customers[0].call("handoff"))["ok"]
    finally:
        node.stop()
        for customer in customers:
            await customer.close()
    lines = [line for line in node.log().splitlines() if line.startswith("{")]
    errors = [line for line in lines if json.loads(line).get("level") in {"error", "critical"}]
    assert errors == []
    assert not [line for line in node.log().splitlines() if "Task was destroyed" in line]
    assert any("listening" in line for line in lines)  # the log is the node's
