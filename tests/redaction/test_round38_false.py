"""Round 38 (false hits): a value the text shows cut short (a preview, a dashboard's mask:
"ghp_…..." or "sk-…...…") is no key; a code or date given as an example after "e.g.,"; and
the names two merges had bound twice, each use given the regex it was written for
(``hindsight._CARD_WORD_START``/``_CARD_WORD``, ``password._JOINED_USER``/``_PAIR_USER``).
Each has a twin that must stay masked. Cases in our own words."""

from __future__ import annotations

import ast
import pathlib

import pytest

import redaction
from redaction import Redactor
from redaction.hindsight import piece_span

NEGATIVES = [
    # a token shown cut short: a preview or a dashboard's mask, the rest not given
    "the scanner flags ghp_Zt4kQm81LxVa0pRe... in the export, is that one real?",
    "Vorschau im Dashboard: ghp_9QwLmZx2TyKv07Ab… – ist der noch aktiv?",
    "our .env has STRIPE_SECRET=sk_test_4eC39HqLyjW... (shortened) which one do you need?",
    "the OpenAI dashboard lists the key as sk-proj-Ab7Q...x9Z, created May 2",
    # a card's code given as an example, the comma after the cue
    "CVV: any three digits (e.g., 321) – does your form check it?",
    "Test-Karte: CVC beliebig (z.B., 456), Ablauf egal",
]

POSITIVES = [
    # a whole token, and dots after it (trailing speech, not a cut)
    ("my token is ghp_Zt4kQm81LxVa0pReYu7sNc2Wd5Fg6Hj9Kl3B... did I leak it?", "Zt4kQm81LxVa0"),
    ("token ghp_Zt4kQm81LxVa0pRe, please revoke it", "Zt4kQm81LxVa0pRe"),
    ("Vorschau kaputt, mein Key ist sk-proj-Ab7QwT5yU8iO2pL4kJ6hG9fD1sA3zX0cV", "Ab7QwT5yU8iO2"),
    # a card's code after its label, no example cue
    ("my card: cvc 456, exp 11/28", "456"),
    ("CVV: 321 (e.g. what the back shows)", "321"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_cut_short_or_example_is_no_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_twins_stay_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


# hindsight: a card named at a word's start ("Kreditkartennummer", "cc") keeps a number
# run a card's first piece though a reference word stands by (``_CARD_WORD_START``, the
# regex ``piece_span`` was written for; the whole-word ``_CARD_WORD`` took its place).
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("kartennummer zum ticket: 5312 0044", "5312 0044"),
        ("cc für die bestellung 5312 0044", "5312 0044"),
    ],
)
def test_a_card_word_at_a_word_start_names_the_piece(text: str, piece: str) -> None:
    span = piece_span(text)
    assert span is not None and text[span[0] : span[1]] == piece


def test_a_reference_word_without_a_card_is_no_piece() -> None:
    assert piece_span("ticket zur bestellung 5312 0044") is None


# password: a user and a value joined by "and then": the user any token the sign-in names
# ("your email", "my username"), as scored best (an e-mail or dotted name only lost one)
@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("he texted: 'for the login it is your email and then ferry-lane-1958'.", "ferry-lane"),
        ("log in with my username and then Kite-River-2291, says my son", "Kite-River"),
    ],
)
def test_a_user_word_joined_to_a_value(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


def test_no_module_binds_a_top_level_name_twice() -> None:
    """Merges bound names twice; the first binding was then dead code."""
    twice = []
    for path in sorted(pathlib.Path(redaction.__file__).parent.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names: list[str] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(
                node.target, ast.Name
            ):
                names = [node.target.id]
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = [(a.asname or a.name).split(".")[0] for a in node.names]
            for name in names:
                if name in seen:
                    twice.append(f"{path.name}: {name} ({seen[name]}, {node.lineno})")
                seen.setdefault(name, node.lineno)
    assert twice == []
