"""Round 24: the learned password model's own trigger words pass the pre-check ("2FA X",
"OTP is X", "WLAN: X", "sign-in: X" were let through unmasked although the model finds X)."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.precheck import TRIGGERS, might_contain_secret
from redaction.recognizers import password_model

CASES = [
    "2FA Xy7#kq2Lm",
    "2fa: Kx9!mP2q",
    "OTP is Kx9!mP2q",
    "WLAN: Xy7#kq2Lm",
    "sign-in: Xy7#kq2Lm",
]


@pytest.mark.parametrize("text", CASES)
def test_model_trigger_passes_the_precheck(
    filtered: Redactor, unfiltered: Redactor, text: str
) -> None:
    assert unfiltered.redact(text).entities, "the model finds the value"
    assert might_contain_secret(text)
    assert filtered.redact(text) == unfiltered.redact(text)
    assert "Xy7#kq2Lm" not in filtered.redact_text(text)
    assert "Kx9!mP2q" not in filtered.redact_text(text)


def test_model_literals_are_prechecked() -> None:
    for literal in password_model.PRECHECK_TRIGGERS:
        assert any(t in literal for t in TRIGGERS), literal
