"""Round 36, the learned password stage: a sign-in word ("login", "Anmeldung", "sign-in")
reaches its neighbours in any text, not only in one that also names a password, so a
strong value in a sign-in note is scored; the trainer's leave-one-writer-out measurement
(``--lowo``) and its sparse fit. Every text is written here (none is a corpus item): the
secret goes, the look-alike of a reference, room, version or file stays."""

from __future__ import annotations

import numpy as np
import pytest

from redaction import Redactor
from redaction import password_features as pf
from redaction.data import train_password_model as train
from redaction.recognizers import password_model as pm
from tests.redaction.helpers import assert_secret_gone

# A sign-in word and no password word: the rules leave these, the model scores them.
SIGN_IN_VALUES: list[tuple[str, str]] = [
    ("office login, written on a sticky note:\nKatze.Maus.19", "Katze.Maus.19"),
    ("Login bei der Sparkasse:\nWinterWald_88", "WinterWald_88"),
    ("my login: BlueSky!Door7", "BlueSky!Door7"),
]


@pytest.mark.parametrize(("text", "secret"), SIGN_IN_VALUES)
def test_a_value_after_a_sign_in_word_alone_is_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert_secret_gone(redactor, "learned stage, sign-in word", text, secret)


# The learned stage itself finds these (the rules did already: strong shapes).
MODEL_FINDS: list[tuple[str, str]] = [
    ("Login fürs Intranet\nQv7#tmLa9!wz", "Qv7#tmLa9!wz"),
    ("Anmeldung Kundenportal, notiert:\nkundennr 448812\nRt6&Zu8#Pk1q", "Rt6&Zu8#Pk1q"),
    ("the sign-in page rejects this one Vb9!xQw3#Lm7", "Vb9!xQw3#Lm7"),
]


@pytest.mark.parametrize(("text", "secret"), MODEL_FINDS)
def test_the_model_reads_a_sign_in_word_alone(text: str, secret: str) -> None:
    assert secret in [text[s:e] for s, e in pm.model_spans(text)]


# Twins: the same sign-in talk, with something that is not a password after it.
SIGN_IN_OTHERS = [
    "Login fürs Intranet\nRaum-204",
    "Login fürs Intranet\nTicket-4471",
    "office login, written on a sticky note:\nhelpdesk-3",
    "office login, see the screenshot:\nscreenshot_2024-03-12.png",
    "Login for the staff portal\nkarl.weber\nversion 2.14.7",
    "login page shows Error-500x since Monday",
    "Login am 12.03.2024 um 14:30 fehlgeschlagen",
    "Anmeldung scheitert jedes Mal mit Fehlercode E-4471",
    "the sign-in page shows build v2.14.7-rc1",
    "sudo apt install nginx1.18 fails",
    # a program's identifier, a value a label names as a code or step
    "Anmeldung bricht ab bei Schritt Verify_Token_3",
    "login error, status AUTH7x shown twice",
    "sign-in broken since build R2x9 went live",
]


@pytest.mark.parametrize("text", SIGN_IN_OTHERS)
def test_sign_in_talk_without_a_value_stays(redactor: Redactor, text: str) -> None:
    assert pm.model_spans(text) == []
    assert redactor.redact(text).text == text


def test_a_sign_in_word_reaches_without_a_password_word() -> None:
    toks = pf.tokens("login broken, last used Qv7#tmLa9!wz")
    kinds = [pf.word_kind(t.core) for t in toks]
    assert "pw" not in kinds
    assert len(toks) - 1 in pf.candidates(toks, kinds, 80)


# ------------------------------------------------------------------ the trainer


def test_the_sparse_fit_equals_the_dense_loss_minimum() -> None:
    # a token repeated is one row with a count: the same minimum as the rows one by one
    width = len(pf.FEATURES)
    xs = [[0, 5], [0, 5], [0, 5], [0, 7], [0, 7], [0]]
    ys = [1, 1, 0, 0, 0, 1]
    w = np.asarray(train.fit(xs, ys))
    x = np.zeros((len(xs), width))
    for r, on in enumerate(xs):
        x[r, on] = 1.0
    p = 1.0 / (1.0 + np.exp(-(x @ w)))
    grad = x.T @ (p - np.asarray(ys)) / len(ys) + train.L2 * np.r_[0.0, w[1:]]
    assert np.abs(grad).max() < 1e-3
    assert w[0] + w[5] > 0 > w[0] + w[7]


def test_the_training_pool_keeps_untrained_and_public_sets_out_unless_asked() -> None:
    default = {e["name"] for e in train.pool()}
    assert "redteam-v10" in default and "public-i" in default
    assert "redteam-v35a" not in default and "public-ae" not in default
    untrained = {e["name"] for e in train.pool(frozenset({"untrained"}))}
    assert "redteam-v35a" in untrained and "public-ae" not in untrained
    public = {e["name"] for e in train.pool(frozenset({"public"}))}
    assert "public-ae" in public and "redteam-v35a" not in public
    held_out = train.LOWO_DEFAULT.split(",")
    assert not set(held_out) & default  # every default held-out writer is unseen by default
