"""What the redaction tests share: one Redactor (it holds no state between calls)."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor()
