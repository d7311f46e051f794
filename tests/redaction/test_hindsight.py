"""A short message named a secret only by the message after it ("Bramble88" ⏎ "that's my
password"): ``Continuation.amended`` holds it masked anew (redaction.hindsight)."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from redaction.hindsight import named_noun


def amended_after(redactor: Redactor, *texts: str) -> str | None:
    """The message before the last, as masked anew after the last one; None: not amended."""
    thread = Continuation(redactor)
    for text in texts:
        thread.redact(text)
    return None if thread.amended is None else str(thread.amended.text)


@pytest.mark.parametrize(
    ("earlier", "later", "masked"),
    [
        ("Bramble88", "that's my password", "[PASSWORD]"),
        ("Bramble88", "^ that's the password for the portal", "[PASSWORD]"),
        ("Haselnuss", "thats my pw lol", "[PASSWORD]"),
        ("Maple Otter Dusk", "that was the passphrase", "[PASSWORD]"),
        ("Lindenbaum 7", "das war mein altes Passwort", "[PASSWORD]"),
        ("sonnenblume", "das ist das Kennwort fürs Onlinebanking", "[PASSWORD]"),
        ("4471", "is my pin", "[PASSWORD]"),
        ("4471", "ist die PIN von der Karte", "[PASSWORD]"),
        ("482913", "that's the code from the SMS", "[PASSWORD]"),
        ("Kettle-River", "^ wifi password", "[PASSWORD]"),
        ("Fluffy", "that's the answer to my security question", "[PASSWORD]"),
        ("Gänserndorf", "des is die Antwort auf die Sicherheitsfrage", "[PASSWORD]"),
        ("Bramble88", "that's what I use as my password everywhere", "[PASSWORD]"),
        ("381", "= cvc", "[CVC]"),
        ('"Bramble88"', "oben: das ist mein Passwort", '"[PASSWORD]"'),
    ],
)
def test_a_value_named_a_secret_by_the_next_message_is_masked_anew(
    redactor: Redactor, earlier: str, later: str, masked: str
) -> None:
    assert amended_after(redactor, earlier, later) == masked


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("anna.k77", "that's my username"),
        ("ORD-44719", "das ist meine Bestellnummer"),
        ("WELCOME10", "that's the discount code"),
        ("E-4031", "that's the error code I get"),
        ("Bramble88", "that's not my password"),
        ("Bramble88", "das ist nicht mehr mein Passwort"),
        ("kurze frage", "das passwort für den ftp geht nicht"),
        ("anna.k", "das Passwort funktioniert nicht"),
        ("Good morning", "this is my password: Kettle77"),
        ("Hello", "my password is Kettle77"),
        ("ok", "that's my password"),
        ("42", "that's the answer to your question"),
        ("I tried to log in again this morning and it failed", "that's my password problem"),
        ("Bramble88", "can you reset my password please"),
        ("iPhone 15", "that's the phone I use for the 2fa code"),
    ],
)
def test_a_value_named_anything_else_stays_as_sent(
    redactor: Redactor, earlier: str, later: str
) -> None:
    assert amended_after(redactor, earlier, later) is None


def test_only_the_message_right_before_is_named(redactor: Redactor) -> None:
    # Two messages back: "that" no longer points at it.
    assert amended_after(redactor, "Bramble88", "one sec", "that's my password") is None
    thread = Continuation(redactor)
    thread.redact("Bramble88")
    thread.reset()  # a pasted log, or ten minutes of silence, in between
    thread.redact("that's my password")
    assert thread.amended is None


def test_an_earlier_message_already_masked_is_not_amended_again(redactor: Redactor) -> None:
    assert amended_after(redactor, "my password is Bramble88", "that's my password") is None
    assert amended_after(redactor, "Blitz$1809Z", "that's the password") is None  # masked alone


def test_what_the_later_message_names(redactor: Redactor) -> None:
    assert named_noun("that's my old wifi password") == "password"
    assert named_noun("war die Geheimzahl") == "PIN"
    assert named_noun("that's the voucher code") is None
    assert named_noun("that is my password: x") is None  # it gives its own value
