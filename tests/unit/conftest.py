"""Fixtures the pre-check tests share: the redactor as the product runs it (the one
without its pre-check, ``unfiltered``, is in tests/conftest.py, shared with tests/redaction)."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def filtered() -> Redactor:
    """The redactor as the product runs it, pre-check on."""
    return Redactor()
