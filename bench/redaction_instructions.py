"""Instructions per message of the Redactor, counted by valgrind's callgrind.

Run: ``.venv/bin/python bench/redaction_instructions.py [--messages N] [--base REV]``
(needs ``valgrind``). CPU time on a shared machine moves with its load; an instruction
count does not, so this is the figure the rounds in docs/benchmarks.md compare. The
workload is ``bench/redaction.py``'s stream: a 300-message warm-up, then N messages (3,000
by default); the count is (warm-up and N messages − warm-up alone) / N, under
``PYTHONHASHSEED=0``. The program runs once unmeasured first, so that compiling a fresh
checkout's bytecode is not counted.

``--base REV`` counts REV too, in a temporary detached worktree, and prints the ratio. The
same code counts up to about 1.3 % apart from one checkout path to another (0.5 % by the
interpreter's path alone), so count both revisions in one worktree, one after the other.

Run to run, the counts of one code in one worktree moved by up to 1.4 % until stop 53: the
cause was not the heap but OpenBLAS's worker threads (numpy, imported by presidio), which
spin while idle for as long as the scheduler lets them — 7.5 M instructions in one run,
22 M in the next, of a 300-message workload. The counted program now runs with one BLAS
and OpenMP thread (``_QUIET_THREADS``): no thread spins, and the redactor uses no BLAS.
From stop 54 the counted program also runs without address randomisation (``_NO_ASLR``),
with the same few environment variables whatever the caller's (``_KEPT_ENVIRONMENT``), and
with the warm-up's objects frozen out of the collector before the counted messages. These
did not make the count stable: one code still counted up to 4.0 % apart, more under load
(stop 54, docs/benchmarks.md), so a count is one sample until that source is found.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: No idle worker threads in the counted program: OpenBLAS's spin for a time the scheduler
#: decides, which callgrind counts (the run-to-run spread of up to 1.4 % before stop 53).
_QUIET_THREADS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
_NO_ASLR = ["setarch", os.uname().machine, "--addr-no-randomize"]
#: All the counted program keeps of the caller's environment.
_KEPT_ENVIRONMENT = ("PATH", "HOME", "LANG")


def workload(messages: int) -> None:
    """Redact the warm-up, then ``messages`` messages (the program callgrind counts)."""
    sys.path.insert(0, str(ROOT))
    from bench.redaction import stream
    from redaction import Redactor

    texts, _ = stream(3300 if messages <= 3000 else messages + 300)
    redactor = Redactor()
    for text in texts[-300:]:
        redactor.redact(text)
    # The warm-up's objects live on; frozen, the collector never walks them again, so a
    # collection's cost in the counted part does not depend on where the warm-up left it.
    gc.collect()
    gc.freeze()
    for text in texts[:messages]:
        redactor.redact(text)


def count(checkout: Path, messages: int) -> int:
    """Instructions per message of the Redactor in ``checkout``."""
    python = str(checkout / ".venv" / "bin" / "python")
    if not Path(python).exists():
        python = sys.executable
    script = str(checkout / "bench" / "redaction_instructions.py")
    # The same environment every run (a variable of another length moves every later object
    # on the heap); not the spread's main source, as it turned out (stop 54).
    kept = {name: os.environ[name] for name in _KEPT_ENVIRONMENT if name in os.environ}
    env = {**kept, **_QUIET_THREADS, "PYTHONHASHSEED": "0", "PYTHONPATH": str(checkout)}
    subprocess.run([python, script, "--run", "0"], cwd=checkout, env=env, check=True)

    def total(n: int) -> int:
        with tempfile.TemporaryDirectory() as tmp:
            # No address randomisation: id-hashed sets and the allocator's choices then
            # repeat from run to run.
            callgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out"]
            command = [*_NO_ASLR, *callgrind]
            out = subprocess.run(
                [*command, python, script, "--run", str(n)],
                cwd=checkout,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
        found = re.search(r"Collected : (\d+)", out.stderr)
        if found is None:
            raise SystemExit(f"callgrind printed no total:\n{out.stderr[-2000:]}")
        return int(found.group(1))

    return (total(messages) - total(0)) // messages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--base", help="a git revision to count too, for a ratio")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # the counted program
    args = parser.parse_args()
    if args.run is not None:
        workload(args.run)
        return 0
    ours = count(ROOT, args.messages)
    print(f"this checkout: {ours:,} instructions per message ({args.messages} messages)")
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp) / "c"
            add = ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(base)]
            subprocess.run([*add, args.base], check=True)
            try:
                (base / ".venv").symlink_to(ROOT / ".venv")
                theirs = count(base, args.messages)
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                    check=False,
                )
        print(f"{args.base}: {theirs:,} instructions per message")
        print(f"ratio: {ours / theirs:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
