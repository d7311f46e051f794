"""Round 47 (conversations on arrival: what an earlier message made knowable). Through a
real ``Continuation``, as the chat server redacts each message when it arrives, and as
stored (``amended``):

- a one-time code read off again after it changed: a number of six to eight digits that
  nothing masked, then another of its very shape said to replace it ("now", "jetzt",
  "neuer", "the old one") a message or two later: the second on arrival, both as stored
  (``redaction.rotated_codes``);
- a code typed with a keypad's signs ("*5813#", "3#8#0#6") in a code's talk;
- a door's entry system or keypad names the code that opens it;
- in a code's talk, the code named again as a clause's subject with its value closing the
  line ("visitor code this week is 2741", "dem Admin-Code, der ist 61027734");
- a card's last piece with its expiry and code after dashes ("… — 03/29 — 615");
- a value typed again with the very characters the message says it changes ("the 0 is
  an O"), whatever its shape (a key's piece with spaces);
- while the wifi was named, its key after a line saying where it is written ("key is on
  the sticker: …") or after a key emoji.

Twins that stay: a number replaced without a word of change (and, as stored, the first
one), a ticket's or an order's number, another grouping, a correction with no word of
change; "ticket #4417" after a code's talk; a door named without its code; a change named
for a value nobody masked; a key line naming an invoice. Cases in our own words, EN and
DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored, thread

ARRIVAL = [
    # a rotating code read off again
    (["417 902", "ugh it changed", "now 958 331"], "958 331"),
    (["steht grad 660 184", "nee jetzt 207 559"], "207 559"),
    (["493017", "sorry that was the old one", "493355"], "493355"),
    (["802 615", "in 20 sek kommt ein neuer", "311 094"], "311 094"),
    # keypad signs and a door's entry system
    (["the gate code for the delivery guys", "code is *5813#"], "5813"),
    (
        ["Für das Tastenfeld am Lager gibt es einen Code", "Kommen Sie um 8?", "Code: 3#8#0#6"],
        "3#8#0#6",
    ),
    (["our door entry system is on your automation", "visitor code this week is 2741"], "2741"),
    # the code named again before "is" in its talk
    (
        [
            "die Schule hat das iPad gesperrt, die Bildschirm-PIN war 4431",
            "nun fragt es nach dem Admin-Code, der ist 61027734",
        ],
        "61027734",
    ),
    (
        ["the 2fa code from the app", "it keeps timing out", "the code it shows now is *73915#"],
        "73915",
    ),
    # a value typed again with the characters the message names
    (
        [
            "the api secret, reading it off the other screen",
            "sk_live_9e8d7c6b",
            "4b1c 0a9f 7e3d",
            "hm the 0 is an O. so 4b1c Oa9f 7e3d",
        ],
        "4b1c Oa9f 7e3d",
    ),
    # the wifi's key where it is written, or after a key emoji
    (
        [
            "WLAN im Laden: Backhaus_Gast",
            "Schlüssel klebt unten auf dem Gerät: 4410-2297-8836-1055",
        ],
        "4410-2297-8836-1055",
    ),
    (["wifi is Cafe-Nord", "🔑 nordlicht!77"], "nordlicht!77"),
]


@pytest.mark.parametrize(("messages", "value"), ARRIVAL)
def test_value_is_masked_on_arrival(redactor: Redactor, messages: list[str], value: str) -> None:
    assert value not in thread(redactor, *messages)[-1]


def test_card_details_after_dashes(redactor: Redactor) -> None:
    out = thread(
        redactor, "paying the invoice now, card in hand", "4917", "3021", "5528 6606 — 03/29 — 615"
    )
    assert "615" not in out[-1] and "03/29" not in out[-1] and "6606" not in out[-1]


STORED = [
    # the code the customer read first is masked once the next one shows it rotated
    (["417 902", "ugh it changed", "now 958 331"], 0, "417 902"),
    (["493017", "sorry that was the old one", "493355"], 0, "493017"),
]


@pytest.mark.parametrize(("messages", "at", "value"), STORED)
def test_first_code_masked_as_stored(
    redactor: Redactor, messages: list[str], at: int, value: str
) -> None:
    assert value not in stored(redactor, *messages)[at]


STAYS = [
    # a number replaced without a word of change, another thing's number, another length
    ["you can reach me on extension", "204 771", "or reception, 530 992"],
    ["my ticket number is 448 102", "now 448 109"],
    ["448102", "thats my order number", "new order 448109"],
    ["417 902", "it changed", "now 9583 31"],
    ["493017", "sorry", "493071"],
    # "#4417" after a code's talk is a number's; a discount code stays none
    ["the 2fa code never arrives", "ticket #4417"],
    # a door named, no code given; a number not named as the code
    ["our door entry system is on your automation", "the building has 14 floors"],
    ["our door entry system is on your automation", "invoice is 2024-0917"],
    # a change named for a value nobody masked
    ["my order is AB12 CD34", "wait no the 1 is an l. so ABl2 CD34"],
    # a key line naming another thing, after the wifi was named
    ["the wifi keeps dropping", "key steht auf der Rechnung: 2024-0917"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


def test_first_number_without_change_stays_as_stored(redactor: Redactor) -> None:
    messages = ["you can reach me on extension", "204 771", "or reception, 530 992"]
    assert stored(redactor, *messages) == messages
