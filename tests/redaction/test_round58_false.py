"""Round 58 (false hits cleared): what stands where a value would and says how the password
is written or what it equals ("alles klein geschrieben", "das gleiche wie beim Login", "a
long passphrase with spaces"); an aside in brackets after a password word (where or when:
"(Kennwort an der Theke)") or in a value's place ("(app password, 16 chars, …)"); a mail's
bold labels and sign-off; a clause after "with passphrase"; a CSV header's quoted labels;
a Stripe account's id, a public key, an address's rest after its scheme; a number printed
on a membership card.

Each with a twin: the same shape with a secret stays masked. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor

NEGATIVES = [
    "mein Passwort ist alles klein geschrieben, ist das ein Problem?",
    "Kennwort ist alles klein mit Bindestrichen, kommt trotzdem nicht rein",
    "login: info@fahrrad-ott.de\npasswort: das gleiche wie beim Shop-Login\nwas nun?",
    "altes Passwort: sicher richtig, kopiert\nneues: erfüllt alle Regeln (14 Zeichen, Ziffern)",
    "Gäste-WLAN: Ott-Gast (Kennwort an der Kasse)",
    "der Abgleich mit unserem Praxis-Konto (PW vorige Woche geändert) holt nichts mehr.",
    "SMTP:\nUsername    mail@ott-rad.de\nPassword    (app password, 16 chars, new)\nfails",
    "Hi team,\n\n*Shop subdomain:* ottrad\n*Agent email:* it@ott-rad.de\n*Auth:* API token (the"
    ' shop requires it now)\n\nThe connector keeps saying "invalid credentials".\n\n--\n'
    "*Ott Fahrrad Handel* | 3 Quay St, Leeds LS1 4DL",
    "Subject: Login with passphrase fails on mobile\n\nHi,\nOn desktop I can log in.",
    "Account: mara@ott-rad.de\nMara",
    'KeePass-Kopfzeile: "Account","Login Name","Password","Web Site","Comments" - korrekt?',
    "We gave the connector a restricted key with read on charges only; Stripe account"
    " acct_9Qa2Lm4Xb7Nc1Pz8",
    "IPsec: leftrsasigkey=0sAQPx7Yb2Kc9Lm4Nq8Rt3Vw6Zy1Ab5Cd9Ef2Gh6Ij0Kl4Mn8Op2Qr6St0Uv4Wx8Yz",
    "HTTP 401 from https://api.ott-crm.io/v2/leads - invalid api key",
    "die Nummer: 2348 9011 7762 0438 — das steht auf unserer Mitgliedskarte",
    "Netzwerk: Ott-Buero\nWPA-Key: erhalten Sie persönlich an der Kasse\nViele Grüße",
    "pg_dump -h 10.0.0.9 -U app shop > nightly.sql (PGPASSWORD set in the cron env) fails",
    'psql "host=db.ott-rad.de port=5432 user=bi" (password via PGPASSFILE) → FATAL',
    "mein Passwort ist alles klein mit Leerzeichen, ca. 25 Zeichen, zu lang?",
    "As requested, test account for the shop:\nID：ott_test\npassword：（sent separately by"
    " phone）\n\nBest regards",
    "Hallo,\nich (fahrrad.ott.rad@web.de <mailto:fahrrad.ott.rad@web.de>) komme nicht in die App."
    " Passwort: ************ (steht so im Passwortmanager, ich sehe es selbst nicht)\nDanke",
    "P.S. Falls ihr euch selbst einloggen wollt: info@ott-rad.de / Gastzugang gebe ich gern frei",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_said_how_or_named_other_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mein Passwort ist Kleinbuch7#rad, ist das ein Problem?", "Kleinbuch7#rad"),
        ("login: info@fahrrad-ott.de\npasswort: Speiche#Nabe42\nwas nun?", "Speiche#Nabe42"),
        ("Gäste-WLAN: Ott-Gast, Kennwort: Pedal-Kette-9", "Pedal-Kette-9"),
        ("SMTP:\nUsername    mail@ott-rad.de\nPassword    kxqv-pmzt-wrlb\nfails", "kxqv-pmzt-wrlb"),
        ("my password is *Lenker 2024!* with the space", "Lenker"),
        ("Account: mara@ott-rad.de\nMara7#Rad", "Mara7#Rad"),
        ('"Shop","mara","Sattel#19","https://ott-rad.de"', "Sattel#19"),
        (
            "Stripe secret key sk_live_4eC39HqLyjWDarjtT1zdp7dc fails",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        ),
        ("meine Karte: 2348 9011 7762 0438, die echte Kreditkarte", "9011 7762"),
        ("P.S. zum Einloggen: info@ott-rad.de / Gastzugang7!", "Gastzugang7!"),
    ],
)
def test_the_same_shape_with_a_secret_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
