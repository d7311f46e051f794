"""The password rounds' tables (test_round7/8/9_passwords.py), each text written there and
none a corpus item, run through the whole redactor: the secret goes, the look-alike stays,
and redacting twice changes nothing."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction import test_round7_passwords, test_round8_passwords, test_round9_passwords
from tests.redaction.helpers import assert_redacting_twice_changes_nothing, assert_secret_gone

ROUNDS = {7: test_round7_passwords, 8: test_round8_passwords, 9: test_round9_passwords}
SECRETS = [
    pytest.param(*row, id=f"r{n}-{i}") for n, m in ROUNDS.items() for i, row in enumerate(m.SECRETS)
]
NEGATIVES = [
    pytest.param(*row, id=f"r{n}-{i}")
    for n, m in ROUNDS.items()
    for i, row in enumerate(m.NEGATIVES)
]


@pytest.mark.parametrize(("cause", "text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    assert_secret_gone(redactor, cause, text, secret)


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_look_alike_is_kept(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact(text).text == text, cause


@pytest.mark.parametrize(("cause", "text", "secret"), SECRETS)
def test_redacting_twice_changes_nothing(
    redactor: Redactor, cause: str, text: str, secret: str
) -> None:
    assert_redacting_twice_changes_nothing(redactor, cause, text)
