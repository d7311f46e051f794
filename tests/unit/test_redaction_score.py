"""The corpus scorer: what counts as masked, and the command line."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from redaction import Redactor
from tests.redaction.corpus import Labelled, Secret
from tests.redaction.score import leaked, main, score, score_conversations


@pytest.mark.parametrize(
    ("etype", "value", "original", "output", "is_leak"),
    [
        ("PASSWORD", "hunter2", "pw: hunter2", "pw: [PASSWORD]", False),
        ("PASSWORD", "hunter2", "pw: hunter2", "pw: hunter2", True),
        # only part of a multi-word value masked: a miss, not a pass
        ("PASSWORD", "Sommer 2024!", "pw is Sommer 2024!", "pw is [PASSWORD] 2024!", True),
        ("PASSWORD", "Sommer 2024!", "pw is Sommer 2024!", "pw is [PASSWORD]", False),
        ("PASSWORD", "horse battery", "pw is horse battery", "pw is [PASSWORD] battery", True),
        # a CVC that also occurs elsewhere in the text is judged by its extra occurrence
        ("CARD_CVC", "123", "order 123, cvc 123", "order 123, cvc [CVC]", False),
        ("CARD_CVC", "123", "order 123, cvc 123", "order 123, cvc 123", True),
        # cards: the last four digits may stay, nothing before them
        ("CREDIT_CARD", "4111 1111 1111 1111", "c 4111 1111 1111 1111", "c •••• 1111", False),
        (
            "CREDIT_CARD",
            "4111 1111 1111 1111",
            "c 4111 1111 1111 1111",
            "c 4111-1111-1111 ••••",
            True,
        ),
    ],
)
def test_leaked(etype: str, value: str, original: str, output: str, is_leak: bool) -> None:
    others = original.replace(value, "\x00", 1)
    assert leaked(etype, value, original, output, others) is is_leak


def test_a_cvc_inside_the_kept_last_four_is_no_leak() -> None:
    """The mask keeps a card's last four digits; a CVC equal to their last three is masked
    where it stands, and its digits in the kept four are no leak. Unmasked, it still is."""
    text = "card 2223016768739313 exp 10/27 cvc 313"
    secrets = (
        Secret("CREDIT_CARD", "2223016768739313"),
        Secret("CARD_EXPIRY", "10/27"),
        Secret("CARD_CVC", "313"),
    )
    masked = score(Redactor(), [Labelled(text, secrets)], "t")
    assert masked.recall("CARD_CVC") == 1.0 and masked.recall("CREDIT_CARD") == 1.0

    class KeepsTheCvc(Redactor):
        def redact(self, text: str) -> Any:
            # (a plain namespace: only the redactor may make a real result's text)
            return SimpleNamespace(text=super().redact(text).text.replace("[CVC]", "313"))

    leaked_cvc = score(KeepsTheCvc(), [Labelled(text, secrets)], "t")
    assert leaked_cvc.recall("CARD_CVC") == 0.0


def test_score_counts_recall_and_altered_negatives() -> None:
    corpus = [
        Labelled("pw: Hunter22!", (Secret("PASSWORD", "Hunter22!"),)),
        Labelled("my password is wrong"),
        Labelled(
            "token: 9f8e7d6c5b4a39281706abCDef",
            (Secret("CREDENTIAL", "9f8e7d6c5b4a39281706abCDef"),),
        ),
    ]
    report = score(Redactor(), corpus, "t")
    assert report.recall("PASSWORD") == 1.0 and report.recall("PASSWORD+CREDENTIAL") == 1.0
    assert report.negatives == 1 and report.negatives_altered == 0


def test_command_line_scores_any_corpus_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "- text: 'pw: Hunter22!'\n  lang: en\n  secrets: [{type: PASSWORD, value: 'Hunter22!'}]\n"
        "- text: 'Passwort vergessen'\n  lang: de\n  secrets: []\n",
        encoding="utf-8",
    )
    assert main([str(path), "-v"]) == 0
    out = capsys.readouterr().out
    assert "mine: 2 messages (1 negatives)" in out and "100.00%  (1/1)" in out


def test_conversations_are_scored_on_arrival_and_as_finally_stored() -> None:
    talk = [
        Labelled("Bramble88", (Secret("PASSWORD", "Bramble88"),)),
        Labelled("that's my password"),
    ]
    redactor = Redactor()
    arrival = score_conversations(redactor, [talk], "t")
    stored = score_conversations(redactor, [talk], "t", stored=True)
    assert arrival.recall("PASSWORD") == 0.0  # stored and shown before it was named
    assert stored.recall("PASSWORD") == 1.0  # masked in place once named
    assert arrival.negatives_altered == stored.negatives_altered == 0
