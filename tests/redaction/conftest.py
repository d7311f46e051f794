"""What the redaction tests share: one Redactor (it holds no state between calls), and one
without the pre-check."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="session")
def unchecked() -> Redactor:
    """A redactor without the pre-check: what the pre-checked one must redact alike."""
    return Redactor(precheck=False)
