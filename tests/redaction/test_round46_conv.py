"""Round 46 (conversations: a secret's value an earlier message made knowable on arrival).
Through a real ``Continuation``, as the chat server redacts each message when it arrives:

- a line that ends on its colon ("new one:", "jetzt ist er abgelaufen, neuer:") announces
  the held kind's value in the next message: the scope holds for it, also when an aside
  had paused a code's talk;
- a secret promised for later ("I'll send you the password in a sec", "den Code schicke
  ich gleich") holds its scope while the customer looks for it;
- the codes a phone is sent ("my wife's phone gets the codes") name a login's codes;
- a lock opened by a code (a lock box, a key safe, a Zahlenschloss) names its code, and a
  message that names the paused kind again with its value ("combination 4-22-31") takes
  it up after a long aside.

Twins that stay: a colon line naming another thing or asking, a colon line after the
talk ended, a promised value followed by another thing's number, a value after the
promise's window, codes a phone gets that are discounts, a phone's number, a lock box's
key or place named without its code, a tracking number after a lock box. Cases in our own
words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import thread

ARRIVAL = [
    # a line ending on its colon announces the value in the next message
    (
        ["the 2fa code", "oh it expired", "wait for it", "here's the new one:", "771204"],
        "771204",
    ),
    (
        [
            "Die App will einen Bestätigungscode",
            "Kommt der per SMS?",
            "ok da ist er",
            "882 140",
            "zu langsam getippt, der nächste kommt:",
            "310 957",
        ],
        "310 957",
    ),
    # a value promised for later: the customer looks for it first
    (
        [
            "I'll send you the password in a sec",
            "need to find the note first",
            "it's somewhere on my desk",
            "found it",
            "lantern-fog-river",
        ],
        "lantern-fog-river",
    ),
    (
        [
            "das Passwort schicke ich gleich",
            "muss kurz im Ordner suchen",
            "Moment",
            "hab es",
            "Kiefer_Zapfen_Harz",
        ],
        "Kiefer_Zapfen_Harz",
    ),
    # the codes a phone is sent
    (
        ["my wife's phone gets the codes", "hold on she's checking", "ok she got 4 8 1 0 2 6"],
        "4 8 1 0 2 6",
    ),
    (["die Codes kommen aufs Handy von meinem Sohn", "Moment", "5520 17"], "5520 17"),
    # a lock opened by a code, and the paused kind named again with its value
    (
        [
            "the key safe by the back door has the van keys",
            "it's the grey one behind the bins near the fence",
            "combination 4-22-31",
        ],
        "4-22-31",
    ),
    (
        ["Der Ersatzschlüssel hängt im Schlüsseltresor am Eingang", "Kombination 6-0-8-2"],
        "6-0-8-2",
    ),
]


@pytest.mark.parametrize(("messages", "value"), ARRIVAL)
def test_value_is_masked_on_arrival(redactor: Redactor, messages: list[str], value: str) -> None:
    assert value not in thread(redactor, *messages)[-1]


STAYS = [
    # the colon line names another thing, asks, or comes after the talk ended
    ["the 2fa code", "oh it expired", "wait for it", "the tracking number:", "771204"],
    ["the 2fa code", "oh it expired", "wait for it", "which one do you need:?", "771204"],
    [
        "the 2fa code",
        "thanks that worked",
        "all good now",
        "one more thing",
        "the parcel:",
        "771204",
    ],
    # a promised value, then another thing's number, or long after the promise
    [
        "I'll send you the password in a sec",
        "but the tracking number is JJD000390007",
        "kestrel_moor_lane",
    ],
    [
        "I'll send you the password in a sec",
        "actually never mind",
        "it works again",
        "thanks",
        "bye",
        "see you",
        "also",
        "kestrel-moor-lane",
    ],
    # no secret named: an order number promised
    ["I'll send the order number in a sec", "one moment", "4471-2290-18"],
    # codes a phone gets that are discounts; a phone's number
    ["my phone gets discount codes from you all the time", "5520 17"],
    ["the codes go to my phone 0151 2345678", "0151 2345678"],
    # a lock box's key or place, no code given; a tracking number after it
    ["the lock box by the door has the key", "Birke-Ahorn-Eiche"],
    ["the lock box by the door has the key", "tracking number 4471 2290"],
    ["the lock box by the door has the key", "room 14"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]
