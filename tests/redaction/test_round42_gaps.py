"""Round 42: the pre-check's gaps a scan of every corpus piece found, fixed at the root.

Each shape in invented variants (other keys, values, order, EN and DE): with the pre-check,
the redaction is the one of every recognizer (``unfiltered``), and the value is masked; the
twins (a past expiry of a card named by its tail, words that only hold a key's letters) stay
as they are.
"""

from __future__ import annotations

import pytest

from redaction import Redactor, precheck
from redaction.normalize import normalize
from redaction.required_literals import required_literals
from tests.redaction.precheck_scan import ruled_out

# --------------------------------------------------------------- the literal reader


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        ("token", {"token"}),
        # a small class and an optional part spelled out (a literal holding another dropped)
        ("cv[vcn]2?", {"cvv", "cvc", "cvn"}),
        ("card[_-]?code", {"cardcode", "card_code", "card-code"}),
        ("c_v_[vc]", {"c_v_v", "c_v_c"}),
        # an alternation: the union of its branches' literals
        ("sess|sid|cookie", {"sess", "sid", "cookie"}),
        ("schl(?:ü|ue)ssel", {"schlüssel", "schluessel"}),
        # a part any character may fill splits the runs: one of them is required
        (r"security\s+code", {"security"}),
        # look-arounds and anchors hold no character
        (r"(?<!social\s)\bsecurity\b", {"security"}),
        # case-blind: read lower-cased
        ("(?i)Bearer", {"bearer"}),
        ("(?:PIN|Tan)[ ]?\\d+", {"pin", "tan"}),
    ],
)
def test_required_literals_of_a_pattern(pattern: str, literals: set[str]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:key)?\w+", "a*", r"key|\d{3}", r"\p{L}+"])
def test_a_pattern_without_a_required_literal(pattern: str) -> None:
    """No literal is required (an alternative without one, an optional one), or the stdlib
    parser cannot read it (``regex``'s syntax): None, never a wrong set."""
    assert required_literals(pattern) is None


def test_a_known_literal_is_preferred() -> None:
    """Of a sequence's requirements the one the caller scans for already: "sec" for
    "sec code", not the more selective "code" it would scan for anew."""
    assert required_literals(r"sec\.?\s+code") == {"code"}
    assert required_literals(r"sec\.?\s+code", known=("sec",)) == {"sec"}


def test_a_gate_literal_the_triggers_lack_is_derived() -> None:
    """A key taught to a recognizer's gate becomes a pre-check literal by itself (and the
    keyed CVC's letters apart are one now)."""
    assert {"c_v_c", "c_v_v"} <= set(precheck.TRIGGERS)
    assert precheck.literals_beyond(r"cv[vc]|c_v_[vc]|kpz", ("cvv", "cvc")) == (
        "c_v_c",
        "c_v_v",
        "kpz",
    )
    with pytest.raises(ValueError):
        precheck.literals_beyond(r"\d{3}", precheck.TRIGGERS)


# --------------------------------------------------------------- the shapes


def _same_and_sound(unfiltered: Redactor, redactor: Redactor, text: str) -> str:
    assert ruled_out(unfiltered, normalize(text).text) == ()
    masked = str(redactor.redact(text).text)
    assert masked == str(unfiltered.redact(text).text)
    return masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a card security code under a gateway's key with its letters apart
        (" c_v_v2: '731' — geht das mit Discover über Gestpay?", "731"),
        ("payment = {card_c_v_c: 4409, brand: 'amex'}", "4409"),
        ("Feld C_V_V=582 wird abgelehnt", "582"),
        # a session id under its own key, no other credential word in the text
        ("SESSIONID=f81kq2zz9", "f81kq2zz9"),
        ("session_id  =  Zq7w", "Zq7w"),
        ("PHPSESSID = k29xq7m2", "k29xq7m2"),
        ("my sess_id: 8d7f6e5c", "8d7f6e5c"),
        # a card named by its last digits, its expiry a few words after the label
        ("card ending 6021, expiry is I think 10/28, can you update it", "10/28"),
        ("Visa ending 2231 - expiry I believe 11/29", "11/29"),
        ("Karte endet auf 9318, Ablauf ist glaube ich 03/29", "03/29"),
    ],
)
def test_the_scanned_shapes_are_found_with_the_precheck(
    unfiltered: Redactor, redactor: Redactor, text: str, value: str
) -> None:
    assert value not in _same_and_sound(unfiltered, redactor, text)


def test_the_learned_stage_is_not_ruled_out_by_a_tan_word(unfiltered: Redactor) -> None:
    """The learned stage reads a text with a PIN or TAN word and a shaped token (its own
    gate): the pre-check names its family there."""
    for text in (
        'pushTAN am Handy: "TAN 5 2 8 8 0 4" für 87,50 EUR, wie breche ich ab?',
        "the PIN shown was 7 3 3 9 for the new card",
    ):
        assert ruled_out(unfiltered, normalize(text).text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # twins: an old card's expiry, named only by its last digits (it is over: no secret)
        "Frage zur Rechnung: Karte endet auf 5520, Ablauf war 07/23, wir haben jetzt eine neue.",
        "card ending 1187, the expiry was 02/24, a replacement is on its way",
        "Karte endet auf 6402, die war gültig bis 11/23, bitte entfernen.",
        "my old card ending 3390 expired 05/24",
    ],
)
def test_a_past_expiry_by_its_tail_stays(
    unfiltered: Redactor, redactor: Redactor, text: str
) -> None:
    assert _same_and_sound(unfiltered, redactor, text) == text


@pytest.mark.parametrize(
    "text",
    [
        # (guards: words holding the new key literals "sid" and "pat", no key, no value)
        "Please reconsider the side panel layout for version 2.4.1",
        "Patch 3.2 for the path /srv/app, see ticket 48812",
        "Die Session ist nach 30 Minuten abgelaufen, Ticket 77120",
    ],
)
def test_words_with_a_key_literal_stay(unfiltered: Redactor, redactor: Redactor, text: str) -> None:
    assert _same_and_sound(unfiltered, redactor, text) == text


@pytest.mark.parametrize(
    "text",
    [
        # the current card's expiry by its tail is still masked (present tense, or none)
        "Karte endet auf 5520, Ablauf 07/29",
        "card ending 1187, it expires 02/30",
    ],
)
def test_a_current_expiry_by_its_tail_is_masked(
    unfiltered: Redactor, redactor: Redactor, text: str
) -> None:
    assert "[EXPIRY]" in _same_and_sound(unfiltered, redactor, text)
