"""Round 46 (phrase): passphrases and plain words after a password word.

- a bare password word used as a label, then one plain word whose clause says it fails
  or asks to reset it ("Passwort Gartenzwerg geht seit gestern nicht", "password lighthouse
  doesn't work", "Kennwort Sonnenschein wird abgelehnt", "password x please reset"): the
  word is the failing password, as "password sunshine and it says wrong" was read; a noun
  of the password's machinery there ("password field doesn't work", "Passwort Feld geht
  nicht", "password authentication failed") stays; "has password x", "hat das Passwort x"
  use the word as a label too ("has password fields." stays);
- a passphrase with a preposition inside ends before an English "and" that a subject
  pronoun, an article or a possessive follows ("is violet river under moonlight and the
  import says …"), as round 45 cut German ones before "und das …";
- a sentence of its own after the copula ("my password is the moon is made of cheese",
  "lautet Der Mond ist aufgegangen"), a pronoun's clause after "lautet" ("lautet ich liebe
  meinen Hund"), a street's name ("ist Am Anger 7"): the value, to its clause's end.

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.sentence_values import sentence_value
from tests.redaction.helpers import assert_secret_gone

SECRETS = [
    # a plain word after a bare password word, its clause saying it fails
    ("Passwort Gartenzwerg geht seit gestern nicht mehr", "Gartenzwerg"),
    ("Login k.berg@firma.de mit Kennwort Pusteblume klappt nicht", "Pusteblume"),
    ("password lighthouse doesn't work on the app", "lighthouse"),
    ("Kennwort Sonnenschein wird leider abgelehnt", "Sonnenschein"),
    ("password marmalade was rejected again", "marmalade"),
    ("password lighthouse please reset it", "lighthouse"),
    # … or after "has (the) password", as after a label
    ("the test user on our NAS has password elderberrybush (yes, one word).", "elderberrybush"),
    ("Der Benutzer kasse hat das Passwort Kirschkuchen, bitte prüfen", "Kirschkuchen"),
    # a passphrase ending before the next English clause
    (
        "my passphrase is amber foxes under the bridge and the restore still fails",
        "amber foxes under the bridge",
    ),
    (
        "the wifi password is silver kettle on the stove and it never connects",
        "silver kettle on the stove",
    ),
    # a sentence of its own after the copula
    ("my password is the moon is made of cheese", "the moon is made of cheese"),
    ("the password is the river is cold 88 all lowercase", "the river is cold 88"),
    ("Mein Kennwort lautet Die Sonne ist warm", "Die Sonne ist warm"),
    ("Das Passwort lautet Der Zug ist abgefahren und es geht trotzdem nicht", "Der Zug"),
    # a pronoun's clause after "lautet"
    ("das Kennwort lautet wir segeln nach Sylt und es klappt nicht", "wir segeln nach Sylt"),
    # a street's name as the value
    ("Kennwort ist Am Lindenhof 12 (alte Adresse von Oma)", "Am Lindenhof 12"),
    # twins the base already found: the new readings keep them
    ("Passwort Gartenzwerg", "Gartenzwerg"),
    ("my passphrase is amber foxes under the bridge", "amber foxes under the bridge"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 46 phrase", text, secret)


UNCHANGED = [
    # the password word followed by ordinary words of the sentence
    "password reset please",
    "Passwort vergessen",
    "password doesn't work",
    "pw field is empty",
    "password field doesn't work",
    "Passwort Feld geht nicht",
    "Passwort vergessen geht nicht",
    "Passwort Manager geht seit gestern nicht",
    "password reset fails every time",
    "Passwort Wechsel klappt nicht",
    "my password sync doesn't work",
    "password reset please reset it",
    "password email please reset",
    "the form has password fields.",
    "the site has password requirements.",
    "the app has password authentication.",
    "the admin has the password",
    "Mein Chef hat das Passwort, nicht ich",
    # a clause after "and": no passphrase before it
    "the password is stored in the vault and the app cannot read it",
    "my password is too short and it says invalid",
    # talk with a copula of its own after the copula
    "my password is the problem is that it expires",
    "the password is my email is that ok?",
    "my password is the reason is unclear",
    "the password is the one that is on the sticky note",
    "the password is my name is that a problem",
    "Das Passwort ist mein Name ist das schlimm",
    "the password is correct but the login is blocked",
    "my password was reset and the account is locked",
    # another field, a particle, as the inner subject
    "Mein Kennwort lautet wie immer, mein Benutzername ist k.berg. Fehler 401",
    "Die Geheimzahl vom Kiosk ist ja was anderes, oder?",
    # a pronoun after "lautet" whose verb talks
    "Das Passwort lautet ich weiß es nicht mehr",
    "Das Passwort lautet ich habe es vergessen",
    # a place in lower case, a date
    "Das Passwort ist im Tresor",
    "Das Passwort ist am Montag abgelaufen",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the moon is made of cheese", "the moon is made of cheese"),
        ("Der Mond ist aufgegangen, sagt er", "Der Mond ist aufgegangen"),
        ("the lord is my shepherd 23 all lowercase", "the lord is my shepherd 23"),
        ("Am Anger 7 (alt)", "Am Anger 7"),
        ("the problem is that it expires", None),
        ("it is not working", None),
        ("my dog is named Max?", None),
        ("the moon", None),
    ],
)
def test_sentence_value(text: str, expected: str | None) -> None:
    span = sentence_value(text, 0)
    assert (text[span[0] : span[1]] if span else None) == expected
