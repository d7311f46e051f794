"""Round ten of issue 10, the password side: the learned scorer (``password_model``) and
the causes of round 10's password false hits. Every text is written here (none is a
corpus item), in both directions: the secret goes, the look-alike stays."""

from __future__ import annotations

import json

import pytest

from redaction import Redactor
from redaction import password_features as pf
from redaction.recognizers import password_model as pm
from tests.redaction.helpers import assert_secret_gone

# ------------------------------------------------------------------ the model itself


def test_committed_model_matches_the_features() -> None:
    data = json.loads(pm.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["features"] == list(pf.FEATURES)
    model = pm.default_model()
    assert len(model.weights) == len(pf.FEATURES)
    assert 0.0 < model.grow < model.threshold < 1.0
    assert "redteam-v10" in data["trained_on"] and "public-i" in data["trained_on"]


def test_score_is_a_probability_of_the_active_features() -> None:
    model = pm.PasswordModel(weights=(0.0, 2.0, -2.0), threshold=0.9, grow=0.5)
    assert model.score([]) == pytest.approx(0.5)
    assert model.score([1]) == pytest.approx(1 / (1 + 2.718281828**-2), rel=1e-6)
    assert model.score([1, 2]) == pytest.approx(0.5)


def test_features_differing_from_the_module_are_refused() -> None:
    data = json.loads(pm.MODEL_PATH.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError):
        pm.PasswordModel.from_json(data)


def test_text_without_any_trigger_has_no_candidates() -> None:
    toks, cands, features = pf.analyse("Hello, the parcel arrived on Monday, thanks a lot!")
    assert (toks, cands, features) == ([], [], [])


def test_glued_key_and_value_are_two_tokens() -> None:
    cores = [t.core for t in pf.tokens('cfg "mail_pw=Qz9!aa" and x')]
    assert cores == ["cfg", "mail_pw", "Qz9!aa", "and", "x"]


WEIGHT_TOLERANCE = 0.02


@pytest.mark.slow
def test_training_reproduces_the_committed_weights() -> None:
    from redaction.data import train_password_model as train

    committed = json.loads(pm.MODEL_PATH.read_text(encoding="utf-8"))
    fresh = train.train(set())
    # A forgotten retrain after a corpus or label change shows in these counts; one after a
    # feature change moves the weights far past the tolerance below.
    assert (fresh["examples"], fresh["positives"]) == (
        committed["examples"],
        committed["positives"],
    )
    # The weights only within a tolerance: numpy's BLAS kernels sum in a CPU-dependent order
    # (AVX2 vs AVX-512), and Adam's normalised steps amplify that in weights whose gradient
    # is near zero (seen: 0.0067 between two machines, largest weight 2.76).
    assert len(fresh["weights"]) == len(committed["weights"])
    drift = max(abs(a - b) for a, b in zip(fresh["weights"], committed["weights"], strict=True))
    assert drift <= WEIGHT_TOLERANCE, f"retrain with `make password-model` (drift {drift})"


# What the scorer finds that no rule names: a word with a number after a login word when
# the message talked about passwords earlier, a value after a numbered attempt.
MODEL_FINDS: list[tuple[str, str]] = [
    (
        "my password elsewhere changes nothing, this is about your login: Quarzsand2019",
        "Quarzsand2019",
    ),
    ("Passwort beim dritten Anlauf, nach dem Login: Wiesel2020", "Wiesel2020"),
    ("Passwort 3. Anlauf: Silberfuchs2020", "Silberfuchs2020"),
]


@pytest.mark.parametrize(("text", "secret"), MODEL_FINDS)
def test_model_stage_finds(redactor: Redactor, text: str, secret: str) -> None:
    assert secret in [text[s:e] for s, e in pm.model_spans(text)]
    assert_secret_gone(redactor, "learned stage", text, secret)


# Near a password or login word, but no password: the scorer leaves them.
MODEL_LEAVES = [
    "Login page - Error-500x shows up",
    "Anmeldung geht nicht, Fehler Auth-401x",
    "after the login the dashboard shows Windows11 and Office365",
    "I forgot my password, can you send me a reset link please?",
    "das Passwort muss mindestens 12 Zeichen lang sein",
    "password=[PASSWORD] and user=[PASSWORD]",
]


@pytest.mark.parametrize("text", MODEL_LEAVES)
def test_model_stage_leaves(redactor: Redactor, text: str) -> None:
    assert pm.model_spans(text) == []
    assert redactor.redact(text).text == text


def test_passphrase_run_is_one_span() -> None:
    text = "Passwort: Kaffee Kanne Keks"
    assert pm.model_spans(text) in ([], [(10, 27)])


# ------------------------------------------------------------------ causes of false hits

# (cause, text): must come out unchanged
KEPT: list[tuple[str, str]] = [
    # a closing quote ends the value: the word after it is prose
    ("closing quote", "each check prints 'pass: yes' to the console"),
    ("closing quote", 'our linter writes "pass: false" at the top'),
    # an address ending a sentence, then a closing on the next line: no user/password pair
    (
        "sentence end before a new line",
        "Please reset the password for the account lena.w@example.net.\nKind regards\nLena",
    ),
    # a preposition starts a phrase about a source, not a passphrase
    ("preposition lead", "das Feld Kennwort ist gemäß Protokoll unverändert"),
    ("preposition lead", "the password column is according to the audit log untouched"),
    # a format string's numbered or named field
    ("format field", 'conn = "Host={0};Username={1};Password={3};"'),
    ("format field", 'string.Format("User={0};Pwd={1}", user, pw)'),
    # an action or package at a version near a login word
    ("package at a version", "Before login run actions/checkout@v4 and then setup-node@v3"),
]


@pytest.mark.parametrize(("cause", "text"), KEPT)
def test_kept(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact(text).text == text, cause


# (cause, text, secret)
MASKED: list[tuple[str, str, str]] = [
    # an explicit password= key: a short word that looks like a suffix is still its value
    ("password= key", "username=joe\npassword=olive", "olive"),
    ("password= key", "host=intranet\nuser=maja\npassword=king", "king"),
]


@pytest.mark.parametrize(("cause", "text", "secret"), MASKED)
def test_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    assert_secret_gone(redactor, cause, text, secret)
