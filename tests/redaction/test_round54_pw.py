"""Round 54 (pw): passwords missed in the freshest sets, read by general principles.

- a perfect's bracket holds a value of several words: the auxiliary opens the middle field,
  a participle of choosing or setting closes it, the password word is the role before the
  auxiliary or after "als" inside the bracket ("Ich hab als neues Passwort Katze Hund Maus
  Baum gewählt", "Passphrase – ich habe Leuchtturm am Deich gesetzt").

The first case of each group is the corpus item's form; the others are in our own words
(other words, other order); twins keep their words.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

PERFECT_BRACKET = [
    (
        "Ich hab als neues Passwort Katze Hund Maus Baum gewählt, ist das sicher genug?",
        "Katze Hund Maus Baum",
    ),
    (
        "ssh-keygen fragt nach der Passphrase – ich habe Leuchtturm am Deich gesetzt, jetzt "
        "geht ssh-add nicht",
        "Leuchtturm am Deich",
    ),
    ("Ich habe rote Zora im Wald als Kennwort eingetippt", "rote Zora im Wald"),
    (
        "Als Kennwort hat er Sonne Mond Sterne vergeben und jetzt komme ich nicht rein",
        "Sonne Mond Sterne",
    ),
    (
        "Beim WLAN-Passwort habe ich Rote Rosen im Mai eingegeben, der Router sagt falsch",
        "Rote Rosen im Mai",
    ),
    (
        "Als WLAN-Passwort haben wir Haus am See 2019 eingetragen und das Tablet findet nichts",
        "Haus am See 2019",
    ),
]

TWINS = [
    # the object is no value: an article, a pronoun, a negation, a description
    "Ich habe als neues Passwort etwas Längeres gewählt",
    "Ich habe als Passwort den Geburtstag meiner Tochter gewählt",
    "Ich habe ein neues Passwort gesetzt, geht trotzdem nicht",
    "ssh-keygen fragt nach der Passphrase – ich habe keine gesetzt",
    "Beim Passwort habe ich Sonderzeichen und Zahlen genommen",
    "Das Passwort habe ich gestern neu gesetzt",
    "Das Passwort hat die IT gesetzt",
    "Das Passwort habe ich vor zwei Wochen über die App festgelegt",
    "Das Passwort habe ich mehrmals falsch eingegeben",
    "Das Passwort hab ich wie immer eingegeben",
    "Passwort vergessen, ich habe dann über den Link ein neues gesetzt",
    # a preposition opens the role's purpose or a place, no value (split-v8's negative)
    "hab ich als Kennwort fürs Portal genommen",
    "Ich habe als Passwort im Browser Sonne Mond eingegeben",
]


@pytest.mark.parametrize(("text", "secret"), PERFECT_BRACKET)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 54 pw", text, secret)


@pytest.mark.parametrize("text", TWINS)
def test_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
