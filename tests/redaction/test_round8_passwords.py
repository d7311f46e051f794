"""Round eight of issue 10, the password side: the second stage that judges a word with a
number by where the password word stands (before or after it, in its clause), a PIN word
that reaches an introduced number, and the password position of URLs and connection
strings whatever the value's shape. Every text is written here (none is a corpus item), in
both directions: the secret goes, the look-alike stays.
The tables run in test_password_rounds.py."""

from __future__ import annotations

import pytest

from redaction.words import is_product

# (cause, text, the secret that must not survive)
SECRETS: list[tuple[str, str, str]] = [
    # a URL's or DSN's password position: any shape counts there
    ("url position", "redis://cache:k@r1.internal:6379/0", ":k@"),
    ("url position", "proxy http://ann@corp:hafer@proxy.example.net:3128", "hafer"),
    ("url position", "AMQP_URL=amqp://svc:pw@mq.example.org/vhost", ":pw@"),
    ("protocol-relative url", "clone `//ci:pw@git.example.org/team/app.git`", ":pw@"),
    ("go dsn", "dsn = shop:pw@tcp(db.example:3306)/orders", ":pw@"),
    ("go dsn", "app:mango@/inventory?parseTime=true", "mango"),
    ("go dsn", "DSN=etl:pass@unix(/var/run/mysqld.sock)/dw", "pass"),
    ("libpq", "host=db01 port=5432 dbname=crm user=etl password=z7 sslmode=require", "z7"),
    ("libpq", "conninfo: user=app host=pg password=q dbname=x", "=q "),
    # a word with a number before the password word, in its clause
    ("value before word", "Kastanie47, so lautet mein Kennwort", "Kastanie47"),
    ("value before word", "try bluejay204 please, it's the pw for the shop", "bluejay204"),
    # "Login mit X", "sign in with X" and the password word later on
    (
        "sign in with",
        "Anmeldung mit Heidelbeere31 klappt nicht (das ist mein Passwort)",
        "Heidelbeere31",
    ),
    ("sign in with", "sign-in with tugboat512 keeps failing, that's my password btw", "tugboat512"),
    # an abbreviation's dot after the password word ends no sentence
    ("abbreviation dot", "passw. Quarkspeise55 geht nur am Laptop", "Quarkspeise55"),
    ("abbreviation dot", "Pw. lighthouse71 works in the browser only", "lighthouse71"),
    # an arrow joins a password word to its value
    ("arrow", "pwd→Tulpe#19", "Tulpe#19"),
    ("arrow", "Kennwort→Heide7Moor!", "Heide7Moor!"),
    # a PIN word reaches a number a connector introduces in its clause or the next
    ("pin later", "The card reader wants a PIN, mine is 7391, but it says wrong", "7391"),
    ("pin later", "Zugang per PIN klappt nicht, meine lautet 90472", "90472"),
    ("pin later", "Neue PIN bekommen. Sie ist 6613 laut Brief", "6613"),
    # a word and a number after "is"/"ist" whose subject is the password
    (
        "word and number",
        "Das Passwort hat meine Tochter vergeben, sie sagt es ist Regenbogen 5521",
        "Regenbogen 5521",
    ),
    ("word and number", "IT set the password, they told me it is Lantern 4417!", "Lantern 4417"),
    # a typing or setting verb closing the clause after the value
    ("set after value", "Ich hab als Kennwort Pusteblume eingetippt, geht nicht", "Pusteblume"),
    ("set after value", "Für den Router wurde Passwort Wolkenkratzer festgelegt", "Wolkenkratzer"),
    # a reset story is sign-in context for the strongest shapes
    ("reset story", "I reset it this morning and the new one is Pine#Cone42 now", "Pine#Cone42"),
    (
        "reset story",
        "Hab es zurückgesetzt, neu ist Birnen&Quark7, geht trotzdem nicht",
        "Birnen&Quark7",
    ),
]

# hard negatives: must come out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("address scheme", "write to mailto:kontakt@firma.example, subject 'login'"),
    ("git remote", "the remote is user@gitbox:tools.git and login works"),
    ("placeholder host", "mongodb+srv://<credentials>@cluster7.example.net/reports"),
    ("url mask", "this is it: https://bob:*****@host.example.com/x"),
    ("url placeholder", "use https://me:MY_SECRET_HERE@host.example/api"),
    ("product", "No clue about my password, it's 1Password that fills it in"),
    ("product", "Since the move to Windows11 my password is rejected"),
    ("product", "Mein Passwort geht nicht mehr, seit ich Outlook365 benutze"),
    ("product", "my password works, but Galaxy23 won't log in"),
    ("set after value", "Ich habe das Passwort zweimal falsch eingegeben"),
    ("set after value", "Das Kennwort wurde automatisch vergeben, ich kenne es nicht"),
    ("symbol name", "The password field rejects the @-sign"),
    ("symbol name", "Das Kennwortfeld nimmt kein #-Zeichen an"),
    ("pin other number", "PIN vergessen, Kundennummer ist 448812"),
    ("pin other number", "The PIN must be 6 digits long, my order is 552910"),
    ("pin counted", "Meine PIN ist 4 Stellen lang, die neue soll 6 haben"),
    ("word and number", "Password reset done, my room is Suite 4410"),
    ("word and number", "Passwort geändert, aber der Fehler ist Fehler 1045"),
    ("word and number", "The password policy says it is Level 3 now"),
    ("sentence away", "Password reset worked. Today I bought tickets for Kino2024 and more."),
    ("preposition", "my password stopped working after the update to Release2025 yesterday"),
    ("count", "Passwort muss 12 Zeichen haben, ich habe 10"),
]


@pytest.mark.parametrize(
    ("token", "product"),
    [
        ("Outlook365", True),
        ("Windows11", True),
        ("1Password", True),
        ("Galaxy23", True),
        ("Password123", False),
        ("Sommer2024", False),
        ("Kastanie47", False),
        ("Windows", False),
    ],
)
def test_is_product(token: str, product: bool) -> None:
    assert is_product(token) is product
