"""Round 29: false hits. A value the sentence itself names as something other than a secret
(``redaction.named_values``) stays: an identifier after its label ("request id rq_…",
"Verbindungs-ID vb_…", "Bestellung: BX-…", "WLAN-Name …", "Router heißt …"), one the writer
names after it ("… (it's our account id)", "…, das ist unsere Kundennummer", "…, this is not
a password") and a sample in talk about password rules ("a strong password like …"). And
what must not be swallowed: a password or key next to such identifiers, a password word
before the label ("the password for the admin user is x"), a list of credentials ("user x
and y"), a label whose compound names a key ("Zugriffsschlüssel-ID"). Cases in our own
words; each negative is masked by round 28's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.named_values import names_other
from redaction.types import CREDENTIAL, PASSWORD


def _unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def _masked(redactor: Redactor, text: str, value: str, kind: str = PASSWORD) -> None:
    res = redactor.redact(text)
    assert value not in res.text, res.text
    assert any(e.type == kind for e in res.entities), res.entities


# --- negatives: the sentence names the value as no secret ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a label right before it
        "The password reset fails for me. Request id rq_9Kd2Lm7Xp, happened at 10:14.",
        "my password stopped working, order ORD#4471x is stuck too",
        "Anmeldung mit Passwort scheitert, Bestellung: BX-7Q2K-91Lm, Rechnung folgt.",
        "Passwort hab ich vergessen. Mein Router heißt Speedy-X200!, hilft das?",
        # named after it
        "I pasted 8d3f7a91c2e4b6 by mistake (it's our account id), not my password",
        "Bitte nicht als Passwort lesen: KD-48Qz-7, das ist unsere Kundennummer.",
        "The password field shows Inv#12aB, this is not a password, just the invoice code",
        # a sample in talk about password rules
        "Is a strong password like Pl@net9Rocks still enough? Asking for our password policy.",
        "Is a long passphrase really stronger than Mondlicht#12? Asking for our password rules.",
    ],
)
def test_named_as_no_secret_stays(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


# --- positives: a secret next to identifiers, or a label that is the secret's -------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Request id rq_9Kd2Lm7Xp, and my password is Seerose#48", "Seerose#48", PASSWORD),
        ("Ticket 55190: my password is Tulpe!2023, please reset it", "Tulpe!2023", PASSWORD),
        ("Bestellung BX-7Q2K-91Lm, Passwort ist Sommerwind#7", "Sommerwind#7", PASSWORD),
        ("password for the admin user is Winter!Taube9", "Winter!Taube9", PASSWORD),
        ("Kennwort für den Shop-User: Hafer#Flocke22", "Hafer#Flocke22", PASSWORD),
        ("user mkeller and Eich3nblatt!", "Eich3nblatt!", PASSWORD),
        ("my user is anna.k and the password is Kl4ppe!Tor", "Kl4ppe!Tor", PASSWORD),
        (
            "Das neue Kennwort, das ich vergeben habe, heißt Kiefer!Zapfen8",
            "Kiefer!Zapfen8",
            PASSWORD,
        ),
        ("my password is Lagune!83 (it's the same as last year)", "Lagune!83", PASSWORD),
        ("mein Passwort ist Birke#2020, nicht die Kundennummer", "Birke#2020", PASSWORD),
        ("my pw is Fj0rd#Blau, it's my passcode", "Fj0rd#Blau", PASSWORD),
        (
            "the api key for the reporting flow: sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            CREDENTIAL,
        ),
        (
            "Die Zugriffsschlüssel-ID AKIAQ3EGRT4XNP7ZKM2W und der Schlüssel liegen im Tresor",
            "AKIAQ3EGRT4XNP7ZKM2W",
            CREDENTIAL,
        ),
    ],
)
def test_secret_next_to_identifiers_is_masked(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    _masked(redactor, text, value, kind)


# --- the judge itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "verdict"),
    [
        ("Verbindungs-ID vb_7Tz3Kq9Wm, seit gestern", "vb_7Tz3Kq9Wm", "label"),
        ("our WLAN-Name is Fritzi-7Hq2 now", "Fritzi-7Hq2", "label"),
        ("run ids 7b1c-44f0 and 7b1c-45b2 failed", "7b1c-45b2", "label"),
        ("I typed 8d3f7a91c2e4b6 (it's our account id)", "8d3f7a91c2e4b6", "apposition"),
        ("weak ones such as abc123! are rejected", "abc123!", "example"),
        # a key glued to its value is a program's field, not a label in prose
        ("session_id=3f9c2a71d8e64b0c", "3f9c2a71d8e64b0c", ""),
        ("https://user:Kx9!vQ2@example.com", "Kx9!vQ2", ""),
        # the password word owns the label
        ("the password for the api user: Delta#Echo9", "Delta#Echo9", ""),
        ("my password is Hunter22!, it's my pin code", "Hunter22!", ""),
    ],
)
def test_names_other(text: str, value: str, verdict: str) -> None:
    start = text.index(value)
    assert names_other(text, start, start + len(value)) == verdict
