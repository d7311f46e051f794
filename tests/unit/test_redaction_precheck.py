"""The pre-check never lets through a text the recognizers would flag."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redaction import Redactor
from redaction.precheck import TRIGGERS, might_contain_secret
from redaction.recognizers import card_details, password

# Every trigger word the recognizers' patterns accept, spelled as customers do.
TRIGGER_WORDS = [
    "password",
    "passwort",
    "passwords",
    "passwörter",
    "kennwort",
    "kennwörter",
    "passcode",
    "passphrase",
    "passwd",
    "pw",
    "pwd",
    "pass",
    "pin",
    "pincode",
    "pin-nummer",
    "login",
    "log-in",
    "log in",
    "logon",
    "anmeldung",
    "anmeldedaten",
    "zugangsdaten",
    "zugang",
    "credentials",
    "user",
    "username",
    "benutzer",
    "benutzername",
    "account",
    "konto",
    "cvc",
    "cvc2",
    "cvv",
    "cvv2",
    "cid",
    "csc",
    "security code",
    "sicherheitscode",
    "kartenprüfnummer",
    "prüfnummer",
    "prüfziffer",
    "prüfcode",
    "card verification",
]

FRAGMENTS = [
    *TRIGGER_WORDS,
    "PASSWORD",
    "Passwort",
    "KENNWORT",
    "PIN",
    "CVV",
    "Prüfziffer",
    "pas",
    "sword",
    "p w",
    "pa ss",
    "kenn",
    "wort",
    "lo gin",
    "us er",
    "4111",
    "1111",
    "5555",
    "4444",
    "2221",
    "0009",
    "378282246310005",
    "4111111111111111",
    "12",
    "25",
    "123",
    "0",
    "7",
    "12/25",
    "03/2027",
    " ",
    "  ",
    "\u00a0",
    "\u202f",
    "-",
    ".",
    " - ",
    "/",
    ":",
    "=",
    "\n",
    ",",
    "'",
    '"',
    "+",
    "is",
    "ist",
    "lautet",
    "my",
    "mein",
    "hunter2",
    "Sommer2024!",
    "anna@example.com",
    "order",
    "ticket",
    "OCA-000123",
    "exp",
    "gültig bis",
    "and",
    "card",
    "Karte",
]
_FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # module fixtures are stateless
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join)


@settings(max_examples=1500, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(text=texts)
def test_precheck_never_skips_a_finding(unfiltered: Redactor, text: str) -> None:
    if not might_contain_secret(text):
        assert unfiltered.analyze(text) == []


@settings(max_examples=300, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(text=st.text(max_size=60))
def test_precheck_sound_on_arbitrary_unicode(unfiltered: Redactor, text: str) -> None:
    if not might_contain_secret(text):
        assert unfiltered.analyze(text) == []


@settings(max_examples=500, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(text=texts)
def test_same_result_with_and_without_precheck(
    filtered: Redactor, unfiltered: Redactor, text: str
) -> None:
    assert filtered.redact(text) == unfiltered.redact(text)


@settings(max_examples=300, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(text=texts)
def test_redaction_is_idempotent(filtered: Redactor, text: str) -> None:
    once = filtered.redact(text).text
    assert filtered.redact(once).text == once


@pytest.mark.parametrize("word", TRIGGER_WORDS)
def test_every_trigger_word_passes_the_precheck(word: str) -> None:
    assert might_contain_secret(word)
    assert might_contain_secret(word.upper())
    assert might_contain_secret(word.title())


def test_recognizer_triggers_are_all_prechecked() -> None:
    for literal in (*password.TRIGGERS, *card_details.TRIGGERS):
        assert any(t in literal.lower() for t in TRIGGERS), literal


@pytest.mark.parametrize(
    "text",
    ["4111111111111", "4 1 1 1 1 1 1 1 1 1 1 1 1", "4111\u00a01111\u00a01111\u00a01"],
)
def test_thirteen_chained_digits_pass(text: str) -> None:
    assert might_contain_secret(text)


@pytest.mark.parametrize(
    "text",
    ["hello, where is my parcel?", "Ticket OCA-000123", "call +49 151 2345678", "on 12.03.2024"],
)
def test_typical_messages_skip_the_analyzer(text: str) -> None:
    assert not might_contain_secret(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("abcXYZ019._- \n!?")),
        max_size=60,
    )
)
def test_a_fragments_digit_bound_holds_for_its_every_match(text: str) -> None:
    """The pre-check skips a fragment in a text with fewer digits than its bound: the bound
    must hold for every match, or a secret would pass unseen."""
    import regex

    for fragment, least in password.PRECHECK_MIN_DIGITS.items():
        match = regex.search(fragment, text, regex.IGNORECASE)
        if match is not None:
            assert sum(ch.isdigit() for ch in match.group()) >= least, (fragment, text)


def test_two_words_with_a_number_pass_and_one_does_not() -> None:
    assert might_contain_secret("Falcon99 or falcon99")
    assert not might_contain_secret("Falcon99 or falcon, which one")
