"""Whether two revisions redact every corpus text alike (for speed work: output unchanged).

Run: ``.venv/bin/python bench/redaction_outputs.py --base REV`` (about three minutes) or
``--save FILE`` / ``--check FILE``. It redacts every text of every corpus in
``tests/redaction/corpora/manifest.yaml`` (the single-message corpora, and each
conversation corpus through a ``Continuation`` per conversation, each message as it
arrived and as it is finally stored), the first 6,000 messages of ``bench/redaction.py``'s
stream and its hostile texts, and keeps one digest per text of the masked text and the
findings (type, span, score, recognizer). ``--base REV`` writes REV's digests in a
temporary detached worktree and compares them with this checkout's; it prints the number
of texts per corpus that differ (their indices, not their texts: the blind sets are
compared, never shown) and exits 1 if any does. ``--tuning SKIP`` restricts the corpora
to the tuning and public ones less those named (a blind corpus is then never loaded), as
``totals.py`` selects them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from redaction.types import RedactionResult

ROOT = Path(__file__).resolve().parent.parent


def _digest(result: RedactionResult) -> str:
    found = "|".join(
        f"{e.type},{e.start},{e.end},{e.score!r},{e.recognizer}" for e in result.entities
    )
    return hashlib.sha256(f"{result.text}\x00{found}".encode()).hexdigest()[:20]


def _chosen(entry: dict[str, object], skip: frozenset[str] | None) -> bool:
    """Every corpus when ``skip`` is None; else the tuning and public ones not in ``skip``
    (a blind corpus is then never loaded)."""
    if skip is None:
        return True
    return entry.get("role") in ("tuning", "public") and entry["name"] not in skip


def digests(root: Path, skip: frozenset[str] | None = None) -> Iterator[tuple[str, int, str]]:
    """(corpus and kind, index, digest) for every text, in a fixed order, by the redactor
    of the checkout ``root`` (with ``skip``: the tuning and public corpora not named in it)."""
    sys.path.insert(0, str(root))
    from bench.redaction import adversarial, stream
    from redaction import Redactor
    from redaction.continuation import Continuation
    from tests.redaction.corpus import CORPORA, load_conversations
    from tests.redaction.score import conversation_entries, load_entry, manifest

    redactor = Redactor()
    for entry in manifest():
        if not _chosen(entry, skip):
            continue
        for i, message in enumerate(load_entry(entry)):
            yield entry["name"], i, _digest(redactor.redact(message.text))
    for entry in conversation_entries():
        if not _chosen(entry, skip):
            continue
        talks = load_conversations(CORPORA / entry["file"], entry["name"])
        i = 0
        for talk in talks:
            thread = Continuation(redactor)
            stored: list[RedactionResult] = []
            for message in talk:
                result = thread.redact(message.text)
                yield f"{entry['name']} arrival", i, _digest(result)
                for back, again in thread.amended:
                    stored[-back] = again
                stored.append(result)
                i += 1
            for j, result in enumerate(stored, i - len(stored)):
                yield f"{entry['name']} stored", j, _digest(result)
    texts, _ = stream(6000)
    for i, text in enumerate(texts):
        yield "bench stream", i, _digest(redactor.redact(text))
    for n in range(3):
        for name, text in adversarial(n).items():
            yield f"bench hostile {name}", n, _digest(redactor.redact(text))


def save(path: Path, root: Path = ROOT, skip: frozenset[str] | None = None) -> None:
    with path.open("w", encoding="utf-8") as out:
        for corpus, i, digest in digests(root, skip):
            out.write(f"{corpus}\t{i}\t{digest}\n")


def compare(ours: Path, theirs: Path) -> int:
    """Prints the texts per corpus whose digests differ; 0 when none does."""

    def read(path: Path) -> dict[tuple[str, str], str]:
        rows = (line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8"))
        return {(c, i): d for c, i, d in rows}

    a, b = read(ours), read(theirs)
    differ: dict[str, list[str]] = {}
    for key in sorted(a.keys() | b.keys()):
        if a.get(key) != b.get(key):
            differ.setdefault(key[0], []).append(key[1])
    for corpus, indices in differ.items():
        print(f"{corpus}: {len(indices)} differ (indices {', '.join(indices[:10])})")
    print(f"{len(a):,} texts compared; {sum(map(len, differ.values()))} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write this checkout's digests")
    group.add_argument("--check", type=Path, help="compare with digests written by --save")
    group.add_argument("--base", help="a git revision to compare with")
    parser.add_argument(
        "--tuning",
        metavar="SKIP",
        help="only the tuning and public corpora, less these (comma-separated; blind ones "
        "are never loaded), e.g. --tuning public-am,public-an,public-ao",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    skip = None
    if args.tuning is not None:
        skip = frozenset(n.strip() for n in args.tuning.split(",") if n.strip())
    if args.save:
        save(args.save, args.root, skip)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "ours.tsv"
        save(ours, skip=skip)
        if args.check:
            return compare(ours, args.check)
        base = Path(tmp) / "c"
        add = ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(base)]
        subprocess.run([*add, args.base], check=True)
        try:
            (base / ".venv").symlink_to(ROOT / ".venv")
            theirs = Path(tmp) / "theirs.tsv"
            # this script, reading the base's corpora and redactor (it may predate the script)
            command = [sys.executable, __file__, "--save", str(theirs), "--root", str(base)]
            if args.tuning is not None:
                command += ["--tuning", args.tuning]
            env = {**os.environ, "PYTHONPATH": str(base)}
            subprocess.run(command, cwd=base, env=env, check=True)
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False
            )
        return compare(ours, theirs)


if __name__ == "__main__":
    raise SystemExit(main())
