"""Continuation benchmark: what reading a message as the continuation of the one before costs.

Run: ``.venv/bin/python bench/continuation.py [--messages N] [--passes K]``. The chat
server redacts each customer message through one ``redaction.Continuation`` per connection
(a message after a line that speaks of secrets is read once more as that line's
continuation). This times it against ``Redactor.redact`` alone, in one process on one
pinned core, CPU time of this thread (the stable figure on a shared machine), the minimum
over K passes:

- *stress*: ``bench/redaction.py``'s stream read as ONE customer's consecutive messages, so
  about half the typical messages follow a line about passwords and pay the extra readings;
- *conversations*: every conversation corpus in the manifest, each conversation through a
  fresh ``Continuation`` (real lead-ins and follow-ups, many of them secrets).

The ratio is Continuation's CPU per message over the plain redactor's, measured in the same
run: the cost of the feature, whatever the machine's speed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from bench.redaction import pct, stream
from redaction import Continuation, Redactor
from tests.redaction.corpus import CORPORA, load_conversations

#: A pass's messages, in the order one or several senders send them.
Conversations = list[list[str]]


def conversation_texts() -> Conversations:
    manifest = yaml.safe_load((CORPORA / "manifest.yaml").read_text(encoding="utf-8"))
    out: Conversations = []
    for entry in manifest.get("conversations", []):
        for conv in load_conversations(CORPORA / entry["file"]):
            out.append([m.text for m in conv])
    return out


def timed(
    redactor: Redactor, convs: Conversations, sensitive: list[bool] | None, passes: int, cont: bool
) -> tuple[float, float]:
    """Minimum over passes of CPU ms per message, and the typical messages' p95 (ms)."""
    best = float("inf")
    best_p95 = float("inf")
    for k in range(passes):
        lat: list[float] = []
        for conv in convs:
            fn: Callable[[str], object] = Continuation(redactor).redact if cont else redactor.redact
            for text in conv:
                t0 = time.thread_time_ns()
                fn(f"{text} {k}" if k else text)
                lat.append((time.thread_time_ns() - t0) / 1e6)
        best = min(best, sum(lat) / len(lat))
        typical = [x for x, s in zip(lat, sensitive, strict=True) if not s] if sensitive else lat
        best_p95 = min(best_p95, pct(typical, 95))
    return best, best_p95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10000)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    redactor = Redactor()
    texts, sensitive = stream(args.messages)
    for t in texts[:500]:  # warm up lazy regex compilation
        redactor.redact(f"{t} warmup")
    convs = conversation_texts()
    n_conv = sum(len(c) for c in convs)
    rows = {
        f"stress ({args.messages} msgs, one sender)": ([texts], sensitive),
        f"conversations ({len(convs)}, {n_conv} msgs)": (convs, None),
    }
    print(
        f"CPU per message, min of {args.passes} passes, one core, Python {sys.version.split()[0]}"
    )
    header = ("stream", "redact ms", "cont. ms", "ratio", "p95 redact", "p95 cont.")
    widths = (-36, 11, 11, 8, 12, 11)
    print(
        "".join(f"{h:<{-w}}" if w < 0 else f"{h:>{w}}" for h, w in zip(header, widths, strict=True))
    )
    for name, (convs_, sens) in rows.items():
        plain_ms, plain_p95 = timed(redactor, convs_, sens, args.passes, cont=False)
        cont_ms, cont_p95 = timed(redactor, convs_, sens, args.passes, cont=True)
        print(
            f"{name:<36}{plain_ms:>11.4f}{cont_ms:>11.4f}{cont_ms / plain_ms:>7.2f}x"
            f"{plain_p95:>12.3f}{cont_p95:>11.3f}"
        )
    print("ratio: Continuation's CPU per message over Redactor.redact's (the feature's cost)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
