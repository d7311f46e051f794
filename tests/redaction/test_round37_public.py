"""Round 37, secrets in pasted code and configuration, and credentials in prose (branch
r37-public).

- PowerShell: ``ConvertTo-SecureString`` in any case and its alias ``ctss``, the literal
  taken whatever its shape when ``-AsPlainText`` says it is the secret; a command's named
  secret parameter (``Set-Secret -Secret x``, ``-ClientSecret 'x'``, ``--secret x``);
- ``mysql -p<value>``: the client's glued password, a word included;
- a credential after a key word earlier on a line ending with a colon, the token alone on
  the next line;
- no value: the next parameter (``$pw -AsPlainText``), a cmdlet's name, a null reached
  through a module (``ngx.null``), a stored hash named by its scheme (``{SSHA}…``), a
  scheme's name (``sha512crypt``), an empty password in a mail URI with its mechanism
  (``imap://PLAIN:user:@host``), a state ("is readable"), the next config key's value below
  an empty password key.

Cases in our own words; each positive fails on round 36, each twin stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('$k = convertto-securestring "qwe" -asplaintext -force # why does the job fail?', "qwe"),
        ('$s = ctss "two words" -AsPlainText -Force', "two words"),
        ("Set-Secret -Name Mail -Secret plum+77 -Vault Local", "plum+77"),
        ("Connect-Svc -ClientSecret 'Rv4~pq81Zt' -Tenant contoso", "Rv4~pq81Zt"),
        ("backup.sh runs: mysqldump -u shop -pkitten shopdb > dump.sql", "kitten"),
        (
            "Die Agentur hat uns einen neuen API-Schlüssel für den Shop erstellt, hier ist er:\n"
            "Hq3vN8_tWz5LpR2xKm7bYc4sJd9fGa6e\nBitte eintragen.",
            "Hq3vN8_tWz5LpR2xKm7bYc4sJd9fGa6e",
        ),
        ('in test the signing secret is literally "sig-resty-jwt". why 401?', "sig-resty-jwt"),
    ],
)
def test_code_and_prose_secrets_masked(redactor: Redactor, text: str, value: str) -> None:
    out = redactor.redact_text(text)
    assert value not in out, out


@pytest.mark.parametrize(
    "text",
    [
        # the twins: no literal, a variable, an expression, a flag
        "$k = ConvertTo-SecureString $plain -AsPlainText -Force",
        "Set-Secret -Name Mail -Secret $value -Vault Local",
        "Set-Secret -Name Mail -Secret (Get-Content secret.txt) -Vault Local",
        "Connect-AzAccount -ServicePrincipal -Tenant contoso",
        "we keep a secret - the party is on friday",
        "mysql -u shop -p -h db shopdb",
        # a commit under a colon line: a hex digest is no key
        "the token for the release, built from this commit:\n7c1e5d9a0b3f4e2d8c6a1b9f0e3d5c7a",
        # nulls, hashes, schemes, empty URI passwords, states, other keys
        "the plugin stores password = cjson.null, is that an empty string?",
        "my password hash in LDAP reads {SSHA}Pq7Hn2Wk9LmX4vZt8RcBdY6sUf1gJ3e – ok?",
        "we moved password_scheme to sha256crypt, old hashes still work?",
        "pop3://LOGIN:anna:@mail.example.org/ has no password at all, right?",
        "Scanner: Password for the admin user is readable. Use a vault.",
        "SMTP_PASSWORD:\nSMTP_SENDER_NAME: Q2hhcmxpZUJyb3du\npassword still to be filled in",
    ],
)
def test_code_and_config_look_alikes_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
