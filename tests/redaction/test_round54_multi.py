"""Round 54 (multi): messages about more than one account: rosters of logins, handover
notes, a list's rows whose labels differ in length, old and new values side by side.

Principles:

- a roster of logins: two or more "user / value" rows in one message (a lower-case handle,
  a slash between spaces, a value with a capital or a sign) are logins by their rows, with
  no login word ("dad = pkowal / Gdansk!1961, mom = ekowal / Gdansk!1963");
- a handle joined by a hyphen ("hr-admin", "lohn-admin") after a colon, then " / " and a
  value with a password's sign, is a login as round 41's dotted handle is;
- a list's rows are one list though their labels have one word or several ("1. Anna
  Keller – akeller – x" beside "3. Reception – empfang – y"), and though a row's last
  cells say something instead of a value ("admin-south: old x -> not changed yet"): a
  masked value's column reaches those rows.

Corpus items: redteam-v54b (read set); the rest are our own paraphrases (EN and DE, other
words and order). Each positive fails on round 53's code; the twins pass on both.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import PASSWORD
from tests.redaction.helpers import assert_masked_as

ROSTERS = [
    # the corpus items
    (
        "Grüezi, für unsere zwei Standorte: Zürich zh-buero / Rösti&Co2024, Bern be-buero / "
        "Aare!Schwimmen5. Freundliche Grüsse",
        ["Rösti&Co2024", "Aare!Schwimmen5"],
    ),
    (
        "for my parents: dad = pkowal / Gdansk!1961, mom = ekowal / Gdansk!1963. they're both "
        "60+ so please be patient with them on the phone",
        ["Gdansk!1961", "Gdansk!1963"],
    ),
    (
        "für die Familie: Papa = kwagner / Tannenzapfen1, Mama = swagner / gleiches wie Papa, "
        "ich = lwagner / Skateboard!16",
        ["Tannenzapfen1", "Skateboard!16"],
    ),
    # paraphrases
    (
        "Kurz für euch: Filiale Nord nord-kasse / Regen!Schirm7, Filiale Süd sued-kasse / "
        "Sonnen#Hut4",
        ["Regen!Schirm7", "Sonnen#Hut4"],
    ),
    ("the two kids: mila.k / Einhorn2019 and ben.k / Dino!Rex5", ["Einhorn2019", "Dino!Rex5"]),
    (
        "Club committee, for the new treasurer:\nchair  jdoyle / Harbour#77\n"
        "treasurer  mfinn / Lantern!Hill2",
        ["Harbour#77", "Lantern!Hill2"],
    ),
    (
        "Nachbarn: herr-lang / Gartenzaun!3, frau-lang / Blumenbeet#8",
        ["Gartenzaun!3", "Blumenbeet#8"],
    ),
]

HYPHEN_HANDLES = [
    # the corpus items
    (
        "Handover before my leave (3–21 Aug):\n* Payroll portal: hr-admin / Saffron!Tea66\n"
        "* Bank portal: uses the token device in drawer 3\n* Your platform: hr@cortexa.de / "
        "see payroll, same one",
        "Saffron!Tea66",
    ),
    (
        "Übergabe vor Elternzeit:\n• Lohnportal: lohn-admin / Zimtstern*88\n• Banking: "
        "TAN-Generator liegt in Schublade 2\n• Euer Portal: wie Lohnportal",
        "Zimtstern*88",
    ),
    # paraphrases
    ("Kassensystem: kasse-01 / Brezel!Salz9 – bitte ab Montag ändern", "Brezel!Salz9"),
    ("the backup box: nas-backup / Tide#Pool41, don't lose it", "Tide#Pool41"),
]

ROWS = [
    # the corpus items
    (
        "Hi, I'm the office manager at Brandt & Partner. Before my holiday, here are the logins "
        "for the team:\n1. Anna Keller – akeller – Ostsee#2291\n2. Tom Weiss – tweiss – "
        "Lampe77!\n3. Reception – empfang – Kaffee4all\nPlease make sure they can still log in "
        "while I'm away.",
        "Kaffee4all",
    ),
    (
        "Old and new passwords for the two admin accounts, so you can check the sync:\n"
        "admin-north: old Zephyr19 -> new Zephyr20!\nadmin-south: old Pinecone8 -> not changed "
        "yet",
        "Pinecone8",
    ),
    # paraphrases: a label of one word beside labels of two
    (
        "Zugänge fürs Team:\nMaria Lopez – mlopez – Sonne#2024!\nJan Vries – jvries – "
        "Wolke!77x\nLager – lager – Kistenberg7",
        "Kistenberg7",
    ),
    (
        "Passwörter alt und neu:\nbuchhaltung: alt Tannen#12 -> neu Tannen#13\nversand: alt "
        "Kieferwald7 -> noch nicht geändert",
        "Kieferwald7",
    ),
]

TWINS = [
    # rosters of names, extensions, rooms and staff ids
    "Supported: node18 / node20, python3.11 / python3.12",
    "Routes: Berlin / Hamburg2, München / Köln3",
    "We upgraded ubuntu / Debian12 and fedora / Rocky9 last week.",
    "Team: akeller / Raum 2.14, tweiss / Raum 3.01, empfang / Raum 0.02",
    "Durchwahlen: mlopez / 4471, jvries / 4472, lager / 4480",
    "Staff ids: akeller / ST-20391, tweiss / ST-20392",
    "Staff list:\n1. Anna Keller – a.keller – Raum 2.14\n2. Tom Weiss – t.weiss – Raum 3.01\n"
    "3. Empfang – empfang – Raum 0.02",
    "Extensions:\n1. Anna Keller – akeller – 4471\n2. Tom Weiss – tweiss – 4472\n"
    "3. Reception – empfang – 4400",
    "Status: in-progress / Done!!",
    "Branches: feature-login / main, hotfix-12 / release",
    "Schichtplan:\nfrüh: Anna Keller -> Halle 2\nspät: Tom -> Halle 3 (noch offen)",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "values"), ROSTERS)
def test_roster_of_logins(redactor: Redactor, text: str, values: list[str]) -> None:
    for value in values:
        assert_masked_as(redactor, text, value, PASSWORD)


@pytest.mark.parametrize(("text", "value"), HYPHEN_HANDLES)
def test_hyphenated_handle_slash(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, PASSWORD)


@pytest.mark.parametrize(("text", "value"), ROWS)
def test_rows_of_one_list(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, PASSWORD)


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
