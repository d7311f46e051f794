"""Round 37, the learned password stage: in a text with no password, login, PIN or Wi-Fi
word, a verb of entering or choosing ("tried", "typed", "set it to", "eingegeben",
"geändert") reaches its neighbours; those tokens are weighed by their own copy of every
feature ("far:") against their own threshold, and the pre-check runs the stage (alone) for
such a text (``precheck.LEARNED``). Every text is written here (none is a corpus item): the
secret goes, the look-alike of an order, a version, a phone number or a product stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction import password_features as pf
from redaction.normalize import normalize
from redaction.precheck import LEARNED, PASSWORD, families
from redaction.recognizers import password_model as pm
from tests.redaction.helpers import assert_secret_gone

# No password, login, PIN or Wi-Fi word: a customer says what they typed or set.
ENTERED: list[tuple[str, str]] = [
    ("I changed it yesterday to Lighthouse.Beach.42. Today it fails again.", "Lighthouse.Beach.42"),
    ("vielleicht hab ich statt 1 ein l getippt: Ha1lenbad oder so", "Ha1lenbad"),
    ("ich gebe ein: Köln!2020 ... oder war es Koeln!2020 ...", "Köln!2020"),
    ("ich gebe ein: Köln!2020 ... oder war es Koeln!2020 ...", "Koeln!2020"),
    ("auf Kastanie#12 geändert", "Kastanie#12"),
    ("I typed it slowly: k-i-w-i-7-7 and still no", "k-i-w-i-7-7"),
    ('ich hab dreimal "Regentonne" getippt, dann "Regentonne1". Abgelehnt.', "Regentonne1"),
]


@pytest.mark.parametrize(("text", "secret"), ENTERED)
def test_a_value_after_a_verb_of_entering_is_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert_secret_gone(redactor, "learned stage, verb of entering", text, secret)


@pytest.mark.parametrize(("text", "secret"), ENTERED)
def test_the_model_finds_it_by_the_far_features(text: str, secret: str) -> None:
    assert secret in [text[s:e] for s, e in pm.model_spans(text)]


# Twins: the same verbs with an order, a version, a phone number, a product, a code.
ENTERED_OTHERS = [
    "I changed it yesterday to version 4.2.19. Today it fails again.",
    "ich gebe ein: 50667 Köln ... oder war es 50668 ...",
    "I typed it slowly on my iPad Air 2 and still no",
    'ich hab dreimal "Regentonne" getippt, dann "Regenfass". Abgelehnt.',
    "auf Tarif M-24 geändert",
    "I entered hello123 into the search box of the shop",
    "we tried the coupon SPRING24 at checkout",
    "my kid changed my display name to 'grumpycat77' as a joke",
    "I typed order AB-4471 into the search and it still says no",
    "ich hab gestern auf Version 2.4.1 geändert und seitdem geht nix",
    "tried the iPhone 15 and the Pixel 8, neither works",
    "I set the meeting to 14:30",
    "I tried calling +49 170 1234567 twice",
    "we changed the order ORD-55812 yesterday",
    "I used the code SUMMER20 at checkout",
    "ich habe die Rechnung RE-2024-0815 eingegeben",
    "set the timezone to UTC+2",
    "tried Windows11 and macOS14",
]


@pytest.mark.parametrize("text", ENTERED_OTHERS)
def test_entering_talk_without_a_secret_stays(redactor: Redactor, text: str) -> None:
    assert pm.model_spans(text) == []
    assert redactor.redact(text).text == text


def test_the_stage_runs_alone_on_a_verb_of_entering() -> None:
    text = normalize("auf Kastanie#12 geändert").text
    possible = families(text)
    assert LEARNED in possible and PASSWORD not in possible
    # no shaped token, no verb: nothing to run
    assert LEARNED not in families(normalize("auf Kastanie geändert").text)
    # (round 42: not "Kastanie#12": its "tan" is a TAN word to the stage's own gate, which
    # the pre-check now asks, ``password_model.might_find``)
    assert LEARNED not in families(normalize("Eiche#12 is a nice name").text)


def test_a_verb_of_entering_reaches_only_without_a_password_word() -> None:
    toks = pf.tokens("tried Lakeside_41 again")
    kinds = [pf.word_kind(t.core) for t in toks]
    assert [toks[i].core for i in pf.candidates(toks, kinds, 80)] == ["Lakeside_41", "again"]
    # with a password word, its reach decides as before (the "far:" features stay off)
    toks = pf.tokens("password reset mail never came, " + "x " * 20 + "tried Lakeside_41")
    kinds = [pf.word_kind(t.core) for t in toks]
    assert len(toks) - 1 not in pf.candidates(toks, kinds, 80)


def test_a_hostile_text_is_left_to_the_rules() -> None:
    text = "tried Ab1! " * 200
    assert not pm.might_enter(text, text.lower())
    assert pm.model_spans(text) == []
