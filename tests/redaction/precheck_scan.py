"""The pre-check's soundness over every corpus text: a deterministic scan for its gaps.

``precheck.families`` lets the engine skip recognizer families whose trigger words are
absent; it must be sound: ``Redactor()`` must redact every text as ``Redactor(precheck=
False)`` does. The property tests (tests/unit/test_redaction_precheck_families.py) sample
corpus pieces at random; this scan tries every one: each corpus text of the manifest (single
items and conversation messages) whole and in halves (a half often loses the trigger word a
whole text has, or keeps a value whose word sits in the other half).

Run: ``.venv/bin/python -m tests.redaction.precheck_scan [--skip a,b] [--only a,b]``; it prints
each gap (corpus, piece, both redactions) and exits 1 when there is one. Corpora whose
manifest role is ``blind`` are never read (nobody may tune on them); a corpus leaves that role
when it is promoted to tuning, and the scan covers it from then on.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import yaml

from redaction import Redactor, engine, precheck
from redaction.engine import SCORE_THRESHOLD
from tests.redaction.corpus import CORPORA, load_generated
from tests.redaction.score import conversation_entries, manifest

BLIND = "blind"


@dataclass(frozen=True)
class Gap:
    """A recognizer that finds something in a text the pre-check ruled its family out for."""

    corpus: str
    piece: str  # the corpus piece redacted
    analyzed: str  # the (normalised) text the engine analysed on the way: the piece or its
    # masked form
    recognizers: tuple[str, ...]


def _texts_of(entry: dict[str, object]) -> Iterator[str]:
    """Every text of one manifest entry: its items' texts, or its conversations' messages."""
    if entry.get("generated"):
        yield from (item.text for item in load_generated())
        return
    # (libyaml's safe loader: the same data, six times faster than the pure-Python one)
    text = (CORPORA / str(entry["file"])).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=yaml.CSafeLoader) or []
    if isinstance(data, dict):
        data = data.get("items") or []
    for item in data:
        if not isinstance(item, dict):
            continue
        if "text" in item:
            yield str(item["text"])
        for message in item.get("messages") or []:
            yield str(message["text"])


def pieces(text: str) -> tuple[str, ...]:
    """``text`` and its two halves (split at the middle character, not at a word)."""
    middle = len(text) // 2
    return tuple(p for p in (text, text[:middle], text[middle:]) if p)


def corpus_pieces(
    skip: Iterable[str] = (), only: Iterable[str] | None = None
) -> dict[str, tuple[str, ...]]:
    """Each non-blind corpus's distinct pieces (a piece is listed under the first corpus
    that has it), in manifest order: the single corpora, then the conversation ones."""
    skipped, wanted = set(skip), None if only is None else set(only)
    seen: set[str] = set()
    out: dict[str, tuple[str, ...]] = {}
    for entry in manifest() + conversation_entries():
        name = str(entry["name"])
        if entry.get("role") == BLIND or name in skipped or (wanted and name not in wanted):
            continue
        new: list[str] = []
        for text in _texts_of(entry):
            for piece in pieces(text):
                if piece not in seen:
                    seen.add(piece)
                    new.append(piece)
        out[name] = tuple(new)
    return out


def ruled_out(redactor: Redactor, text: str) -> tuple[str, ...]:
    """The recognizers that find something in (normalised) ``text`` although
    ``precheck.families`` rules their family out (none, when the pre-check is sound)."""
    possible = precheck.families(text)
    return tuple(
        name
        for recognizer, name in redactor._recognizers
        if precheck.FAMILY_OF[name] not in possible
        and any(
            r.score >= SCORE_THRESHOLD
            for r in recognizer.analyze(text, list(redactor._entities), None)
        )
    )


@contextmanager
def _analyzed_texts() -> Iterator[list[str]]:
    """Every (normalised) text the engine asks the pre-check about meanwhile."""
    asked: list[str] = []
    families = engine.families

    def recorded(text: str) -> frozenset[str]:
        asked.append(text)
        return families(text)

    engine.families = recorded  # type: ignore[assignment]
    try:
        yield asked
    finally:
        engine.families = families  # type: ignore[assignment]


def gaps(corpora: dict[str, tuple[str, ...]], progress: bool = False) -> Iterator[Gap]:
    """Each text the pre-checked redaction of a corpus piece analyses (the piece, then its
    masked forms) where a recognizer of a family ruled out finds something. None found means
    every piece redacts as with every recognizer: each analysis then finds the same, so the
    next one reads the same masked text (the stricter test, and cheaper than redacting each
    piece twice: only the families ruled out run again)."""
    redactor = Redactor()
    checked: set[str] = set()
    done = 0
    for name, texts in corpora.items():
        for piece in texts:
            with _analyzed_texts() as asked:
                redactor.redact(piece)
            for text in asked:
                if text in checked:
                    continue
                checked.add(text)
                if found := ruled_out(redactor, text):
                    yield Gap(name, piece, text, found)
            done += 1
            if progress and done % 5000 == 0:
                print(f"... {done} pieces ({name})", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip", default="", help="corpus names to leave out (a,b)")
    parser.add_argument("--only", default="", help="only these corpus names (a,b)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpora = corpus_pieces(
        skip=filter(None, args.skip.split(",")),
        only=list(filter(None, args.only.split(","))) or None,
    )
    found = []
    for gap in gaps(corpora, progress=True):
        found.append(gap)
        print(f"{gap.corpus}\t{', '.join(gap.recognizers)}\t{gap.piece!r}", flush=True)
        if gap.analyzed != gap.piece:
            print(f"\tanalysed as {gap.analyzed!r}", flush=True)
    total = sum(len(texts) for texts in corpora.values())
    seconds = time.perf_counter() - started
    print(f"{len(found)} gaps in {total} pieces of {len(corpora)} corpora ({seconds:.0f} s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
