"""Round 49 (r49-speed): ``situation_values`` runs each form behind its own literals.

Round 48's gate opened on literals common in ordinary chat ("dir", "try", "both", " with ",
"/", "user", "tor" in "history", "file", "reset") and then ran every form's scan; the forms'
case-blind scans were the cost. Each form now runs only where the literals and signs its
own pattern needs are in the text (a topic's words, a lock's word before a blank or a colon
and four digits, a blank before a quote, ...), so the forms find what they found and
ordinary chat runs none of them. Sentences and values are our own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from redaction import precheck, situation_values
from redaction.recognizers.password import _entered_value
from tests.redaction.helpers import assert_password_masked, assert_unchanged

# the forms' scans (and the case-blind scans that open two of them): what the cost was
_SCANS = (
    *("_ANSWERED", "_USER_LINE", "_HANDLE_LINES", "_PAIR", "_AS_WITH", "_LOCKED", "_UNLOCKED"),
    *("_TRIED", "_GIVEN", "_NETWORK_KEY", "_ALONE_THEN", "_ACCESS", "_SIGN_IN"),
)


class _Counted:
    """A pattern that records each scan it makes."""

    def __init__(self, name: str, pattern: re.Pattern[str], calls: list[str]) -> None:
        self._name = name
        self._pattern = pattern
        self._calls = calls

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        self._calls.append(self._name)
        return self._pattern.finditer(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        self._calls.append(self._name)
        return self._pattern.search(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    for name in _SCANS:
        pattern = getattr(situation_values, name)
        monkeypatch.setattr(situation_values, name, _Counted(name, pattern, calls))
    monkeypatch.setattr(situation_values, "_last", None)
    return calls


# Ordinary chat holding round 48's literals, not what a form needs: no form runs
QUIET = [
    "Thanks, I will try that later today",
    "Both options are fine with me, pick one",
    "the history tab is empty since the update",
    "can you return the parcel to the sender?",
    "Hast du dir das schon angesehen?",
    "ich versuche es morgen noch einmal",
    "the user list shows everyone twice",
    "see the FAQ at example.org/help for details",
    "Mit freundlichen Grüßen aus Köln",
    "the competitor's offer was cheaper",
    "I reset the settings and it works",
]
# ... and here none of the forms' own literals either: the gate stays shut
SHUT = [QUIET[i] for i in (2, 3, 6, 8, 10)]

# Chat holding a form's literal but not the rest of what the form needs: no form runs
NO_FORM_RUNS = [
    "our phone line is down until Monday",  # a device, no four digits
    "the door is open on weekends",  # a lock's word, no number
    "the login page says 'welcome back'",  # a quote after a blank: the sign-in form's scans
    "the report for 12/2024 is in the shared folder",  # a slash, no word of access
]


@pytest.mark.parametrize("text", QUIET)
def test_no_form_runs_on_common_literals(text: str, scans: list[str]) -> None:
    assert any(h in text.lower() for h in situation_values.HINTS)
    assert situation_values.values(text, _entered_value) == []
    assert scans == []


@pytest.mark.parametrize("text", SHUT)
def test_gate_shut_on_common_literals(text: str) -> None:
    assert not situation_values.gate(text)


@pytest.mark.parametrize("text", NO_FORM_RUNS[:2] + NO_FORM_RUNS[3:])
def test_no_form_runs_without_its_parts(text: str, scans: list[str]) -> None:
    assert situation_values.values(text, _entered_value) == []
    assert scans == []


def test_quoted_caption_runs_only_the_sign_in_form(scans: list[str]) -> None:
    text = NO_FORM_RUNS[2]
    assert situation_values.values(text, _entered_value) == []
    assert set(scans) <= {"_SIGN_IN", "_TRIED"}


# Each form still finds its value (and the pre-check lets the text through); each with a
# close twin that is no secret
FOUND = [
    ("the security question wants my favourite band, I typed Kraftklub, says wrong", "Kraftklub"),
    ("user: p.lindqvist\nBrombeer-Hecke7\nthanks", "Brombeer-Hecke7"),
    ("for the staging login use her: ana.v / Kompass77 until Friday", "Kompass77"),
    ("log in as kasse_2 with Feder88! on the till", "Feder88!"),
    ("the shed's keypad: 4826, please close it after", "4826"),
    ("to unlock the tablet use 271828 and then the app", "271828"),
    ("the login page declines 'Schwan!Teich5' again", "Schwan!Teich5"),
    ("ok here it is: Birken#Weg12, keep it to yourself", "Birken#Weg12"),
    ("changed, now Quarz-Stein31 is the one for the till", "Quarz-Stein31"),
    ("WLAN: Hof_Netz\nSchlüssel: kiefer-birke-erle", "kiefer-birke-erle"),
    ("Moin\n\nkastanie\n\nthat's the word for the first screen", "kastanie"),
]
TWINS = [
    "my favourite band is Kraftklub, they play here on Friday",
    "user: p.lindqvist\nteam: Brombeer-Hecke7\nthanks",
    "for the staging login see her notes: ana.v / docs until Friday",
    "log in as kasse_2 with the new app on the till",
    "the shed's keypad is broken, please close it after",
    "to unlock the tablet use the side button and then the app",
    "the search page declines 'Schwan!Teich5' again",
    "ok here it is: the invoice from May, keep it",
    "changed, now the blue one is for the till",
    "WLAN: Hof_Netz\nthe printer does not find it",
    "Moin\n\nkastanie\n\nthat's the name of our dog",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_form_still_finds(text: str, value: str) -> None:
    found = situation_values.values(text, _entered_value)
    assert value in [text[s:e] for s, e in found]
    assert precheck.might_contain_secret(text)
    assert_password_masked(text, value)


@pytest.mark.parametrize("text", TWINS)
def test_twin_found_by_no_form(text: str) -> None:
    assert situation_values.values(text, _entered_value) == []
    assert_unchanged(text)


def _texts() -> list[str]:
    """Our examples, and each in capitals and with the letters a case-blind match reads
    as "i" or "s" ("ı", "İ", "ſ"): the texts that take the round-48 path."""
    base = [t for t, _ in FOUND] + TWINS + QUIET + NO_FORM_RUNS
    odd = [t.replace("i", "ı") for t in base] + [t.replace("s", "ſ") for t in base]
    return base + [t.upper() for t in base] + odd + [t.replace("I", "İ") for t in base]


@pytest.mark.parametrize("text", _texts())
def test_forms_find_what_the_round_48_path_finds(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The literal tests before each form leave its findings as they were: the same text
    read on the path of a text not in plain case (``HINTS`` as the gate, each form behind
    its round-48 literals) finds the same."""
    for shaped in (_entered_value, situation_values._any_shape):
        monkeypatch.setattr(situation_values, "_last", None)
        fast = situation_values.values(text, shaped)
        gate = situation_values.gate(text)
        with monkeypatch.context() as m:
            m.setattr(situation_values, "_plain_case", lambda text: False)
            m.setattr(situation_values, "_last", None)
            assert situation_values.values(text, shaped) == fast
        assert gate or not fast
