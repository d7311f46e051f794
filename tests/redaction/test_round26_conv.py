"""Round 26: conversations (``redaction.continuation``, ``redaction.hindsight``), in the
classes split-v13 showed: corrections typed anew, a password announced in parts, card
pieces with their details after them. Cases in our own words; each positive fails on round
25, each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored, thread


def _gone(outputs: list[str], values: list[str]) -> None:
    for value in values:
        assert not any(value in out for out in outputs), (value, outputs)


# The end of a secret just given, said to be wrong and typed anew.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("card 4539 1488 0343 6467 exp 09/27", "sorry the last 4 were wrong: 6428"), "6428"),
        (("Karte 5425 2334 3010 9903", "die letzten vier Ziffern sind falsch: 9930"), "9930"),
        (("pw for the NAS: Falcon-Ridge-7731", "die letzten 4 waren falsch: 7713"), "7713"),
        (("Kennwort: Heidekraut!2019", "oh, the last 2 should be 91"), "91"),
        (
            (
                "stripe key sk_live_51Hx8kQ2eZvKYlo2C0a1b2c3d4e5f6g7h8",
                "the last four chars are wrong: Q9zT",
            ),
            "Q9zT",
        ),
    ],
)
def test_the_end_of_a_secret_typed_anew(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


# A secret typed again with the case flipped, or a digit or two swapped, said to be a slip.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("user: kim pass: ORCA-TIDE-55", "ugh caps lock. orca-tide-55"), "orca-tide-55"),
        (("pw is COBALT.RIVER.8", "caps was on. cobalt.river.8"), "cobalt.river.8"),
        (("Passwort: BIRKEN-HAIN-31", "Mist, Feststelltaste. birken-hain-31"), "birken-hain-31"),
        (("SMS-TAN: 418 207", "sorry, vertippt: 418 270"), "418 270"),
        (("door code 5 8 2 6", "no wait it's 5862, always mix them"), "5862"),
        (("PIN: 48 21", "sorry, 4812 I mean"), "4812"),
        (("Türcode 3 1 7 9", "nein warte, 3197 ist richtig"), "3197"),
    ],
)
def test_a_slip_typed_anew(redactor: Redactor, messages: tuple[str, str], value: str) -> None:
    _gone(thread(redactor, *messages), [value])


# A slip sent first, then the password with the slip fixed in a sentence naming it: the
# slip is masked as stored.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (
            ("kiesel-Weg-12", "Passwort fürs Portal, sorry mit großem K: Kiesel-Weg-12"),
            "kiesel-Weg-12",
        ),
        (("harbour-Gate-5", "my password, the h is capital: Harbour-Gate-5"), "harbour-Gate-5"),
        (("tannen-Zweig-3", "das Kennwort ist eigentlich Tannen-Zweig-3"), "tannen-Zweig-3"),
    ],
)
def test_the_slip_before_a_password_is_masked_as_stored(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(stored(redactor, *messages), [value])


# A password announced in parts, each after its part's label.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (
            ("Das WLAN-Passwort kommt in zwei Teilen", "Teil 1: Linde", "Teil 2: baum#2231"),
            ["Linde", "baum#2231"],
        ),
        (
            (
                "Das Admin-Passwort schicke ich in 3 Teilen",
                "Teil 1: Fluss",
                "Teil 2: pferd",
                "Teil 3: 77",
            ),
            ["Fluss", "pferd", "77"],
        ),
        (
            (
                "the vpn password is long, sending it in 3 messages",
                "part 1: quiet",
                "part 2: Meadow",
                "part 3: 4471!",
            ),
            ["quiet", "Meadow", "4471!"],
        ),
        (
            ("Passphrase for the backup, part one: silent harbor", "part two: amber fox"),
            ["silent", "harbor", "amber fox"],
        ),
    ],
)
def test_a_password_in_announced_parts(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(thread(redactor, *messages), values)


# The rest of a password the message before ended on.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("the recovery code is", "QW7R-44XZ", "-MN2P"), "MN2P"),
        (("pw: Blauer Himmel", "und dann 42!"), "42!"),
        (("Kennwort ist Rote Rose", "und dann noch 19#"), "19#"),
        (("password: Sunset Boulevard", "then 88!"), "88!"),
    ],
)
def test_the_rest_of_a_password(redactor: Redactor, messages: tuple[str, ...], value: str) -> None:
    _gone(thread(redactor, *messages), [value])


# A card's last piece with its details after "und", a piece going on from a dash, and the
# expiry glued to the last piece by a slash.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("4024", "0071", "5336", "2156 und CVC 318"), ["4024", "0071", "5336", "2156", "318"]),
        (("5300-7212-4418", "-3312", "exp 04/28"), ["7212", "4418", "3312", "04/28"]),
        (("4716 2205", "8813 4529/11/28"), ["4716", "2205", "8813", "11/28"]),
        (("6011 0099 8877", "1239 and cvv 402"), ["0099", "8877", "1239", "402"]),
    ],
)
def test_card_pieces_with_details(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


# Lines named a password together after they were sent.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("Velvet", "Thunder_0x", "^ both lines together are the password"), ["Thunder_0x"]),
        (("Mond", "stein!7", "beide Zeilen zusammen sind das Passwort"), ["stein!7"]),
        (("Korb", "Weide-19", "die zwei Nachrichten zusammen sind das Kennwort"), ["Weide-19"]),
    ],
)
def test_lines_named_a_password_together(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    out = stored(redactor, *messages)
    _gone(out, values)
    assert out[-1] == messages[-1]


# A password typed one character at a time, a space between each.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("autocorrect ruins it, spelling:", "k 7 P ! m a x 2 0"), "k 7 P ! m a x 2 0"),
        (("ich tippe es einzeln: R o s e # 4 4 b",), "R o s e # 4 4 b"),
        (("letter by letter", "W 3 s t $ e n d Q"), "W 3 s t $ e n d Q"),
    ],
)
def test_a_password_spelled_out_with_spaces(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


# A card's pieces after the count of its digits ("only 13 digits: 4903").
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("old visa, only 13 digits: 4716", "835 102", "341"), ["835 102", "341"]),
        (("alte Visa, 13-stellig: 4024", "937652", "341"), ["937652", "341"]),
        (("my card has 16 digits: 4024 0071", "5336 2156"), ["4024 0071"]),
    ],
)
def test_card_pieces_after_their_count(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


# The same kind of secret for another account, right after the first.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("PIN für Karte 1: 6612", "und für die zweite Karte 7734"), "7734"),
        (("garage pin: 99123", "and for the shed 41177"), "41177"),
        (("voicemail pin for line 1 is 7731", "and for line 2 4419"), "4419"),
    ],
)
def test_a_second_account_s_secret(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


# A card's expiry and check digits sent before they are named.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("11/28", "733", "das waren Ablauf und Prüfziffer"), ["11/28", "733"]),
        (("05/27", "918", "^ exp + cvc"), ["05/27", "918"]),
        (
            ("02/29", "5512", "those are the expiry and CID, the amex number comes next"),
            ["02/29", "5512"],
        ),
    ],
)
def test_card_details_named_after_they_were_sent(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


# A key pasted in two messages, the first breaking off on a dash.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("WLAN-Key kommt: 7gR4-", "Mx2q-Tt8v"), ["7gR4", "Mx2q-Tt8v"]),
        (("api token: Qz81-", "Wm4p-Hh2k"), ["Qz81", "Wm4p-Hh2k"]),
        (("recovery key: 4KD9_", "P2WX"), ["4KD9", "P2WX"]),
    ],
)
def test_a_key_broken_off_on_a_dash(
    redactor: Redactor, messages: tuple[str, str], values: list[str]
) -> None:
    _gone(thread(redactor, *messages), values)


@pytest.mark.parametrize(
    "messages",
    [
        # a correction of a number that is no secret
        ("invoice 2024-5518", "the last 4 were wrong: 5581"),
        ("my phone 0176 5521 8890", "die letzten vier Ziffern sind falsch: 8809"),
        ("Bestellung 44120", "die letzten 4 waren falsch: 4121"),
        # parts of what is no password
        ("Die Anleitung kommt in zwei Teilen", "Teil 1: Installation", "Teil 2: Konfiguration"),
        ("the order ships in two parts", "part 1: monitor", "part 2: keyboard"),
        ("Lieferung in zwei Teilen", "Teil 1: Paket 4471"),
        # a number going on from a dash, no card
        ("0176-5521", "-8890"),
        ("Bestellnr 4411-2290-1187", "-3321"),
        # lines named together as no secret
        ("Order 5521", "7781", "both lines together are the order number"),
        # spaced letters that are no password
        ("A B C D E F",),
        ("G o o d l u c k",),
        # a count and a number of another kind
        ("my order has 12 digits: 4411", "2290 1187", "3321"),
        # a date and a number named as no card's details
        ("Lieferung am 09/26", "412", "that's the expiry"),
        ("Termin 03/27", "120", "that's the expiry of the lease"),
        ("03/28", "412", "Ablauf und Prüfnummer der Garantie"),
        # a number of another kind broken off on a dash
        ("Ticket: 4471-", "5512"),
        ("Bestellnummer: AB12-", "3345"),
    ],
)
def test_look_alikes_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages) == list(messages)


@pytest.mark.parametrize(
    "messages",
    [
        # a number near a code, of another kind
        ("mTAN: 552 913", "sorry, ticket 552 931 is the one"),
        ("PIN ist 4471", "the order is 4417 btw"),
        # words after a password, no part of it
        ("pw: Tiger!77", "and then it locked me out"),
        ("pw: Sonne44", "and then 2 more things"),
        ("Kennwort: Hafen!31", "die letzten 4 Tage ging es noch"),
        # another account's number of another kind
        ("PIN ist 4471", "und für die Bestellung 5512"),
        ("door pin 7731", "and for the invoice 8812"),
    ],
)
def test_look_alikes_after_a_secret_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages)[1:] == list(messages[1:])


def test_joining_words_are_no_password(redactor: Redactor) -> None:
    for text in ("both together are the password", "beides zusammen ist das Passwort"):
        assert redactor.redact(text).text == text


# "Hab's geändert auf x": the value set, "es" glued to the verb.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hab's geändert auf Eichel#Wald5", "Eichel#Wald5"),
        ("hat's jetzt umgestellt auf Maulwurf!77", "Maulwurf!77"),
        ("hab's gerade geändert auf Kastanie_2024", "Kastanie_2024"),
    ],
)
def test_a_value_set_with_es_glued_on(redactor: Redactor, text: str, value: str) -> None:
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "hab's geändert auf Montag",
        "Hab's umgestellt auf Version 3.2",
        "Hab's umgestellt auf Windows11",
        "Lieferadresse geändert auf Hauptstr. 12",
    ],
)
def test_a_setting_changed_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# A login sent without labels: a user name, a slash between spaces and a password.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("r.vogel / Amsel#Nest9", "t.kranz / Fink.Garten.22"), ["Amsel#Nest9", "Fink.Garten.22"]),
        (("ops-admin / Gravel&Moon4",), ["Gravel&Moon4"]),
        (("hkoenig / Linden_Allee7!",), ["Linden_Allee7!"]),
    ],
)
def test_a_login_without_labels(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(thread(redactor, *messages), values)


@pytest.mark.parametrize(
    "text",
    [
        "tcp / Http2.0",
        "python / Django4.2",
        "node / Node-v18.2",
        "usr/Local-Bin.3",
        "input / Output2",
    ],
)
def test_a_name_and_a_version_stay(redactor: Redactor, text: str) -> None:
    assert thread(redactor, text) == [text]


# A code named in a sentence, then a new one of as many digits: the first was a code too.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("der erste Code 558213 ging nicht", "neuer code: 901 447"), "558213"),
        (("the first code 662041 failed", "new code: 118 730"), "662041"),
        (("my first code 902214 did nothing", "the new code is 551 203"), "902214"),
        (("Code 4471 geht nicht", "neuer Code: 8812"), "4471"),
    ],
)
def test_a_failed_code_before_a_new_one(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(stored(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        ("the discount code 4471 didn't work", "new pin: 8812"),
        ("Fehlercode 558213 kommt immer", "neuer code: 901 447"),
        ("order 558213 with code missing", "code: 901 447"),
    ],
)
def test_a_public_code_before_a_new_one_stays(
    redactor: Redactor, messages: tuple[str, str]
) -> None:
    assert stored(redactor, *messages)[0] == messages[0]
