"""Round 42 (tool formats customers paste): a reader per layout whose place names the
secret although no password word stands right before the value (postfix's sasl_passwd, an
SMTP AUTH LOGIN transcript, a quoted directive or a .netrc password with blanks, an XML
element naming its key in one attribute and its value in another or in its text, TOML's
triple-quoted strings, Wi-Fi keys), and the twins that stay: references, templates,
placeholders, empty values, prompts, other keys, a pgpass wildcard, an empty table cell.
Values, hosts and words are our own, in German and English."""

from __future__ import annotations

import pytest

from redaction import Redactor, precheck
from redaction.recognizers import tool_formats

POSITIVES = [
    # postfix sasl_passwd: the rest of the line after "user:", blanks and "#" included
    ("[mail.gmx.net]:587 praxis.dr.weber@gmx.de:Stethoskop77", "Stethoskop77"),
    ("so sieht sie aus: [smtp.posteo.de]:465 kanzlei@posteo.de:Akte#Zehn", "Akte#Zehn"),
    ("smtp.mailbox.org:587 shop@kerzen-koenig.de:wachs docht flamme", "wachs docht flamme"),
    ("sasl_passwd:\n[smtp.mailgun.org]:587 postmaster:Kupferkessel", "Kupferkessel"),
    # an SMTP AUTH LOGIN transcript: the line after "334 UGFzc3dvcmQ6" ("Password:")
    (
        "S: AUTH LOGIN\n334 VXNlcm5hbWU6\nZnJpdHo=\n334 UGFzc3dvcmQ6\nTW9uZHNjaGVpbjQ=",
        "TW9uZHNjaGVpbjQ=",
    ),
    # a quoted value after a blank: a .netrc password, a directive at a line's start
    ('machine cloud.example.net login greta password "Fahrrad am See"', "Fahrrad am See"),
    ("Host imap.posteo.de\nUser greta\nPass 'zwei Eulen'", "zwei Eulen"),
    ('  passwort "Gewitter zwoelf";', "Gewitter zwoelf"),
    # the key named in one attribute, the value in another or in the element's text
    ('<property name="jdbc.password" value="Tintenfass"/>', "Tintenfass"),
    ('<add value="Kompassnadel" key="FtpPassword" />', "Kompassnadel"),
    ('<entry key="smtp.pass">Ofenrohr</entry>', "Ofenrohr"),
    (
        '<setting name="DbPassword" serializeAs="String">\n  <value>Gartenschere</value>',
        "Gartenschere",
    ),
    # TOML's triple-quoted strings
    ("[auth]\nsecret = '''Nebel ueber Feldern'''", "Nebel ueber Feldern"),
    # Wi-Fi keys anywhere in a line
    ("in meiner wpa_supplicant.conf: psk=Luftballon", "Luftballon"),
    ("mein router hat psk=Holzpferd", "Holzpferd"),
    # a two-cell table row whose label names a secret
    ("| Eintrag | Inhalt |\n|---|---|\n| Passwort | Blumentopf |", "Blumentopf"),
    ("| Field | Value |\n| --- | --- |\n| Root password | kettle |", "kettle"),
    ("| SSID | Gaeste |\n| WiFi key | Sandkasten |", "Sandkasten"),
    ("| Konto | post |\n| Kennwort | Rote Laterne 8 |", "Rote Laterne 8"),
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_tool_format_value_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert precheck.might_contain_secret(text)
    out = str(redactor.redact(text).text)
    assert secret not in out, out


NEGATIVES = [
    # sasl_passwd's twins: a reference, a slot, the docs' word, a map's path, a log line
    "[smtp.posteo.de]:465 kanzlei@posteo.de:${RELAY_PASS}",
    "[smtp.posteo.de]:465 kanzlei@posteo.de:<passwort>",
    "[smtp.posteo.de]:465 you@example.com:password",
    "Server: smtp.gmx.net:587 Benutzer: anna@gmx.de",
    "Fehler: [smtp.gmx.net]:587 connection timed out",
    # AUTH LOGIN's twins: the prompt without an answer
    "AUTH LOGIN\n334 UGFzc3dvcmQ6\n535 5.7.8 authentication failed",
    # quoted directives' twins: a reference, a command, an empty value, another key
    'Pass "${MAIL_PW}"',
    'PassCmd "pass show mail/greta"',
    'machine cloud.example.net login greta password ""',
    'Label "Passwort"',
    # XML's twins: a template, an empty value, a prompt, a setting about passwords
    '<input type="password" name="password" value="{{ form.pw }}">',
    '<entry key="password"></entry>',
    '<input name="kennwort" value="Kennwort eingeben" />',
    '<entry key="password.min.length">12</entry>',
    '<param name="login" value="greta" />',
    # TOML's and Wi-Fi's twins
    'description = """Ein langer Text"""',
    'password = """${DB_PW}"""',
    'psk="${WLAN_KEY}"',
    "key_mgmt=WPA-PSK",
    "psk=XXXXXXXXXX",
    # a table row's twins: a note, a mask, a length, a reference, another label
    "| Eintrag | Inhalt |\n|---|---|\n| Passwort | liegt im Tresor |",
    "| Passwort | ********** |",
    "| Passwort | 14 Zeichen |",
    "| Passwort | ${ROOT_PW} |",
    "| Passwortlänge | 20 |",
    "| Boarding pass | LX1234 |",
    "| Password | same as before |",
    # a pgpass wildcard, an empty table cell in German
    "backup.local:5432:*:sicherung:*",
    "| Gerät | Benutzer | Passwort |\n|---|---|---|\n| Drucker | admin | (leer) |",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_tool_format_twin_stays(redactor: Redactor, text: str) -> None:
    assert tool_formats.spans(text) == []
    assert str(redactor.redact(text).text) == text


@pytest.mark.parametrize(
    "text",
    [
        "| WLAN-Name | Zuhause |\n| WLAN-Schlüssel | Gartenlaube |",
        "| Network name | Attic |\n| Network key | Gingerbread |",
    ],
)
def test_key_value_table_masks_value_not_label(redactor: Redactor, text: str) -> None:
    """A two-column key-value table whose first row's label names another thing of the
    secret's ("WLAN-Name"): no header of a secrets' column, so its labels stay."""
    out = str(redactor.redact(text).text)
    assert "Schlüssel |" in out or "Network key |" in out, out
    assert "Gartenlaube" not in out and "Gingerbread" not in out, out
