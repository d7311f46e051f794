"""The wait a queued customer is told: a range with how sure it is, that grows while nobody
accepts (the `estimated_wait` of the State, docs/protocol.md).

The rule, kept simple enough to explain to a customer:
- the typical range is the lower and upper quartile of the recent measured waits (from queue
  to accept), times the rounds of free slots ahead of the customer (30 s – 120 s before any
  wait was measured);
- the range is the time still to wait, counted from now. Once the customer has waited, the
  typical range no longer applies alone: nobody accepted in that time, so at least as long
  again is honest (`low_s` ≥ the time waited, `high_s` ≥ twice it). So an agent who is online
  but never accepts cannot keep "less than a minute" on screen for five minutes;
- `confidence`: `high` with 10+ measured waits, `medium` with 3+, else `low`; and `low` as
  soon as the customer has waited past the typical upper end (the measurements are then
  evidently not describing this wait).
Values are rounded (5 s under a minute, then 30 s), so a periodic refresh only tells the
customer when the words would change.
"""

from __future__ import annotations

import math
import statistics
import time
from dataclasses import dataclass
from typing import Any

DEFAULT_LOW_S = 30.0  # before any wait was measured
DEFAULT_HIGH_S = 120.0
MIN_S = 5.0


@dataclass(frozen=True)
class WaitEstimate:
    low_s: float
    high_s: float
    confidence: str  # low | medium | high

    def as_dict(self) -> dict[str, Any]:
        return {"low_s": self.low_s, "high_s": self.high_s, "confidence": self.confidence}


def _rounded(seconds: float) -> float:
    step = 5.0 if seconds < 60 else 30.0
    return max(MIN_S, math.ceil(seconds / step) * step)


def estimate(position: int, free_slots: int, waits: list[float], waited_s: float) -> WaitEstimate:
    """The remaining wait of the customer at `position` (1-based) who has waited `waited_s`,
    with `free_slots` slots free among available agents and `waits` the recent measured waits."""
    rounds = math.ceil(position / max(1, free_slots))
    if len(waits) >= 2:
        q1, _, q3 = statistics.quantiles(waits, n=4, method="inclusive")
        typical_low, typical_high = max(MIN_S, q1), max(MIN_S, q3, q1)
    elif waits:
        typical_low, typical_high = max(MIN_S, waits[0] / 2), max(MIN_S, waits[0] * 2)
    else:
        typical_low, typical_high = DEFAULT_LOW_S, DEFAULT_HIGH_S
    typical_low *= rounds
    typical_high *= rounds
    waited = max(0.0, waited_s)
    low = max(typical_low - waited, waited, MIN_S)
    high = max(typical_high - waited, 2 * waited, low)
    if len(waits) >= 10:
        confidence = "high"
    elif len(waits) >= 3:
        confidence = "medium"
    else:
        confidence = "low"
    if waited > typical_high:
        confidence = "low"
    low_r = _rounded(low)
    return WaitEstimate(low_r, max(low_r, _rounded(high)), confidence)


def wait_fields(
    position: int,
    free_slots: int,
    waits: list[float],
    queued_at: float | None,
    now: float | None = None,
) -> dict[str, Any]:
    """The State's wait fields: `estimated_wait` (the range) and `estimated_wait_s` (its
    middle, for older clients); both null when no available agent has a free slot."""
    if free_slots <= 0:
        return {"estimated_wait_s": None, "estimated_wait": None}
    waited = (now if now is not None else time.time()) - queued_at if queued_at else 0.0
    guess = estimate(position, free_slots, waits, waited)
    return {
        "estimated_wait_s": _rounded((guess.low_s + guess.high_s) / 2),
        "estimated_wait": guess.as_dict(),
    }
