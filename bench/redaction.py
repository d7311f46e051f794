"""Redaction micro-benchmark: our Redactor against a plain Presidio analyzer.

Run: ``.venv/bin/python bench/redaction.py [--messages N]``. Both contenders run in this
process on one pinned core, over the same message stream: 95% typical chat messages (half
everyday talk, half the corpus's hard negatives: phone numbers, dates, tickets, "I forgot
my password") and 5% carrying a card number, password or credential. The baseline is a
default ``AnalyzerEngine`` (no-op NLP engine, Presidio's context enhancer) with the same
recognizers, no normalisation, no pre-check and no masking, so it does strictly less work
per message; the ratio is measured in the same run.

It also reports the worst case on hostile input: several 2,000-character adversarial
messages (``4 4 4 …``, long digit runs, floods of password words, values and tokens) —
the slowest one's synchronous cost, and how long ``redact_async`` holds an event loop
(the longest gap a ticker task sees while the message is redacted).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import asyncio

from redaction import Redactor, build_analyzer
from tests.redaction.corpus import load_corpus

EVERYDAY = [
    "Hi!",
    "hello, is anyone there?",
    "Thanks a lot, that helped.",
    "ok",
    "yes please",
    "Can I talk to a person?",
    "My invoice seems wrong, can you check?",
    "The app crashes when I open the settings page.",
    "When are you open on weekends?",
    "Ich habe eine Frage zu meiner Rechnung.",
    "Wie lange dauert die Bearbeitung?",
    "Danke, schönen Tag noch!",
    "I'd like to cancel my subscription at the end of the month.",
    "Where can I download my receipts?",
    "The export to Excel does not include the last week.",
    "Is there a student discount?",
    "Können Sie mir bitte die Rechnung per E-Mail schicken?",
    "Our team has 12 members, which plan fits?",
    "The sync stopped working yesterday at 5pm.",
    "Hallo, die Lieferung ist noch nicht angekommen.",
    "bye",
    "I get error 500 when I upload a file bigger than 10 MB",
    "Could you explain the difference between the Basic and the Pro plan? We are a small "
    "company with three offices and want to know whether the Pro plan's reporting features "
    "are worth it for us, and whether we can switch back later without losing data.",
]


def worst_case(size: int = 4096) -> str:
    """Digit chains, triggers and separators everywhere: the most analyzer work per byte."""
    chunk = "pw: x 4111 1111 1111 1112 12/25 password is CVC 123 login a / b Passwort "
    return (chunk * (size // len(chunk) + 1))[:size]


def _token_lines() -> str:
    """A paste of random 41-character tokens, one per line: each line is judged as a bare
    token (round 6), so this is that rule's worst case."""
    rnd = random.Random(6)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "\n".join("".join(rnd.choice(alphabet) for _ in range(41)) for _ in range(49))


ADVERSARIAL: dict[str, str] = {
    "spaced fours": "4 " * 1000,
    "digit run": "1234567890" * 200,
    "card-like chain": "4111-" * 400,
    "spaced cards": "4111 1111 1111 1111 " * 100,
    "password words": "password is " * 200,
    "password values": "password: Hunter2! " * 120,
    "credential pairs": "user anna and kettle77 " * 100,
    "tokens": "token abcdefghijklmnopqrstuvwxyz0123456789 " * 50,
    "token lines": _token_lines(),
    "one-time codes": "TAN 1234 Türcode 4719 " * 100,
    "everything": "pw: x 4111 1111 1111 1112 12/25 password is CVC 123 login a / b Passwort " * 30,
}


def adversarial(i: int) -> dict[str, str]:
    """The hostile messages, 2,000 characters each, made unique by ``i`` (no cache hits)."""
    return {name: (f"{tag(i)} {text}")[:2000] for name, text in ADVERSARIAL.items()}


async def _loop_gap(redactor: Redactor, text: str) -> tuple[float, float]:
    """Longest time (ms) an event loop is held while ``redact_async(text)`` runs: wall
    clock, and the loop thread's CPU time (what the redactor itself holds it for; on a
    shared machine the wall figure also counts time the OS gave other processes)."""
    worst = worst_cpu = 0.0
    done = False

    async def ticker() -> None:
        nonlocal worst, worst_cpu
        last, last_cpu = time.perf_counter(), time.thread_time()
        while not done:
            await asyncio.sleep(0)
            now, now_cpu = time.perf_counter(), time.thread_time()
            worst = max(worst, now - last)
            worst_cpu = max(worst_cpu, now_cpu - last_cpu)
            last, last_cpu = now, now_cpu

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await redactor.redact_async(text)
    done = True
    await task
    return worst * 1000, worst_cpu * 1000


def hostile(redactor: Redactor, plain_fn: Callable[[str], object], runs: int = 7) -> None:
    """Per hostile message: median synchronous cost (ours, plain Presidio) and loop gap."""
    print(f"\nhostile 2,000-character messages (median of {runs} runs, ms; CPU for redact()")
    print("and plain Presidio; the longest event-loop gap of redact_async, wall clock and CPU)")
    print(f"{'message':<18}{'redact()':>10}{'plain':>10}{'loop gap':>10}{'gap CPU':>10}")
    worst_name, worst_gap, worst_cpu = "", 0.0, 0.0
    for name in ADVERSARIAL:
        ours, base, gaps, cpu_gaps = [], [], [], []
        for i in range(runs):
            text = adversarial(i + 1000)[name]
            t0 = time.thread_time_ns()
            redactor.redact(text)
            ours.append((time.thread_time_ns() - t0) / 1e6)
            t0 = time.thread_time_ns()
            plain_fn(text)
            base.append((time.thread_time_ns() - t0) / 1e6)
            wall, cpu = asyncio.run(_loop_gap(redactor, adversarial(i + 2000)[name]))
            gaps.append(wall)
            cpu_gaps.append(cpu)
        gap, cpu_gap = statistics.median(gaps), statistics.median(cpu_gaps)
        if gap > worst_gap:
            worst_name, worst_gap = name, gap
        worst_cpu = max(worst_cpu, cpu_gap)
        print(
            f"{name:<18}{statistics.median(ours):>10.2f}{statistics.median(base):>10.2f}"
            f"{gap:>10.2f}{cpu_gap:>10.2f}"
        )
    print(
        f"worst case: {worst_name!r}, event loop held {worst_gap:.2f} ms at most (median, wall"
        f" clock); {worst_cpu:.2f} ms of the loop thread's CPU at most"
    )


def tag(i: int) -> str:
    """A unique letters-only word, so no cache ever sees the same text twice."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out += chr(97 + r)
        if not i:
            return out


def stream(n: int, seed: int = 7) -> tuple[list[str], list[bool]]:
    rng = random.Random(seed)
    corpus = load_corpus()
    negatives = [m.text for m in corpus if not m.secrets]
    positives = [m.text for m in corpus if m.secrets]
    texts: list[str] = []
    sensitive: list[bool] = []
    for i in range(n):
        if i % 20 == 0:  # 5%
            texts.append(f"{rng.choice(positives)} {tag(i)}")
            sensitive.append(True)
        else:
            texts.append(f"{rng.choice(EVERYDAY if rng.random() < 0.5 else negatives)} {tag(i)}")
            sensitive.append(False)
    return texts, sensitive


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def measure(
    fn: Callable[[str], object], texts: list[str], sensitive: list[bool]
) -> dict[str, float]:
    for t in texts[:500]:  # warm up lazy regex compilation
        fn(f"{t} warmup")
    # CPU time of this thread: the stable figure on a shared machine (other processes'
    # load does not count against us); the loop-gap figures below are wall-clock.
    lat: list[float] = []
    for t in texts:
        t0 = time.thread_time_ns()
        fn(t)
        lat.append((time.thread_time_ns() - t0) / 1e6)
    again = [f"{t} x" for t in texts]  # fresh strings for the throughput pass
    t0 = time.thread_time()
    for t in again:
        fn(t)
    elapsed = time.thread_time() - t0
    typical = [x for x, s in zip(lat, sensitive, strict=True) if not s]
    hot = [x for x, s in zip(lat, sensitive, strict=True) if s]
    wc_runs = []
    for i in range(30):
        wc = f"{tag(i)} {worst_case()}"[:4096]
        t1 = time.thread_time_ns()
        fn(wc)
        wc_runs.append((time.thread_time_ns() - t1) / 1e6)
    return {
        "typical p50 ms": statistics.median(typical),
        "typical p95 ms": pct(typical, 95),
        "typical p99 ms": pct(typical, 99),
        "sensitive p50 ms": statistics.median(hot),
        "sensitive p95 ms": pct(hot, 95),
        "msgs/s (5% sensitive)": len(texts) / elapsed,
        "4 KB worst p50 ms": statistics.median(wc_runs),
        "4 KB worst max ms": max(wc_runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20000)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts, sensitive = stream(args.messages)
    ours = Redactor()
    plain = build_analyzer(plain=True)
    results = {
        "Redactor (pre-check + mask)": measure(ours.redact, texts, sensitive),
        "plain Presidio analyzer": measure(
            lambda t: plain.analyze(t, language="en"), texts, sensitive
        ),
    }
    names = list(results)
    print(
        f"{args.messages} messages, {sum(sensitive)} sensitive, one core, Python "
        f"{sys.version.split()[0]}"
    )
    print(f"{'metric':<24}" + "".join(f"{n:>30}" for n in names) + f"{'ratio':>10}")
    for metric in results[names[0]]:
        a, b = (results[n][metric] for n in names)
        ratio = a / b if metric.startswith("msgs") else b / a
        print(f"{metric:<24}{a:>30.4f}{b:>30.4f}{ratio:>9.1f}x")
    print("ratio: how many times better the Redactor is (faster latency, higher throughput)")
    hostile(ours, lambda t: plain.analyze(t, language="en"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
