"""Round 43 (sentence): after a password word and "is"/"ist"/a colon/an arrow, the words
that are the sentence going on are no value (``redaction.sentence_reading``): a verb's
form (-ing, -ed, -s of an English dictionary verb; a German participle), an auxiliary or
a negation, an adverb before a preposition's phrase, a count in its unit, a noun phrase
closed by a German participle, a quoted status. Each rule has twins in the same wording
that are values and stay masked: a password's shape, a participle before a noun ("dancing
queen"), a lone lower-case noun ("sonnenblume"), a passphrase, a value after the adverb.
Cases in our own words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.sentence_reading import english_verb_form, german_participle, quoted_status

NEGATIVES = [
    # an -ing form, then a time, "to", another verb's form or a preposition
    "my pass is expiring next week, order 10048822",
    "my pass is expiring soon, order 10048822",
    "my password is going to expire tomorrow",
    "the pw is getting rejected constantly",
    "password: expiring",
    # an -s form leading another verb's form
    "password: keeps failing",
    "password → keeps getting rejected",
    "password: keeps failing since monday",
    # a German participle, alone or after an adverb and a preposition's phrase
    "die Passwörter sind geschwärzt",
    "Die Kennwörter habe ich vorsichtshalber durch Sternchen ersetzt.",
    "das Passwort ist vorsichtshalber",
    # a German finite verb with its reflexive or negation
    "Passwort: lässt sich nicht ändern",
    # a count in its unit, then a state
    "die Passwörter sind erst 30 Tage alt",
    "the passwords are only 3 days old",
    # a noun phrase the participle closes (German word order)
    "Hab jetzt das Passwort auf eure Empfehlung geändert",
    # a quoted status
    'the password is "invalid token"',
    # a German finite verb with a time; the clause closed by an auxiliary (German)
    "passwort: läuft nächste woche ab",
    "Passwort: plötzlich ungültig geworden",
    # an adverb of place before the participle
    "das WLAN-Passwort ist hinten aufgedruckt",
    # a frequency after the -ing form
    "passcode is changing every 30 seconds",
    # no connector: an adverb, then the -ing form
    "password now expiring",
    # a clause of its own after a determiner, quoted
    "lol the reset mail says my password is 'the one you chose' very helpful",
    # the inverted German question
    "Im Log steht user:***@host – ist das Passwort damit wirklich raus?",
    "Passwort ist 'Anmeldung fehlgeschlagen' laut Fenster",
]

TWINS = [
    # a password's shape stays a value whatever verb it looks like
    ("my password is Expiring2024!", "Expiring2024!"),
    ("password: keeps2failing", "keeps2failing"),
    ("password: expiring2", "expiring2"),
    ("Hab jetzt das Passwort auf Empfehlung77 geändert", "Empfehlung77"),
    ('the password is "invalid token 9"', "invalid token 9"),
    ("Das Kennwort habe ich vorsichtshalber auf Tulpe88 gesetzt.", "Tulpe88"),
    # an -ing form before a noun is a passphrase's adjective, not a verb going on
    ("my password is dancing queen", "dancing queen"),
    ("the pw is rolling stones 1969", "rolling stones 1969"),
    ("my password is going home tonight 77", "going home tonight 77"),
    # plural nouns are no -s verbs
    ("my password is dogs and cats", "dogs and cats"),
    # a lone lower-case word that is no verb's form
    ("das Passwort ist sonnenblume", "sonnenblume"),
    ("das Passwort ist gelsenkirchen", "gelsenkirchen"),
    # a count in no unit; a passphrase with a finite verb and a year
    ("the password is 30 monkeys old", "30 monkeys old"),
    ("Passwort: Die Katze sitzt am Fenster 1987", "Die Katze sitzt am Fenster 1987"),
    # a quoted passphrase with no status in it
    ('the password is "correct horse battery"', "correct horse battery"),
    ("my password is correct horse battery staple", "correct horse battery staple"),
    # a copula's complement is the value; a noun in -ly is no adverb
    ("ok new password is going to be pineapple pizza forever", "pineapple pizza forever"),
    ("my pw is butterfly", "butterfly"),
    ("Password for the shared mailbox: butterfly. Please connect it", "butterfly"),
    # a quoted line of a song (a question's inverted words)
    ("pw is `do you know` (with the spaces). Weird, I know", "do you know"),
    # a German noun in -t is no finite verb
    ("passwort: zeit für kaffee", "zeit für kaffee"),
    # the value after an adverb, in quotes too
    ("Kennwort war erst 'orange', jetzt ist es Orange!42", "orange'"),
    ("my password is now Blume77", "Blume77"),
    ("mein Kennwort: Montag1987", "Montag1987"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_sentence_going_on_unchanged(redactor: Redactor, text: str) -> None:
    assert str(redactor.redact(text).text) == text


@pytest.mark.parametrize(("text", "value"), TWINS)
def test_twin_value_masked(redactor: Redactor, text: str, value: str) -> None:
    out = str(redactor.redact(text).text)
    assert value not in out, out
    assert "[PASSWORD]" in out, out


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("expiring", "ing"),
        ("getting", "ing"),
        ("going", "ing"),
        ("rejected", "ed"),
        ("tried", "ed"),
        ("keeps", "s"),
        ("sunflower", ""),
        ("darling", ""),
        ("sterling", ""),
    ],
)
def test_english_verb_form(word: str, form: str) -> None:
    assert english_verb_form(word) == form


@pytest.mark.parametrize(
    "word", ["geschwärzt", "gesperrt", "abgelaufen", "zurückgesetzt", "akzeptiert", "ersetzt"]
)
def test_german_participle(word: str) -> None:
    assert german_participle(word)


@pytest.mark.parametrize("word", ["sonnenblume", "gelsenkirchen", "angebot", "rosen", "blumen"])
def test_no_german_participle(word: str) -> None:
    assert not german_participle(word)


@pytest.mark.parametrize(
    ("inner", "status"),
    [
        ("invalid token", True),
        ("Login fehlgeschlagen", True),
        ("keeps failing", True),
        ("invalid token 9", False),
        ("correct horse battery", False),
        ("Sommer im Garten", False),
    ],
)
def test_quoted_status(inner: str, status: bool) -> None:
    assert quoted_status(inner) is status
