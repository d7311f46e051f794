"""The quality bars of issue 2, measured on the labelled corpus."""

from __future__ import annotations

import pytest

from redaction import CREDIT_CARD, PASSWORD, Redactor
from tests.redaction.corpus import load_corpus
from tests.redaction.score import Report, score


@pytest.fixture(scope="module")
def report() -> Report:
    corpus = load_corpus()
    assert len(corpus) >= 250
    assert {m.lang for m in corpus} == {"en", "de"}
    assert {m.source for m in corpus} >= {"handwritten"}
    result = score(Redactor(), corpus)
    print("\n".join(result.lines()))
    return result


def test_card_recall_at_least_99_percent(report: Report) -> None:
    assert report.labelled[CREDIT_CARD] >= 100
    assert report.recall(CREDIT_CARD) >= 0.99, report.misses


def test_password_recall_at_least_90_percent(report: Report) -> None:
    assert report.labelled[PASSWORD] >= 100
    assert report.recall(PASSWORD) >= 0.90, report.misses


def test_false_positives_at_most_2_percent(report: Report) -> None:
    assert report.negatives >= 100
    assert report.fp_rate_negatives <= 0.02, report.false_hits
    assert report.fp_rate_messages <= 0.02, report.false_hits


def test_masked_cards_keep_at_most_last_four_digits() -> None:
    redactor = Redactor()
    for message in load_corpus():
        masked = redactor.redact(message.text).text
        for secret in message.secrets:
            if secret.type == CREDIT_CARD:
                digits = "".join(ch for ch in secret.value if ch.isdecimal())
                squashed = "".join(ch for ch in masked if ch.isdecimal())
                assert digits[:-4] not in squashed, (message.text, masked)
            if secret.type == PASSWORD:
                assert secret.value not in masked, (message.text, masked)
