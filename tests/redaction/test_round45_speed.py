"""Round 45, speed (r45-speed): quiet chat asks only the pre-check gates that need no word.

An ASCII text with no trigger literal ran some ten gates in ``precheck.families``, each its
own scan. Five of them need a literal of their own gate first: the fragments' hints, the
credential's keys, the one-time code's words (code word, recovery phrase, YubiKey), the
learned stage's trigger and entry words. ``precheck._QUIET_SCAN`` held all of those
literals, read from the gates (r47-speed: ``_EITHER_SCAN``, with the trigger literals); a
text with none of them ("quiet") skips the five, and asks
``one_time_code.code_without_word`` instead of ``has_code_word``.

Every text is written here (none is a corpus item). The quiet negatives fail on round 44's
code (it asks the worded gates); their twins (the same sentence with one such word) take the
full path. Every text is redacted as the unchecked redactor redacts it, and the quiet
families equal those of the full path (the values found without a word, a card's digits or
a card read out, still open their families).
"""

from __future__ import annotations

import pytest

from redaction import Redactor, password_features
from redaction import precheck as pc
from redaction.normalize import normalize
from redaction.precheck import CARD, CARD_DETAILS, families
from redaction.recognizers import one_time_code, password_model
from redaction.required_literals import required_literals
from tests.redaction.helpers import families_without_quiet_path

# Quiet chat: ASCII, no trigger literal, no word a worded gate needs (digits allowed)
QUIET_NEGATIVES: list[str] = [
    "Hello, is anybody here?",
    "The invoice for March looks wrong to me.",
    "Die Rechnung vom Januar stimmt nicht.",
    "Our office moves to Hamburg in May.",
    "Order 4471 arrived damaged, two of 12 cups broken.",
]
# ... the same sentences with one word a worded gate reads: the full path, as before
WORDED_TWINS: list[str] = [
    "Hello, the code is missing here?",
    "The invoice I tried to open looks wrong to me.",
    "Die Rechnung mit der TAN vom Januar stimmt nicht.",
    "Our office sid moves to Hamburg in May.",
    "Order 4471 arrived damaged, the yubi one too.",
]
# Quiet texts whose value needs no word: the families that find it stay open
QUIET_VALUES: list[tuple[str, frozenset[str]]] = [
    ("4111 1111 1111 1111 please", frozenset((CARD, CARD_DETAILS))),
    (
        "four one one one one one one one one one one one one one one one",
        frozenset((CARD, CARD_DETAILS)),
    ),
]


def _quiet(text: str) -> bool:
    low = text.lower()
    # (r47-speed: one scan, ``_EITHER_SCAN``, for the trigger and the quiet literals)
    return text.isascii() and pc._EITHER_SCAN.search(low) is None


@pytest.mark.parametrize("text", QUIET_NEGATIVES)
def test_quiet_chat_asks_no_worded_gate(text: str, worded_gates_refused: None) -> None:
    norm = normalize(text).text
    assert _quiet(norm)
    assert families(norm) == frozenset()


@pytest.mark.parametrize("text", WORDED_TWINS)
def test_worded_twin_takes_the_full_path(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    norm = normalize(text).text
    assert not _quiet(norm)
    asked: list[str] = []
    has_code_word = one_time_code.has_code_word
    might_find = password_model.might_find

    def spy_code(text: str, low: str | None = None) -> bool:
        asked.append("code")
        return has_code_word(text, low)

    def spy_learned(text: str, low: str) -> bool:
        asked.append("learned")
        return might_find(text, low)

    monkeypatch.setattr(one_time_code, "has_code_word", spy_code)
    monkeypatch.setattr(password_model, "might_find", spy_learned)
    families(norm)
    # a trigger literal opens the word families without these; any other word asks them
    assert asked or pc._LITERAL_SCAN.search(norm.lower()) is not None


@pytest.mark.parametrize("text", QUIET_NEGATIVES + WORDED_TWINS + [t for t, _ in QUIET_VALUES])
def test_redacted_as_unchecked(text: str, redactor: Redactor, unchecked: Redactor) -> None:
    assert redactor.redact(text) == unchecked.redact(text)


@pytest.mark.parametrize("text", QUIET_NEGATIVES + WORDED_TWINS + [t for t, _ in QUIET_VALUES])
def test_quiet_families_equal_the_full_path(text: str) -> None:
    norm = normalize(text).text
    assert families(norm) == families_without_quiet_path(norm)


@pytest.mark.parametrize(("text", "opened"), QUIET_VALUES)
def test_quiet_value_opens_its_families(text: str, opened: frozenset[str]) -> None:
    norm = normalize(text).text
    assert _quiet(norm)
    assert opened <= families(norm)


# Each worded gate's literals, read from the gate itself: the quiet scan finds every one
_GATE_LITERALS: list[str] = sorted(
    {h for hints in pc._HINTS for h in hints}
    | set(pc.CREDENTIAL_KEY_LITERALS)
    | set(required_literals(one_time_code.CODE_WORD_HINT.pattern) or ())
    | set(required_literals(one_time_code.PHRASE_HINT.pattern) or ())
    | set(one_time_code.YUBIKEY_WORDS)
    | set(required_literals(password_features.TRIGGER_SCAN.pattern) or ())
    | set(required_literals(password_features.ENTRY_SCAN.pattern) or ())
)


def test_quiet_scan_holds_every_gate_literal() -> None:
    assert len(_GATE_LITERALS) > 100
    missed = [lit for lit in _GATE_LITERALS if pc._EITHER_SCAN.search(f"a {lit} b") is None]
    assert not missed


@pytest.mark.parametrize(
    "text",
    ["K-7-X-9-Q-2 spelled out", "my code: 4471", "Hello there", "then A, then b, then 7"],
)
def test_has_code_word_is_its_parts(text: str) -> None:
    low = text.lower()
    if one_time_code.code_without_word(text, low):
        assert one_time_code.has_code_word(text, low)
