"""Round 49 (pw): passwords and codes in ordinary support chat.

- a code kept for a guest, for duress (German "Zwangscode"), for the installer, or a
  device's screen lock ("Sperrcode"): held code words, as "master code" was;
- a keypad's code with its hash key between the digits ("code is 6#0#4#2"), after a bare
  "code" and after a door's or gate's code word;
- ``redis-cli -a 'moss-lamp-river'``: a passphrase of joined words after the password flag;
- the German verb at the clause's end: "wenn ich es auf x setze", "wir wollen es auf x
  umstellen";
- a quoted value of words, the German verb of trying after it, then a remark on its spaces
  ('Hab\'s mit "Fuchs im Bau 5" versucht (mit Leerzeichen)');
- variants of a masked value in a list of values tried ("probiert: kranich, Kranich8,
  kranich!!"): the same letters, the digits or signs changed;
- a device's sign-in code (the device flow: "go to …/activate and enter QWRT-PLKM").

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

SECRETS = [
    # held code words
    ("alarm panel: master code 7114, guest code 3400. how do I add users?", "3400"),
    ("the alarm installer gave us a guest code 5518, where do I enter it?", "5518"),
    ("Alarm: Scharfschaltcode 4410, Zwangscode 4411 – bitte nicht weitergeben", "4411"),
    ("Das Tablet im Lager hat den Sperrcode 551902, kann man den zurücksetzen?", "551902"),
    ("Installer code is 9087, the panel asks for it after the update", "9087"),
    # a keypad's code with its hash key between the digits
    ("keypad at the garage: code is 5#2#8#3 then enter.", "5#2#8#3"),
    ("the gate code is 6#0#4#2# now, the old one stopped working", "6#0#4#2"),
    # a passphrase after redis-cli's password flag
    ("redis-cli -h db.local -a 'green-owl-sings' ping -> NOAUTH", "green-owl-sings"),
    ("redis-cli --pass moss_lamp_river -p 6380 info", "moss_lamp_river"),
    # the German verb at the clause's end
    ("Wenn ich es auf Apfelbaum?17 setze, ist das alte dann weg?", "Apfelbaum?17"),
    ("Wenn wir es auf Kranich#204 umstellen, geht das ohne Abmeldung?", "Kranich#204"),
    # a quoted value of words, the verb after it, then the remark on its spaces
    (
        'Hab\'s mit "Apfelbaum 3 Garten" versucht (das ist mein Passwort, mit Leerzeichen).',
        "Apfelbaum 3 Garten",
    ),
    # variants of a masked value in a list tried
    ("hab schon alles probiert: pferdekoppel, Pferdekoppel1, pferdekoppel!! nix", "pferdekoppel"),
    ("hab schon alles probiert: pferdekoppel, Pferdekoppel1, pferdekoppel!! nix", "pferdekoppel!!"),
    ("tried Seepferd4 and then seepferd, neither works", "seepferd"),
    # a device's sign-in code
    ("go to example.com/activate and enter code QWRT-PLKM but it fails", "QWRT-PLKM"),
    ("Login on the TV says open the activation page and enter QWRT-PLKM. Nothing.", "QWRT-PLKM"),
    ("Der Fernseher zeigt: gib auf der Seite den Code BKZP-DWXM ein", "BKZP-DWXM"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 49 pw", text, secret)


UNCHANGED = [
    # a guest code on a ticket, no value; a guest list's year
    "the guest code for the event is printed on your ticket",
    "the guest code ran out in 2023, can we get a new one?",
    # an error code with one hash, a bare number
    "the error code is 5#2 on the display",
    "door panel shows 4 of 5 bars",
    # redis-cli with a host name of joined words, a user name
    "redis-cli -h cache-east-one ping returns PONG",
    "redis-cli -a default ping says wrong password",
    # set to a language, an amount, a weekday
    "Wenn ich es auf Deutsch setze, geht das?",
    "Wenn ich es auf 200 Euro setze, reicht das?",
    "Kann ich es auf Englisch umstellen?",
    # a quoted folder name tried, no password spoken of
    'Ich hab den Ordner "Alte Fotos 2020" umbenannt und "Neue Fotos" versucht (mit Leerzeichen).',
    # a list tried of unrelated words
    "hab schon alles probiert: neustart, cache leeren, neu installieren, nix geht",
    # a consonant code's shape with no code spoken of; the docs' placeholder
    "we migrated the HTTP-SMTP relay yesterday and mail flows",
    "the docs show the activation code as XXXX-XXXX, where do I find mine?",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# The pre-check: the device code's rule fires on texts with no other trigger literal
PRECHECKED = [
    ("visit the link and enter QWRT-PLKM", "QWRT-PLKM"),
    ("TV shows BKZP-DWXM, what now", "BKZP-DWXM"),
]
PRECHECKED_QUIET = [
    "TV shows XXXX-XXXX, what now",
    "visit the link and enter your name",
]


@pytest.mark.parametrize(("text", "secret"), PRECHECKED)
def test_precheck_opens_the_device_code_rule(text: str, secret: str) -> None:
    from redaction import precheck
    from redaction.normalize import normalize

    assert precheck.PASSWORD in precheck.families(normalize(text).text)
    assert_secret_gone(Redactor(), "pre-checked", text, secret)


@pytest.mark.parametrize("text", PRECHECKED_QUIET)
def test_precheck_twins_unchanged(text: str) -> None:
    assert Redactor().redact(text).text == text


def test_variant_needs_the_same_letters() -> None:
    from redaction.siblings import variant

    assert variant("Kranich8", "kranich!!")
    assert variant("Kranich8", "KRANICH")
    assert not variant("Kranich8", "Kranich8")  # the value itself
    assert not variant("Kran8", "kranich")  # other letters
    assert not variant("Ab12", "ab")  # too few letters to tell
