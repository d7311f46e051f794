"""The growth check can fail: quadratic work (a pattern that tries every start and runs to
the end from each) is told apart from linear work by the ratio the redaction tests assert."""

from __future__ import annotations

import re

from tests.support.cpu_cost import cpu_costs, growth

# Digits with no 'x' after them: every start position scans to the end, n²/2 steps.
_BACKTRACKING = re.compile(r"\d+x")


def test_quadratic_work_grows_past_the_bound() -> None:
    assert growth(_BACKTRACKING.search, "1", 1024, 4096) > 8


def test_linear_work_stays_under_the_bound() -> None:
    assert growth(re.compile(r"x").search, "1", 1024 * 64, 4096 * 64) < 8


def test_costs_follow_the_work() -> None:
    cheap, dear = cpu_costs(_BACKTRACKING.search, ["1" * 100, "1" * 2000])
    assert cheap < dear
