"""Round 38, passwords given away while the customer talks about them: in a text with no
password, login, PIN or Wi-Fi word, a word of talk about a password's quality or its
acceptance ("strong enough", "rejected", "Sonderzeichen", "erlaubt") lets the learned
stage judge the message's password-shaped tokens by their shape (the "far:" model), and a
question in such talk is a question about the customer's own value, not about what a token
is. Every text is written here (none is a corpus item): the secret goes; a coupon's or a
product's code in capitals, a program's key, a header, a help page's example stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction import password_features as pf
from redaction.normalize import normalize
from redaction.precheck import LEARNED, PASSWORD, families
from redaction.recognizers import password_model as pm
from tests.redaction.helpers import assert_secret_gone

TALKED_ABOUT: list[tuple[str, str]] = [
    ("is Kolibri#58 strong enough for the shop account?", "Kolibri#58"),
    ("warum wird Zitrone_73 abgelehnt? hat doch Sonderzeichen", "Zitrone_73"),
    ("the meter says weak for marmot4life, seriously?", "marmot4life"),
    ("Darf ich Bergsee!9 nehmen, oder sind Ausrufezeichen nicht erlaubt?", "Bergsee!9"),
    ("Quitte-Honig-12 has 15 characters, why is it rejected", "Quitte-Honig-12"),
]


@pytest.mark.parametrize(("text", "secret"), TALKED_ABOUT)
def test_a_value_in_talk_about_its_quality_is_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert_secret_gone(redactor, "learned stage, talk about a password's quality", text, secret)


@pytest.mark.parametrize(("text", "secret"), TALKED_ABOUT)
def test_the_model_finds_it_by_the_far_features(text: str, secret: str) -> None:
    assert secret in [text[s:e] for s, e in pm.model_spans(text)]


# The same talk with no secret of the customer's in it
TALK_WITHOUT_A_SECRET: list[str] = [
    "the example in the docs, Kolibri#58, is rejected as too weak",
    "Laut Hilfeseite ist Zitrone_73 ein Beispiel, das abgelehnt wird",
    "Is the coupon SOMMER25 still accepted? The shop says rejected",
    "Accept: application/json\nX-Trace: 7f3a9c2e11d04b6a",
    "our config has upperCaseRequired set, is that allowed?",
    "is the new router strong enough for 4K streaming?",
    "product K9PAK was rejected by the carrier",
]


@pytest.mark.parametrize("text", TALK_WITHOUT_A_SECRET)
def test_quality_talk_without_a_secret_stays(redactor: Redactor, text: str) -> None:
    assert pm.model_spans(text) == []
    assert redactor.redact(text).text == text


def test_the_stage_runs_alone_on_quality_talk() -> None:
    possible = families(normalize("is Kolibri#58 strong enough?").text)
    assert LEARNED in possible and PASSWORD not in possible
    assert LEARNED not in families(normalize("is Kolibri#58 nice?").text)


def test_a_word_used_as_a_label_is_no_talk() -> None:
    text = "Requirement: Kolibri#58"
    assert not pf.talks_about_quality(text, pf.tokens(text))
    text = "Kolibri#58 meets the requirement"
    assert pf.talks_about_quality(text, pf.tokens(text))


def test_the_training_view_leaves_talk_reach_out() -> None:
    text = "is Kolibri#58 strong enough?"
    toks = pf.tokens(text)
    kinds = [pf.word_kind(t.core) for t in toks]
    assert [toks[i].core for i in pf.candidates(toks, kinds, 80, text)] == ["Kolibri#58"]
    assert pf.candidates(toks, kinds, 80, text, talk=False) == []
