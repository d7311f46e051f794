"""Round 25: conversations (``redaction.continuation``, ``redaction.hindsight``), in the
classes split-v12 showed. Cases in our own words; each positive fails on round 24, each
guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored, thread


def _gone(outputs: list[str], values: list[str]) -> None:
    for value in values:
        assert not any(value in out for out in outputs), (value, outputs)


# A line naming a PIN or code, then the value amid words of the next message's own.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        ("the alarm panel needs a master pin", "I changed it to 570213 yesterday, still beeps"),
        ("Tresor-PIN vom Büro", "hab 31408 eingegeben aber er bleibt zu"),
        ("the phone PIN, since you asked", "we use 7049 for it, please keep that to yourself"),
        ("Geheimzahl der neuen Karte", "die lautet wohl 8826, sagt der Brief"),
        ("garage door code for the courier", "it has 6 digits: 449017"),
        ("die Alarmanlage will einen Code", "5 Stellen, 90817, klappt aber nicht"),
    ],
)
def test_a_pin_amid_words_after_a_line_naming_it(
    redactor: Redactor, messages: str, value: str
) -> None:
    _gone(
        thread(redactor, messages, value),
        [v for v in value.replace(",", " ").split() if v.isdigit() and len(v) >= 4],
    )


# A line naming a card's expiry, then the month and year amid words.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("the expiry on the card is", "beginning of 2028 so 01/28"), "01/28"),
        (("Ablaufdatum?", "steht 07/29 drauf, glaube ich"), "07/29"),
        (("expiration", "looks like 11/27 I think"), "11/27"),
    ],
)
def test_an_expiry_amid_words_after_a_line_naming_it(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


# An expiry corrected in the next message: the month or the year typed anew.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("exp 05/27", "no wait, 05/28, that's the replacement card"), "05/28"),
        (("gültig bis 10/26", "ach nee, 11/26 steht drauf"), "11/26"),
        (("expires 02/2029", "uh no, 02/2030 I mean"), "02/2030"),
    ],
)
def test_an_expiry_corrected_in_the_next_message(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(thread(redactor, *messages), [value])


# A short value sent alone, then named by a remark that repeats it.
@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (("6620", "argh, 6620 is my card pin, please remove it"), "6620"),
        (("3391", "sorry, die 3391 war meine SIM-PIN"), "3391"),
        (("0472", "whoops, 0472 is my banking PIN"), "0472"),
    ],
)
def test_a_short_value_repeated_and_named_later(
    redactor: Redactor, messages: tuple[str, str], value: str
) -> None:
    _gone(stored(redactor, *messages), [value])


# A PIN or code whose length the line gives, then sent in pieces.
@pytest.mark.parametrize(
    ("messages", "values"),
    [
        (("my pin has 4 digits, I'll send it in two bits", "71", "09"), ["71", "09"]),
        (("die TAN ist sechsstellig, ich schick sie geteilt", "562", "830"), ["562", "830"]),
        (("six digit code coming, half at a time", "904", "117"), ["904", "117"]),
    ],
)
def test_a_counted_pin_in_pieces(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    out = thread(redactor, *messages)
    assert out[1:] == ["[PASSWORD]"] * len(values), out


@pytest.mark.parametrize(
    "messages",
    [
        # a reference, a phone number, an amount, a year, two numbers after a PIN's line
        ("my card PIN stopped working", "ticket 48213 was opened yesterday"),
        ("PIN gesperrt", "Bestellung 55123 ist trotzdem offen"),
        ("I need to reset my PIN", "call me on 0171 2345678 please"),
        ("the PIN letter", "cost me 1500 euro to replace the card"),
        ("meine PIN geht nicht", "seit 2021 schon"),
        ("the voicemail pin", "I tried 4471 and 9921, neither works"),
        ("the pin is 4 digits", "it arrived after 3 days"),
        ("2fa code never comes", "my phone ends in 8812"),
        ("PIN vergessen", "Karte endet auf 5530"),
        ("the door code", "we live at house 1207 now"),
        # public kinds of code
        ("discount code", "I tried 4521 twice"),
        ("Gutscheincode", "der von Bestellung 88120 ging nicht"),
        # an IBAN split over messages after a PIN's line
        ("my PIN and IBAN", "DE89 3704 0044 0532 0130 00"),
        # a date after an expiry's line
        ("the card expiry", "I ordered on 03/14/2025"),
        # an order number in pieces after a counted order number
        ("my order number has 8 digits", "1234", "5678"),
        # a retracted "my PIN is", then a number that is no PIN
        ("my PIN is… never mind", "order 20931 is what I wanted to ask about"),
    ],
)
def test_look_alikes_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages) == list(messages)


@pytest.mark.parametrize(
    "messages",
    [
        # a date after an expiry that was given already: no correction of it
        ("exp 11/26", "my order from 10/24 never came"),
        ("ablauf 08/27", "Lieferung kam am 12.03.2025"),
        ("valid to 04/28", "we moved house in 06/23"),
    ],
)
def test_dates_after_a_given_expiry_stay(redactor: Redactor, messages: tuple[str, str]) -> None:
    assert stored(redactor, *messages)[1] == messages[1]
