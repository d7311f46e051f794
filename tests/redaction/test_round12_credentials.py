"""Round twelve of issue 10, credentials: the causes behind red-team v12b's credential
miss, checked through the whole redactor (pre-check included) on values and phrasings
written here (none of them is a corpus item), with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor

HEX_KEY = "d41f0c9e77ab3258e6c1f09b2a4d7e83c5b16a0f9e2d4c8b7a3f1e05d9c26b74"

# (cause, text, the secret): the value after "is"/"lautet" on the next line(s)
POSITIVES: list[tuple[str, str, str]] = [
    ("is, next line", f"our signing secret is\n{HEX_KEY}", HEX_KEY),
    (
        "lautet, blank line",
        "der API-Schlüssel lautet\n\nVr8kQ2mTx7LpW3zNc5Hy",
        "Vr8kQ2mTx7LpW3zNc5Hy",
    ),
    ("was, indented", "the old token was\n   gH4tPq9ZxM2vLr7KwN5b", "gH4tPq9ZxM2vLr7KwN5b"),
    ("is colon", "client secret is:\nRt6yU1iO9pLk3JhG7fDs", "Rt6yU1iO9pLk3JhG7fDs"),
]


@pytest.mark.parametrize(("cause", "text", "secret"), POSITIVES)
def test_credential_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    out = redactor.redact_text(text)
    assert secret not in out, f"{cause}: {text!r} -> {out!r}"


NEGATIVES: list[str] = [
    "the key is\nunder the doormat, ask the neighbour",
    "the secret is\nthat nobody reads the documentation",
    "der Token lautet\nleider anders als gestern",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_prose_after_is_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
