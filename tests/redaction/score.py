"""Score the redactor against the labelled corpus: recall per entity type, false positives.

Run ``.venv/bin/python -m tests.redaction.score`` (``-v`` lists every miss and false hit).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

from redaction import CREDIT_CARD, PASSWORD, Entity, Redactor
from tests.redaction.corpus import Labelled, load_corpus

# Which finding types count as masking a labelled secret: a card inside a password
# replaced whole is masked; a password that was only card-masked keeps four characters.
COVERS: dict[str, set[str]] = {
    CREDIT_CARD: {CREDIT_CARD, PASSWORD},
    PASSWORD: {PASSWORD},
}


@dataclass
class Report:
    messages: int = 0
    negatives: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    recalled: Counter[str] = field(default_factory=Counter)
    negatives_flagged: int = 0  # negatives with anything masked
    messages_with_spurious: int = 0  # any message with a finding outside every label
    spurious: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def recall(self, etype: str) -> float:
        return self.recalled[etype] / self.labelled[etype] if self.labelled[etype] else 1.0

    @property
    def fp_rate_negatives(self) -> float:
        return self.negatives_flagged / self.negatives if self.negatives else 0.0

    @property
    def fp_rate_messages(self) -> float:
        return self.messages_with_spurious / self.messages if self.messages else 0.0

    def lines(self) -> list[str]:
        out = [f"messages: {self.messages} ({self.negatives} negatives)"]
        for etype in sorted(self.labelled):
            out.append(
                f"recall {etype:<12} {self.recall(etype):7.2%}  "
                f"({self.recalled[etype]}/{self.labelled[etype]})"
            )
        out.append(
            f"false positives: {self.fp_rate_negatives:.2%} of negatives "
            f"({self.negatives_flagged}/{self.negatives}), {self.fp_rate_messages:.2%} of all "
            f"messages have a finding outside the labels ({self.spurious} findings)"
        )
        return out


def _spans(message: Labelled) -> list[tuple[str, int, int]]:
    """Label spans, each searched after the previous one."""
    spans = []
    cursor = 0
    for s in message.secrets:  # labels are listed in text order
        start = message.text.find(s.value, cursor)
        if start < 0:
            start = message.text.find(s.value)
        if start < 0:
            raise ValueError(f"label {s.value!r} not in {message.text!r}")
        cursor = start + len(s.value)
        spans.append((s.type, start, start + len(s.value)))
    return spans


def _covered(etype: str, start: int, end: int, found: list[Entity]) -> bool:
    allowed = COVERS.get(etype)
    pos = start
    for e in sorted(found, key=lambda e: e.start):
        if e.start <= pos < e.end and (allowed is None or e.type in allowed):
            pos = e.end
    return pos >= end


def score(redactor: Redactor, corpus: list[Labelled]) -> Report:
    report = Report()
    for message in corpus:
        report.messages += 1
        found = redactor.redact(message.text).entities
        spans = _spans(message)
        if not spans:
            report.negatives += 1
            if found:
                report.negatives_flagged += 1
        for etype, start, end in spans:
            report.labelled[etype] += 1
            if _covered(etype, start, end, found):
                report.recalled[etype] += 1
            else:
                report.misses.append(f"{etype} {message.text[start:end]!r} in {message.text!r}")
        spurious = [e for e in found if not any(e.start < b and a < e.end for _, a, b in spans)]
        if spurious:
            report.messages_with_spurious += 1
            report.spurious += len(spurious)
            for e in spurious:
                report.false_hits.append(
                    f"{e.type} {message.text[e.start:e.end]!r} in {message.text!r}"
                )
    return report


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    report = score(Redactor(), load_corpus())
    print("\n".join(report.lines()))
    if "-v" in args:
        for line in report.misses:
            print("MISS ", line)
        for line in report.false_hits:
            print("FALSE", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
