"""Fault drills: real redis-server, chat server, SMTP (and Rasa) processes, killed on purpose."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.procs import RedisServer, redis_server

# Every drill node: generous rate limits (the drills send fast on purpose, and resend), a
# grace period longer than any failover, the bot down unless a drill starts it.
DRILL_ENV = {
    "RATE_LIMIT_PER_S": "100",
    "RATE_LIMIT_BURST": "200",
    "AGENT_GRACE_S": "30",
    "AGENT_MAX_CHATS": "10",
    "HANDOFF_TIMEOUT_S": "120",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "drill: a fault drill with real processes (make drills)")


@pytest.fixture
def private_redis() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server
