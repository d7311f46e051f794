"""Round 35, codes and credentials as a service's text or a listing gives them.

- a one-time code addressed to its reader ("Your code is: …", "Ihr Code … lautet …", "… is
  your code"), told to be entered after a colon ("Enter this code …:" then the code, read a
  character at a time or as a device code of capitals), or in the imperative of a service's
  text ("Use … to sign in"); a pairing code ("Kopplungscode"); a device's security key of
  mixed groups;
- a key's value read again when a qualifier took it ("app key <hex> - …"), after an aside
  in brackets ("api key (encoded) …"), as a shell default ("${TOKEN:-…}"), after a tag
  question ("…, oder? Der ist: …"), sent "im Header"; a weak secret after a program's key
  name and a space ("client_secret s3cr3t");
- a security word after "lautet:", an application password's groups, rows under a compound
  user word ("Datenbank-User"), a listing whose other rows a program masked.

Cases in our own words; each positive fails on round 34, each twin stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('she forwarded it: "Your code is: P4WD-7QTR" and I typed it', "P4WD-7QTR"),
        ("SMS sagt: Ihr Code für den Kauf über 54,90 EUR lautet 630 118. Geht nicht", "630 118"),
        ("from my bank: 771 204 is your code to confirm the transfer", "771 204"),
        ("text says 'Use 55-18-42 to log in. Never share it.'", "55-18-42"),
        ('got "Enter 9021 to verify your phone" twice now', "9021"),
        ("the mail said\nType this code to continue:\n\n   M 7 Q 2 X 8\n\nthanks", "M 7 Q 2 X 8"),
        ("TV says: Geben Sie den Code unter example.org/link ein: HTRW-KPLZ", "HTRW-KPLZ"),
        ("der Kopplungscode 6042 ist falsch sagt die App", "6042"),
        ("Ihr Sicherheitsschlüssel: 4hQ7 Rx2k 9LmP. Bitte eingeben", "4hQ7 Rx2k 9LmP"),
    ],
)
def test_code_is_masked(redactor: Redactor, text: str, value: str) -> None:
    masked = redactor.redact(text).text
    assert value not in masked, masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Grafana: api key 4c7e1a9b3d5f2e8c6a0b4d7f1e3c5a9b, app key "
            "a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0 - dashboards load fine",
            "a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0",
        ),
        (
            "Kibana: cloud id dep-1:ZXUtd2VzdC0yLmdjcC5lbGFzdGljLmlvJGFiYyRkZWY=, "
            "api key (encoded) VGVzdEtleUZvclJvdW5kMzU6cVo4bVQycFg3dkxtTjRwUTJy== – "
            "'security_exception'",
            "VGVzdEtleUZvclJvdW5kMzU6cVo4bVQycFg3dkxtTjRwUTJy",
        ),
        ("WORKER_TOKEN=${TOKEN:-Rk29xLq7Vm3pZt8W} is in the compose file", "Rk29xLq7Vm3pZt8W"),
        (
            "Ich nehm den Access Token, oder? Der ist: tk_9Qm2Lx7Vr4Pz8Kw1Nc6Hb3",
            "tk_9Qm2Lx7Vr4Pz8Kw1Nc6Hb3",
        ),
        (
            "token im Header: 0a1b2c3d4e5f60718293a4b5c6d7e8f9, trotzdem 403",
            "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        ),
        ("dev realm: client_id web-dev, client_secret d3vk3y (just dev)", "d3vk3y"),
    ],
)
def test_credential_is_masked(redactor: Redactor, text: str, value: str) -> None:
    masked = redactor.redact(text).text
    assert value not in masked, masked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Im Brief steht: "Ihr Sicherheitswort lautet: Zitronenbaum". Und jetzt?', "Zitronenbaum"),
        (
            "Anwendungspasswort aus WordPress, echtes: Qz4k Lm8p Rt2v Wx6n Bc9d Fg3h. Geht nicht",
            "Wx6n Bc9d",
        ),
        (
            "Die Test-User fürs Staging:\nqa_one  / Moewe77!\nqa_two / Kran-Haken9\nDanke",
            "Moewe77!",
        ),
        (
            "listing from the router:\n  admin   ********\n  guest   Gast#Zugang5\n"
            "  ops     ********",
            "Gast#Zugang5",
        ),
    ],
)
def test_password_is_masked(redactor: Redactor, text: str, value: str) -> None:
    masked = redactor.redact(text).text
    assert value not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        # an addressed code that is no value, a code word's talk
        "Your code is wrong, please check line 42 again",
        "Ihr Code für die Filiale lautet anders, bitte beim Markt fragen",
        "your zip code is 90210 right?",
        "use 2024 to filter the report for log in events",
        "enter the code and press OK, the screen says 1200 steps",
        "use port 8443 to sign in through the proxy",
        # a hardware security key's serial number
        "Sicherheitsschlüssel Seriennummer 33018274 wird nicht erkannt",
        "my security key 5 NFC stopped working",
        # key words with no value
        "the client_secret field (in the form) is empty",
        "api key (prod) stopped working yesterday",
        "brauch ich den Token, oder? Der ist doch abgelaufen",
        "the api key header: X-Api-Key",
        # a security word's talk, a listing with nothing in plain
        "Das Sicherheitswort lautet anders als gedacht",
        "listing:\n  admin   ********\n  guest   ********\nall masked",
        "Die Datenbank-User für die Anbindung sind angelegt, welche Rechte brauchen sie?",
        "Service-Account ops@example-project.iam.example.com, Projekt example-project - fehlt?",
        # an indented JSON's other fields beside a masked key
        'config:\n  "type": "service",\n  "key_id": "9c1e4b7a2d5f8e0c3b6a9d2f5e8c1b4a7d0e3f6c",\n'
        '  "x": "y"',
    ],
)
def test_twin_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
