"""What the redaction tests share: one Redactor (it holds no state between calls), and one
without the pre-check."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from redaction import Redactor
from redaction import precheck as pc
from redaction.recognizers import one_time_code, password_model


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="session")
def unchecked() -> Redactor:
    """A redactor without the pre-check: what the pre-checked one must redact alike."""
    return Redactor(precheck=False)


@pytest.fixture
def worded_gates_refused(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pre-check's worded gates fail the test if asked (quiet chat must not ask them)."""

    def refuse(*args: object) -> bool:
        raise AssertionError("a worded gate was asked of quiet chat")

    monkeypatch.setattr(password_model, "might_find", refuse)
    monkeypatch.setattr(one_time_code, "has_code_word", refuse)
    monkeypatch.setattr(pc, "_fragment_found", refuse)
    yield
