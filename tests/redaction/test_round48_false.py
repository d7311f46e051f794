"""Round 48 (false hits in single messages): what the message says a found value is.

- a null literal in a slot ("password = NULL"): nothing is set (``stand_ins``);
- an authentication method's or a SASL mechanism's name ("it's cert auth", "auth type
  OAuth2", "AUTH PLAIN XOAUTH2") and a password manager's name ("Bitwarden vs …"): how one
  logs in or where one keeps passwords, no value (``stand_ins``);
- a format string's named slot ("{env[DB_PASS]}", "{this.DB_USER}"): the program puts the
  value there (``stand_ins``);
- the words after a quoted prompt's closing quote ("prints 'Vault password:' and waits"):
  the prompt asked, the sentence goes on (``stand_ins``);
- a SOPS-encrypted value's parts (``ENC[AES256_GCM,data:…,iv:…,tag:…]``) (``stand_ins``);
- a remark in parentheses in a key's slot ("Key: (the one on the router sticker)")
  (``field_reading``);
- "the new one is …" after a user name, an SSID, an address named in its sentence, a value
  typed "into the coupon field", a coupon's code under its label, a format illustrated
  ("a 4-digit passcode like 1234") (``value_claims``);
- a document named in a compound with digits ("In der boto3-Doku steht als Beispiel …")
  (``published_values``).

Each with a twin: the same sentence shape with a real secret stays masked. Values, names
and hosts are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # a null literal in the slot
    "the export shows pin = NULL and salt = NULL for every member, is that expected?",
    "our settings.py has DB_PASSWORD = None and the job still connects somehow",
    # how one logs in, not with what
    "the broker uses no password for the bridge, it's cert auth. Can your MQTT node do that?",
    "mailbox: user lager@baeckerei-ost.de and auth type XOAUTH2, there is no password at all",
    # a password manager's name beside a password word
    "We compared password managers for the office: Vaultwarden vs Passbolt 4 - which one works?",
    # a format string's named slot
    'url = "redis://{cfg.REDIS_USER}:{env[REDIS_PASS]}@cache.intern:6379/0" - resolved?',
    # the words after a quoted prompt
    "restic prints 'enter password for repository:' and hangs - how do I feed it from a file?",
    'sudo shows "[sudo] password for deploy:" and the step times out after that',
    # a SOPS-encrypted value: ciphertext, iv and tag
    (
        "committed the encrypted file, is that safe?\n"
        "smtp_password: ENC[AES256_GCM,data:Qp4mZ8xTr2,iv:Hd7Lw3Nc9Bv1Ks5Ty8Rf2Jq6Mz0Px4Ge,"
        "tag:Fa9Km2Wq7Xc4Nb1Rt6Ly3Z==,type:str]"
    ),
    # a remark in a key's slot
    "SSID: Werkstatt_5G\nKey: (printed on the back of the box)\nstill no connection",
    # "the new one" stands for the user name its sentence named
    "just so you know, the old user name was Kranich and the new one is kranich.2026",
    # a document's example, the document named in a compound with digits
    (
        "In der s3fs-Doku steht als Beispiel secret_key = Xq7LpT2mW9vR4nZ8kB3cY6hJ1dF5gS0aQeUiOoPl."
        " Reicht das Format so?"
    ),
    # typed into a field that holds no secret
    'the shop says "not valid" when I type Kompass77 into the voucher field, the mail said ok',
    # a coupon's code under its label
    "Rabattcode: Herbst!2026Laub - der Shop sagt abgelaufen",
    # a format illustrated by a value
    "the kiosk wants a 6-digit code like 123456, is that just an example or the real one?",
    "Can I set a 4-digit PIN for the door panel, like 1234? Only asking about the format",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- twins: the same shapes with a real secret stay masked ---------------------------------

MASKED = [
    # a value beginning like a null literal is a value
    ("the export shows pin = Null8ach!t and the member cannot log in", "Null8ach!t"),
    ("our settings.py has DB_PASSWORD = None4Me!2024 and the job fails", "None4Me!2024"),
    # the certificate's password, given
    ("the broker wants the cert password, it's Hx8!fichte3 and it still fails", "Hx8!fichte3"),
    # a password manager named, then the master password
    ("my Vaultwarden master password is Meise!Ast41 and the sync fails", "Meise!Ast41"),
    # a URL's password where the named slot was
    ('url = "redis://worker:Tq9!birke5@cache.intern:6379/0" - does that resolve?', "Tq9!birke5"),
    # the prompt, then the customer's answer
    ("restic prints 'enter password for repository:' and I type Wz4!linde8 there", "Wz4!linde8"),
    ("vault password:'Ry6#espe2' and then it fails", "Ry6#espe2"),
    # a plain password beside a SOPS value
    (
        "smtp_password: ENC[AES256_GCM,data:Qp4mZ8xTr2,iv:Hd7Lw3Nc9Bv1Ks5Ty8Rf2Jq6Mz0Px4Ge,"
        "tag:Fa9Km2Wq7Xc4Nb1Rt6Ly3Z==,type:str]\nold_password: Lb5!ulme7Hang",
        "Lb5!ulme7Hang",
    ),
    # the key itself in the slot's brackets
    ("SSID: Werkstatt_5G\nKey: (Gx7!kirsche2)\nstill no connection", "Gx7!kirsche2"),
    # "the new one" after a password
    ("just so you know, the old password was Kranich and the new one is kranich.2026", "2026"),
    # the customer's own key after the document's example
    (
        "In der s3fs-Doku steht als Beispiel secret_key = Xq7LpT2mW9vR4nZ8kB3cY6hJ1dF5gS0aQeUiOoPl."
        " Unserer ist aber secret_key = Hm2KwQ8xZ5vT1nR7pB4cY9hJ3dF6gS0aLeUiOoPx.",
        "Hm2KwQ8xZ5vT1nR7pB4cY9hJ3dF6gS0aLeUiOoPx",
    ),
    # typed into a secret's field
    ('the app says "not valid" when I type Kompass77 into the password field', "Kompass77"),
    ('the app says "not valid" when I type Kompass77 into the verification code box', "Kompass77"),
    ('I put "Kx9!mond#Tal" in the field (no quotes) and it still bounces', "Kx9!mond#Tal"),
    ("I typed my password Kompass77 into the voucher field by accident, delete it", "Kompass77"),
    # a password's label beside the coupon's
    ("Rabattcode und Passwort: Herbst!2026Laub - geht beides nicht", "Herbst!2026Laub"),
    # the writer's own, in the format's words
    ("my 4-digit passcode is 5829 and the door refuses it", "5829"),
    ("I use a 6-digit PIN like 582914 on the panel and it gets rejected", "582914"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_of_the_same_shape_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
