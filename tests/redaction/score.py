"""Score the redactor on labelled corpora: recall per entity type, negatives altered.

``.venv/bin/python -m tests.redaction.score [PATH ...] [-v]`` scores each corpus file (YAML
items ``{text, lang, secrets: [{type, value}]}``), or every corpus in
``corpora/manifest.yaml`` when no path is given; ``-v`` lists every miss and altered
negative. A file of conversations (items with ``messages``) is scored twice: each message
alone, as the chat server redacts it on arrival (the continuation of a lead-in before it),
and as it is finally stored (masked anew when the message after it named it a secret).

A secret counts as masked when its value does not survive in the output:
- the value occurs no more often in the output than it did in the input outside every
  labelled secret (so a CVC ``123`` next to an order number ``123`` is judged fairly);
- every word of four or more characters of a multi-word value is gone too (``Sommer 2024!``
  with only ``Sommer`` masked is a miss, not a pass);
- for cards, at most the last four digits survive: no digit run of the card's other digits
  appears in the output with separators removed.
A negative (``secrets: []``) must come out unchanged.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from redaction import (
    CARD_CVC,
    CARD_EXPIRY,
    CREDIT_CARD,
    Continuation,
    Redacted,
    Redactor,
    may_answer,
    question_of,
)
from tests.redaction.corpus import (
    CORPORA,
    Labelled,
    load_conversations,
    load_file,
    load_generated,
)

MANIFEST = CORPORA / "manifest.yaml"


@dataclass
class Report:
    name: str = ""
    messages: int = 0
    negatives: int = 0
    labelled: Counter[str] = field(default_factory=Counter)
    recalled: Counter[str] = field(default_factory=Counter)
    negatives_altered: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def recall(self, etype: str) -> float:
        """Recall of one type, or of several joined by ``+`` (``PASSWORD+CREDENTIAL``)."""
        types = etype.split("+")
        labelled = sum(self.labelled[t] for t in types)
        return sum(self.recalled[t] for t in types) / labelled if labelled else 1.0

    @property
    def fp_rate_negatives(self) -> float:
        return self.negatives_altered / self.negatives if self.negatives else 0.0

    def lines(self) -> list[str]:
        out = [f"{self.name}: {self.messages} messages ({self.negatives} negatives)"]
        for etype in sorted(self.labelled):
            out.append(
                f"  recall {etype:<12} {self.recall(etype):7.2%}  "
                f"({self.recalled[etype]}/{self.labelled[etype]})"
            )
        if self.labelled["PASSWORD"] and self.labelled["CREDENTIAL"]:
            pooled = "PASSWORD+CREDENTIAL"
            out.append(f"  recall {pooled} {self.recall(pooled):7.2%}")
        out.append(
            f"  negatives altered {self.fp_rate_negatives:7.2%}  "
            f"({self.negatives_altered}/{self.negatives})"
        )
        return out


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdecimal())


def _blanked(text: str, values: list[str]) -> str:
    """``text`` with each labelled occurrence cut out once (what may legitimately remain:
    ``order 123, cvc 123`` labelled once keeps one ``123``)."""
    for v in sorted(values, key=len, reverse=True):
        text = text.replace(v, "\x00", 1)
    return text


def leaked(secret_type: str, value: str, original: str, output: str, others: str) -> bool:
    """Does ``value`` (labelled in ``original``) survive in ``output``?"""
    if output.count(value) > others.count(value):
        return True
    pieces = value.split()
    if len(pieces) > 1 and secret_type != CREDIT_CARD:
        for piece in pieces:
            core = piece.strip(".,;:!?\"'()")
            if len(core) >= 4 and output.count(core) > others.count(core):
                return True
    if secret_type == CREDIT_CARD:
        digits = _digits(value)
        head = digits[:-4]
        if len(head) >= 4 and head in _digits(output) and head not in _digits(others):
            return True
    return False


def score(redactor: Redactor, corpus: list[Labelled], name: str = "") -> Report:
    report = Report(name=name)
    for message in corpus:
        _count(report, message, redactor.redact(message.text).text)
    return report


def score_conversations(
    redactor: Redactor,
    conversations: list[list[Labelled]],
    name: str = "",
    *,
    carry: bool = True,
    stored: bool = False,
) -> Report:
    """Each message of each conversation redacted as the chat server does, through one
    ``Continuation`` per conversation (``carry=False``: every message alone). Counted per
    message: a message without secrets is a negative. ``stored``: each message as it is
    finally stored, after a later message named it a secret (``Continuation.amended``),
    instead of as it arrived (what the bot and the first delivery saw). An agent's or the
    bot's message is redacted alone, as the chat server redacts it, and what it asks is
    the cue of the customer's next message that could answer (``question_of``,
    ``may_answer``, ``Continuation.asked``)."""
    report = Report(name=name)
    for conversation in conversations:
        thread = Continuation(redactor)
        outputs: list[str] = []
        own: list[int] = []  # where the customer's messages are in ``outputs``
        asked: Redacted | None = None  # the question kept, not yet read
        for message in conversation:
            if message.author != "customer" or not carry:
                result = redactor.redact(message.text)
                if carry and (question := question_of(result.text)) is not None:
                    asked = question
            else:
                if asked is not None and may_answer(message.text):
                    # as the chat server reads it: by the next message that could answer
                    thread.asked(asked)
                    asked = None
                result = thread.redact(message.text)
                for back, again in thread.amended if stored else ():
                    if back <= len(own):
                        outputs[own[-back]] = again.text
                own.append(len(outputs))
            outputs.append(result.text)
        for message, output in zip(conversation, outputs, strict=True):
            _count(report, message, output)
    return report


def _count(report: Report, message: Labelled, output: str) -> None:
    report.messages += 1
    if not message.secrets:
        report.negatives += 1
        if output != message.text:
            report.negatives_altered += 1
            report.false_hits.append(f"{message.text!r} -> {output!r}")
        return
    others = _blanked(message.text, [s.value for s in message.secrets])
    # A masked card keeps its last four digits (as PCI DSS allows), so a CVC or expiry whose
    # digits happen to lie inside them ("…9313", CVC 313) is no leak: those four digits may
    # remain, as text outside the secrets may. (Whole cards only: a piece keeps none.)
    kept = "".join(
        " " + _digits(s.value)[-4:]
        for s in message.secrets
        if s.type == CREDIT_CARD and len(_digits(s.value)) >= 12
    )
    for s in message.secrets:
        report.labelled[s.type] += 1
        beside = others + kept if s.type in (CARD_CVC, CARD_EXPIRY) else others
        if leaked(s.type, s.value, message.text, output, beside):
            report.misses.append(f"{s.type} {s.value!r} in {message.text!r} -> {output!r}")
        else:
            report.recalled[s.type] += 1


def manifest() -> list[dict[str, Any]]:
    """The corpora listed in ``corpora/manifest.yaml``."""
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return list(data["corpora"])


def conversation_entries() -> list[dict[str, Any]]:
    """The conversation corpora listed in ``corpora/manifest.yaml`` (``conversations:``)."""
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    return list(data.get("conversations") or [])


_WORKER_REDACTOR: list[Redactor] = []  # one per process (``score_entry`` in a pool)


def score_entry(entry: dict[str, Any], conversations: bool) -> list[Report]:
    """The reports a manifest entry's bars are checked on: a corpus's, or a conversation
    corpus's as each message arrived and, with ``stored_thresholds``, as finally stored.
    Runs in a worker process too (the quality test scores corpora on every core), so it
    builds its own ``Redactor`` once per process."""
    if not _WORKER_REDACTOR:
        _WORKER_REDACTOR.append(Redactor())
    redactor = _WORKER_REDACTOR[0]
    if not conversations:
        return [score(redactor, load_entry(entry), entry["name"])]
    talks = load_conversations(CORPORA / entry["file"], entry["name"])
    reports = [score_conversations(redactor, talks, entry["name"])]
    if "stored_thresholds" in entry:  # as finally stored, after later messages named values
        reports.append(score_conversations(redactor, talks, entry["name"], stored=True))
    return reports


def load_entry(entry: dict[str, Any]) -> list[Labelled]:
    if entry.get("generated"):
        return load_generated()
    return load_file(CORPORA / entry["file"], entry["name"])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    redactor = Redactor()
    reports = []
    if paths:
        for path in paths:
            if _is_conversations(path):
                talks = load_conversations(path)
                alone = score_conversations(
                    redactor, talks, f"{Path(path).stem} (alone)", carry=False
                )
                reports += [
                    alone,
                    score_conversations(redactor, talks, Path(path).stem),
                    score_conversations(
                        redactor, talks, f"{Path(path).stem} (stored)", stored=True
                    ),
                ]
            else:
                reports.append(score(redactor, load_file(path), Path(path).stem))
    else:
        for e in manifest():
            reports.append(score(redactor, load_entry(e), f"{e['name']} [{e['role']}]"))
        for e in conversation_entries():
            talks = load_conversations(CORPORA / e["file"], e["name"])
            reports.append(score_conversations(redactor, talks, f"{e['name']} [{e['role']}]"))
    for report in reports:
        print("\n".join(report.lines()))
        if verbose:
            for line in report.misses:
                print("  MISS ", line)
            for line in report.false_hits:
                print("  FALSE", line)
    return 0


def _is_conversations(path: str) -> bool:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return bool(data) and isinstance(data, list) and "messages" in data[0]


if __name__ == "__main__":
    raise SystemExit(main())
