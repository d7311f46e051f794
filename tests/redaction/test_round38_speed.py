"""Round 38 (speed): the cheaper tests answer as the ones they stand in for.

The branch changes no output (every corpus text and the benchmark's stream give the same
masked text and findings); these cases pin the boundaries of its one new gate and of the
rewritten helpers.
"""

from __future__ import annotations

import random
import re as stdre

import pytest
import regex

from redaction import Redactor, precheck
from redaction.password_features import _nearest_table
from redaction.recognizers import password


@pytest.mark.parametrize(
    "text",
    [
        "nothing here",  # no fragment's literal: only the fragments without one are asked
        "p: Sommer2024",  # ":" alone (fragment 0's and 1's literal)
        "k=Sommer2024",  # "=" alone
        "see http://anna:Tide7x@host",  # "://"
        "I put Wald%Weg3 into the field",  # "field" and "%"
        "use admin/Tide!Pool22",  # "/"
        "tried Winter2024 twice",  # fragment 8: no literal, a letter beside a digit
        "abc1 then xyz2",  # fragment 9: no literal, two words with a number
        "A" * 19 + "1 and " + "B" * 20,  # fragment 12: no literal, a long token
        "Kelvin \u212a: x",  # a non-ASCII text
        "\u0130stanbul: Sommer2024",  # "İ": the literal tests are skipped, every scan asked
    ],
)
def test_fragment_prescan_unchanged(text: str) -> None:
    """The one scan for every fragment's literals answers as asking each fragment does."""
    low = text.lower()
    plain = any(needle.search(text) is not None for needle in precheck._NEEDLES)
    assert precheck._fragment_found(text, low) == plain


def _nearest_loop(kinds: list[str], kind: str, step: int, limit: int) -> list[int]:
    """The table as the loop over every token made it (round 37)."""
    out = [0] * len(kinds)
    last = -1
    order = range(len(kinds)) if step < 0 else range(len(kinds) - 1, -1, -1)
    for i in order:
        if last >= 0 and abs(i - last) <= limit:
            out[i] = abs(i - last)
        if kinds[i] == kind:
            last = i
    return out


def test_nearest_table_as_the_loop() -> None:
    rng = random.Random(38)
    for _ in range(3000):
        kinds = [rng.choice(["", "", "pw", "login"]) for _ in range(rng.randint(0, 25))]
        for step in (-1, 1):
            limit = rng.randint(0, 10)
            assert _nearest_table(kinds, "pw", step, limit) == _nearest_loop(
                kinds, "pw", step, limit
            )
    # the edges: a word first and last, words side by side, no reach at all
    assert _nearest_table(["pw", "", "", "pw"], "pw", -1, 2) == [0, 1, 2, 0]
    assert _nearest_table(["pw", "pw", ""], "pw", 1, 5) == [1, 0, 0]
    assert _nearest_table(["pw", "", ""], "pw", -1, 0) == [0, 0, 0]


def test_token_scan_as_the_regex_engines() -> None:
    """``_token_at``'s stdlib class is the regex engine's ``\\S``, character for character
    (the stdlib's own ``\\s`` would also stop at \\x1c-\\x1f)."""
    theirs = regex.compile(r"\S")
    ours = stdre.compile(password._TOKEN_STD.pattern.removesuffix("*"))
    for code in [*range(0x3001), 0x205F, 0xFEFF, 0x10FFFF]:
        ch = chr(code)
        assert (theirs.match(ch) is None) == (ours.match(ch) is None), hex(code)
    text = "pw:\x1cx y\u00a0z\u3000w"
    for pos in range(len(text) + 3):  # (past the end both engines stop at the end)
        m = password._TOKEN.match(text, pos)
        assert m is not None
        assert password._token_at(text, pos) == (pos, m.end())


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I reset it to Tide!Pool22 this morning", True),  # set_it_to's literal scan
        ("I reset the router this morning", False),
        ("sudo -S <<< 'Wald%Weg3'", True),  # a tool's literal, then its scan
        ("please sudo restart the service", False),
    ],
)
def test_literal_scans_keep_their_rules(redactor: Redactor, text: str, masked: bool) -> None:
    assert (redactor.redact(text).text != text) == masked
