"""Round 43, speed (r43-speed): the same output for less work on messages with nothing to mask.

- The learned stage's gate (``password_features.any_trigger``, which the pre-check asks
  through ``password_model.might_find``) read a PIN word's literal anywhere: "tan" in
  "Kastanie", "important", "standard", "pin" in "shipping", "otp" in "hotpot". A PIN word is
  a whole token core (``_PIN_WORD`` is anchored at both ends), so the literal now counts only
  with no word character beside it (or a hyphen joining it: "PIN-Nummer", "Support-PIN").
- ``card_details.gives_expiry_alone`` asks its three expiry-word gates after one scan for an
  expiry word, which most chat fails.

Every text is written here (none is a corpus item). The twins fail on round 42's code (the
stage, and with it the ``LEARNED`` family, opened on them); the positives and guards hold on
both and guard that nothing the stage reads is ruled out.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction import password_features as pf
from redaction.normalize import normalize
from redaction.precheck import LEARNED, families
from redaction.recognizers import card_details
from tests.redaction.helpers import assert_secret_gone, expiry_gate_parts

# A PIN or TAN word as a token of its own, however it is framed: the stage still reads it.
PIN_WORDS: list[str] = [
    "TAN 4 7 1 1 9 3",
    "die TAN: Wolke#77",
    "(TAN) Wolke#77",
    "„TAN“ Wolke#77",
    "tan=Wolke#77",
    "code=tan Wolke#77",
    "Support-PIN Wolke#77",
    "PIN-Nummer Wolke#77",
    "pins: Wolke#77",
    "Pincode Wolke#77",
    "OTP Wolke#77",
    "2FA Wolke#77",
    "die TAN lautet Wolke#77",
    "TAN, dann Wolke#77",
]

# The same letters inside a word: no PIN word, no other trigger, so nothing for the stage.
INSIDE_WORDS: list[str] = [
    "Kastanie#12 is a nice name",
    "the important one is Build#12?",
    "standard plan, Build#12?",
    "an instant reply to Ticket#12?",
    "Mein Haustan#12 ist weg?",
]
# ... where another pre-check literal is in the word ("pin", "otp"): the stage's own gate
# stays shut (the pre-check opens the password families for their rules)
INSIDE_LITERALS: list[str] = [
    "shipping to Lager#12?",
    "our hotpot order Menu#12?",
    "the spinning wheel Rad#12?",
]


@pytest.mark.parametrize("text", PIN_WORDS)
def test_a_pin_word_of_its_own_opens_the_learned_stage(text: str) -> None:
    norm = normalize(text).text
    assert pf.any_trigger(norm)
    assert LEARNED in families(norm)


@pytest.mark.parametrize("text", INSIDE_WORDS)
def test_a_pin_literal_inside_a_word_opens_nothing(text: str) -> None:
    norm = normalize(text).text
    assert not pf.any_trigger(norm)
    assert LEARNED not in families(norm)


@pytest.mark.parametrize("text", INSIDE_LITERALS)
def test_the_stage_gate_skips_a_pin_literal_inside_a_word(text: str) -> None:
    norm = normalize(text).text
    assert not pf.any_trigger(norm)
    assert not pf.may_have_seed(norm, norm.lower())


@pytest.mark.parametrize("text", PIN_WORDS + INSIDE_WORDS + INSIDE_LITERALS)
def test_the_gate_holds_every_pin_word_core(text: str) -> None:
    # soundness: a token whose core is a PIN word makes the gate true (the stage's candidates
    # need such a word, ``password_features.candidates``)
    norm = normalize(text).text
    if any(pf.word_kind(t.core) == "pin" for t in pf.tokens(norm)):
        assert pf.any_trigger(norm)


def test_a_literal_starting_inside_a_pin_literal_is_found() -> None:
    # "otp" then "pass" over one letter: the scan moves on by one character, not past "otp"
    assert pf.any_trigger("hotpass")
    assert pf.any_trigger("Kastanmelden")  # "tan" inside, "anmeld" from its second letter


def test_the_stage_still_masks_a_tan_read_out(redactor: Redactor) -> None:
    assert_secret_gone(redactor, "learned stage, TAN word", "TAN 4 7 1 1 9 3", "4 7 1 1 9 3")


EXPIRY_TEXTS: list[str] = [
    "need the expiry? 03/28",
    "card ending 4444, expiry 11/29",
    "meine Kreditkarte läuft 09/26 ab",
    "exp 12/27",
    "valid thru 08/30",
    "Ablauf ist glaube ich 09/27, Karte endet auf 3316",
    "When are you open on weekends?",
    "the last order ended 09/27?",
    "I get error 500 when I upload a file",
]


@pytest.mark.parametrize("text", EXPIRY_TEXTS)
def test_the_expiry_gate_is_its_parts(text: str) -> None:
    assert card_details.gives_expiry_alone(text) == expiry_gate_parts(text)
