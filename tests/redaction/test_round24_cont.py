"""Round 24: conversations (``redaction.continuation``, ``redaction.hindsight``) and
one-time codes, in the classes split-v11 and the single-message sets showed. Cases in our
own words; each positive fails on round 23, each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored


def _gone(outputs: list[str], values: list[str]) -> None:
    for value in values:
        assert not any(value in out for out in outputs), (value, outputs)


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # a card dictated in pieces, each piece among a few words of its own
        (
            ("right, reading it off the card now: 4532", "7713 0982", "and finally 6142"),
            ["4532", "7713 0982", "6142"],
        ),
        (
            ("start: 5412", "0987", "3366", "5108 so that's all of it"),
            ["5412", "0987", "3366", "5108"],
        ),
        (
            ("Also die Kreditkarte beginnt mit 3541", "0299 8765", "der Rest ist 4323"),
            ["3541", "0299 8765", "4323"],
        ),
        (
            ("beginning 2310", "then 4417", "8820", "end bit 5935"),
            ["2310", "4417", "8820", "5935"],
        ),
        # a piece typed anew after a slip: both copies go
        (
            ("6011 2044", "7781 – oops 7781 9363"),
            ["6011 2044", "7781"],
        ),
        # an earlier piece masked on arrival still counts towards the card
        (
            ("meine Visa hat die Nummer 4929", "0773 6651", "0285 gültig bis 03/29"),
            ["4929", "0773 6651", "0285", "03/29"],
        ),
    ],
)
def test_a_card_in_worded_pieces_is_masked_when_complete(
    redactor: Redactor, messages: tuple[str, ...], values: list[str]
) -> None:
    _gone(stored(redactor, *messages), values)


@pytest.mark.parametrize(
    "messages",
    [
        # pieces around words naming another kind of number
        ("order number 4532 7713", "0982 6142"),
        ("Ticket 5412 0987", "and the invoice 3366 5108"),
        ("my phone is 0176 4417", "call after 5935"),
        # digits that make no card
        ("first four 4532", "7713 0982", "last bit 6143"),
        # a date or an amount next to the pieces
        ("starts 4532", "7713 0982", "paid 61.42 yesterday"),
    ],
)
def test_look_alike_pieces_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages) == list(messages)


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # the bot's question for the code it sent, answered behind a speaker's label or "now"
        (("Bot says: what's the code we texted you?", "me: 8831"), "8831"),
        (("Was ist der Code, den wir Ihnen geschickt haben?", "jetzt: 5092"), "5092"),
        (("chat window: What is the code we sent you?", "now 6620"), "6620"),
        # a code's groups joined by any dash
        (("Bot: code?", "Ich: 5 1 8 — 2 2 0"), "5 1 8 — 2 2 0"),
        (("die SMS ist da, der Code:", "48 – 19 – 06"), "48 – 19 – 06"),
        # a door's code with the hash key typed after it
        (("gate code for the yard:", "7 3 1 5 #"), "7 3 1 5"),
        (("Tür-Code fürs Lager:", "8 8 2 0 #"), "8 8 2 0"),
        # capitals and digits interleaved in one token
        (("I have the code now", "9K3T7"), "9K3T7"),
        (("den Code aus der Mail", "Q7M2X4"), "Q7M2X4"),
        # the code's cue held across a short aside without a digit
        (("the gate code is", "sorry phone rang", "5820"), "5820"),
        (("Der Anmeldecode lautet", "Moment, such ihn", "ok: 31 88 07"), "31 88 07"),
        (("so you need the code", "from the text?", "PQ7-4KD-9MZ"), "PQ7-4KD-9MZ"),
        # a code corrected in groups
        (("TAN ist 61 30 88", "ach quatsch, 61 03 88"), "61 03 88"),
        (("the gate pin is 7 2 4 4", "oops 7 2 2 4"), "7 2 2 4"),
        (("mein Handy-PIN ist 80 44", "ach 40 88"), "40 88"),
    ],
)
def test_a_code_after_its_cue(redactor: Redactor, messages: tuple[str, ...], value: str) -> None:
    _gone(stored(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        # a reference's letters then digits is no code
        ("I have the code now", "ABC1234"),
        ("den Code aus der Mail", "RE12345 war der Betreff"),
        # a code of another kind asked for
        ("Which zip code do you have?", "me: 80331"),
        # an aside that is long, or gives a number of its own, ends the cue
        ("the gate code is", "sorry my phone rang and I had to go downstairs first", "5820"),
        ("Der Anmeldecode lautet", "Raum 12", "ok: ich komme um 1430"),
        # a correction that is no value of the code's shape
        ("TAN ist 61 30 88", "sorry, 12 Uhr 30 passt"),
    ],
)
def test_look_alike_codes_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    out = stored(redactor, *messages)
    assert out[1:] == list(messages[1:]), out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a code named by the channel it came through, a text message
        ("the text message code 73196 expired before I could type it", "73196"),
        # a parcel locker's or shop's code for collecting a parcel
        ("Abholcode an der Packstation: 553091, das Fach geht nicht auf", "553091"),
        ("my pickup code 40917 is rejected at the kiosk", "40917"),
        ("collection code 7721 doesn't open the locker", "7721"),
    ],
)
def test_a_code_named_by_channel_or_pickup(redactor: Redactor, text: str, value: str) -> None:
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the pickup code is printed on the receipt, where do I find it?",
        "Ich habe keinen Abholcode bekommen, Sendung 00340434161094042557",
        "what is a text message code and why do I need one?",
    ],
)
def test_look_alike_channel_or_pickup_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a network's key given as the word and its value alone, after the wifi was named
        (("wifi in the hotel", "key Mondlicht-22"), "Mondlicht-22"),
        (
            ("guest wifi for the workshop", "name Werkstatt_2G", "key hammer-nagel-55"),
            "hammer-nagel-55",
        ),
        (("WLAN bei uns im Laden", "Schlüssel Birkenweg-19"), "Birkenweg-19"),
    ],
)
def test_a_network_key_without_a_colon(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    _gone(stored(redactor, *messages), [value])


@pytest.mark.parametrize(
    "messages",
    [
        ("wifi is down again", "name HomeNet", "key fob lost"),
        ("the wifi", "key card2024 is at the desk"),
        ("my car key", "key Mondlicht-22"),
    ],
)
def test_look_alike_network_keys_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert stored(redactor, *messages) == list(messages)
