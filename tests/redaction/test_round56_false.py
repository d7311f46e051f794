"""Round 56 (false hits): what the sentence says a value belongs to — another thing's date or
number, the reader's own, a description in brackets or quotes, a list of field names, a
URL's parameters, code that asks for the value, a syntax's optional part.

- a bound ("bis", "until") right after another thing that ends ("Vertrag bis 09.2029") is
  that thing's, whatever card was named before (``card_details._OTHER_BOUND_BEFORE``);
- an expiry label its sentence answers in words ("expiry is on file, …") takes no later date;
- "hinten" after another number's compound ("Kundennummer hinten 482", "Seitenzahl hinten
  ist 418") is that number's end, no card's code;
- a compound naming a voucher ("Geschenkgutschein 6011 …") names the number's kind;
- "auf Ihren Rat hin": the reader's own opens no passphrase;
- "(app password, hidden)", '"siehe Tresor"', "voll simpel": a note, a pointer, a judgement;
- a connection URL's "key=value" parameters are no export row's cells;
- "X_PASSWORD=yes, where …": the sentence's comma is not the value's;
- "pwd: passwordPrompt()": a call asks for it; "mongodb://[username:password@]host": the
  documented syntax;
- "Basic <base64 of user:password>": what to fill in.

Each with a twin: the same shape with a real secret stays masked. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor

NEGATIVES = [
    "hab die alte Kreditkarte gekündigt, sie ist abgelaufen. Neuer Vertrag bis 10.2028, danke",
    "the card was declined and expired last year; our support plan runs until 03/2027 anyway",
    "Swap in the card ending 8812 please, the expiry date is on file, I moved office in Mar 2025.",
    "Zahlung für Juni offen, Betrag bis Ende 07/25 fällig, Kundennummer hinten 553.",
    "Rechnung kam an, die Seitenzahl hinten ist 227, Seite fehlt",
    "der Einkaufsgutschein 6011 0009 9013 9424 geht im Shop nicht, Restwert 20 €",
    "Passwort geändert auf Ihren Wunsch hin.\nDer Login klappt trotzdem nicht.",
    "SMTP:\nuser a@example.org\npass (app password, not shown)\nport 587",
    'Das Admin-Passwort lautet jetzt "siehe Tresor" (ohne die Anführungszeichen)',
    "mein passwort ist ziemlich einfach ich weiß, aber es geht nicht mehr",
    "klappt nicht: jdbc:derby://db-7.intern:1527/lager;port=1527;user=lg40211\nselber Fehler",
    "When I set REDIS_RANDOM_PASSWORD=yes, where does the generated one show up?",
    "Ich lege den User mit pwd: readSecretFromPrompt() an statt im Klartext",
    "I used the documented form: postgres://[user:password@]host[:port]/db",
    'headers:\n  Authorization: "Basic <base64 of name:secret>"\nstill 401',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_named_another_thing_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("hab die Kreditkarte getauscht, die neue gilt bis 10/28", "10/28"),
        ("Kreditkarte 4111 1111 1111 1111, Vertrag egal, gültig bis 09/29", "09/29"),
        ("Swap in the card ending 8812 please, the expiry date is 11/29.", "11/29"),
        ("Kreditkarte 4111 1111 1111 1111, Kartennummer hinten 553", "553"),
        ("Karte 4111 1111 1111 1111, die Zahl hinten ist 227", "227"),
        ("meine Visa 4111 1111 1111 1111 wird nicht genommen", "4111 1111 1111"),
        ("Passwort geändert auf Gartenzaun77 und jetzt geht nichts", "Gartenzaun77"),
        ("IMAP step:\nhost imap.example.org\npass Wq8!tZr2mK\nssl yes", "Wq8!tZr2mK"),
        ('Das Admin-Passwort lautet jetzt "Tresor-Ente-55"', "Tresor-Ente-55"),
        ("jdbc:derby://db-7.intern:1527/lager;user=lg40211;password=Ab3!xQ9z", "Ab3!xQ9z"),
        ("export REDIS_PASSWORD=Gq7!vR2p, then restart the step", "Gq7!vR2p"),
        ("I used: postgres://app:Kw9xT2pL@db.intern:5432/shop", "Kw9xT2pL"),
        ('headers:\n  Authorization: "Basic YXBwOlN1cGVyR2VoZWltMQ=="', "YXBwOlN1cGVyR2VoZWltMQ=="),
    ],
)
def test_the_same_shape_with_a_secret_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
