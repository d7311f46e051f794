"""Work compared with work measured in the same run, never with a fixed number of seconds.

A fixed bound on CPU time fails on a loaded machine (CI at stop 58: 57 ms against a 50 ms
bound, 3.5 ms against 3 ms) and passes a slow rule on a fast one. Two costs measured
side by side in the same process share the machine's state, so their ratio holds what the
test means: the work grows with the text as it should, or one text costs less than another.
The absolute figures belong to the benchmarks (bench/redaction.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from tests.support.loop_gap import unique


def cpu_costs(work: Callable[[str], object], texts: Sequence[str], runs: int = 5) -> list[float]:
    """The least CPU time (seconds, this thread) ``work`` took on each of ``texts``.

    The texts are measured in turn, ``runs`` times over, so a burst of load falls on all of
    them alike; each run gets a text no cache has seen (``unique``), as a customer's new
    message does. The least of the runs: host noise only ever adds time."""
    best = [float("inf")] * len(texts)
    for _ in range(runs):
        for i, text in enumerate(texts):
            fresh = unique(text)
            start = time.thread_time()
            work(fresh)
            best[i] = min(best[i], time.thread_time() - start)
    return best


def growth(work: Callable[[str], object], unit: str, small: int, large: int) -> float:
    """How many times more ``work`` costs on ``unit`` repeated to ``large`` characters than to
    ``small``: about ``large / small`` or less for linear work, its square for quadratic."""
    short, long = ((unit * (n // len(unit) + 1))[:n] for n in (small, large))
    cost_short, cost_long = cpu_costs(work, [short, long])
    return cost_long / cost_short
