"""Round fifteen of issue 10, the password side's false hits: the causes behind red-team
v15a/v15b's and public-l's altered negatives, each generalised to other wordings in both
languages. Every text is written here (none is a corpus item), in both directions: the
look-alike stays (these fail on round 14's code), the value beside the same words goes."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

# ------------------------------------------------------------- false hits: not a value

NOT_A_VALUE = [
    # another tool's mask after a password key in a log line with an address before it
    "2025-03-02 09:11:45 ERROR imap login user=kasse@baeckerei-ost.de password=[REDACTED] code=401",
    "auth failed for mailbox=info@praxis-lind.at pwd=[FILTERED] reason=timeout",
    "smtp: from=buchhaltung@holzbau-nord.de password=[hidden] result=rejected",
    # "isch/is" then a Swiss or Austrian state word
    "Hoi zäme, mis Passwort isch abgloffe, chönd ihr mir hälfe?",
    "Sorry, s'Kennwort isch gsperrt, was mues ich mache?",
    "Servus, mei Passwort is abglaufen und i kumm ned eini",
    "Mis Passwort isch vergässe gange, gits en Reset-Link?",
    # a reference to a Terraform/HCL variable or local as the value
    'resource "db_user" "app" {\n  password = var.app_db_password\n}',
    "admin_password = local.generated_admin_pw",
    "  password = module.secrets.db_password",
    "Im Modul steht password = each.value.pw, ist das sicher?",
    "master_password = data.vault_generic_secret.rds",
    # the password word in a URL of a message saying its values are examples or in capitals
    "Unsere .env.example (keine echten Werte):\nREDIS_URL=redis://default:password@localhost:6379",
    "Platzhalter in der Doku: mysql://user:passwort@db-host/shop",
    "Template below, no real values: mongodb://admin:password@cluster0/test",
    "amqp://guest:PASSWORD@broker-01:5672/vhost",
    "Connection: smtp://mailer:PASSWD@relay.intern:587",
    # a value asking the reader, words joined in camel case
    'client.password = "YourApiPassword"',
    'cfg.Passwort = "DeinPasswort"',
    'options.pass = "EnterPassword"',
    "db_password: 'yourDbPassword'",
    # a named standard pair (alternatives), and an id closed by a bracket before "?"
    "Kein Passwort mehr, wir wollen Passkeys. Geht WebAuthn/FIDO2? Oder nur TOTP?",
    "Passwords are legacy for us, do you support SAML/OIDC? Our IdP is Keycloak.",
    "Wir nutzen SSO. Wie schalte ich 'Passwort vergessen' ab (Mandant acme-live-02)?",
    "How do I hide the 'forgot password' link for workspace (space id harbor-prod-07)?",
    # an abbreviated label, then its number, after an account
    "Passwort vergessen. Konto: einkauf@moebel-haus.de, Kd.-Nr. 55102934",
    "password reset please, account info@kanzlei-west.de, Best.-Nr. 40017 from March",
    # password rules listed as settings under a policy heading
    "Passwortrichtlinie bei uns:\n- Mindestlänge: 14\n- Sonderzeichen: aktiviert\n- Ablauf: 180",
    "Password policy (from our IdP):\n- min length: 12\n- complexity: enabled\n- history: 10",
    # "pass" as a verb, then an id in the next sentence
    "Could you pass the job id to the devs? It's jb_8Kq2Xz7Lm.",
    "Can you pass it on to billing? The invoice ref is Rx7_kk2Pq9z.",
    "Bitte pass the order id to the warehouse? It is ord_5Tq8Mz2Kx.",
    # a lone word ending in "?" after a question about where the password shows up
    "Wieso taucht das Passwort in der URL auf? Sicherheitslücke?",
    "Why is the password in the export? Compliance?",
]


@pytest.mark.parametrize("text", NOT_A_VALUE)
def test_not_a_password_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


# ------------------------------------------------- guards: the value beside the same words

VALUES = [
    (
        "2025-03-02 09:11:45 ERROR imap login user=kasse@baeckerei-ost.de password=Teig!Rolle84",
        "Teig!Rolle84",
    ),
    ("login: kasse@baeckerei-ost.de Teig!Rolle84", "Teig!Rolle84"),
    ("Hoi zäme, mis Passwort isch Bärgsee!2024, chönd ihr luege?", "Bärgsee!2024"),
    ("Servus, mei Passwort is Donau#Welle7 und geht ned", "Donau#Welle7"),
    ('resource "db_user" "app" {\n  password = "Vr8!mossGrün"\n}', "Vr8!mossGrün"),
    ("admin_password = Loc4l!Gener8", "Loc4l!Gener8"),
    ("my connection URL is mysql://shop:password@db-host/shop", "password"),
    ("Unsere .env (echte Werte):\nREDIS_URL=redis://default:Kx7!pp2q@cache:6379", "Kx7!pp2q"),
    ("amqp://guest:PASSWORT9@broker-01:5672/vhost", "PASSWORT9"),
    ('client.password = "dummyPassword"', "dummyPassword"),
    ('cfg.Passwort = "Mein!Passwort22"', "Mein!Passwort22"),
    ("Das alte Passwort war Haus/Maus22", "Haus/Maus22"),
    ("How do I change the password (the current one is Harbor-Prod!07)?", "Harbor-Prod!07"),
    ("Account: einkauf@moebel-haus.de, Pw. Sofa!Kissen31", "Sofa!Kissen31"),
    ("Zugänge für den Test:\n- admin: Wolke7\n- tester: Regen!Bogen5", "Regen!Bogen5"),
    ("what's the pass for the vpn? Jk8#ffq1", "Jk8#ffq1"),
    ("the wifi password? blumenwiese", "blumenwiese"),
]


@pytest.mark.parametrize(("text", "secret"), VALUES)
def test_password_value(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a round-15 value beside a false-hit phrasing", text, secret)
