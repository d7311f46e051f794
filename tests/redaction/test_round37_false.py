"""Round 37 (false hits): what a message says a password is made of or where it is, rather
than the password ("the name of my cat plus the year", "printed on the box"); a value that
is no value ("NULL in the settings", "(sent by mail)"), a quoted rule or a sample called an
example; a word before "was my password" that points back at a message sent earlier ("the
third one was my password"); a placeholder number ("xxxx-xxxx-x1234"); a private key's id
whose key the customer says was removed; a CVC label inside an error's code; a mail
server's reply and its trace id. Each has a
twin that must stay masked. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

NEGATIVES = [
    # a recipe of the password's parts, not the password
    "Das Kennwort vom Router ist der Nachname plus Geburtsjahr",
    "the pw is surname plus birthday, always has been",
    "nope that's not my password, it's the account name in the dashboard",
    # where it is, not what it is
    "the router password is written on the label",
    "the temporary password is 'shown in the email', which I deleted",
    # no value, then where it stands; an aside about the value
    "password = NULL in the staging settings",
    "pw: (sending later)",
    # a quoted rule, a sample called an example
    "it refuses my new password ('Passwords must differ from the last five', code 12)",
    "what if my password was 'sample password', would that pass?",
    # a word before "was my password" pointing back at an earlier message
    "oh no, the third one was my password, can you delete it?",
    "sorry, that last thing was my password",
    "falscher Tab, war mein Passwort, bitte löschen",
    # a verb after "to", a noun after "no", before "is my password"
    "the password I plan to use is a passphrase, is that allowed?",
    "kein plan was mein pass is, frag meinen bruder",
    # a mail server's reply and its trace id
    "SMTP says: 535-5.7.8 Username and Password not accepted. See "
    "https://example.org/help?p=Auth  f3c9e1d07b2a4-aa91c4e2d8f1qx55 - gsmtp",
    # a placeholder number
    "my mastercard xxxx-xxxxxx-x4821 was declined",
]

POSITIVES = [
    ("my password is Kitten plus 2019!", "Kitten"),
    ("Das Kennwort vom Router ist Nachname#1987", "Nachname#1987"),
    ("the router password is Label!77", "Label!77"),
    ("pw: (Kiwi)Banane7", "(Kiwi)Banane7"),
    ("my mastercard pw is xx-Kiwi-42x", "xx-Kiwi-42x"),
    ("password = Null4Staging!", "Null4Staging!"),
    ("my passphrase is 'this silly password' with the spaces", "this silly password"),
    ("Kastanienbaum war mein Passwort, bitte löschen", "Kastanienbaum"),
    ("sorry, Hummingbird42 was my password", "Hummingbird42"),
    ("my password is lighthouse and username kmiller", "lighthouse"),
    ("the password I want is Zugspitze88", "Zugspitze88"),
    ("mein Kennwort Brötchen!2024 – Fehler 535 5.7.8 Authentication failed", "Brötchen!2024"),
    ("535 5.7.8 auth failed, password=Tulpe!2024x", "Tulpe!2024x"),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_described_or_pointed_at_is_no_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_values_beside_them_stay_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


_SA = (
    '{{\n  "type": "service_account",\n  "project_id": "fjord-metrics",\n'
    '  "private_key_id": "7d2a9c41e8b3f6a05c1d9e7b2f4a8c6e0b3d5f71",\n{key}'
    '  "client_email": "sync@fjord-metrics.iam.gserviceaccount.com"\n}}'
)


def test_a_private_key_id_whose_key_was_removed_is_an_identifier(redactor: Redactor) -> None:
    text = "here is the json, I took out the private key:\n" + _SA.format(key="")
    assert redactor.redact(text).text == text
    text = "Schlüssel habe ich entfernt:\n" + _SA.format(key="")
    assert redactor.redact(text).text == text


def test_a_private_key_id_is_an_identifier_beside_its_key(redactor: Redactor) -> None:
    # (stop 56: the labelling policy's ids; the key beside it is masked, the id names it)
    text = "here is the json:\n" + _SA.format(key="")
    assert redactor.redact(text).text == text
    key = (
        '  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0\\n'
        '-----END PRIVATE KEY-----\\n",\n'
    )
    text = "I removed nothing from the key file:\n" + _SA.format(key=key)
    out = redactor.redact(text).text
    assert "7d2a9c41e8b3f6a05c1d9e7b2f4a8c6e0b3d5f71" in out
    assert "MIIEvgIBADANBgkqhkiG9w0" not in out


def test_a_cvc_label_inside_an_error_code_is_no_cvc(redactor: Redactor) -> None:
    assert redactor.redact("PAY-CVV-117").text == "PAY-CVV-117"
    assert "517" not in redactor.redact("cvv - hmm, 517.").text
