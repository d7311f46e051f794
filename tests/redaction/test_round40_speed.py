"""Round 40 (speed): cheaper tests in the pre-check and the recognizers, with the same
results (every corpus text and the benchmark's stream give the same masked text and
findings before and after).

Each cheaper test is a necessary condition of the scan it spares, or the same test in
another form. These cases pin that: texts each new test must let through are still
redacted as with the pre-check off, hard twins (the same wording with nothing to mask)
stay as they are, and seeded random texts check every new test against the scan it guards.
Cases in our own words."""

from __future__ import annotations

import random
import re as stdre

import pytest
import regex

from redaction import Redactor, precheck
from redaction.recognizers import card_details, credential, one_time_code, password
from redaction.recognizers.base import umlaut_spellings

# The pre-check's fragments these cheaper tests guard.
_ENTRY_FRAGMENT = password.PRECHECK_PATTERNS[8]
_TWO_WORDS = password.PRECHECK_PATTERNS[9]

POSITIVES = [
    # a value judged by a sign-in (the words after it), no password word
    "Sommer24 funktioniert nicht mehr",
    "Hamburg99 wurde abgelehnt",
    "Kranich-5 geht nicht mehr",
    # a cue before the value
    "tried Meteor-7 twice",
    "I typed Kiwi-88 and nothing",
    "Set it to Lagune-31 yesterday",
    # two words with a number, in a text that is not ASCII
    "Ich hab Käsebrot12 und käsebrot12 probiert, beides falsch",
    "Zugang für Müller: erst Tulpe77, dann tulpe77 – geht beides nicht",
]
TWINS = [
    "The sync stopped working yesterday at 5pm.",
    "Ticket OCA-004711 - bitte um Rückmeldung",
    "Rechnung Nr. RE-2024-036868 über 977,90 EUR",
    "Invoice RE-2024-068575 shows 3.628,24 € but I expected less",
    "Zimmer 12b, Etage 3 – Grüße",
    "Version 3.2 works, v4 does not",
    "Können Sie mir bitte die Rechnung per E-Mail schicken?",
    "Wie lange dauert die Bearbeitung?",
    "The export to Excel does not include the last week.",
    "Which words do I need for the recovery?",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_positive_found_as_without_the_precheck(
    redactor: Redactor, unfiltered: Redactor, text: str
) -> None:
    got, want = redactor.redact(text), unfiltered.redact(text)
    assert got.entities, text
    assert (str(got.text), got.entities) == (str(want.text), want.entities)


@pytest.mark.parametrize("text", TWINS)
def test_twin_left_as_without_the_precheck(
    redactor: Redactor, unfiltered: Redactor, text: str
) -> None:
    got, want = redactor.redact(text), unfiltered.redact(text)
    assert not got.entities, text
    assert (str(got.text), got.entities) == (str(want.text), want.entities)


def test_positives_reach_the_password_family() -> None:
    # no trigger literal in these: only the fragments' gates let them through
    for text in POSITIVES[:3] + POSITIVES[6:]:
        if precheck._LITERAL_SCAN.search(text.lower()) is None:
            assert precheck.PASSWORD in precheck.families(text), text


def _random_texts(seed: int, atoms: list[str], n: int, most: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(atoms) + rnd.choice(("", " ")) for _ in range(rnd.randint(1, most)))
        for _ in range(n)
    ]


def test_entry_gate_lets_every_match_through() -> None:
    atoms = [
        *(
            "I typed entered tried set changed it to Pasted PUT IN log in with signed on using "
            "Sommer24 a1 1a x-9 9!b 5pm works worked geht nicht funktioniert nicht mehr "
            "eingegeben ein wurde abgelehnt was rejected is not accepted İ ſet ı _ , ; : ( \" ' "
            "12 ab"
        ).split(),
        " ",
        "  ",
        "\n",
    ]
    texts = _random_texts(40, atoms, 20_000, 8)
    fragment = regex.compile(_ENTRY_FRAGMENT, regex.IGNORECASE)
    matched = 0
    for text in texts:
        if password._ENTRY_AFTER.search(text) is not None:
            matched += 1
            assert password._ENTRY_AFTER_GATE.search(text) is not None, text
        if text.isascii() and password._ENTRY_BEFORE.search(text) is not None:
            matched += 1
            assert password._ENTRY_CUE_SCAN.search(text.lower()) is not None, text
        if fragment.search(text) is not None:
            assert password.entry_gate(text), text
    assert matched > 500  # (the atoms do make matches)


def test_two_words_gate_lets_every_match_through() -> None:
    rnd = random.Random(41)
    texts = [
        "".join(rnd.choice("aZ9_.-  x1é\n") for _ in range(rnd.randint(1, 14)))
        for _ in range(50_000)
    ]
    word = regex.compile(_TWO_WORDS.split(r"[\s\S]{0,600}?")[0], regex.IGNORECASE)
    fragment = regex.compile(_TWO_WORDS, regex.IGNORECASE)
    matched = 0
    for text in texts:
        if word.search(text) is not None:
            matched += 1
            assert password._digit_after_word(text), text
        if fragment.search(text) is not None:
            assert precheck._fragment_found(text, text.lower()), text
    assert matched > 1000


def test_letter_before_digit_as_before() -> None:
    old = regex.compile(r"[^\W\d_]\d")
    for text in _random_texts(42, ["a", "Ä", "1", "٣", "_", " ", "-", "x9", "9x"], 20_000, 6):
        assert (password._LETTER_DIGIT.search(text) is None) == (old.search(text) is None), text


def test_expiry_hint_as_before() -> None:
    old = stdre.compile(
        umlaut_spellings(
            "exp|valid|gültig|lauf|läuft|verf|good|mm/|usable|work|active|last|end|run|"
            "gilt|geht|until|till|thru|through|bis"
            # (round 48: a form's spaced placeholder, "MM / YY", r48-cred)
            "|mm /"
        )
    )
    atoms = (
        "ex p valid gültig gueltig lauf läuft laeuft ver f good mm / usable work last en d".split()
    )
    for low in _random_texts(43, [*atoms, " ", "a"], 20_000, 5):
        assert (card_details._EXP_HINT.search(low) is None) == (old.search(low) is None), low


def test_phrase_and_yubikey_still_read() -> None:
    text = "my recovery phrase is: orange velvet candle river stone apple tiger"
    assert one_time_code.phrase_spans(text, text.lower())
    assert not one_time_code.phrase_spans("the phrase of the day", "the phrase of the day")
    otp = "cccccbhkevjgtrkklbfdrjfkerlcfjhetccrv"
    text = f"YubiKey OTP {otp}"
    assert one_time_code.yubikey_otp_spans(text, text.lower()) == [(12, 12 + len(otp))]
    text = f"key {otp}"
    assert one_time_code.yubikey_otp_spans(text, text.lower()) == []


def test_short_token_literals_cover_every_prefix() -> None:
    # a prefix added without "_" or "-" at its end needs its literal in short_token_hinted
    for prefix in credential.DISTINCT_PREFIXES:
        assert prefix.endswith(("_", "-")) or prefix in (
            r"hv[sb]\.",
            r"(?:AKIA|ASIA)(?=[A-Z0-9]{8,24}(?![A-Za-z0-9]))",
        ), prefix
    for text in ("ghp_abcd1234efgh", "hvs.CAESIabcdefgh", "AKIA2JFQEXAMPLE7Z", "xoxb-12345678"):
        assert credential.short_token_hinted(text), text
    assert not credential.short_token_hinted("hello, is anyone there? ghp abcd1234efgh")
