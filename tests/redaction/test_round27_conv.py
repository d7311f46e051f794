"""Round 27: conversations (``redaction.continuation``, ``redaction.hindsight``), in the
classes split-v14 showed: card pieces among a form's words, tables pasted in parts,
answers to questions we cannot see, a shell command broken over two messages, a value
tried before, a card's form fields. Cases in our own words; each positive fails on round
26, each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored, thread


def _gone(outputs: list[str], values: list[str]) -> None:
    for value in values:
        assert not any(value in out for out in outputs), (value, outputs)


# A card number in two pieces, each among words: a pasted form's last line, a numbered
# field, a longer sentence around the last piece.
@pytest.mark.parametrize(
    ("messages", "pieces"),
    [
        (
            ("Name: Jana Roth\nKartennummer: 4556 7443", "1148 5455\nGültig bis: 11/29"),
            ["4556 7443", "1148 5455"],
        ),
        (
            ("cardholder: T. Okafor\ncard no: 5200 6233", "7191 9669 and that's all of it"),
            ["5200 6233", "7191 9669"],
        ),
        (("Feld 1 Kartennummer: 4532 0750", "Feld 2: 7429 5933"), ["4532 0750", "7429 5933"]),
        (("Field 1 card number: 2221 8216", "Field 2: 4081 2721"), ["2221 8216", "4081 2721"]),
        (
            (
                "Maestro, erste Hälfte 6759 4802",
                "meine Tochter meinte ich soll es teilen also hier kommt der Rest 0725 9965",
            ),
            ["6759 4802", "0725 9965"],
        ),
        (
            (
                "mastercard first half 5412 1477",
                "my bank says two parts is safer so here is the rest 5052 4274",
            ),
            ["5412 1477", "5052 4274"],
        ),
    ],
)
def test_card_pieces_among_words(
    redactor: Redactor, messages: tuple[str, str], pieces: list[str]
) -> None:
    _gone(stored(redactor, *messages), pieces)


@pytest.mark.parametrize(
    "messages",
    [
        # no card: the digits together fail the check
        ("Field 1 card number: 4532 0750", "Field 2: 7429 5934"),
        ("Kundendaten:\nBestellnummer: 4556 7443", "1148 5455 kam nie an"),
        ("Feld 1 Telefon: 0176 5521", "Feld 2: 8834 5570"),
    ],
)
def test_digits_that_make_no_card_stay(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert stored(redactor, *messages)[0] == messages[0]


# A table of logins pasted in two messages, the header naming the password's column in
# the first only.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (
            (
                "| app | login | password |\n|---|---|---|\n| Shop | mia | Otter!Lake3 |",
                "| Mail | mia@shop.de | same as Shop |\n| Wiki | mia | Heron_59x |",
            ),
            "Heron_59x",
        ),
        (
            (
                "Übergabe:\nSystem   | Benutzer | Kennwort\nKasse    | k01      | Tanne#Zapfen9",
                "Büro     | b01      | (noch offen)\nLager    | l01      | Kiste.Regal4",
            ),
            "Kiste.Regal4",
        ),
        (
            (
                "Dienst\tLogin\tPasswort\nMail\tanna\tWal&Fisch22",
                "Drucker\tadmin\tsiehe Aufkleber\nCloud\tanna\tMeise_Blau7",
            ),
            "Meise_Blau7",
        ),
    ],
)
def test_table_rows_beneath_a_header_sent_before(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        # the header names no secret
        (
            "| name | city | zip |\n|---|---|---|\n| Anna | Köln | 50667 |",
            "| Ben | Bonn | Rhein_53x |",
        ),
        # the header names one, the next message is no row of it
        ("| app | login | password |\n| Shop | mia | Otter!Lake3 |", "ok did that help | thanks"),
    ],
)
def test_rows_without_a_secret_column_stay(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert thread(redactor, *messages)[1] == messages[1]


# The answer to a question we cannot see: words, a colon and the value, named by the
# message after it.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("what you wanted: 5590", "the alarm PIN for the shop"), "5590"),
        (("das was du wolltest: 8841", "die PIN vom Tresor im Büro"), "8841"),
        (("the third one they sent me today: 552-019", "the SMS code I mean"), "552-019"),
    ],
)
def test_a_value_after_a_colon_named_afterwards(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(stored(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        ("Bestellung von gestern: 8841", "die PIN kam nie an"),
        ("my phone number: 0176 5521", "the PIN for the shop"),
        ("login for the shop: 5590", "the PIN for the shop"),
    ],
)
def test_other_numbers_after_a_colon_stay(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert stored(redactor, *messages)[0] == messages[0]


# A password shaped beyond doubt after a few words and a colon, on arrival.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the one for the laptop: Fj0rd!Mist", "Fj0rd!Mist"),
        ("die fürs Büro: Kran1ch#Nest", "Kran1ch#Nest"),
        ("the one I use at home: Qu4rtz&Sky", "Qu4rtz&Sky"),
    ],
)
def test_a_strong_password_after_words_and_a_colon(
    redactor: Redactor, text: str, value: str
) -> None:
    _gone(thread(redactor, text), [value])


@pytest.mark.parametrize(
    "text",
    [
        "our ref for this one: Inv#12aB",
        "see the invoice: Rech#2024aB",
        "the order they sent: ORD#4471x",
        "the one for the laptop: works fine now",
    ],
)
def test_references_after_words_and_a_colon_stay(redactor: Redactor, text: str) -> None:
    assert thread(redactor, text) == [text]


# A shell command broken off after a variable naming a token, its value in the next
# message, the command going on with a backslash.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (
            (
                "docker run -d \\\n  -e SYNC_TOKEN=\\",
                "tkn_7Hq2Lm9Xz4Rw8Kp1Vb6Nc3Jd \\\n  sync/agent:2.1",
            ),
            "tkn_7Hq2Lm9Xz4Rw8Kp1Vb6Nc3Jd",
        ),
        (
            ("podman run \\\n  --env API_SECRET=\\", "q8Zr4Tw1Lx7Mk2Pv9Bn5Hc3Gd \\\n  app:latest"),
            "q8Zr4Tw1Lx7Mk2Pv9Bn5Hc3Gd",
        ),
        (
            (
                "so lautet der Befehl:\nmytool login --token \\",
                "a7Kq2Wz9Lm4Xp8Rt1Vb6Nc3H \\\n  --region eu",
            ),
            "a7Kq2Wz9Lm4Xp8Rt1Vb6Nc3H",
        ),
    ],
)
def test_a_shell_command_broken_off_before_its_token(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


def test_a_shell_command_going_on_without_a_secret_stays(redactor: Redactor) -> None:
    messages = ("docker run -d \\\n  -e LOG_LEVEL=\\", "debug \\\n  sync/agent:2.1")
    assert thread(redactor, *messages)[1] == messages[1]


# A value tried before the one just given, of the same shape.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("the PIN I tried was 2580", "and before that 7403"), "7403"),
        (("PIN war 9182", "und davor 3371, beides falsch"), "3371"),
        (("door code I tried: 5518", "before that 9043, also wrong"), "9043"),
    ],
)
def test_a_value_tried_before(redactor: Redactor, messages: tuple[str, str], value: str) -> None:
    _gone(thread(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        ("PIN war 9182", "und davor 2019 war alles gut"),
        ("PIN ist 9182", "und davor Bestellung 3371"),
        ("the PIN I tried was 2580", "and before that it worked"),
    ],
)
def test_no_value_tried_before_stays(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert thread(redactor, *messages)[1] == messages[1]


# A one-time code in two groups of three among words, after a line naming the code.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("the code from the app", "ok it was 402 118, but a new one is there already"), "402 118"),
        (("Der Code aus der SMS", "also das war 771 093, jetzt kam schon ein neuer"), "771 093"),
        (("authenticator code", "I typed 650 284 and it said expired"), "650 284"),
    ],
)
def test_a_code_in_groups_among_words(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


def test_a_phone_number_after_a_code_line_stays(redactor: Redactor) -> None:
    messages = ("the code from the app", "call me at 0176 123 456 when you can")
    assert thread(redactor, *messages)[1] == messages[1]


# A password rule, then an example of it: no value.
@pytest.mark.parametrize(
    "messages",
    [
        (
            "Das Passwort braucht 10 Zeichen und eine Zahl",
            "Beispiel auf der Seite ist Sommer2024! - geht auch nicht",
        ),
        ("password needs a capital and a symbol", "the example they show is Blue#Lake7"),
        ("neues Kennwort muss ein Sonderzeichen haben", "zum Beispiel Hafen2023# - sagt ungültig"),
    ],
)
def test_an_example_after_a_rule_stays(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert thread(redactor, *messages)[1] == messages[1]


# A secret store's reference in a password's place.
@pytest.mark.parametrize(
    "text",
    [
        '"password": null, "password_ref": "vault:ops/sync_bot"',
        "db_password: vault:kv/prod/db",
        "pw: env:DB_PASS",
    ],
)
def test_a_secret_store_reference_stays(redactor: Redactor, text: str) -> None:
    assert thread(redactor, text) == [text]


# A card form's fields after its number: the kind in brackets, month and year apart.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("card 4556 7443 1148 5455", "Field 3 (exp): 0929\nField 4 (cvv): 118"), ["0929"]),
        (("Kartennummer: 5200 6233 7191 9669", "Ablauf Monat: 04\nAblauf Jahr: 2030"), ["2030"]),
        (("Number: 4532 0750 7429 5933", "Exp. month: 11\nExp. year: 28"), ["11", "28"]),
    ],
)
def test_card_form_fields(redactor: Redactor, messages: tuple[str, str], values: list[str]) -> None:
    out = thread(redactor, *messages)[1]
    for value in values:
        assert f": {value}" not in out, out


def test_form_fields_of_another_kind_stay(redactor: Redactor) -> None:
    messages = ("card 4556 7443 1148 5455", "Order month: 04\nOrder year: 2030")
    assert thread(redactor, *messages)[1] == messages[1]


# A card's expiry alone and its check digits alone, then a message about the card.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("09/28", "und 551", "für die Visa, die ich gestern hinzugefügt habe"), ["09/28", "551"]),
        (("03/29", "and 7741", "it's for the amex card btw"), ["03/29", "7741"]),
        (("11/27", "842", "that's for my debit card, the shop keeps declining"), ["11/27", "842"]),
    ],
)
def test_card_details_before_the_card_is_named(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


@pytest.mark.parametrize(
    "messages",
    [
        ("12/27", "for the Mastercard I added yesterday"),
        ("and 304", "for the card"),
        ("09/28", "551", "for the license, the card is fine"),
    ],
)
def test_a_date_or_number_alone_before_a_card_stays(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    out = stored(redactor, *messages)
    assert out[: len(messages) - 1] == list(messages[:-1])


# A value named afterwards by a remark that goes on to say when it was set.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (
            ("Van-Doorne", "that's what I set as the security answer when I opened the account"),
            "Van-Doorne",
        ),
        (
            (
                "Kolibri",
                "das war meine Sicherheitsantwort als ich das Konto eröffnet hab",
            ),
            "Kolibri",
        ),
        (("Lindqvist", "that's my security answer since I moved here"), "Lindqvist"),
    ],
)
def test_a_value_named_with_when_it_was_set(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(stored(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        ("Lindqvist", "that's not my security answer since I moved here"),
        ("Lindqvist", "that's my username since I moved here"),
    ],
)
def test_no_secret_named_with_when_stays(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert stored(redactor, *messages)[0] == messages[0]
