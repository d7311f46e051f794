"""Rate limits: token buckets in process memory (per connection, and per client address and
conversation on this node: cheap enough for every message) and, re-exported, the
per-address windows in Redis for rare costly actions (chat_server.store.rate_windows)."""

from __future__ import annotations

import time

from chat_server.store.rate_windows import AddressLimiter

__all__ = ["AddressLimiter", "BucketMap", "TokenBucket"]


class TokenBucket:
    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.stamp = time.monotonic()

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class BucketMap:
    """One TokenBucket per key (a client address, a conversation), created on first use.

    A bucket idle long enough to be full again carries no information, so such buckets are
    dropped in a sweep every SWEEP_EVERY takes: memory stays bounded by the keys active in
    the last few seconds, and the hot path costs one dict lookup.
    """

    SWEEP_EVERY = 1024

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, TokenBucket] = {}
        self._refill_s = burst / rate
        self._takes = 0

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._takes += 1
        if self._takes >= self.SWEEP_EVERY:
            self._takes = 0
            self.sweep(now)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(self.rate, int(self.burst))
            bucket.stamp = now
        return bucket.take(now)

    def sweep(self, now: float) -> None:
        idle = [k for k, b in self._buckets.items() if now - b.stamp >= self._refill_s]
        for key in idle:
            del self._buckets[key]
