"""Round 44 (german): German read by its grammar, not by phrase lists.

- a verb-final clause is judged as its main-clause twin (``redaction.german_clauses``):
  "…, weil mein Passwort x ist" as "Passwort ist x";
- a Gedankenstrich after the connector announces the value ("lautet – x"), unless a
  second one closes an aside ("ist – ehrlich gesagt – peinlich");
- a setting verb's bracket gives the value before its participle or particle, whatever
  stands between ("das Kennwort wurde von der IT auf x zurückgesetzt", "setz … auf x
  zurück"), or after a participle put first ("geändert auf\\nx", "geändert in: x");
  an article, a possessive, one bare word or a setting's name after the preposition is a
  place, a reason, a manner or a state;
- a compound names what its head names (``redaction.german_forms``): "WLAN-Gastpasswort",
  "Kartengeheimzahl", "Passworter", "Wlan-Schlussel" are secret words; a compound with a
  secret head used as the value names which password, no value ("das Gerätepasswort vom
  Typenschild"); a compound with an identifier's head names its number ("Terminal-ID
  58812044" after a PIN word);
- Swiss "ss" for "ß": "weiss", "schliesslich" are the words the lists hold with "ß".

Every case is in our own words, each rule with hard twins of the opposite answer; EN cases
where the rule is not German-only.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.german_forms import eszett_forms, names_secret, secret_head


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


SECRETS = [
    # verb-final clauses, judged as their main-clause twin
    ("Ich komme nicht rein, weil mein Passwort Distelfink ist.", "Distelfink"),
    ("Ich glaube, dass das Kennwort Moosrose lautet.", "Moosrose"),
    ("Bitte prüfen Sie, ob mein neues Kennwort Hagebutte wäre.", "Hagebutte"),
    # the setting verb's bracket: passive, an agent or an adverb between, a particle
    ("Das Kennwort wurde von unserer Technik auf Birkenweg 9! zurückgesetzt.", "Birkenweg 9!"),
    ("Das Passwort wurde gestern auf Lindenhof77 geändert.", "Lindenhof77"),
    ("Mein Kennwort wurde vom Admin auf „Kellertreppe aus Holz“ gesetzt", "Kellertreppe aus Holz"),
    # the participle first, the value after it (on the next line, after a colon)
    (
        "Das Passwort haben wir geändert auf\nLinde+Mai=2026 und seitdem geht nichts.",
        "Linde+Mai=2026",
    ),
    ("Ich habe das Kennwort geändert in: Sonne über Bremen", "Sonne über Bremen"),
    ("Ich habe das Kennwort geändert in: Mondschein über Wien", "Mondschein über Wien"),
    # a Gedankenstrich after the connector
    ("Das Kennwort lautet – Distelfink", "Distelfink"),
    # compounds by their head, umlauts left out
    ("Die Kartengeheimzahl lautet 7316", "7316"),
    ("Das WLAN-Gastpasswort ist Heckenrose", "Heckenrose"),
    ("Der Wlan-Schlussel ist Kornblume", "Kornblume"),
    ("Die Kennworter lauten: Fliederbusch", "Fliederbusch"),
    # a strong shape after the same words was found before (twins: still found)
    ("Keine Ahnung, ob die PIN 7316 ist und ob sie noch gilt", "7316"),
    ("Setz das Passwort bitte auf Fichte#22 zurück", "Fichte#22"),
    ("Die Passworter lauten Fliederbusch7 und Kastanie8", "Kastanie8"),
    # twins of the false hits below: a value beside a secret name, a PIN after its word
    ("Das Passwort ist Werkspasswort7", "Werkspasswort7"),
    ("Die PIN wurde geändert, die neue PIN ist 58812044", "58812044"),
    ("the PIN was changed, the new PIN is 58812044", "58812044"),
    ("The password is password.", "password"),
]

NEGATIVES = [
    # verb-final clauses whose twin is a state
    "Ich komme nicht rein, weil mein Passwort abgelaufen ist.",
    "Ich weiß nicht, ob das Kennwort seit Montag gesperrt ist.",
    "Ich frage mich, ob das Passwort zu kurz ist.",
    # a bracket holding a place, a reason, a manner or a state
    "Das Kennwort wurde auf Anfrage zurückgesetzt.",
    "Das Kennwort wurde auf Ihren Wunsch zurückgesetzt.",
    "Das Passwort wurde auf Werkseinstellungen zurückgesetzt.",
    "Ich habe das Kennwort in Großbuchstaben geändert.",
    "Das Passwort wurde gestern auf dem Handy geändert.",
    "Wurde das Standardkennwort in Version 4.1 geändert?",
    "Ein Hauptkennwort habe ich in Thunderbird nie gesetzt, Version 115",
    # a dash that opens an aside another dash closes
    "Mein Passwort ist – ehrlich gesagt – peinlich",
    "my password is – to be honest – embarrassing",
    # a secret compound is the name of a password, no value
    "Kennwort ist das Gerätepasswort vom Typenschild",
    "Das Kennwort ist der WLAN-Schlüssel von der Box",
    "Das Passwort ist Werkspasswort",
    "Kennwort: Gerätepasswort (steht hinten drauf)",
    # a compound with an identifier's head names its number
    "Die Geräte-PIN vom Terminal wurde geändert, Terminal-ID 58812044, bitte prüfen",
    "Die PIN wurde geändert, Händlerkennung 58812044",
    "the PIN was changed, Terminal-ID 58812044",
    # Swiss "ss": the word with "ß" is no value
    "Das Passwort ist weiss ich nicht mehr",
    "Das Passwort ist schliesslich neu",
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_masked(redactor: Redactor, text: str, secret: str) -> None:
    out = str(redactor.redact(text).text)
    # (fewer times than in the text: "The password is password." keeps its label)
    assert out.count(secret) < text.count(secret), f"{text!r} -> {out!r}"


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative_unchanged(redactor: Redactor, text: str) -> None:
    assert str(redactor.redact(text).text) == text


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("wlan-gastpasswort", "passwort"),
        ("kartengeheimzahl", "geheimzahl"),
        ("passworter", "passworter"),
        ("kennwoertern", "kennwoertern"),
        ("passwortänderung", ""),
        ("kennwortrichtlinie", ""),
        ("pin-brief", ""),
        ("passworts", ""),  # a genitive is no subject: "die Länge des Passworts ist …"
    ],
)
def test_secret_head(word: str, head: str) -> None:
    assert secret_head(word) == head


def test_names_secret() -> None:
    assert names_secret("Gerätepasswort")
    assert names_secret("WLAN-Passwort")
    assert not names_secret("Passwort")
    assert not names_secret("Werkspasswort7")


def test_eszett_forms() -> None:
    assert "weiß" in eszett_forms("weiss")
    assert "schloßstraße" in eszett_forms("schlossstrasse") or "schloßstrasse" in eszett_forms(
        "schlossstrasse"
    )
    assert eszett_forms("passwort") == ("paßwort",)
    assert eszett_forms("kennwort") == ()
