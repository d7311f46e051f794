"""Round 21: values named a secret only afterwards (``redaction.hindsight``), in the shapes
round 20 still missed: remarks naming a value without the usual "that's my …" frame, a
negation that is about something else, a relative clause or question after the noun,
security questions named by their subject, an expiry or a card code named later, pieces
of a card after its brand. Cases in our own words; each positive fails on round 20, each
guard is a look-alike that must stay as sent."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored

from .helpers import thread

# Luhn-valid numbers of real issuers, made up for these tests.
DISCOVER = "6011 3942 7715 0042"
VISA = "4241 5920 6611 2571"


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a negation after the name is about something else
        (("2288", "sim pin, never changed it"), "2288"),
        (("7706", "Handy-PIN, nie geändert"), "7706"),
        (("Krokus2030", "hab ich als neues Passwort gesetzt, klappt aber nicht"), "Krokus2030"),
        (("Wacholder4", "pw fürs Mieterportal, geht seit gestern nicht"), "Wacholder4"),
        # a clause after the noun saying what was done with it, or asking
        (("quartz77", "that's the password I typed in and it fails"), "quartz77"),
        (("amber-lynx-ford-19", "that's the passphrase the admin generated"), "amber-lynx-ford-19"),
        (("503318", "is that the code you wanted? came by text"), "503318"),
        (("8820", "ist das die PIN die ihr braucht?"), "8820"),
        (("T7wq-83kd-LP2x", "backup code #5 on my printout"), "T7wq-83kd-LP2x"),
        # the value named as what one logs in with, without a secret's noun
        (("Gingerbread5", "that's what i use for pretty much everything"), "Gingerbread5"),
        (
            ("Gingerbread5", "thats what my flatmate uses for the netflix login, not me"),
            "Gingerbread5",
        ),
        (("Zitronenbaum3", "damit meld ich mich überall an"), "Zitronenbaum3"),
        # typos, Swiss German, German compounds and abbreviations
        (("Ostwind_77", "is mein pasword"), "Ostwind_77"),
        (("Rigi2291", "das isch mis Kennwort fürs Konto"), "Rigi2291"),
        (("Fernweh 1988", "ist mein Passwortsatz"), "Fernweh 1988"),
        (("775120", "mTAN für die Überweisung"), "775120"),
        (("4419", "tool shed keypad, for the gardener"), "4419"),
        (("Fenchel88", "steam password, for my son"), "Fenchel88"),
        # a security question named by what it asks
        (("Whiskers", "my first cat, for the verification"), "Whiskers"),
        (("Kowalski", "mother's maiden name"), "Kowalski"),
        # a filler no word of which says anything
        (("Hollyhock7", "srry", "that's my pw for the forum"), "Hollyhock7"),
        # a passphrase of five or six words right before a remark pointing at it
        (("the green frog sings loud", "that's actually my password, spaces too"), "green frog"),
        # digits in more than four groups are one value (a router key)
        (("5521 0093 7734 1180 6642", "WLAN-Schlüssel vom Router"), "5521 0093"),
    ],
)
def test_a_value_named_later_is_stored_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    first = stored(redactor, *messages)[0]
    assert value not in first, first


@pytest.mark.parametrize(
    ("messages", "value", "mask"),
    [
        (("7390", "4-digit code on the front of my amex"), "7390", "[CVC]"),
        (("812", "sorry", "das war die Prüfnummer hinten auf der Karte"), "812", "[CVC]"),
        (("04/28", "Ablaufdatum der Karte"), "04/28", "[EXPIRY]"),
        (("10/27", "expiry"), "10/27", "[EXPIRY]"),
    ],
)
def test_a_card_code_or_expiry_named_later_is_masked_as_such(
    redactor: Redactor, messages: tuple[str, ...], value: str, mask: str
) -> None:
    first = stored(redactor, *messages)[0]
    assert value not in first and mask in first, first


def test_card_pieces_after_a_brand_are_masked_when_the_card_is_complete(
    redactor: Redactor,
) -> None:
    head, tail = " ".join(DISCOVER.split()[:2]), " ".join(DISCOVER.split()[2:])
    out = stored(redactor, f"discover {head}", tail)
    assert out[0].startswith("discover ") and not any(ch.isdigit() for ch in out[0]), out
    assert not any(ch.isdigit() for ch in out[1]), out


@pytest.mark.parametrize(
    "messages",
    [
        # denials before the name, things named that are no secret
        ("Hafenblick9", "not my password, it's the name of our boat"),
        ("Hafenblick9", "is mein Benutzername, nicht das Kennwort"),
        ("hafen.blick", "thats what i use for everything, my username i mean"),
        ("Nordlicht_5G", "that's what we use as the wifi name"),
        # placeholders called what one typed
        ("${SMTP_PASSWORD}", "that's what I put in the config field"),
        ("<mein Passwort>", "das nehm ich überall"),
        # an expiry of no card
        ("12/27", "Ablaufdatum der Lizenz"),
        ("06/26", "trial expiry"),
        # the noun followed by a clause of its own, or still to come
        ("quartz77", "the password I'll type myself"),
        ("ORD-88121", "is that the order number you need?"),
    ],
)
def test_look_alikes_named_later_stay_as_sent(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert stored(redactor, *messages) == thread(redactor, *messages)
    assert stored(redactor, *messages)[0] == messages[0]


def test_a_filler_between_a_value_and_its_name_stays_as_sent(redactor: Redactor) -> None:
    out = stored(redactor, "Hollyhock7", "srry", "that's my pw for the forum")
    assert out[1] == "srry", out


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a word and digits with a sign, as the line after a password's label
        (("Kennwort", "Herbst 2031!"), "Herbst 2031"),
        (("my password", "Falcon 77#"), "Falcon 77"),
        # a keypad's key around a code after its label
        (("the gate code", "#4830"), "4830"),
        (("garage pin", "*3390"), "3390"),
        (("Türcode", "#5520"), "5520"),
    ],
)
def test_a_value_after_its_label_is_masked_on_arrival(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    last = thread(redactor, *messages)[-1]
    assert value not in last, last


def test_an_expiry_after_a_card_completed_in_pieces_after_its_brand(redactor: Redactor) -> None:
    head, tail = " ".join(DISCOVER.split()[:2]), " ".join(DISCOVER.split()[2:])
    out = thread(redactor, f"discover {head}", tail, "05/29 exp")
    assert "05/29" not in out[-1], out


@pytest.mark.parametrize(
    "messages",
    [
        ("pw?", "Ticket 4471!"),
        ("Passwort", "Danke 2024!"),
        ("my order", "#2291"),
        ("which ticket?", "#4471"),
    ],
)
def test_look_alikes_after_a_label_stay_as_sent(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("Kranich_Abend7", "oops", "well actually that is my bank password"), "Kranich_Abend7"),
        (("Rosengarten Nord", "that's what I put"), "Rosengarten Nord"),
        (("615530", "that's the sms one I just got"), "615530"),
    ],
)
def test_more_remarks_naming_a_value_afterwards(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in stored(redactor, *messages)[0]


def test_a_bare_key_after_the_wifi_was_mentioned_is_masked(redactor: Redactor) -> None:
    out = thread(redactor, "our wlan at the shop", "name: Baeckerei-Gast", "key: Zimtstern-5521")
    assert "Zimtstern-5521" not in out[-1], out
    assert out[1] == "name: Baeckerei-Gast", out


@pytest.mark.parametrize(
    "messages",
    [
        ("Bramble88", "that's the old one"),
        ("Bramble88", "yes that one"),
        ("licence for the office suite", "key: office-2024"),
        ("wifi", "key: obvious"),
    ],
)
def test_more_look_alikes_stay_as_sent(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages) == list(messages)
