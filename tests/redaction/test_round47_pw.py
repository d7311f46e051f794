"""Round 47 (pw): passwords in single messages near a password word.

- words quoted right after a bare password word ('Kennwort "Rote Rose 1999"', 'password
  "Tiger Lily Road"', 'Pass "Apfel 9 Birne"'): the writer quotes to show where a value
  with spaces starts and ends, so the quoted words are the value unless they read as a
  sentence (a negation, an auxiliary, a request, a state: 'password "must contain a
  digit"', 'Passwort "zu kurz"');
- a value before "as/als (a temp) password" after a verb of typing, choosing or using
  ("tried zyx as a temp password", "ich benutze tiger six als Passwort", "habe testweise
  @@## als Passwort gesetzt"): "as password" gives the words between the verb and it the
  password's role, whatever their shape; a determiner, a pronoun or a stand-in ("use the
  same as password", "use my birthday as password") or a compound's head after the word
  ("as password backend") is no value;
- a value of words joined by hyphens or underscores after the copula, the sentence going
  on after it ("the password is Raven-Two-Echo just so you can check", "is blue-Otter-
  Yearly (export step) and unzip says wrong", "is my_secret, I know"): prose joins words
  so only in its phrasal compounds ("up-to-date", "one-time-use") and in names written
  with capitals ("E-Mail", "Wi-Fi"); such a token is as made as a word with a digit.

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

SECRETS = [
    # quoted words after a bare password word
    ("Zugang zum Server: user anna, Kennwort 'Birke & Linde 2011'", "Birke & Linde 2011"),
    ('Login: Benutzer otto, Passwort "Sonne Mond Sterne" - 401', "Sonne Mond Sterne"),
    ('password "Tiger Lily Road" without the quotes', "Tiger Lily Road"),
    ('In der config steht Pass "Apfel 9 Birne" mit Leerzeichen', "Apfel 9 Birne"),
    ("the NAS user has password 'quiet fox 12' since Monday", "quiet fox 12"),
    # a password word made a value by a digit is no button's label ('"Reset password"')
    ('the old box still takes the password "our passw0rd" but the new one not', "our passw0rd"),
    ("Das Kennwort ist „mein passw0rt“ (mit Leerzeichen!)", "mein passw0rt"),
    ('the password "Passw0rd 1" fails', "Passw0rd 1"),
    # a value before "as password" after a typing, choosing or using verb
    ("tried zyx as a temp password, rejected", "zyx"),
    ("I tried Winter 2023! as password and it fails", "Winter 2023!"),
    ("Ich habe testweise @@## als Passwort gesetzt", "@@##"),
    ("in der Datenbank steht einfach demo als Passwort", "demo"),
    ("ich benutze tiger six as password", "tiger six"),
    ("ich benutze tiger six as password – tiger6", "tiger six"),
    ("Hab kiwi genommen (Obst, rückwärts) als Passwort, wird abgelehnt", "kiwi"),
    ("As a test I entered ~~~ (three tildes) as the password and got 4 errors", "~~~"),
    ("I tried Sommer 2024! as password like my colleague said", "Sommer 2024!"),
    # words joined by hyphens or underscores, the sentence going on after them
    ("the password is Raven-Two-Echo just so you can check", "Raven-Two-Echo"),
    (
        "the password for the zip is blue-Otter-Yearly (export step) and unzip says wrong",
        "blue-Otter-Yearly",
    ),
    ("the password is my_secret just so you know", "my_secret"),
    # leak twins of the false hits fixed: the same shape with a value stays masked
    ('Zimmer gibt es, das WLAN-Kennwort "Hochzeit Mai 2024" steht am Empfang', "Hochzeit Mai 2024"),
    (
        "In Bitwarden steht bei Passwort 'Ordner Arbeit 7', hab ich so gespeichert",
        "Ordner Arbeit 7",
    ),
    # twins the base already found: the new readings keep them
    ("das Kennwort ist Hafen-Licht-Nord, bitte nicht weitergeben", "Hafen-Licht-Nord"),
    ("pw for the shared account is Raven-Two-Echo", "Raven-Two-Echo"),
    ('the password is "Lemon Tree Harbour 5" but it fails', "Lemon Tree Harbour 5"),
    ("Hab pumpkin7 genommen als Passwort, wird als schwach angezeigt", "pumpkin7"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 47 pw", text, secret)


UNCHANGED = [
    # quoted sentences and labels after a password word
    'the password "must contain a digit" rule is annoying',
    'Passwort "zu kurz" steht da immer',
    'the password field says "too weak" every time',
    'I clicked "forgot password" and nothing happened',
    'Passwort "nicht sicher genug" kommt als Meldung',
    'password "does not match" again, what now?',
    'password "Show / Hide" toggle is missing',
    'click "Reset password" please',
    'Passwort "Passwort vergessen" Knopf geht nicht',
    # "as password" with a determiner, a pronoun or a stand-in, or a compound after it
    "I use the same as password everywhere",
    "can I use my email as password?",
    "I used it as password",
    "you can use anything as password",
    "Can I use spaces as password characters?",
    "ich nutze Bitwarden als Passwort-Manager",
    "I use my birthday as password",
    "I picked a long sentence as password",
    "I use Face ID as password on my phone",
    # a booking's keyword, a note pointing elsewhere
    'Zimmer gibt es unter dem Kennwort "Hochzeit Meier-Schulz" bis Mai',
    "In Bitwarden steht bei Passwort 'siehe Ordner Arbeit', hab ich so gespeichert",
    # phrasal compounds and adjectives after the copula
    "the password is case-sensitive and it says wrong",
    "the password is one-time-use only",
    "the password is ADMIN_PASSWORD from the env",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
