"""Round 50 (pw): secrets still missed in ordinary support chat.

- a database's password key glued to "pw" ("DatabasePw", "datenbankpw");
- a recovery code printed with a letter prefix ("REC-4K7P-Q2XM-9TB3");
- a smart-home accessory's setup code as its label groups it ("517-30-862");
- a lock opened with the star key first ("opens with *3318");
- a one-time code the customer types, in the sentence after the code's word;
- a PIN of groups that each mix letters and digits ("PIN 4D9B-2E7C");
- a security answer in the sentence after the question, or after a quoted question;
- a secret named, then "bei uns ist das …" / "ours is …" in the next sentence;
- a shared or signing secret chosen as a passphrase ("Kiesel-Regen-Moos-58");
- a card named as a payment method by its last digits, its expiry beside it;
- a Bluetooth pairing's passkey to confirm on both devices;
- a device-flow code of consonants and digits when the message names the flow.

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_masked_as, assert_secret_gone

SECRETS = [
    # a database's password key glued to "pw"
    ("$cfg->{DatabasePw} = 'Ofen-Kachel-4410';", "Ofen-Kachel-4410"),
    ("datenbankpw: Wiesel77Hof steht in der ini, geht trotzdem nicht", "Wiesel77Hof"),
    # a recovery code with a letter prefix
    (
        "Recovery code from the printout: REC-4K7P-Q2XM-9TB3. Does it still work?",
        "REC-4K7P-Q2XM-9TB3",
    ),
    ("Wiederherstellungscode laut Ausdruck: WHC-8M2Q-7XPL-K4R9, geht nicht", "WHC-8M2Q-7XPL-K4R9"),
    # an accessory's setup code
    ("The setup code on the lamp's label is 517-30-862 but pairing fails", "517-30-862"),
    ("Matter-Code der Steckdose: 204-66-913, die App lehnt ihn ab", "204-66-913"),
    # the star key first
    ("the side door unlocks with *3318 on the pad, the log stays empty", "3318"),
    # a one-time code typed, in the next sentence
    ("my 2fa code keeps failing. I type 604 227 from the app and it says expired", "604 227"),
    # a PIN of mixed groups
    ("the reset wrote a new PIN: 4D9B-2E7C, where do I enter it?", "4D9B-2E7C"),
    ("Neue PIN 8K3F-1A7D vom Server, die Anmeldung klappt trotzdem nicht", "8K3F-1A7D"),
    # a security answer after the question's sentence, or a quoted question
    (
        "My security question locked me out. The answer I chose was Larkspur but it fails.",
        "Larkspur",
    ),
    ("Sicherheitsfrage: 'Name des ersten Haustiers?' Antwort: Brummel. Reset bitte", "Brummel"),
    # a secret named, then ours given by a pointer
    (
        "The relay wants a shared secret in the X-Relay-Key header. Ours is "
        "Pq4Nw8Lz2Rx6Tk9Vm3Bd. It keeps failing.",
        "Pq4Nw8Lz2Rx6Tk9Vm3Bd",
    ),
    (
        "Der Dienst erwartet ein Token im Header. Bei uns ist das kt_Zm5Qx8Rw2Lp7Vn4Hc9Bt. "
        "Trotzdem 401.",
        "kt_Zm5Qx8Rw2Lp7Vn4Hc9Bt",
    ),
    # a shared secret chosen as a passphrase
    ("our webhook secret is Birke-Nebel-2025-qrs, signatures differ", "Birke-Nebel-2025-qrs"),
    # a pairing's passkey to confirm
    ("the headset pairing wants me to confirm 771 305 on the phone, nothing happens", "771 305"),
    ("Beim Koppeln der Waage soll ich 290517 am Handy bestätigen, dann Fehler", "290517"),
    # a device-flow code of consonants and digits
    ("Device code on the TV: open example.com/activate and enter PLKM-5038", "PLKM-5038"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 50 pw", text, secret)


def test_payment_method_expiry(redactor: Redactor) -> None:
    assert_masked_as(
        redactor,
        "Agent: the payment method ending 5521 expiring 10/29 is on file, keep it?",
        "10/29",
        "CARD_EXPIRY",
    )


UNCHANGED = [
    # a database's name and host, no password key
    "$cfg->{DatabaseName} = 'crm_prod'; $cfg->{DatabaseHost} = 'db1';",
    # a ticket of letters and digits after "recovery", two groups only
    "recovery ticket INC-4471 is still open",
    # a part number in the setup code's shape with no code word
    "the replacement part 517-30-862 arrives Monday",
    # a star footnote with no lock
    "the price with *3318 discount applied is wrong",
    # the next sentence types no number
    "my 2fa code keeps failing. I type it from the app and it says expired",
    # a PIN letter, a model after PIN
    "the PIN letter for card AB12 arrived",
    # the answer not given
    "My security question locked me out. The answer was not accepted.",
    # a secret named, then a pointer to a page, a word
    "The relay wants a shared secret in a header. Ours is documented in the wiki.",
    "Der Dienst erwartet ein Token. Bei uns ist das Standard.",
    # an option's value after a secret key, lower-case
    "the client secret is read-only-mode now",
    # a payment method with no date
    "the payment method ending 5521 is the company card",
    # a number to confirm that is an order's, pairing named in another sentence
    "please confirm order 771305 for me. The headset pairing works fine.",
    "please confirm 771305 is the ticket for the screen repair",
    # a device code's mixed shape with no flow named
    "order PLKM-5038 shipped to the office",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
