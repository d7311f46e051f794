"""Round 46 (r46-convclaims): what one message of a conversation claims a value in another
message is (``redaction.conversation_claims``), through a real ``Continuation``:

- a remark that opens by saying the value sent alone right before it was an example, a
  placeholder, another field's value, or denies it was the secret, is read as a withdrawal,
  but a value once masked stays masked (stop 47's decision: the same remark follows a real
  password pasted by mistake); an unmasked value so withdrawn is remembered as claimed;
- on arrival, a value an earlier message claimed was another field's ("318 ist die
  Filialnummer", "my member number is 55120938") is not masked when it comes again, nor a
  value the conversation's own readings found where the message itself says what it is.

Twins that stay masked: the writer's own secret named ("that's my real password, not an
example", "mein Code ist 318"), a denial that points elsewhere ("not my password for here"),
a value that was not alone in its message, a field's phrase with a secret's word
("WLAN-Passwort"), a value the claim was not about. Cases in our own words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.conversation_claims import withdraws
from tests.redaction.helpers import stored, thread

WITHDRAWN = [
    ["Winter#2023x", "that's just the example from your help page, not mine"],
    ["Blume!Haus77", "nein, das ist nur ein Platzhalter aus der Vorlage"],
    ["Kx9#mPq2!", "sorry, that was the order number, not the password"],
    ["Buero_5G#West", "WLAN-Name, der Drucker findet ihn nicht"],
    ["Tulpe#4411", "das ist keine PIN, sondern unsere Kundennummer"],
    ["Rx_Import-v2!", "that's the name of the export job, it stops at 80 %"],
]


@pytest.mark.parametrize("messages", WITHDRAWN)
def test_a_masked_value_stays_masked_whatever_the_next_message_says(
    redactor: Redactor, messages: list[str]
) -> None:
    # "not the password lol", "sorry, wrong window" is also what a customer writes after
    # pasting the real one by mistake: a value once masked is never stored as typed.
    assert thread(redactor, *messages)[0] != messages[0]
    assert stored(redactor, *messages)[0] != messages[0]
    assert withdraws(messages[1])  # the remark is read as a withdrawal all the same


KEPT = [
    ["Winter#2023x", "that's my real password, not an example"],
    ["Blume!Haus77", "das ist mein Passwort fürs Kundenportal"],
    ["Kx9#mPq2!", "that's not my password for here, it's the bank one"],
    ["Buero_5G#West", "WLAN-Passwort, der Drucker findet es nicht"],
    ["Tulpe#4411", "das ist nicht mehr mein Passwort"],
    ["my password is Winter#2023x", "that's just an example"],
    ["Kx9#mPq2!", "wait no, Kx9#mPq3! is the new one"],
]


@pytest.mark.parametrize("messages", KEPT)
def test_value_named_a_secret_or_not_alone_stays_masked(
    redactor: Redactor, messages: list[str]
) -> None:
    assert stored(redactor, *messages)[0] != messages[0]


ARRIVAL_CLEARED = [
    # an earlier message said what the value is; the value comes again
    ["4471", "das ist keine PIN, das ist die Filialnummer", "Filiale 4471 in Kassel"],
    # the conversation's own reading finds a code the message says is another field's
    [
        "order 6011-4417-2290",
        "do you need the three digits on the back too?",
        "ok: 318 is our branch number",
    ],
]


@pytest.mark.parametrize("messages", ARRIVAL_CLEARED)
def test_value_claimed_no_secret_is_left_on_arrival(
    redactor: Redactor, messages: list[str]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


ARRIVAL_MASKED = [
    ["5512 ist die Filialnummer", "meine PIN ist 5512"],
    # a secret's label right before the value beats the earlier claim
    ["5512 ist die Filialnummer", "PIN 5512?"],
    ["my member number is 55120938", "my password is 55120938"],
    ["5512 ist die Filialnummer", "die PIN ist 7719"],
    ["card 4417 2290 8815 0042", "do you need the 3 digits on the back too?", "yes: 318"],
]


@pytest.mark.parametrize("messages", ARRIVAL_MASKED)
def test_own_secret_or_another_value_is_masked_on_arrival(
    redactor: Redactor, messages: list[str]
) -> None:
    out = thread(redactor, *messages)[-1]
    assert out != messages[-1]


@pytest.mark.parametrize(
    "remark",
    [
        "wait no, 729910 was the old one",
        "oh no, don't log in, but yes that's the pw",
        "that's my PIN number",
        "ist das ein Beispiel?",
        "no username",
    ],
)
def test_remarks_that_withdraw_nothing(remark: str) -> None:
    assert not withdraws(remark)


# --- single messages: a password talked about, then said to be an example or a joke -------
#: The labelling policy keeps a proposed or asked-about password a secret (it may be put
#: in use: "would Sommer2024 be strong enough?"). A remark after the value saying it was an
#: example clears nothing (stop 47: on unseen text that reader cleared one false hit and let
#: one credential through).
SINGLE_MASKED = [
    "would Tanne#4411 be strong enough for the shop login?",
    "is Tanne#4411 a good password? that's the one I want to use",
    "mein Passwort ist Hund#2019. Das ist der Name meines Hundes",
    "Kennwort: Tanne!77. Das ist kein Beispiel",
    "password Tanne#4411, that's the example account's",
    "redis://:tanne4411pass@cache.example.org:6379 – is the colon right? No username",
]


@pytest.mark.parametrize("text", SINGLE_MASKED)
def test_proposed_or_own_password_stays_masked(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text != text
