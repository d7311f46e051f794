"""Round 41 (speed): cheaper tests before five regexes, with the same results (every text
of every manifest corpus, single and in conversations on arrival and stored, the
benchmark's stream and its hostile texts give the same masked text and findings before
and after: ``bench/redaction_outputs.py --base r41``).

Each cheaper test is a necessary condition of the regex it spares, or the same regex in
the stdlib engine for ASCII strings. These cases pin that: texts the regex must still find
are redacted as before, hard twins (the same shape with nothing to mask) stay as they are,
and seeded random strings check every new test against the regex it guards. Cases in our
own words."""

from __future__ import annotations

import random

import pytest

from redaction import Redactor, words
from redaction.recognizers import card_details, password

CASES = [
    # an expiry before the card, or before a labelled CVC (``card_details._expiry_before``)
    ("Ablauf 12/27, Karte 4111 1111 1111 1111", "Ablauf [EXPIRY], Karte •••• •••• •••• 1111"),
    (
        "gültig bis Dez 2026 die Karte 5555 5555 5555 4444",
        "gültig bis [EXPIRY] die Karte •••• •••• •••• 4444",
    ),
    ("exp 11/27 and cvc 123", "exp [EXPIRY] and cvc [CVC]"),
    ("CVC 123, 11/27", "CVC [CVC], [EXPIRY]"),
    # talk about the password, or how it is made, before its value (``password._talks``)
    (
        "password doesn't meet the requirements: Hamster#12",
        "password doesn't meet the requirements: [PASSWORD]",
    ),
    (
        "das Passwort erfüllt die Länge nicht: Hamster#12",
        "das Passwort erfüllt die Länge nicht: [PASSWORD]",
    ),
    ("Passwort (bitte nicht lachen): Hamster#12", "Passwort (bitte nicht lachen): [PASSWORD]"),
    # a network's key by name and a config key (``password._kind``, ``password._key_parts``)
    ("wifi-key Sonne-Mond-42", "wifi-key [PASSWORD]"),
    ("db_password=Hunter22x", "db_password=[PASSWORD]"),
    ("password: Kiwi-88", "password: [PASSWORD]"),
]
TWINS = [
    # the card's own words before it, no expiry in the window
    "my card 4111 1111 1111 1111 exp 09/28",
    # templates stay templates (``words._is_template``)
    "password: ${DB_PASSWORD}",
    "password: {{ pw }}",
    "password: %s",
    "password: <password>",
]
TWIN_OUTPUTS = {"my card 4111 1111 1111 1111 exp 09/28": "my card •••• •••• •••• 1111 exp [EXPIRY]"}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_still_redacted(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("text", TWINS)
def test_twins_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == TWIN_OUTPUTS.get(text, text)


def _strings(alphabet: str, n: int = 3000, longest: int = 14) -> list[str]:
    rng = random.Random(41)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_expiry_before_is_the_search() -> None:
    # digits of another script too: the gate's \d is the regex's
    alphabet = "0123456789/.- :,abexpvlidDezJanthru\u0661\u0662\u0967"
    for window in [*_strings(alphabet, longest=24), "exp 12/27 ", "Dez 2026, ", "١٢/٢٧ "]:
        found = card_details._BEFORE_EXP.search(window)
        ours = card_details._expiry_before(window)
        assert (found and found.span("exp")) == (ours and ours.span("exp")), window


def test_key_parts_are_the_split() -> None:
    alphabet = "abcXYZ_.-1ßÄé ǅ"
    for word in [*_strings(alphabet), "db_password", "smtp.pass", "MYSQL_PWD", "pgPassword"]:
        assert password._key_parts(word) == [p for p in password._KEY_PARTS.split(word) if p]


def test_talks_is_the_search() -> None:
    alphabet = "notisfieldmanagerlängeLÄNGE' -ſK\u212a"
    samples = _strings(alphabet, longest=20)
    samples += ["doesn't meet", "the password FIELD", "erfüllt nicht", "is ok", "Hinweis"]
    for qual in samples:
        assert password._talks(qual) == (password._TALK.search(qual) is not None), qual


def test_is_template_is_the_fullmatch() -> None:
    alphabet = "${}%<>[]_()sdAZaz09. "
    samples = [*_strings(alphabet, longest=10), "__X__", "%(name)s", "[[x]]", "hunter2", ""]
    for token in samples:
        assert words._is_template(token) == (words._TEMPLATE.fullmatch(token) is not None)


def test_network_key_opens_with_its_letters() -> None:
    # the gate in ``password._kind``: every name the regex takes opens with w, n or r
    alphabet = "wnrWNRikeyfl-_aptschü"
    samples = [*_strings(alphabet, longest=12), "wlan-schlüssel", "wpa2-psk-key", "routerkey"]
    for word in samples:
        if password._NETWORK_KEY.fullmatch(word) is not None:
            assert word[:1] in "wnr", word
    for word in ("wlan-schlüssel", "netzwerkschlüssel", "wpa2-psk-key", "routerkey"):
        assert password._kind(word) == "pw", word
