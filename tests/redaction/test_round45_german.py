"""Round 45 (german): German passphrases, the bracket's pronoun, "bei mir", a record's name.

- a passphrase with articles and prepositions inside ends before "und" when a pronoun, an
  article or a time adverb opens the next clause after it ("lautet Grüne Wiese am Fluss und
  das ist …"), and before a long dash ("ist der Fuchs schläft im Bau — alles klein");
- the setting verb's bracket with a pronoun for the password named in the clause before
  ("Das WLAN-Kennwort war alt, habe es auf „x“ gesetzt"), its preposition put after the
  verb in a clause of its own ("zweimal geändert, zuletzt auf „x“, und …"), and a note in
  brackets after the closing verb ("auf „x“ gesetzt (mit Leerzeichen)");
- "es ist x" with "es" for the password named in one of the two clauses before, kept only
  when the value holds a word no dictionary has, a digit or a sign;
- "ist bei mir x", "ist bei uns noch x": whose case it is, between the verb and the value;
- an e-mail address, a slash and a record's name with its number ("a@b.de / Rechnung
  RE-2025-0112") is no sign-in pair.

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.german_clauses import next_clause_at
from tests.redaction.helpers import assert_secret_gone

SECRETS = [
    # a passphrase cut before the next clause, or before a long dash
    ("Das Kennwort lautet Grüne Wiese am Fluss und das ist auch gut so.", "Grüne Wiese am Fluss"),
    # three words are a phrase around a German contraction ("am", "im")
    ("Das Kennwort lautet Eule am Turm und das weiß keiner", "Eule am Turm"),
    (
        "Mein neues Kennwort ist der Fuchs schläft im Bau — alles klein geschrieben.",
        "der Fuchs schläft im Bau",
    ),
    # the bracket's pronoun, the preposition after the verb, a note after the verb
    (
        'Das WLAN-Kennwort war alt, habe es jetzt auf "Kirsche 8 Birne" gesetzt (mit Leerzeichen)',
        "Kirsche 8 Birne",
    ),
    (
        "Ich habe das Kennwort zweimal geändert, zuletzt auf „Dachsbau-7“, und trotzdem geht "
        "nichts.",
        "Dachsbau-7",
    ),
    # "es ist x": the pronoun for the password of one of the two clauses before
    (
        "Das Kennwort hab ich noch nicht geändert, es ist weiterhin gartenlaube. Ist das ok?",
        "gartenlaube",
    ),
    (
        "Mein Kennwort hat ein Leerzeichen in der Mitte, liegt es daran? Es ist Kranich 2019",
        "Kranich 2019",
    ),
    # whose case it is, between the verb and the value
    ("Das Kennwort ist bei mir „Kranich am Deich 12“ – geht das?", "Kranich am Deich 12"),
    ("Das Kennwort ist bei uns noch 'admin' (wie im Handbuch). Sollen wir das ändern?", "admin"),
    # twins the base already found: the new readings must keep them
    ("Login: k.berg@firma.de / Sternschnuppe!", "Sternschnuppe!"),
    ("Kannst du das Kennwort prüfen? Mein Sohn hat es auf Eulenflug88 gesetzt.", "Eulenflug88"),
    ("Das Kennwort habe ich auf Birke7 gesetzt (wie besprochen).", "Birke7"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 45 german", text, secret)


UNCHANGED = [
    # a clause after "und", a dash after a place: no phrase
    "Mein Kennwort ist leider falsch und das nervt.",
    "Das Passwort ist schon seit Wochen abgelaufen und das nervt.",
    "Das Passwort ist vorne am Router und das weiß jeder.",
    "Das Passwort ist jetzt im Tresor — frag die IT.",
    # a value described by its letters' case, not given
    "Mein Kennwort ist Schmetterling mit großem S und das war es",
    "The password is stored in the vault — ask IT.",
    # the bracket's pronoun before a place, a state, a manner; a note after a place
    "Das Passwort war abgelaufen. Er hat es auf dem Tablet geändert und jetzt geht es.",
    'Das WLAN-Kennwort war alt, habe es jetzt auf "Werkseinstellungen" gesetzt (mit Leerzeichen)',
    "Das WLAN-Kennwort war alt, habe es jetzt auf dem Router gesetzt (mit Leerzeichen)",
    "Ich habe das Passwort geändert, zuletzt auf dem Laptop, und trotzdem geht nichts.",
    "Ich habe das Passwort geändert, zuletzt auf Anfrage, und trotzdem geht nichts.",
    "Das Kennwort habe ich auf dem Handy gesetzt (wie besprochen).",
    # "es ist" before a word of the language, a state, an article; "es" with no password
    "Das Kennwort geht nicht, es ist wirklich dringend, bitte helfen",
    "Mein Kennwort ist weg. Es ist Montag und niemand da.",
    "Das Kennwort geht nicht. Es ist ein Fehler im System.",
    "Das Kennwort hab ich nicht geändert, es ist weiterhin gültig.",
    "Das Kennwort geht nicht, es ist 14 Uhr vorbei.",
    "Der Drucker geht nicht, es ist weiterhin gartenlaube.",
    # "bei uns" before a place or a state
    "Das Passwort ist bei uns im Tresor.",
    "Das Passwort ist bei mir abgelaufen.",
    # a record's name and its number after an e-mail address and a slash
    "Login: k.berg@firma.de / Rechnung RE-2025-0112 bitte prüfen",
    "Konto: k.berg@firma.de / Kundennr. 4471-22",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grüne Wiese am Fluss und das ist", 4),
        ("Grüne Wiese am Fluss und Berg", 0),  # "und" inside the phrase
        ("Wiese und das ist", 0),  # fewer than two words before it
    ],
)
def test_next_clause_at(text: str, expected: int) -> None:
    tokens, ends, pos = [], [], 0
    for word in text.split():
        pos = text.index(word, pos) + len(word)
        tokens.append(word.lower())
        ends.append(pos)
    assert next_clause_at(text, tokens, ends) == expected
