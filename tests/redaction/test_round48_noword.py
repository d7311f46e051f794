"""Round 48 (passwords no word names, read from the situation, ``redaction.situation_values``):
an answer given to a security question, a value beside a login name (on the next line, as a
pair in a story of access, "use x with Y"), a lock's or a device's number, a quoted value
tried at a sign-in, a value handed over, tried, reset or shared, a network's key on its
sticker and a value alone on a line that the next line says opens something. Each with twins
of the same shape whose value is no secret: a user name, a network's name, a product, a
place, a flat's door, an order number, a button's caption. Sentences and values are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from redaction import Redactor, precheck, situation_values
from redaction.recognizers.password import _entered_value
from tests.redaction.helpers import assert_password_masked, assert_unchanged

MASKED = [
    # (message, the value that must not survive)
    # an answer given to a security question
    ("they asked for the name of my first pet. Pumuckl. still says wrong", "Pumuckl"),
    ("security question: favourite teacher? -> Brennecke. it won't accept it", "Brennecke"),
    (
        "Sicherheitsfrage war der Geburtsort, ich hab Quedlinburg eingegeben, geht nicht",
        "Quedlinburg",
    ),
    ("what was your first car? I said Trabant back when I signed up", "Trabant"),
    ("Frage nach der Grundschule – hab damals Lindenhof reingeschrieben, falsch", "Lindenhof"),
    # a value on the line after a login name
    ("username: kiosk_ost\nHarbour-Lantern\nthat's everything", "Harbour-Lantern"),
    ("Benutzer: praxis.sued\nDanach: Walnuss&Birne3", "Walnuss&Birne3"),
    ("Account: mia_k\nAnd: Pelikan", "Pelikan"),
    ("Bitte mit diesen Daten anmelden:\nt.krause\nSchaukel-Pferd-4\n\nDanke", "Schaukel-Pferd-4"),
    # a login handed over as a pair, "use x with Y", "als x mit Y an"
    ("my brother is away, he said to use his: leo.m / Quittenbaum8 for now", "Quittenbaum8"),
    ("für den Gastzugang einfach gast / gast2031 nehmen", "gast2031"),
    ("use root with Lupine42 on the test box", "Lupine42"),
    ("nimm einfach lager_b mit Holzkiste9, hab ich angelegt", "Holzkiste9"),
    ("ich meld mich immer mit meiner Kundennummer 551902 und Brombeere an", "Brombeere"),
    # a lock's or a device's number
    ("Hintertür geht mit 4471#, bitte den Karton dort abstellen", "4471#"),
    ("Tor unten ist 3308B, the courier can ring twice", "3308B"),
    ("back door's 2741, gate 3852, alarm 4963 – the gardener comes Monday", "3852"),
    ("for the padlock: 7-2-9-4, it won't open anymore", "7-2-9-4"),
    ("to unlock the PDF use 30061979 (my date of birth)", "30061979"),
    ("die Datei geht nur mit 604288 auf, so hat die Kasse es eingestellt", "604288"),
    # a quoted value tried at a sign-in
    ("the login page refuses `Mango%Reef` since this morning", "Mango%Reef"),
    ("mit `Ahorn+Sirup` komm ich nicht mehr rein", "Ahorn+Sirup"),
    ("type in 'purple monkey dishwasher' and see if it lets you in", "purple monkey dishwasher"),
    # handed over, tried, reset, shared
    ("fine, I'll just give it to you: Kelpie_2017", "Kelpie_2017"),
    ("same as the alarm panel, Zirkon77", "Zirkon77"),
    ("probier mal mit Laterne_31, sonst weiß ich es auch nicht", "Laterne_31"),
    ("hab's zurückgesetzt, ist jetzt Fichtenzweig_8, bitte testen", "Fichtenzweig_8"),
    (
        "locked out of the shared mailbox. we both use Otter_Pond_5, did one of us change it?",
        "Otter_Pond_5",
    ),
    # a remark on secrecy after two leading words
    ("ich schreib's dir einfach: Nebelhorn!55 – aber bitte nicht weitersagen", "Nebelhorn!55"),
    # a network's key on its sticker
    ("SSID Garten_WLAN\nkey: amber-heron-meadow\nthe printer won't join", "amber-heron-meadow"),
    (
        "the router's key is on the sticker: H4KD-9PQX-72LM, phone still can't connect",
        "H4KD-9PQX-72LM",
    ),
    # a value alone on a line, the next line saying what it opens
    ("hi\n\nLIGHTHOUSE\n\nthat's the code you gave us for the join screen, it fails", "LIGHTHOUSE"),
    ("Hallo,\n\n6139\n\ndas ist die Nummer fürs Schließfach, geht nicht auf", "6139"),
    ("Hi,\nholunder\n\ndas ist das Wort, mit dem ich mich anmelde", "holunder"),
]

TWINS = [
    # a security question's topic with no answer given, or talk with no account's check
    "Lieblingsessen? Kartoffelsuppe, why do you ask",
    "what city were you born in? I always wondered where you are based",
    "I'm the new person at Elm Primary School. Taking over from Mr. Hardy.",
    "Bei der Sicherheitsfrage hab ich Geburtsort gewählt, kann ich das ändern?",
    # a login name with another field's value on the next line, a word, a label
    "username: kiosk_ost\nshop: Harbour-Lantern\nthat's all",
    "username: kiosk_ost\nthanks!",
    "Login: kiosk_ost\nPasswort:",
    # a pair that is a path, a port, a size, an address
    "the folder is /kunden/K-20331/archiv, we log in via SFTP",
    "mongodb+srv://cluster0.ab1cd.mongodb.net/prod?retryWrites=true",
    # "use x with y" with no typed value
    "use the app with Bluetooth on, the login works then",
    "ich meld mich immer mit meiner Kundennummer an",
    # a lock's word with a flat's door, a time, a year, a product
    "Klingel bei Berger, 2. OG, Tür 1402",
    "the alarm went off at 0700 again",
    "the garage was built in 1998",
    "das Schließfach 8820 ist in welchem Gebäude?",
    # a quoted caption, an error, a search term at a sign-in
    "I clicked 'forgot password' three times and no email came",
    "login fails with 'invalid credentials' since Monday",
    "I typed 'blue sofa' into the search field, nothing",
    # handed over, tried, reset: a product, an order number, a sentence
    "here you go: Order#55120 is the one that's missing",
    "probier mal mit Windows11, vielleicht geht es dann",
    "hab's zurückgesetzt, ist jetzt wieder normal",
    # a network's name alone, a key that is a file
    "SSID Garten_WLAN\nthe printer won't join it",
    # a value alone on a line, the next line naming an order, a locker's place
    "Hi,\nAB-44120\n\nthat's my order number, where is it?",
    "Hallo,\n\n6139\n\ndas ist die Nummer vom Schließfach, in welchem Gebäude ist das?",
]


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_value_is_masked(text: str, value: str) -> None:
    assert_password_masked(text, value)


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays(text: str) -> None:
    assert_unchanged(text)


@pytest.mark.parametrize(("text", "value"), MASKED)
def test_precheck_lets_it_through(text: str, value: str) -> None:
    assert precheck.might_contain_secret(text)


@pytest.mark.parametrize(
    "text",
    [
        "they asked for the name of my first pet. Pumuckl. still says wrong",
        "username: kiosk_ost\nHarbour-Lantern\nthat's everything",
        "Hintertür geht mit 4471#, bitte den Karton dort abstellen",
        "mit `Ahorn+Sirup` komm ich nicht mehr rein",
        "SSID Garten_WLAN\nkey: amber-heron-meadow",
    ],
)
def test_gate_opens_where_a_form_matches(text: str) -> None:
    assert situation_values.might_match(text)
    assert situation_values.values(text, _entered_value)


@pytest.mark.parametrize(
    "text", ["see you later", "the weather is nice today", "ok danke, bis morgen"]
)
def test_gate_stays_shut(text: str) -> None:
    assert not situation_values.might_match(text)


# Merge fixes: no secret for a general reason (each twin of our own, none an existing test's)
MERGE_TWINS = [
    # a product and its version after a login name
    "Sign-in fails on my laptop\nanna.berg\nOffice365",
    "Login hängt seit gestern\nj.weber\niPhone15",
    # a menu's path after a security-question word
    "Sicherheitsfrage zurücksetzen: Einstellungen → Datenschutz",
    "where do I change the security question? Settings -> Account -> Security",
    # a time after an alarm word
    "alarm 0645 on weekdays please",
    "Alarm: 0930 jeden Tag, das nervt",
    # a number followed by a unit
    "the lock on the shed is 2500 years old, joking, but it is rusty",
    "der Tresor ist 1200 Euro wert gewesen",
    # slashes between alternatives: the pair is one too
    "account yes/no survey: option/Beta#3",
]


@pytest.mark.parametrize("text", MERGE_TWINS)
def test_merge_twin_stays(text: str) -> None:
    assert situation_values.values(text, _entered_value) == []
    assert_unchanged(text)


def test_precheck_and_recognizer_share_one_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pre-check and the recognizer ask the same text the same question one after the
    other; the forms' scans run once (a flood of "user … and …" held the loop past 5 ms)."""
    calls: list[str] = []
    real = situation_values._values

    def counted(
        text: str, shaped: Callable[[str, int, str], bool], low: str | None = None
    ) -> list[tuple[int, int]]:
        calls.append(text)
        return real(text, shaped, low)

    monkeypatch.setattr(situation_values, "_values", counted)
    monkeypatch.setattr(situation_values, "_last", None)
    text = "username: kiosk_nord\nHafen-Laterne7\nthat's everything"
    assert "Hafen-Laterne7" not in Redactor().redact(text).text
    assert calls.count(text) == 1
