"""Round 39 (false hits): how angry customers talk about a password without giving it.
A judgement quoted after the password word ("told me my password is 'too simple'"), a
value disowned as an example ("something like x — THAT'S AN EXAMPLE, not mine"), the
password said to be kept secret ("Mein Passwort ist geheim, ja ich weiß"), a participle
and an adverb after "is" ("its password is rotated weekly by Vault"), and passwords in
general asked about, then an outcry ("ihr speichert Passwörter ungesalzen?? Skandal!").
Each has a twin that is a real secret and must stay masked. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.named_values import disowned_example

NEGATIVES = [
    # a judgement quoted: a hedge or a degree word, then a state
    "The agent told me my password was 'probably wrong'. Probably! I want a supervisor.",
    "Your chatbot says my password is 'too simple'. It has 14 characters and a symbol.",
    'The signup page says my password is "too similar to my email". What counts as similar?',
    # a stand-in for the value, quoted
    "Meine Mutter sagt, ihr Passwort ist „das übliche“. Tablet: iPad Air, iOS 17.",
    # a value disowned as an example, in its sentence
    "I typed something like Moewe2020! (an example, not my real one) and it fails",
    "Nur als Beispiel, nicht mein echtes: Passwort Rabe2023! geht nicht. Das Formular spinnt.",
    # kept secret, said so (German for the state "secret")
    "Mein Passwort ist geheim, ja schon klar, sehr originell, macht einfach das Konto auf.",
    # a participle, an adverb, then the rest of its clause
    "our service account is svc-sync and its password is rotated nightly by our vault, still 401",
    "its password is regenerated weekly by a cron job, so stop asking",
    # passwords in general asked about, then an outcry
    "Ihr speichert Passwörter im Klartext?? Wahnsinn!",
    "Ihr habt Passwörter unverschlüsselt gespeichert?? Frechheit!",
]

POSITIVES = [
    # words quoted that are a passphrase, or a judgement's shape with a digit
    ("my password is 'correct horse battery staple'", "horse battery"),
    ("my password is 'too many cats'", "many cats"),
    ('my password was "probably Wrong7"', "Wrong7"),
    ("Mein Passwort ist „das Boot 1981“", "Boot 1981"),
    # the example's sentence ends; the next one gives the real value
    (
        "Nur als Beispiel, nicht mein echtes: Passwort Rabe2023! geht nicht. "
        "Mein echtes Passwort ist Kranich!88",
        "Kranich!88",
    ),
    ("an example of the problem: my password Falke77! is not accepted", "Falke77!"),
    # the word with a digit, or quoted: a value
    ("Mein Passwort ist geheim123", "geheim123"),
    ('Mein Passwort ist "geheim"', "geheim"),
    # a participle-shaped value with a value after it, or no adverb
    ("its password is rotated weekly by Vault, the current one is Xk9!mQ2#vL", "Xk9!mQ2#vL"),
    # one password asked about, then its value
    ("the wifi password? blumenwiese", "blumenwiese"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_talk_about_a_password_is_no_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_twins_stay_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "value", "disowned"),
    [
        ("something like Hund123! — that's an example, not mine — fails", "Hund123!", True),
        ("not my real one, just an example: Hund123!", "Hund123!", True),
        ("Beispiel, nicht meins: Hund123!", "Hund123!", True),
        ("an example, not mine. Mine is Hund123!", "Hund123!", False),
        ("an example of the error: Hund123! is not accepted", "Hund123!", False),
    ],
)
def test_disowned_example_reads_its_sentence(text: str, value: str, disowned: bool) -> None:
    start = text.index(value)
    assert disowned_example(text, start, start + len(value)) is disowned
