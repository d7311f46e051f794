"""A short message named a secret only by the message after it ("Bramble88" ⏎ "that's my
password"): ``Continuation.amended`` holds it masked anew (redaction.hindsight)."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from redaction.hindsight import named_noun


def amended_after(redactor: Redactor, *texts: str) -> str | None:
    """The first message, as masked anew after the last one; None: not amended."""
    thread = Continuation(redactor)
    for text in texts:
        thread.redact(text)
    back = len(texts) - 1
    again = [str(r.text) for b, r in thread.amended if b == back]
    return again[0] if again else None


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


def test_a_reset_forgets_what_was_sent(redactor: Redactor) -> None:
    thread = Continuation(redactor)
    thread.redact("Bramble88")
    thread.reset()  # a pasted log, or ten minutes of silence, in between
    thread.redact("that's my password")
    assert thread.amended == []


def test_an_earlier_message_already_masked_is_not_amended_again(redactor: Redactor) -> None:
    assert amended_after(redactor, "my password is Bramble88", "that's my password") is None
    assert amended_after(redactor, "Blitz$1809Z", "that's the password") is None  # masked alone


def test_what_the_later_message_names(redactor: Redactor) -> None:
    assert named_noun("that's my old wifi password") == "password"
    assert named_noun("war die Geheimzahl") == "PIN"
    assert named_noun("that's the voucher code") is None
    assert named_noun("that is my password: x") is None  # it gives its own value


@pytest.mark.parametrize(
    ("texts", "back"),
    [
        # two or three messages back, across fillers and remarks: a single token
        (("Kranich-Flug-9", "wait", "that's the pw"), 2),
        (("Teekanne17", "lol falsches fenster", "naja, das war mein Passwort"), 2),
        (("419 207", "kam gerade per SMS", "der Bestätigungscode"), 2),
        # a bare label after the value, with or without a remark
        (("88130245", "PUK"), 1),
        (("7391", "Türcode vom Lager, falls der Fahrer kommt"), 1),
        (("Kestrel", "answer to the security question"), 1),
        (("Wolke Sieben Zwölf", "Passphrase, alles klein"), 1),
        (("Haselnuss3", "hab ich als Kennwort genommen"), 1),
        (("55 0 12", "is that the login code?"), 1),
        (("Amsel.Teich.4", "my neighbour says that's the wifi password"), 1),
        (("Rotkehlchen", "city where we met - security answer"), 1),
        # "username and password" after the two: the second was the password
        (("t.berger", "Seeblick22", "user and password"), 1),
    ],
)
def test_a_value_named_later_or_by_a_bare_label_is_masked_anew(
    redactor: Redactor, texts: tuple[str, ...], back: int
) -> None:
    thread = Continuation(redactor)
    for text in texts:
        thread.redact(text)
    assert [(b, str(r.text)) for b, r in thread.amended] == [(back, "[PASSWORD]")]


@pytest.mark.parametrize(
    "texts",
    [
        ("pw", "Kettle77x"),  # the bare label leads into the value after it
        ("login j.meyer", "pw"),
        ("username is", "jsmith_88", "password I'll type myself on the call"),
        ("amex", "security code on the front"),  # a code has digits
        ("MyHomeNet_5G", "that's the SSID", "the wifi password I'll type myself"),
        ("Schlüssel: wald-Fuchs-88", "Netzwerk: Praxis-5G", "PW - Matterhorn4478"),
        ("kurze frage", "das passwort für den ftp"),
        ("lol sorry wrong window", "well, that was my password"),
        ("4711", "that's the order number, the password comes later"),
    ],
)
def test_remarks_that_name_no_earlier_value_leave_it(
    redactor: Redactor, texts: tuple[str, ...]
) -> None:
    thread = Continuation(redactor)
    for text in texts:
        thread.redact(text)
    assert thread.amended == []


def test_the_earlier_pieces_of_a_card_are_masked_every_digit(redactor: Redactor) -> None:
    thread = Continuation(redactor)
    # a Visa number in two halves, a filler; the first typed without its space (a half
    # printed as on the card, "4929 1010", is masked on arrival since round 35)
    pieces = ["49291010", "sorry", "1234 5670"]
    outputs = [str(thread.redact(p).text) for p in pieces]
    assert not any(ch.isdigit() for ch in outputs[2])
    assert [(b, str(r.text)) for b, r in thread.amended] == [(2, "•••• •••• •••• ••••")]
    assert [e.type for _, r in thread.amended for e in r.entities] == ["CREDIT_CARD"]


def test_a_remark_between_card_pieces_keeps_them_one_number(redactor: Redactor) -> None:
    thread = Continuation(redactor)
    for text in ["49291010", "moment, muss die Karte kurz umdrehen", "1234 5670"]:
        last = thread.redact(text)
    assert not any(ch.isdigit() for ch in str(last.text))
    assert [b for b, _ in thread.amended] == [2]
    # A remark with digits of its own ends the run: "1234 5670" completes nothing then.
    thread = Continuation(redactor)
    for text in ["49291010", "order 5512 is late", "1234 5670"]:
        thread.redact(text)
    assert thread.amended == []
