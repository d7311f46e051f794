"""A device's sign-in code shown on its screen (round 49, r49-pw).

A television, a console or a command-line tool that cannot show a login form signs in by
the device flow (RFC 8628): it shows a short user code and a page to type it on ("go to
example.com/activate and enter WDJB-MJHT", "gib den Code auf …/tv ein: BKQP-DWXM"). Whoever
types the code on that page while it is valid signs the device in to the account: it is a
one-time code, masked as a password. The rules for one-time codes read a code after its
word, and a code of letters only in no case (a word of capitals is a name or an acronym).

The code's shape is its own: two groups of four capitals from the consonants alone (the
RFC's suggested alphabet leaves out the vowels so that no code spells a word), joined by a
hyphen, standing alone. Not a value: a group of one letter repeated (the docs' "XXXX-XXXX"
placeholder), or a text that says nothing of a code, a device, a screen or an entry.
"""

from __future__ import annotations

import re

_CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ"
#: the code: four consonants, a hyphen, four consonants, standing alone
_CODE = re.compile(rf"(?<![\w\-])(?P<v>[{_CONSONANTS}]{{4}}-[{_CONSONANTS}]{{4}})(?![\w\-])")
#: what the message must speak of: a code, its entry, the device, the page to activate it
_CONTEXT = re.compile(
    r"(?i)code|activ|aktivier|device|gerät|geraet|(?<![a-z])tv(?![a-z])|fernseh|koppel|pair"
    r"|link|enter|eingeb|eingegeben|(?<![a-z])gib|login|log[ ]in|anmeld|sign[ ]in|screen"
    r"|bildschirm|shows|zeigt"
)

#: (round 50) a code of consonants and digits in two groups of four ("QRTZ-8842", "4471-
#: BKQP"), the RFC's other alphabets mixed: only in a message that names the flow itself
#: (a device code, or the page to activate it on, "…/activate", "…/device", "…/link")
_MIXED_CODE = re.compile(
    rf"(?<![\w\-])(?P<v>[{_CONSONANTS}]{{4}}-\d{{4}}|\d{{4}}-[{_CONSONANTS}]{{4}})(?![\w\-])"
)
_FLOW = re.compile(
    r"(?i)device[ \-]?code|ger(?:ä|ae)te[ \-]?code|user[ \-]?code"
    r"|\w/(?:activate|device|devicelogin|link|aktivieren)(?![\w/])"
)

#: The pre-check's fragment (``password.PRECHECK_PATTERNS``): the code's shape (the
#: pre-check's case-blind match finds a superset) behind ``precheck_gate``.
PRECHECK_FRAGMENT = (
    rf"(?<![\w\-])(?:[{_CONSONANTS}]{{4}}-[{_CONSONANTS}]{{4}}|[{_CONSONANTS}]{{4}}-\d{{4}}"
    rf"|\d{{4}}-[{_CONSONANTS}]{{4}})(?![\w\-])"
)


#: ``_CODE`` or ``_MIXED_CODE`` in one scan (the gate asks it of every text with a hyphen)
_ANY_CODE = re.compile(
    rf"(?<![\w\-])(?:[{_CONSONANTS}]{{4}}-[{_CONSONANTS}]{{4}}|[{_CONSONANTS}]{{4}}-\d{{4}}"
    rf"|\d{{4}}-[{_CONSONANTS}]{{4}})(?![\w\-])"
)


def gate(text: str) -> bool:
    """Whether ``text`` may hold such a code (a substring test, then one scan)."""
    return "-" in text and _ANY_CODE.search(text) is not None


def values(text: str) -> list[tuple[int, int]]:
    """Spans of device codes in a text that speaks of a code or a device."""
    found = [
        m.span("v")
        for m in _CODE.finditer(text)
        if not any(len(set(group)) == 1 for group in m.group("v").split("-"))
    ]
    if found and _CONTEXT.search(text) is None:
        return []
    if _FLOW.search(text) is not None:
        found += [m.span("v") for m in _MIXED_CODE.finditer(text)]
    return found


def precheck_gate(text: str) -> bool:
    """The pre-check's gate for the fragment: the rule's own answer."""
    return gate(text) and bool(values(text))
