"""Every corpus in corpora/manifest.yaml clears the bars the manifest sets for it.

The corpora are scored once, on every core (a process each, spawned: each builds its own
redactor), before the first bar is checked; each test then checks one corpus's bars. Only
the corpora of the tests selected are scored."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from redaction import CREDIT_CARD, Redactor
from tests.redaction.corpus import load_corpus
from tests.redaction.score import (
    Report,
    conversation_entries,
    manifest,
    score_entry,
)

ENTRIES = manifest()
CONVERSATIONS = conversation_entries()


def test_manifest_lists_each_role_and_the_tuning_corpus() -> None:
    assert {e["role"] for e in ENTRIES} <= {"tuning", "blind", "public"}
    names = {e["name"] for e in ENTRIES}
    assert {"handwritten", "generated", "redteam-v1", "redteam-v2", "public-a"} <= names
    for e in ENTRIES:
        assert "recall" in e["thresholds"] and "negatives_altered_max" in e["thresholds"]


@pytest.fixture(scope="module")
def scored(request: pytest.FixtureRequest) -> dict[str, list[Report]]:
    """The reports of every corpus a selected test checks, scored in parallel."""
    jobs: dict[str, tuple[dict[str, Any], bool]] = {}
    for item in request.session.items:
        params = getattr(item, "callspec", None)
        if item.module is request.module and params is not None and "entry" in params.params:
            entry = params.params["entry"]
            jobs[entry["name"]] = (entry, entry in CONVERSATIONS)
    # the generated corpus is the largest: started first, it does not finish last alone
    order = sorted(jobs, key=lambda name: name != "generated")
    workers = max(1, min(len(order), len(os.sched_getaffinity(0))))
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {name: pool.submit(score_entry, *jobs[name]) for name in order}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["name"] for e in ENTRIES])
def test_corpus_meets_its_thresholds(
    scored: dict[str, list[Report]], entry: dict[str, Any]
) -> None:
    (report,) = scored[entry["name"]]
    assert report.messages, f"{entry['name']} is empty"
    _assert_bars(report, entry["thresholds"])


@pytest.mark.parametrize("entry", CONVERSATIONS, ids=[e["name"] for e in CONVERSATIONS])
def test_conversation_corpus_meets_its_thresholds(
    scored: dict[str, list[Report]], entry: dict[str, Any]
) -> None:
    arrived, *stored = scored[entry["name"]]
    assert arrived.messages, f"{entry['name']} is empty"
    _assert_bars(arrived, entry["thresholds"])
    if "stored_thresholds" in entry:  # as finally stored, after later messages named values
        _assert_bars(stored[0], entry["stored_thresholds"])


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
