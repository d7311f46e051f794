"""The deadline sweeper: any node may run it, a Redis lease makes exactly one act at a time.

It survives restarts because all it needs is in Redis: the queue sorted by deadline, the
agents' heartbeats, the bot conversations' last activity. A node that comes up after all
were down takes the lease at once and ticketizes everything already past its deadline.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

import redis.asyncio as aioredis

from chat_server.handoff.keys import SWEEPER_LOCK_KEY

log = logging.getLogger("chat_server.sweeper")
WAIT_REFRESH_S = 10.0  # waiting customers' estimates grow with time (rounded: few are told)

_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0
"""


def inactive_scan_interval(inactivity_close_s: float) -> float:
    """How often to look for idle bot chats: every 10 s, or a quarter of INACTIVITY_CLOSE_S
    when that is shorter, so a chat closes at most a quarter of its idle time late (the
    sweeper's 0.5 s tick is the floor). Production's 30 minutes: every 10 s."""
    return min(10.0, inactivity_close_s / 4)


class SweeperLease:
    def __init__(self, redis: aioredis.Redis, node_id: str, ttl_ms: int = 3000) -> None:
        self._redis = redis
        self.node_id = node_id
        self._ttl_ms = ttl_ms
        self._renew = redis.register_script(_RENEW)

    async def hold(self) -> bool:
        """Take or keep the lease; True while this node is the sweeper."""
        return bool(await self._renew(keys=[SWEEPER_LOCK_KEY], args=[self.node_id, self._ttl_ms]))

    async def release(self) -> None:
        if await self._redis.get(SWEEPER_LOCK_KEY) == self.node_id:
            await self._redis.delete(SWEEPER_LOCK_KEY)


class ClockJobs(Protocol):
    """The clock's events (chat_server.conversations.clock.ClockJobs)."""

    async def heartbeat(self, agent_ids: list[str], now: float | None = None) -> None: ...
    async def expire_due(self, now: float | None = None) -> int: ...
    async def requeue_abandoned(self, now: float | None = None) -> int: ...
    async def close_inactive(self, now: float | None = None) -> int: ...
    async def refresh_waits(self, now: float | None = None) -> int: ...


class Sweeper:
    """Runs the clock-driven transitions: deadlines, lost agents, inactive bot chats."""

    def __init__(
        self,
        clock: ClockJobs,
        lease: SweeperLease,
        heartbeat: Callable[[], list[str]],
        interval_s: float = 0.5,
        heartbeat_s: float = 5.0,
        on_heartbeat: Callable[[], Awaitable[None]] | None = None,
        inactive_scan_s: float = 10.0,
    ) -> None:
        self._clock = clock
        self._on_heartbeat = on_heartbeat  # e.g. end revoked agents' connections
        self._lease = lease
        self._heartbeat = heartbeat  # callable returning the agent ids connected to this node
        self._interval = interval_s
        self._heartbeat_s = heartbeat_s
        self._inactive_scan_s = inactive_scan_s
        self._last_inactive_scan = 0.0
        self._last_wait_refresh = 0.0
        self._last_heartbeat = 0.0

    async def run(self) -> None:
        me = asyncio.current_task()
        while True:
            # redis-py can swallow a cancellation inside a command; do not loop on after one.
            if me is not None and me.cancelling():
                raise asyncio.CancelledError
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # Redis restarting, say: keep trying, never die
                log.warning("sweeper tick failed", exc_info=True)
            await asyncio.sleep(self._interval)

    async def tick(self) -> None:
        clock = self._clock
        now = time.time()
        if now - self._last_heartbeat >= self._heartbeat_s:
            await clock.heartbeat(self._heartbeat(), now)
            self._last_heartbeat = now
            if self._on_heartbeat is not None:
                await self._on_heartbeat()
        if not await self._lease.hold():
            return
        # The jobs are independent: one failing (and logged) never starves the others.
        jobs = [clock.expire_due, clock.requeue_abandoned]
        if now - self._last_inactive_scan >= self._inactive_scan_s:
            self._last_inactive_scan = now
            jobs.append(clock.close_inactive)
        if now - self._last_wait_refresh >= WAIT_REFRESH_S:
            self._last_wait_refresh = now
            jobs.append(clock.refresh_waits)
        for job in jobs:
            try:
                await job(now)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("sweeper job %s failed", job.__name__, exc_info=True)
