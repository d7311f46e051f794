"""Round 42 (conversations on arrival: the scope of a named secret): once a message names
the kind of secret coming (a password, a PIN, a code), the next three messages' values of
that kind's shape are masked, judged by shape rather than by the words around them: a
code's four to eight digits, a device key's printed digit groups, a token shaped like a
password, after words that only lead in. The talk ends when another thing is named (an
order, a ticket), when the word is taken back, or after three messages. Twins that stay: a
year, a phone number, an order number, a discount code, a value after a fingerprint's or
an account id's line, a value four messages later. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [str(thread.redact(text).text) for text in messages]


MASKED = [
    # a PIN or code named, its value after a question or a hesitation
    (["Die Banking-App will eine Geheimzahl", "Moment", "hab sie gefunden", "5093"], "5093"),
    (
        [
            "Zahlenschloss am Tor, Kombination für den Monteur",
            "Parkplatz ist hinten",
            "Kombination 3-71-9",
        ],
        "3-71-9",
    ),
    # the value again after a correction that names nothing
    (["pin 6021", "no wait that's the old card", "3395"], "3395"),
    # a device's key printed in digit groups, after a password named
    (
        [
            "Unser WLAN-Passwort steht auf dem Router",
            "Moment, ich geh hin",
            "3317 0925 7781 4460 2298",
        ],
        "3317 0925 7781 4460 2298",
    ),
    (
        ["the router password for the shop", "it's on a sticker", "2290 4471 8815 0063 9927"],
        "2290 4471 8815 0063 9927",
    ),
    # a card named: its expiry or its three-digit code alone a message or two later
    (["for the visa ending 3851", "08/29"], "08/29"),
    (["die Karte endet auf 7720", "519"], "519"),
    (["my visa, the one ending 1184", "hang on", "11/27"], "11/27"),
    (["Kreditkarte liegt vor mir", "Moment", "04/2031"], "04/2031"),
]


@pytest.mark.parametrize(("messages", "value"), MASKED)
def test_value_of_the_named_kind_is_masked(
    redactor: Redactor, messages: list[str], value: str
) -> None:
    assert value not in _talk(redactor, messages)[-1]


STAYS = [
    # another thing named, or the word taken back
    ["the app wants a PIN", "order 48213 by the way"],
    ["the app wants a PIN", "sorry meant PO", "is 4471"],
    ["Die App fragt nach der PIN", "Bestellnummer 558213"],
    # no secret's kind named: a discount code, an account id, a fingerprint, a callback
    ["I have two discount codes", "WINTER-24", "5521"],
    ["the SSH key fingerprint", "SHA256:Qk7pLm2ZxVb9RtYc4NwE8uJf1aHs6dGo3iKq0Pz5Ty"],
    ["can I get a callback about the annual plan", "0343", "557210"],
    ["stripe account", "acct_1Rt8ZpQm2LxV7bN4"],
    # a year, a phone number's groups, a card number (the card rules' own)
    ["my password stopped working", "since 2019"],
    ["the 2fa code never arrives", "my number is", "0176 2231 8840"],
    # a card named: a day, an error code, an order, a year, an age
    ["my card was charged twice", "12/05"],
    ["my card was declined", "error 051"],
    ["card ending 3851 was charged twice", "order 5521"],
    ["die Karte wurde abgelehnt", "seit 2024"],
    ["card ending 3851", "I'm 43"],
    # digits after a question or a sentence on something else
    ["the alarm code is", "is the portal down?", "5120"],
    ["Die Tresor-PIN ist", "oh, der Paketbote steht gerade unten vor der Tür", "8841"],
    # four messages after the naming
    ["the PIN for the door", "ok", "hm", "nvm", "5521"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay(redactor: Redactor, messages: list[str]) -> None:
    assert _talk(redactor, messages)[-1] == messages[-1]
