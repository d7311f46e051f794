"""Round 48 (pw): passwords in single messages that a password word names.

- a value of several words that the message says has spaces ("new one is Kite  River 7
  (two spaces between the words)", "neues: Igel im Laub 2023 (mit Leerzeichen)", "it's 'Blue
  Lagoon 88' with the spaces", "Mein Kennwort enthält ein Leerzeichen: Rote Tulpe"): the
  remark on the spaces names the words before it (after a colon: after it) one value; the
  password rules read such a value up to its first space or not at all
  (``redaction/spaced_values.py``). Not a value: words that open with a function word or
  judge the password ("too long"), a password word among them, a remark denying the spaces
  ("ohne Leerzeichen"), one word, a user's, a folder's or a network's name.

- a parallel clause's value of words beside a found value of words ("my password is
  velvet otter 4 and Jo's is tea kettle 9 — …"): it runs, as its sibling does, to its
  clause's end; a user's name, a state ("the same one") or a value with neither digit nor
  sign stays;
- a code written digit by digit with one sign between ("Tresor-Code: 7·3·9·1·4",
  "Zahlencode … ist 3-9-1-7", "Tür-Code 7 3 5 9") after a word naming a code, a PIN, a
  password or a lock in its sentence (``redaction/separated_digits.py``); not dots (a
  version, an address), not a sentence without such a word.

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

SECRETS = [
    # the remark after the value, in brackets, after a dash, or "with (the) spaces"
    ("new pw is   Kite  River 7   (two spaces between the words, on purpose)", "Kite  River 7"),
    (
        "WLAN-Kennwort geändert, neues: Igel im Laub 2023 (mit Leerzeichen). Alles neu?",
        "Igel im Laub 2023",
    ),
    ("ok I set the new one, it is Velvet Moon 31! with the spaces", "Velvet Moon 31!"),
    ("my password is m@ple syrup - it has a symbol and a space, still fails", "m@ple syrup"),
    ("Das Passwort lautet: 3. Liga Bremen ⚓ (mit Anker und Leerzeichen)", "3. Liga Bremen ⚓"),
    (
        "SMTP_PASSWORD is quiet orange falcon (yes, with spaces) and the host is fine",
        "quiet orange falcon",
    ),
    (
        "Notiz:\nkonto: ben@example.org\npw Gipfel 2208 Zugspitze\n(das pw hat Leerzeichen)",
        "Gipfel 2208 Zugspitze",
    ),
    (
        "I reset my password, the last one I chose was\n\n  pebble beach at noon\n\n"
        "(with spaces) and it says wrong",
        "pebble beach at noon",
    ),
    ("reset it again, new one: Fox & Hound 44 — spaces included", "Fox & Hound 44"),
    # quoted, the remark after the quote
    ("she enters 'Paper Boat 1987' with spaces, that's her passphrase", "Paper Boat 1987"),
    (
        'Zugang ist techadmin / "Warmer Regen im Mai" (mit Leerzeichen), bitte 2FA an',
        "Warmer Regen im Mai",
    ),
    # the remark before a colon, the value after it
    ("Mein Kennwort enthält ein Leerzeichen: Rote Tulpe", "Rote Tulpe"),
    (
        "Our password has two spaces, right in the middle: Copper  Lantern 5 – do we quote it?",
        "Copper  Lantern 5",
    ),
    # a parallel clause's value of words beside a found one
    (
        "my password is Winter Sonne 2021! and my colleague Pia's is Harbour Light 81! — both fail",
        "Harbour Light 81!",
    ),
    (
        "our pw is amber fox ladder 2 and the other admin's is stone bridge owl 7 — since Monday.",
        "stone bridge owl 7",
    ),
    # a code written digit by digit
    ("Neuer Code für den Schlüsselkasten: 4·8·1·6 (ohne die Punkte)", "4·8·1·6"),
    ("Der Zahlencode für das Tor am Hof ist 5-2-7-3, bitte weitergeben.", "5-2-7-3"),
    ("Hallo, Tür-Code 9 4 0 2 und dann Raute drücken.", "9 4 0 2"),
    ("the PIN for the alarm panel is 6-0-3-8-#, please pass it on", "6-0-3-8-#"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 48 pw", text, secret)


UNCHANGED = [
    # no value: the spaces talked about, a question
    "Can my password have spaces in it, or is that a problem?",
    "Geht ein Passwort mit Leerzeichen? Ich frage für unsere Firma.",
    "Das neue Passwort darf keine Leerzeichen haben, steht in der Hilfe",
    # words that judge the password, not a value
    "my password is too long (with spaces) for the old app",
    # a user's, a folder's, a network's name with spaces
    "login works, but the folder name is Old Backups 2024 (with spaces) and sync fails",
    "Mein Benutzername enthält ein Leerzeichen: Anna Maria",
    # a password word's compound, then a sentence ("password policy …")
    "the password field now takes sentences with spaces",
    # words after the colon that are a sentence, not a value
    "Unser Kennwort hat ein Leerzeichen: ist das ein Problem",
    "password is fine, my user name is Jo Ann Miller (with a space) and it is rejected",
    # the remark denies the spaces
    "Passwort-Regel: Wörter wie Igel im Laub (ohne Leerzeichen) sind erlaubt",
    # digits with dots, a sentence with no code word, a run inside a longer number
    "the code runs on firmware 1.2.3.4 since Monday",
    "Bitte die Schritte 1-2-3-4 der Anleitung durchgehen, dann neu starten.",
    "order 12 3 4 5 6 arrived, the code on the box is fine",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# the first value is a secret (masked); the parallel clause's words are not
KEPT = [
    (
        "my password is Winter Sonne 2021! and my username is Pia Maria Roth, thanks",
        "Pia Maria Roth",
    ),
    ("my password is Winter Sonne 2021! and Pia's is the same one", "the same one"),
    (
        "my password is Winter Sonne 2021! and Pia's is on a sticky note — no idea",
        "on a sticky note",
    ),
]


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_parallel_kept(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor.redact(text).text
    assert "Winter Sonne 2021!" not in out
    assert kept in out, out


# The pre-check (merge fix): the new rules fire on texts with no trigger literal of the
# password rules ("Tür-Code", "Safe", "neues … Leerzeichen"); the fast path must not pass them
PRECHECKED = [
    ("Der Safe im Hotelzimmer: 4·8·1·6", "4·8·1·6"),
    ("Alarmanlage zurück, Code 2-7-7-5", "2-7-7-5"),
    ("bike lock is 9 0 4 2 btw", "9 0 4 2"),
    ("neues für morgen: Kessel unter Dampf 41 (mit Leerzeichen)", "Kessel unter Dampf 41"),
    ("the phrase is Copper Moth 5 (two spaces between the words)", "Copper Moth 5"),
]
PRECHECKED_QUIET = [
    "Schritte 1-2-3-4 der Anleitung, dann neu starten",
    "not enough disk space on drive C",
    "my zip code is 3 0 1 6 5 and the house number is 2 2 1 8",
    "Fehlercode am Display: 4-0-0-2",
]


@pytest.mark.parametrize(("text", "secret"), PRECHECKED)
def test_precheck_opens_the_new_rules(text: str, secret: str) -> None:
    from redaction import precheck
    from redaction.normalize import normalize

    assert precheck.PASSWORD in precheck.families(normalize(text).text)
    assert_secret_gone(Redactor(), "pre-checked", text, secret)


@pytest.mark.parametrize("text", PRECHECKED_QUIET)
def test_precheck_twins_unchanged(text: str) -> None:
    assert Redactor().redact(text).text == text


def test_named_literals_cover_the_naming_words() -> None:
    from redaction import separated_digits

    words = "Code PIN key Pass Kennwort Geheimzahl Zahlenschloss lock Tresor safe Alarm".split()
    for word in words:
        assert separated_digits._NAMED.search(word) is not None
        assert any(lit in word.lower() for lit in separated_digits.NAMED_LITERALS)
