"""Speed pass 5 (round 27): each new shortcut answers what the scan it skips would.

- ``password._forward`` reads only the password word's own line for a connector;
- ``_Finder._passphrase`` gives up when fewer than two spaces follow its start;
- ``base.digits_at_least`` replaces the ten ``str.count`` calls of the digit budgets in the
  pre-check and in ``card._too_few_to_spell``.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction import Redactor, precheck
from redaction.recognizers import card, password
from redaction.recognizers.base import digits_at_least

# ------------------------------------------------------------------ _forward, one line

# (text, end of the password word): connectors on the word's line, on the next line, and
# none; "\n" right after the word, qualifiers before the connector, spoken connectors
FORWARD_CASES = [
    ("Password: Tulpe-88", 8),
    ("Passwort ist Sommer2024", 8),
    ("password (the old one) = x9y8", 8),
    ("password, which I changed, is x9y8", 8),
    ("Passwort\n: Tulpe-88", 8),
    ("Passwort\nist Tulpe-88", 8),
    ("das Passwort\nist x", 12),
    ("Password:\nTulpe-88", 8),
    ("password is\nTulpe-88\n", 8),
    ("my password stored encrypted?\nyes: x", 11),
    ("I forgot my password", 20),
    ("I forgot my password\nplease reset it, thanks - Anna", 20),
    ("password reset link?\nand the pin is 1234", 8),
    ("Passwort doppelpunkt x", 8),
    ("pw colon blue sky", 2),
    ("password\n\n\nis x", 8),
    ("password \n= x", 8),
    ("Password → x", 8),
    ("password -- x", 8),
    ("password ’s x", 8),
    ("password's x", 8),
    ("pw wrote it down as x\nfoo", 2),
    ("Kennwort habe ich x", 8),
    ("Kennwort\nhabe ich x", 8),
]


def _spans(m: object) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group())  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "end"), FORWARD_CASES)
def test_forward_gate_finds_what_the_pattern_finds(text: str, end: int) -> None:
    assert _spans(password._forward(text, end)) == _spans(password._FORWARD.match(text, end))


_PIECES = (
    " |  |\n|:|=|?|,|-|(|)|'|\"|is|ist|was|x|Tulpe|88|which|colon|as|down|→|.|!|auf|habe ich"
).split("|")


def test_forward_gate_on_random_lines() -> None:
    """Random texts of connector parts, line breaks among them: the gate never hides a
    match of ``_FORWARD`` from any position."""
    rng = random.Random(27)
    for _ in range(1500):
        text = "password" + "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        for end in range(len(text) + 1):
            assert _spans(password._forward(text, end)) == _spans(
                password._FORWARD.match(text, end)
            ), (text, end)


# ------------------------------------------------------------------ _passphrase, two spaces

PHRASES = [
    "Passwort ist correct horse battery staple",
    "password: blaue Katze sitzt am Fenster 1987",
    "pass phrase: mein kleiner grüner kaktus",
    "the password is purple elephant dancing, ok?",
    "Kennwort Salz & Pfeffer 12",
    "password is hello world",
    "passwort: sonne mond",
    "I forgot my password ywy",
    "Password is wrong even though I typed it correctly",
    "pw ist x\ny z",
]


@pytest.mark.parametrize("text", PHRASES)
def test_passphrase_spans_two_spaces(text: str) -> None:
    """Every phrase found holds two spaces after its start (three words at least), so a
    start with fewer after it has none: what the gate skips."""
    finder = password._Finder(text)
    for start in range(len(text)):
        span = finder._passphrase(start)
        if span is not None:
            assert text.count(" ", start, span[1]) >= 2, (text, start, span)
        first = text.find(" ", start)
        if first < 0 or text.find(" ", first + 1) < 0:
            assert span is None


def test_passphrase_still_found() -> None:
    text = "Passwort ist correct horse battery staple"
    start = text.index("correct")
    assert password._Finder(text)._passphrase(start) == (start, len(text))


# ------------------------------------------------------------------ digit budgets


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 a-\n٣²½x"), max_size=60), st.integers(0, 20))
def test_digits_at_least_is_the_count(text: str, n: int) -> None:
    expected = sum(map(text.count, "0123456789")) >= n
    assert (digits_at_least(n).match(text) is not None) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no digits here",
        "4111 1111 1111 111",  # 15 digits
        "4111 1111 1111 1111",
        "Karte 4111-1111-1111-1111 bis 12/27",
        "error 500 at 9pm, 3 attempts",
        "1" * 12,
        "1" * 13,
        "digits ٣٣٣٣٣٣٣٣٣٣٣٣٣٣ (not 0-9)",
    ],
)
def test_card_digit_budgets_unchanged(text: str) -> None:
    count = sum(map(text.count, "0123456789"))
    assert card._too_few_to_spell(text) == (
        text.isascii() and count < card.MIN_DIGITS_WITHOUT_CARD_WORD
    )
    needle = any(n.search(text) is not None for n in precheck._CARD_NEEDLES)
    assert precheck._card_needle_found(text) == needle


@pytest.mark.parametrize(
    "text",
    [
        "abc1 then xyz2",  # two words with a number: fragment 9 needs two digits
        "only abc1 here",
        "no digits at all",
        "tried Winter2024 but it fails",
        "I typed Sommer2 yesterday",
        "x1",
    ],
)
def test_fragment_gates_unchanged(text: str) -> None:
    """The gated search answers as the fragments' own scans do."""
    low = text.lower()
    plain = any(needle.search(text) is not None for needle in precheck._NEEDLES)
    assert precheck._fragment_found(text, low) == plain


def test_redaction_of_password_talk_unchanged() -> None:
    r = Redactor()
    assert r.redact("Passwort ist correct horse battery staple").text == "Passwort ist [PASSWORD]"
    assert r.redact("I forgot my password").text == "I forgot my password"
    # as on the base commit: a value below its connector, or its connector wrapped below
    assert r.redact("Password:\nTulpe-88").text == "Password:\n[PASSWORD]"
    assert r.redact("Passwort\nist Tulpe-88").text == "Passwort\nist [PASSWORD]"
