"""Round 59: values found (a config key whose last part is glued to "pw", a card's expiry and
code on a quoted mail's lines, a form field's lower-case expiry key with a YYMM value, a
security question's answer given in the same sentence, a key after a guest network named)
and false hits cleared (a gift card's and a delivery note's numbers, a list of labelled
fields one of whose values is masked, a second clause's subject, when a password was last
changed, what it is doing, a shell default's placeholder, a JDBC URL's port and properties,
a mail header's encoded word, an asking word's slot with sample digits, a serial number
before a code, a name key's value, a token's name with its state, a null or "change this"
secret, an unquoted description of the field).

Each with a twin: the same shape with the other answer. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor

MC = "5425233430109903"  # Luhn-valid, in Mastercard's range


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("openldap env:\nLDAP_BINDPW=Qe7-tvrM2x\nLDAP_BASE=dc=lager,dc=de", ["Qe7-tvrM2x"]),
        ("SLAPD_ROOTPW=Hx4!pLm9zz in the compose file", ["Hx4!pLm9zz"]),
        (
            "see below\n\n> Am 3. Mai schrieb Jo:\n> meine Karte:\n> 4012 8888 8888 1881\n"
            "> 07/29\n> 412\n> Jo",
            ["07/29", "412"],
        ),
        (">> card 4012 8888 8888 1881\n>> exp 11/28\n>> cvc 903", ["11/28", "903"]),
        (f"request: cardpan={MC}&cardexpiredate=2803&cardtype=M", ["2803"]),
        (f"ccnum={MC}&ccexpdate=0931", ["0931"]),
        ("Sicherheitsfrage ist die Lieblingsstadt meiner Oma: Görlitz. Passt das?", ["Görlitz"]),
        ("security question was my first teacher's surname - it's Okafor", ["Okafor"]),
        ("Security question answer: Kestrel", ["Kestrel"]),
        # the card stays a card when the gift card is the one denied
        (f"bitte die Kreditkarte statt der Geschenkkarte: {MC}", [MC]),
        ("Passwort geändert und das neue heißt waldmeister", ["waldmeister"]),
        ("POSTGRES_PASSWORD: ${PG_PASS:-Tanne-Fels-47}", ["Tanne-Fels-47"]),
        ("ftp://lager:Kx9-qq7Lp", ["Kx9-qq7Lp"]),
        ("serial number 55120933, recovery code 48213377", ["48213377"]),
        ("about the pw: it's otter kelp bay moon, all lowercase with spaces", ["otter kelp"]),
        (
            "Guest network for visitors is Hof-Gast, key: plumJAM_42 (on the fridge too)",
            ["plumJAM_42"],
        ),
        ("COOKIE_SECRET = kq8Zt2mP9xLw4vR7nB3s", ["kq8Zt2mP9xLw4vR7nB3s"]),
        ('APP_JWT_SECRET="Change-It-Kx9qq7Lp2Zt"', ["Kx9qq7Lp2Zt"]),
        ('if obj.password == "this cool password":', ["this cool password"]),
        (
            "GIT_USER=ghp_R8x2kLq9ZmT4vWn7YpB3cD5fG6hJ1kL0sA2q",
            ["ghp_R8x2kLq9ZmT4vWn7YpB3cD5fG6hJ1kL0sA2q"],
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
        f"Geschenkkartennummer {MC}, Restguthaben 20 €, wird nicht abgebucht",
        f"Lieferscheinnummer {MC} fehlt im Import seit Dienstag",
        "Zugang laut Willkommensmail:\nSFTP-Benutzer   k77a01\nSFTP-Passwort   ********\n"
        "Datenbank       db_k77a01\nDB-Passwort     ********\nPIN             kommt per Post",
        "Benutzer ist it@gaertnerei-holm.de, Passwort unverändert und der Server heißt "
        "mail.gaertnerei-holm.de",
        "my password unchanged and the host is db02.lager-nord.de, still fails",
        "Kennwort: wie gehabt (zuletzt im März geändert)",
        "my pass is expiring 12 Jan, where do I renew the season pass?",
        "docker-compose:\n  POSTGRES_PASSWORD: ${DB_PASS:-changeme}\nlogs: auth failed",
        "jdbc:sqlserver://sql02:1433;databaseName=Lager;integratedSecurity=true",
        "subject shows as =?utf-8?q?Neues_Passwort_f=C3=BCr_Ihr_Konto?= in the ticket",
        "Zugangsdaten im Format name@firma.de / IhrPasswort123 eintragen, sagt die Anleitung",
        "Login as user@example.com / YourPassword1 per the setup guide, right?",
        "Sicherheitsfrage: Lieblingsfarbe? Die weiß ich nicht mehr",
        "the security question asks for my first pet's name, which I forgot",
        "Lizenz läuft ab, expdate=2026 steht in der Datei",
        "Backup-Code hab ich keinen mehr, nur die Seriennummer vom Stick: 20417733. Reicht das?",
        "Sicherheitsfrage: Lieblingslehrer",
        "about the pw: it's the same as before, all lowercase with spaces",
        "about the pw: it's three words, all lowercase with spaces, 19 chars. too long?",
        "Guest network for visitors is Hof-Gast, key: on the fridge",
        "app.ini: COOKIE_USERNAME = shop_login_name, COOKIE_NAME = shop_session",
        'staging .env: HCAPTCHA_SECRET="0x0000000000000000000000000000000000000000" (test key)',
        'example.env still has APP_JWT_SECRET="CHANGE-THIS! VERY IMPORTANT!" on staging',
        "Der Token-Refresh klappt nicht: 'access_token expired' nach 60 Minuten.",
        "Ihre Sicherheitsfrage lautet: Geburtsort Ihres Vaters. Die Antwort bitte.",
        "Jitsi .env as shipped:\nLDAP_BINDDN=cn=admin,dc=example,dc=com\n"
        "LDAP_BINDPW=LLDAP admin password",
    ],
)
def test_no_secret_is_found(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
