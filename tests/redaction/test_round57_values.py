"""Round 57 (values found): a value on the line after its sentence's verb ("neues lautet" ⏎
"Korb+Ente+Lampe"), a list of codes indented under its heading with numbers ("recovery
codes:" ⏎ "  1. …"), the last of the named codes in the next sentence ("der letzte war …").

Each with a twin: the same shape with no secret stays as it is. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("PW geändert, das neue lautet\nBirke+Wolke+Tor\nbitte testen", ["Birke+Wolke+Tor"]),
        ("backup codes:\n  1. 7hq2m9zk\n  2. p4w8r1xd\n(two left)", ["7hq2m9zk", "p4w8r1xd"]),
        (
            "docker run -d -e SECRET_CODE=kelp_harbor_2031"
            " -e DATABASE_URL=postgres://app:Pq7mxz22@db:5432/app busybox",
            ["kelp_harbor_2031", "Pq7mxz22"],
        ),
        ("my .env has\nSMTP_PASS=#Moorsee#2031 # comment\nand it arrives empty", ["Moorsee#2031"]),
        ("Import der .env macht aus\nDB_PASSWORD=Wiese und Bach 9\nnur Wiese", ["und Bach 9"]),
        ('esphome secrets:\nap_key: "pas de mot 42"\nit never starts', ["pas de mot 42"]),
        ("your SFTP step asks for a passphrase — mine is 'heron over the salt marsh'", ["heron"]),
        (
            "Router-Standardpasswort steht hinten drauf, wir haben es nie geändert: 7qW2-kPzM-41Lx."
            " Wir nutzen den Router für VPN.",
            ["7qW2"],
        ),
        ("the wifi in the shop is Shop-Guest, key is ladder-paint-lemon", ["ladder-paint-lemon"]),
        (
            "I set up 2FA and saved the backup codes. using this one on the login page says"
            " invalid: 7k2p-4mzq. the next on the list is 3xw9-hh2d",
            ["7k2p-4mzq", "3xw9-hh2d"],
        ),
    ],
)
def test_the_value_is_masked(redactor: Redactor, text: str, secrets: list[str]) -> None:
    out = redactor.redact(text).text
    for secret in secrets:
        assert secret not in out


@pytest.mark.parametrize(
    "text",
    [
        "PW geändert, das neue lautet\nvorerst geheim\nbitte testen",
        "Mein Passwort ist\nschon geändert",
        "the sha1 of the password file is\n2fd4e1c67a2d28fced849ee1bb76e7391b93eb12\nok?",
        'The key file is the JSON we got; the relevant part:\n\n  "type": "service_account",\n'
        '  "project_id": "kpi-7741",\n',
        "docker run -e NODE_ENV=production -e LOG_LEVEL=debug busybox",
        "my .env has\nSMTP_PASS= # comment\nand it arrives empty",
        "I saved the recovery codes. My order number is AB12-77XY.",
        "your SFTP step asks for a passphrase — mine is 'the same as before'",
        "Router-Passwort ist nie geändert worden, Fehler: E-4471-X.",
        "the wifi in the shop is Shop-Guest, key is on the back",
    ],
)
def test_the_twin_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
