"""Shared plumbing for the benchmarks: private Redis, server nodes, /proc readings, tables."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.procs import RedisServer, free_port, wait_for_port  # noqa: E402
from tests.support.server import ChatServerProcess  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
BARE_SCRIPT = Path(__file__).resolve().parent / "bare_server.py"

# Limits raised so that they never throttle a benchmark (said so in every report).
OURS_ENV = {
    "RATE_LIMIT_PER_S": "1000000",
    "RATE_LIMIT_BURST": "1000000",
    "RATE_LIMIT_PER_ADDRESS_PER_S": "1000000",
    "HANDOFFS_PER_ADDRESS_PER_HOUR": "1000000",
    "AGENT_MAX_CHATS": "1000",
    "HANDOFF_TIMEOUT_S": "3600",
    "AGENT_GRACE_S": "600",
}


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def oncpu_seconds(pid: int) -> float:
    """Time on CPU of every live thread of one process, in nanoseconds' precision
    (/proc/PID/task/*/schedstat), where `cpu_seconds` counts in clock ticks (10 ms): for
    short intervals summed over many blocks."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            continue  # a thread that ended meanwhile
    return total / 1e9


def rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def raise_nofile(want: int) -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def start_redis() -> RedisServer:
    redis = RedisServer()
    redis.start()
    return redis


class BareServer:
    """bench/support/bare_server.py as one node."""

    def __init__(self, redis_url: str) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, str(BARE_SCRIPT), "--port", str(self.port), "--redis", redis_url],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, timeout=30, proc=self.proc)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class OurServer:
    """A real `livechat serve` node with the benchmark's limits."""

    def __init__(self, redis_url: str, cwd: Path | None = None, **env: str) -> None:
        self.node = ChatServerProcess(redis_url, **{**OURS_ENV, **env})
        if cwd is not None:
            self.node.cwd = cwd
        self.node.start()

    @property
    def url(self) -> str:
        return self.node.url

    @property
    def pid(self) -> int:
        assert self.node.proc is not None
        return self.node.proc.pid

    def stop(self) -> None:
        self.node.stop()
        self.node.log_path.unlink(missing_ok=True)


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = [
        "| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows
    ]
    return "\n".join([line, sep, *body])
