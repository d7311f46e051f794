"""Every corpus in corpora/manifest.yaml clears the bars the manifest sets for it."""

from __future__ import annotations

from typing import Any

import pytest

from redaction import CREDIT_CARD, Redactor
from tests.redaction.corpus import load_conversations, load_corpus
from tests.redaction.score import (
    CORPORA,
    Report,
    conversation_entries,
    load_entry,
    manifest,
    score,
    score_conversations,
)

ENTRIES = manifest()


def test_manifest_lists_each_role_and_the_tuning_corpus() -> None:
    assert {e["role"] for e in ENTRIES} <= {"tuning", "blind", "public"}
    names = {e["name"] for e in ENTRIES}
    assert {"handwritten", "generated", "redteam-v1", "redteam-v2", "public-a"} <= names
    for e in ENTRIES:
        assert "recall" in e["thresholds"] and "negatives_altered_max" in e["thresholds"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_corpus_meets_its_thresholds(redactor: Redactor, entry: dict[str, Any]) -> None:
    corpus = load_entry(entry)
    assert corpus, f"{entry['name']} is empty"
    _assert_bars(score(redactor, corpus, entry["name"]), entry["thresholds"])


CONVERSATIONS = conversation_entries()


@pytest.mark.parametrize("entry", CONVERSATIONS, ids=[e["name"] for e in CONVERSATIONS])
def test_conversation_corpus_meets_its_thresholds(
    redactor: Redactor, entry: dict[str, Any]
) -> None:
    talks = load_conversations(CORPORA / entry["file"], entry["name"])
    assert talks, f"{entry['name']} is empty"
    _assert_bars(score_conversations(redactor, talks, entry["name"]), entry["thresholds"])
    if "stored_thresholds" in entry:  # as finally stored, after later messages named values
        stored = score_conversations(redactor, talks, entry["name"], stored=True)
        _assert_bars(stored, entry["stored_thresholds"])


def _assert_bars(report: Report, bars: dict[str, Any]) -> None:
    print("\n".join(report.lines()))
    for etype, bar in bars["recall"].items():
        assert report.recall(etype) >= bar, (etype, report.recall(etype), report.misses)
    assert report.fp_rate_negatives <= bars["negatives_altered_max"], report.false_hits


def test_masked_cards_keep_at_most_last_four_digits(redactor: Redactor) -> None:
    for message in load_corpus():
        masked = redactor.redact(message.text).text
        for secret in message.secrets:
            if secret.type == CREDIT_CARD:
                digits = "".join(ch for ch in secret.value if ch.isdecimal())
                squashed = "".join(ch for ch in masked if ch.isdecimal())
                assert digits[:-4] not in squashed, (message.text, masked)
