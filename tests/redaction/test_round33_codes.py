"""Round 33, numeric codes named by whom or what they are kept for: a till's, a manager's,
an alarm's or a door's code ("supervisor code", "Kassen-Chefcode", "Alarmcode", "the code on
the door of the shed"), a payment terminal's password ("Terminal-Passwort"), and a code of
three and three digits copied with a doubled space between. They are read as a PIN is
(``named_number``): 4-8 digits in the name's sentence, never an amount, a count, a time or a
number another noun names. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the register needs a supervisor code for voids, ours is 6620 i think", "6620"),
        ("register 3 code 5071, register 4 code 8812 - both stopped working", "5071"),
        ("register 3 code 5071, register 4 code 8812 - both stopped working", "8812"),
        ("der Kassierer-Code wurde gestern auf 4 4 0 9 gesetzt", "4 4 0 9"),
        ("Unser Alarmcode ist seit Montag auf 3 1 7 7 geändert", "3 1 7 7"),
        ("Kassen-Chefcode lautet 1200 7734 laut Techniker", "1200 7734"),
        ("Terminal-Passwort fürs Händlermenü: 6 1 0 4 2", "6 1 0 4 2"),
        ("the code on the door of our shed, by the way: 8219", "8219"),
        ("the 6-digit code reads 7 1 2  0 5 5 on my screen", "7 1 2  0 5 5"),
        ("Bestätigungscode: 5 5 8  2 0 4 (so kopiert)", "5 5 8  2 0 4"),
    ],
)
def test_named_code_is_masked(redactor: Redactor, text: str, value: str) -> None:
    masked = redactor.redact(text).text
    assert value not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "the manager code was reset 3 times this week, why?",
        "our door code changes every 30 days, is that configurable?",
        "Der Alarmcode gilt ab 1. März, bitte Bescheid geben",
        "the till code screen shows error 404 since the update",
        "Kassen-Chefcode vergessen, Filiale 2231 braucht Hilfe",
        "manager code prompt appears at 1430 every day",
        "the alarm code costs 25 EUR to change per visit",
        "the till shows code 1200 after every refund",
        # source code and regulations are no kept code
        "the admin code has 3000 lines of legacy",
        "the manager code base has 1200 tests now",
        "Building code section 1604 applies here",
        "the storage code path handles 4096 entries",
        "Kasse 2 Code-Eingabe dauert 3000 ms, ist das normal?",
    ],
)
def test_talk_about_codes_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# A password spelled in a spelling alphabet with its items apart by spaces only, digits as
# words: the whole run is masked, not only its letters
@pytest.mark.parametrize(
    ("text", "tail"),
    [
        ("pw spelled: tango alpha mike bravo oscar romeo one nine nine one, all lowercase", "one,"),
        (
            "Passwort buchstabiert: Dora Anton Cäsar Heinrich Samuel Emil drei drei sieben acht",
            "acht",
        ),
    ],
)
def test_phonetic_run_with_spaces_is_masked_whole(redactor: Redactor, text: str, tail: str) -> None:
    masked = redactor.redact(text).text
    assert tail not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "Passwort-Reset für Otto und Emil, 3 Versuche in 2 Tagen",
        "forgot my password at the golf hotel in room four",
    ],
)
def test_names_near_password_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# A passphrase of several words right after its word: after a colon, after a list's
# separator, or after "with the passphrase"; a sentence about the passphrase stays
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("guest network: Harbour_Guest / passphrase copper kettle on fire", "copper kettle"),
        ("the archive is encrypted with the passphrase amber green apples and the rest", "green"),
        ("Pass phrase: Owls Sing Their Songs Softly", "Songs Softly"),
    ],
)
def test_passphrase_words_are_masked(redactor: Redactor, text: str, value: str) -> None:
    masked = redactor.redact(text).text
    assert value not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "router / passphrase unknown to me, sorry",
        "unlock it with the passphrase you set last week.",
        "config: ssid, passphrase and channel are in the file",
    ],
)
def test_passphrase_talk_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
