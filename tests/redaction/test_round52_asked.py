"""Round 52 (asked): a password the message asks the rules about.

A message that asks or tells whether a value passes the service's password rules (strong or
secure enough, weak, allowed, accepted, rejected, banned, on a block list, too short, would
it pass the policy) talks about a password the writer uses, used or means to use: by the
labelling policy (a value that is, was or may be in use) it is a secret. The value is a
password-shaped token in the verdict's sentence, or the next sentence when that one names
none; a value asked about stays only when the message says it is not in use ("not using
it", "I said no", "just curious") or presents it as a sample ("z. B.", "example").

Corpus items: v51a-200, v51b-083, v52a-258, v52a-284, public-at-062, v37a-004 (read sets);
every other case is in our own words (EN and DE, other words and order, typos). Each must
fail on round 51's code; the twins must stay unchanged.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import PASSWORD
from tests.redaction.helpers import assert_masked_as, assert_unchanged

ASKED = [
    # the corpus items
    (
        'Is "Summer2025" strong enough for the team account? The password rules page says '
        "10 chars min.",
        "Summer2025",
    ),
    ("Wäre 'Apfelbaum!2025' als Passwort sicher genug für den Admin?", "Apfelbaum!2025"),
    ("Passwort123 ist bei euch verboten? Steht das irgendwo in der Doku?", "Passwort123"),
    ("password123 won't be accepted anymore? when did that change", "password123"),
    (
        "your form says my password is on a banned list. I've used letmein2019 since 2019 "
        "everywhere, what's wrong with it?",
        "letmein2019",
    ),
    # paraphrases: a quoted value asked about
    (
        'Ist "Birnbaum!77" sicher genug für den Shop-Zugang? Eure Passwortregeln sagen min. '
        "10 Zeichen.",
        "Birnbaum!77",
    ),
    (
        "Would 'Kestrel-42' be strong enough for the admin login? The policy page is vague.",
        "Kestrel-42",
    ),
    ('Is "Welcome2025" on your banned list? A colleague wanted it for the kiosk.', "Welcome2025"),
    # the verdict's sentence names no value: the next one does
    (
        "the signup page says my password is on a blocklist. been using sunshine1987 for "
        "years, why?",
        "sunshine1987",
    ),
    # would it pass the rules
    ("would otterpop55 pass your password rules? it keeps failing", "otterpop55"),
    ("Would Sommerwind2024 pass the password check?", "Sommerwind2024"),
]


@pytest.mark.parametrize(("text", "value"), ASKED)
def test_a_value_asked_about_against_the_rules_is_masked(
    redactor: Redactor, text: str, value: str
) -> None:
    assert_masked_as(redactor, text, value, PASSWORD)


@pytest.mark.parametrize(
    "text",
    [
        # said not to be in use, or a sample
        'Is "Passwort123" on your banned list? A colleague wanted to use it but I said no.',
        'Is "Password1!" acceptable under your rules? Asking for finance, I\'m not setting it.',
        'is "Passwort123" on your list of common passwords? just curious, not using it',
        "Wieso wird Passwort123 bei euch akzeptiert? Das ist doch das Standardbeispiel, ich "
        "nutze sowas natürlich nicht",
        "Eure Richtlinie verbietet z. B. Sommer2024 und ähnliche Passwörter, warum?",
        # no value: the password, a product, a program's names
        "Is my password strong enough? It has 12 characters.",
        "Is Windows11 allowed by your password policy?",
        "Fehlermeldung: password_too_weak, bitte um Hilfe, welche Regeln gelten?",
        "Das Passwortfeld akzeptiert kein §-Zeichen",
        "Die Passwortstärke-Anzeige zeigt 'schwach' bei 20 Zeichen.",
    ],
)
def test_values_said_unused_and_talk_without_a_value_stay(text: str) -> None:
    assert_unchanged(text)


# A security question answered: "Geheimfrage" is the German "secret question" beside
# "Sicherheitsfrage", and "beantwortet mit" / "answered with" a verb that gives the answer;
# a note in brackets after it stays (corpus: v52a-085, v52b-161).
ANSWERED = [
    ("Sicherheitsfrage beantwortet mit Bello (Name vom ersten Hund) – trotzdem gesperrt", "Bello"),
    ("Die Geheimfrage Antwort war Bello (Name vom Hund)", "Bello"),
    ("Geheimfrage-Antwort ist Rübezahl, bitte prüfen", "Rübezahl"),
    ("security question answered with Marigold (grandma's street), still locked", "Marigold"),
]


@pytest.mark.parametrize(("text", "value"), ANSWERED)
def test_a_security_question_answered_is_masked(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, PASSWORD)


@pytest.mark.parametrize(
    "text",
    [
        "Geheimfrage vergessen, was tun?",
        "Die Sicherheitsfrage wurde beantwortet mit einer falschen Schreibweise, glaube ich.",
    ],
)
def test_a_security_question_without_its_answer_stays(text: str) -> None:
    assert_unchanged(text)
