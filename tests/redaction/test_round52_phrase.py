"""Round 52 (phrase): the extent of a value.

- a run of capitalised words after a password word keeps a function word written with a
  capital ("Krabbenbrot 4 Ever", "Circle Of Life"): amid a title-cased run it is one of the
  run's names, not prose's word; the run ends where its capitals do ("… Of Life fails");
- a dictated password's last piece named as a word ("then the word lamp") is no longer cut
  in half by the mask ("[PASSWORD] word lamp");
- an expiry's digits typed one by one after its label ("exp 1 2 / 2 9");
- a card as the subject of its expiry with the part of the month said ("läuft Ende 08/25 ab").

Every case but the first of each group is in our own words; twins keep the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

SECRETS = [
    # a capitalised function word inside a title-cased run
    ("Moin, Passwort fürs Mailkonto: Krabbenbrot 4 Ever – bitte im Trigger hinterlegen", "Ever"),
    ("Passwort fürs Banking: Rotkehlchen 9 Ever – bitte merken", "Rotkehlchen 9 Ever"),
    ("basic auth with user simba and password Hakuna For Ever fails on the proxy", "For Ever"),
    ("Login mit Benutzer anna und Passwort Herz Aus Gold geht nicht", "Herz Aus Gold"),
    # a dictation's last piece named as a word, cut off by the mask
    ("pwd is P as in Peter, 9, lowercase x, ampersand, then the word lamp", "word lamp"),
    ("my password is X as in Xray, 4, then the word pear", "pear"),
    ("pw is Q as in Queen, 7, small k, then the word river", "river"),
    ("passwort ist B wie Berta, 3, kleines z, dann das Wort Tanne", "Tanne"),
    ("password: capital M, 5, hash, then the word candle ok?", "candle"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_whole_value_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 52 phrase", text, secret)


TWINS = [
    # "then" between two values of a story, not one dictation
    "The agent said Sommer then Winter then Herbst are the seasons",
    "I used Hello then Goodbye as greetings",
    # a sign's name with no masked value before it
    "call me at the 5 star hotel",
    # "das Wort" naming a function word: the sentence goes on
    "Kennwort ist Sommer2024, dann das Wort im Handbuch lesen",
    # the title-cased run ends where its capitals do
    "basic auth with user simba and password Hakuna For Ever fails on the proxy",
    "Login mit Benutzer anna und Passwort Herz Aus Gold geht nicht",
    # a capital that is a sentence's start or the pronoun, not a title-cased run
    "my password is Lindenblatt. The system says it expired",
]


@pytest.mark.parametrize("text", TWINS)
def test_twin_keeps_its_words(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    for word in ("Winter", "Goodbye", "star", "Handbuch", "system", "fails", "geht"):
        if word in text:
            assert word in out, f"{text!r} -> {out!r}"


def test_changed_value_then_new_stays_two() -> None:
    out = Redactor().redact("the old password was Apfel12 then I changed it to Birne34").text
    assert "then I changed it to" in out, out


CARD_DETAILS = [
    # an expiry's digits typed one by one after its label
    ("cvv is 123 and exp is 0 4 slash 2 9", "0 4 slash 2 9"),
    ("New card (same account): 4111 1111 1111 1111, exp 1 2 / 2 9", "1 2 / 2 9"),
    ("Ablaufdatum 1 1 / 2 8", "1 1 / 2 8"),
    ("expiry: 0 3 / 2 0 2 8 thanks", "0 3 / 2 0 2 8"),
    ("gültig bis 0 7 Schrägstrich 3 0", "0 7 Schrägstrich 3 0"),
    # a card as the subject, the part of the month said before its printed date
    ("Die Karte läuft Ende 08/25 ab, die neue kommt erst nächste Woche", "08/25"),
    ("meine Visa läuft Anfang 03/27 ab", "03/27"),
    ("my debit card expires end of 11/28, can I update it now?", "11/28"),
    ("Die Kreditkarte ist gültig bis Ende 09/26", "09/26"),
]


@pytest.mark.parametrize(("text", "secret"), CARD_DETAILS)
def test_card_detail_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, f"{text!r} -> {out!r}"


CARD_TWINS = [
    "exp 1 2 / 2 9 3 4 5 6",  # more digits follow: no month and year
    "Raum 1 2 / 2 9 Plätze",  # no expiry's label
    "der Vertrag läuft Ende 08/25 ab",  # a contract, no card
]


@pytest.mark.parametrize("text", CARD_TWINS)
def test_card_twin_keeps_its_numbers(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    for value in ("1 2 / 2 9", "08/25"):
        if value in text:
            assert value in out, f"{text!r} -> {out!r}"
