"""Round fifteen of issue 10, password recall: classes of phrasing behind red-team
v15a/v15b's password misses, each written here in several forms of our own (none is a
corpus item), both languages: the secret goes, the look-alike stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

VALUES = [
    # a quoted command-line password with a space inside: the whole quoted argument
    ("sshpass -p 'Matterhorn 4478x' scp a.tar host:/srv", "Matterhorn 4478x"),
    ('in der crontab: sshpass -p "Kiefer Wald 12" ssh oca@host uptime', "Kiefer Wald 12"),
    ("redis-cli -h 10.0.0.4 -a 'Vostok 1961' info", "Vostok 1961"),
    ("running `redis-cli -p 6380 -a 'Apollo 11 moon' ping` says NOAUTH", "Apollo 11 moon"),
    ("psql is fine but lftp -u ftpuser -p 'Elbe Brücke 3' host fails", "Elbe Brücke 3"),
    # words joined by "&" or "+" are one phrase, to a bracket or the sentence end
    ("Mein Passwort: Sonne & Strand 2019 (mit Leerzeichen)", "Sonne & Strand 2019"),
    ("login is user = ops, password = Pepper & Salt 9. We change it weekly.", "Pepper & Salt 9"),
    ("Kennwort ist Katze + Hund 77, bitte nicht weitersagen", "Katze + Hund 77"),
    ("the wifi password is Fish & Chips 4 (spaces included)", "Fish & Chips 4"),
    ("pw = Salz & Pfeffer 12. Danke!", "Salz & Pfeffer 12"),
    # an aside in brackets between the password word and its verb is the writer's
    ("Das Kennwort (bitte nicht weitersagen) lautet hafenkran", "hafenkran"),
    ("the wifi password (not the guest one) is lanternfish", "lanternfish"),
    ("Mein Passwort (nicht lachen!) ist schneeflockenwalzer, ja wirklich", "schneeflockenwalzer"),
    ("our admin password (don't judge) is buttercup", "buttercup"),
    # a greeting is an ordinary word people pick: alone after a hedge, or a phrase's first
    ("my password is just hello, I know", "hello"),
    ("mein Kennwort ist einfach nur hallo, sorry", "hallo"),
    ("the password is simply hey.", "hey"),
    ("my password is hello sunshine 7 cookies and yes, I know", "hello sunshine 7 cookies"),
    ("Das Passwort lautet hallo Sonnenschein 44, bitte ändern", "hallo Sonnenschein 44"),
    # a password label starting its line: the rest of the line is its value, a sentence too
    ("Passwort: Wir fahren nach Rom\nGruß", "Wir fahren nach Rom"),
    ("User: mia\nNew password: my cat hates Mondays!\nThanks", "my cat hates Mondays"),
    # a parallel clause after a found value gives a second one
    ("the password for test is maple77 and for live it's maplesyrup-bottle", "maplesyrup-bottle"),
    ("Passwort für Test ist kiefer12, und für Produktion ist es kiefernwald-zapfen", "kiefernwald"),
    ("wifi password upstairs is Otter#41 but downstairs it's biberdamm-7.", "biberdamm-7"),
]

NOT_A_VALUE = [
    "sshpass -p '$SSH_PASS' rsync -av ./ host:/data",
    "redis-cli -a '<password>' ping",
    "Password & username rules are on the wiki (section 4).",
    "We reset the password & 2FA for all 12 users yesterday.",
    "The password (must be 12+ chars) is required for all users.",
    "Das Passwort (laut Mail) ist nicht mehr gültig, bitte neu setzen",
    "The password (see ticket 4411) was rejected again",
    "Hi, my password is just not working, hello?",
    "Hallo, mein Passwort ist abgelaufen. Hallo?",
    "Passwort: wird per SMS geschickt\nDanke",
    "Kennwort: habe ich vergessen\nHilfe",
    "Password: ask the IT desk\nthanks",
    "Password: I will send it later\nthanks",
    "Kennwort: wird noch nachgeliefert\nGruß",
    "my pw: no spaces and all lowercase: see the ticket",
]

# a parallel clause that names something else keeps its value
NOT_A_SECOND_VALUE = [
    ("das Passwort war Linde#7 und die Kundennummer ist KD-22817", "KD-22817"),
    ("my password is Otter#41 and the app is broken since v2.3.1", "broken since v2.3.1"),
]


@pytest.mark.parametrize(("text", "secret"), VALUES)
def test_password_value(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a round-15 password phrasing", text, secret)


@pytest.mark.parametrize("text", NOT_A_VALUE)
def test_not_a_password_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize(("text", "kept"), NOT_A_SECOND_VALUE)
def test_not_a_second_value(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact_text(text)
