"""Fixtures the pre-check tests share: the redactor with and without its pre-check."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def unfiltered() -> Redactor:
    """Every recognizer on every text: what the pre-check must never hide."""
    return Redactor(precheck=False)


@pytest.fixture(scope="module")
def filtered() -> Redactor:
    """The redactor as the product runs it, pre-check on."""
    return Redactor()
