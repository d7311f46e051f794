"""Round 53 (false hits by a text's structure, r53-false).

- **A record's field names are no value** (``record_fields``): in an export's or a QR
  code's record, the field after a login's user is the next field's *name* — a label
  followed by its own colon and value ("…, Aussteller: OneClickActions"), a camelCase key
  with its own value ("| timesUsed 14", "(itemUuid 576f14fa, …"), a header row of field
  names ("URL,username,password,totp"), or an item of a quoted list of field names
  (``["password", "secret"]``).
- **An empty field does not take the next line** (``record_fields``): a value that starts
  with an escaped line break ("FLY_TOKEN=\\nBACKUP_ENABLED=true") is the next key's.
- **A password file's line is a hash** (``record_fields``): "admin:$apr1$…" (.htpasswd,
  /etc/shadow) is a user and a stored hash, which ``words`` already judges no password.
- **A licence key is no secret, however its label is built** (``value_claims``): a
  licence label as a compound's head ("Akaunting-Lizenzschlüssel") and a vendor prefix of
  two characters ("OCA-DA-4F7K-…").

Corpus items and paraphrases of our own (EN and DE, other words and order, typos); twins
stay masked.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.record_fields import field_name

UNCHANGED = [
    # a record's key with its own value, read as a login's password
    "Firefox saved logins: hostname https://portal.oneclickactions.com | username tgreen "
    "| timesUsed 14",
    "Chrome passwords export: origin https://shop.oneclickactions.com | username kfischer "
    "| timesUsed 3",
    "Bitwarden item: uri https://app.oneclickactions.com | username mhuber "
    "| revisionDate 2024-05-01",
    "login: lena@firma.de | lastUsed 1725708208 | syncCount 4",
    "The alias alias.removing005@passinbox.com (itemUuid 576f14fa, createTime 1725708208) "
    "is imported as an empty login.",
    "The account max@web.de (itemId 8f2c11aa, lastUsed 1725708208) shows up twice.",
    # a label with its own colon and value
    "2FA einrichten, der Text unter dem QR-Code: Konto: jana@praxis-klein.de, "
    "Aussteller: OneClickActions",
    "the QR code text says Account: lena@firma.de, Issuer: OneClickActions",
    "unter dem QR-Code steht: Konto: max@web.de, Herausgeber: Sparkasse",
    "Konto: jana@praxis-klein.de; Ausstellr: OneClickActions",
    # a header row, a list of field names
    "from LastPass: URL,username,password,totp,extra,name\nhttps://oneclickactions.com,"
    "sbauer,,,,OCA",
    'filter_parameters: ["password", "secret"] ist gesetzt, den Schlüsselnamen sehe ich '
    "trotzdem – ist das ok?",
    'sensitive_fields = ["password", "token"] is set but the log still has the key names',
    # an empty field before an escaped line break
    "Servus, im config.ini steht FLY_TOKEN=\\nBACKUP_ENABLED=true und der Sync bricht ab.",
    "in der .env steht DB_PASSWORD=\\nDB_HOST=localhost und der Container crasht",
    "the ini file says password=\\nuser=admin after the export",
    "SMTP_PASS=\\nSMTP_HOST=mail.oneclickactions.com - the sync stops there",
    # a password file's line: a user and a stored hash
    "this line from the .htpasswd: admin:$apr1$x7Kq2Lm9$Rt4Vw8Zb1Nc3Yd6Hf5Jp0. what is the "
    "password?",
    "aus /etc/shadow: deploy:$6$rounds=5000$Ab12Cd34$kQ9mZp2Lx7Vt4Rw8Ys1Nb6Hc3Jd5Fg0Ee. – "
    "welches Passwort ist das?",
    "in der .htpasswd stand: jens:$apr1$Qw3rTy7u$ZxCvBnM1aSdFgHjK2lPoI. ist das mein Passwort?",
    "from our .htpasswd file: ci-bot:$apr1$9xQ2kLm7$Vw8Zb1Nc3Yd6Hf5Jp0Rt4. is that the password?",
    "pw hash in htpasswd: lena:$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
    "htpasswd Zeile vom alten Server - backup:$apr1$Lm9x7Kq2$Hf5Jp0Rt4Vw8Zb1Nc3Yd6. geht das?",
    # licence keys
    "license key for the desktop agent: OCA-DA-4F7K-9QX2-LM8T-ZR3W",
    "Akaunting-Lizenzschlüssel für die App 'Double-Entry': AKT-7Q2X-K9LM-4WNH-8BZC. Der "
    "Workflow soll prüfen, ob die App aktiv ist.",
    "Shopware-Lizenzschlüssel für das Plugin 'Mega-Menu': SWP-7Q2X-K9LM-4WNH-8BZC, läuft das?",
    "Our product key is X2-4F7K-9QX2-LM8T",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- twins: the same structures holding a secret stay masked -------------------------------

MASKED = [
    ("username tgreen | password Sommer2024!", "Sommer2024!"),
    ("login: lena@firma.de | Hundename7!", "Hundename7!"),
    ("Konto: jana@praxis-klein.de, Passwort: Aussteller2024", "Aussteller2024"),
    ("DB_PASSWORD=Sommer2024\nDB_HOST=localhost", "Sommer2024"),
    ('passwords = ["Sommer2024!", "Winter2023?"]', "Sommer2024!"),
    ("Lizenzschlüssel-Passwort: Xy7!kLm9qR", "Xy7!kLm9qR"),
    ("my login is admin:Sommer2024!", "Sommer2024!"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


def test_field_name_forms() -> None:
    text = "a | username tgreen | timesUsed 14"
    assert field_name(text, text.index("times"), len(text))
    text = "Konto: x@y.de, Aussteller: OCA"
    assert field_name(text, text.index("Aus"), text.index(":", 10))
    text = "user x | password Sommer2024"
    assert not field_name(text, text.index("Sommer"), len(text))
    text = "x=\\nNEXT=1"
    assert field_name(text, 2, len(text))
    text = "x=\\nSommer2024"
    assert not field_name(text, 2, len(text))  # no key after the break: left to the reader
    text = "URL,username,password,totp"
    assert field_name(text, 0, len(text))
    text = "apfel,birne,kirsche"
    assert not field_name(text, 0, len(text))  # no field name among the words
