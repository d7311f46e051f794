"""Round 36 (structured pastes): a table's header and a form's label name their own
cell, a key's value stays in its cell, and a cell's own shape says whether it holds a
value at all. CSV, TSV and pipe tables, forms copied a label line then a value line, notes
of "label: value" lines, key-value settings, escaped JSON, headers and logs. Cases in our
own words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a web form copied whole: the label on its line, the value on the next
        (
            "Formular kopiert:\nE-Mail *\nj.weber@example.org\nPasswort *\n"
            "Kastanien-Allee-Sieben\nAnmelden",
            ["Kastanien-Allee-Sieben"],
        ),
        ("Login\nmkranz\nKennwort\nHobel-Bank-Span\nWeiter", ["Hobel-Bank-Span"]),
        # JSON escaped inside JSON (a HAR file's body, a log's payload)
        (
            '{"postData": {"text": "{\\"user\\":\\"ben\\",\\"password\\":\\"Kranich&Teich4\\"}"}}',
            ["Kranich&Teich4"],
        ),
        # a server's key glued to "pw", a Redis directive
        ("ldap: binddn cn=reader,dc=example / bindpw = Fels!Brocken-71", ["Fels!Brocken-71"]),
        ("runbook says: requirepass Xq7-Lm2p-Rt9v, still NOAUTH", ["Xq7-Lm2p-Rt9v"]),
        # an "X-" header after a label's colon
        (
            "Auth-Header aus Postman: X-API-Key: 0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3",
            ["0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3"],
        ),
        # every column the header names a secret's, a comma's CSV too
        ("Raum | Türcode | Alarm-PIN\n--- | --- | ---\nLager | 7781# | 40917", ["7781#", "40917"]),
        ("name,abteilung,pin\nOle,Lager,5530\nMia,Büro,8172", ["5530", "8172"]),
        # a password manager's quoted CSV under "pass", spaces inside the cell
        (
            '"url","user","pass","note"\n"shop.example","ole@example.de","Mohn und Mehl 9","main"',
            ["Mohn und Mehl 9"],
        ),
        # a note's "label: value" lines under a heading that names secrets
        (
            'Notiz "Tor + WLAN":\nHoftor: 2290#\nWerkstatt Lager: 5518\nGast-WLAN: Hobel-Span',
            ["2290#", "5518", "Hobel-Span"],
        ),
        ("Türcodes für Samstag:\nEingang 1147#\nLager 3391*", ["1147", "3391*"]),
        # lines of "address:password", one account a line
        (
            "Export der Testkonten:\nole@example.test:Kiefer!31\nmia@example.test:Birke#77",
            ["Kiefer!31", "Birke#77"],
        ),
        # a card in a receipt's row, after a reference glued by a hyphen and a column's gap
        (
            "Datum       Beleg     Karte\n02.01.2026  R-4471   4111 1111 1111 1111   12,00 €",
            ["4111 1111 1111 1111"],
        ),
    ],
)
def test_structured_secret_masked(redactor: Redactor, text: str, secrets: list[str]) -> None:
    out = redactor.redact(text).text
    for secret in secrets:
        assert secret not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a key's value stays in its cell: the next cell is no part of it
        ("System: Kasse | Nutzer: filiale3 | Kennwort: Brezel#Laden5 | Stand: 11/2025", "11/2025"),
        ("Server=db01;Password=Zange!Rad8;User Id=app;", "User Id=app"),
    ],
)
def test_value_ends_with_its_cell(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor.redact(text).text
    assert kept in out
    assert "[PASSWORD]" in out


@pytest.mark.parametrize(
    "text",
    [
        # empty values and keys that only contain a password word
        "[kasse]\nbenutzer = filiale_07\nkennwort =\nkennwort_speichern = nein",
        "demo:\n  user: demo@example.org\n  pass_reset_url: https://example.org/reset\n"
        "  pass_expiry_days: 30",
        "Server=db01;Password=;User Id=app; (integrated auth, no password)",
        "The string we use is Password=;Trusted_Connection=yes;",
        # code about passwords
        "Our rule is Password::min(12)->letters()->symbols(), can you match it?",
        # a note in the password's cell, then the next cell
        "Dienst: Kasse | Nutzer: team-nord | Kennwort: siehe Tresor | Stand: 09/2025",
        # "p:" named as the phone, a sign-in method after the user
        "u: m.kranz\np: 555-0199 (desk phone, call first)",
        "Zugang: admin / SSO (Okta)\nPriorität: hoch",
        # masked or stand-in cells of a secret's column
        "Name;Mail;Passwort;Team\nole;ole@example.de;********;Lager\nmia;mia@example.de;********;Büro",
        '"site","user","pass","note"\n"a.example","a@example.de","[hidden]","x"\n'
        '"b.example","b@example.de","[hidden]","y"',
        # a column named for encryption, not for a key; a licence key's column
        "SSID\tOrt\tVerschlüsselung\nGast\tFoyer\tWPA2-PSK\nIntern\tBüro\tWPA3-SAE",
        "license_key,seats,edition\nACME-PRO-7Q4M-22KD,25,Pro",
        # a stored hash, a processor's test token, a version range, an analytics cookie
        'set system login user admin encrypted-password "$6$abcd$Qw7Er9Ty2Ui4Op6As8Df1Gh3Jk5L"',
        "charge failed for order=4471 token=tok_visa last4=4242",
        '"dependencies": {\n  "jsonwebtoken": "^9.1.0",\n  "express": "4.19.2"\n}',
        "cookie: _ga=GA1.1.998877665.1700000000; theme=dark",
        # base64 of plain JSON settings
        "localStorage key app.prefs:\neyJmb250IjoibGFyZ2UiLCJ0aGVtZSI6ImxpZ2h0In0",
        # addresses with a path or a label's words after the colon
        "git@github.com:acme/shop.git\ngit@gitlab.com:acme/app.git",
        "anna@example.de:Vertrieb\nbob@example.de:Einkauf",
        # a mail's salutation above a quoted question about the password
        "Hallo Herr Roth,\n\ndas Kennwort ist geändert, danke.\n\n"
        "Am 01.12.2025 schrieb Support <support@example.com>:\n"
        "> bitte teilen Sie uns mit, ob Sie Ihr Kennwort geändert haben.",
    ],
)
def test_structured_no_secret_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # twins: the same structures with a value in them stay masked
        ("Name;Mail;Passwort;Team\nole;ole@example.de;Brot#Zeit77;Lager", "Brot#Zeit77"),
        ("[kasse]\nbenutzer = filiale_07\nkennwort = Laden&Tor42", "Laden&Tor42"),
        ("u: m.kranz\np: Kiwi-5521 (case sensitive)", "Kiwi-5521"),
        ("Zugang: admin / Sso!2024x", "Sso!2024x"),
        (
            "cookie: session=9fK2mQ7xL4pR8tW1zY6bN3vC5hJ0; theme=dark",
            "9fK2mQ7xL4pR8tW1zY6bN3vC5hJ0",
        ),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
        ),
        ("rootpw Xk9!mmq2", "Xk9!mmq2"),
    ],
)
def test_twins_stay_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text
