"""Round 23: credentials, cards and card details in admins' pastes and support chat. What
must stay: a record's fields about a secret (its digest, version, when it was made or last
used), timestamps, typed ULID ids, a UUID under a session's or a client's key, another
tool's ciphertext tag, an SSH public key's type, a file's name in a path before a colon,
a tracking number's zeros after "token", a sentence after the one naming a secret, a slot's
name in capitals, a JWT header talked about, an unsigned JWT called an example, an error
tracker's DSN, a private key's quoted start. What must go: a 2FA set-up key named in
German or by its QR code, a card number the customer asks about after calling it a
reference, an expiry beside a card named by its last digits, a CVC given by a pronoun after
a remark. Cases in our own words; each positive fails on round 22's code."""

from __future__ import annotations

import pytest

from redaction import Redactor

# --- what must stay ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a record's fields about a secret, not the secret
        'Audit export row: "webhook_secret_rotated_at": "2025-03-02T08:41:17+01:00", ok?',
        'die API liefert "token_sha256": "9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c" zurück',
        'config has "signing_key_version": "v7K2q" and "api_key_status": "revoked-2025"',
        "Im Log: apiKeyCreatedAt=2024-07-01T11:22:33Z und apiKeyLastUsed=2024-07-09T10:00:00Z",
        # typed ULID ids and a UUID under a record's key
        "Bei jedem Lauf steht job_01HZ8XK4M2QW7R9T5V3N6P1B0D in der Liste, ist das geheim?",
        "the secrets tab shows sec_01J9Q3W5E7R2T4Y6V8K0PAS1DF as the item's id",
        '{"account": "7d1e4c2a-9b8f-4e3d-a6c5-0f1e2d3c4b5a", "tier": "pro"}',
        "client = 4f6a2b9c-1d3e-4a5b-8c7d-9e0f1a2b3c4d (workspace settings)",
        # another tool's ciphertext, tagged as such
        'Der Export hat "secret": "vault:v1:Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0", normal?',
        "spring config: client-secret: '{cipher}8f1c2e3d4a5b6c7d8e9f0a1b2c3d4e5f'",
        "jasypt: db.api.key=ENC(Gk7sP2xQ9vL4mN8rT1wY6zB3cF5hJ0dK)",
        # an SSH public key by its type (public by design)
        "Unser Host-Key lautet ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx7q9kLm2Np4Rt8Vw",
        "server host key is\necdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdA",
        # a key file's name in a path, then an error message
        "nginx: [emerg] cannot load /srv/tls/site.key: no such file or directory",
        "error reading C:\\certs\\private.key: access is denied by policy",
        # a tracking number's zeros after a hardware token
        "security token parcel: 9261 2900 0000 0000 0000 11 via DHL",
        # the sentence after the one naming a secret names its own things
        "Our scanner calls these possible secrets. Fine. Then it lists "
        "evt_01J2ABCDEFGHJKMNPQRSTVWXYZ and stops.",
        # a slot's name in capitals
        'client.setAuth("USERNAME", "SECRET") as the README shows, the real ones come later',
        # a JWT's header talked about after a token word
        'the token "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9" is only the header part, isnt it?',
        # an unsigned JWT the message calls the documentation's example
        "In der Doku steht als Beispiel eyJhbGciOiJub25lIn0.eyJ1c2VyIjoiZGVtbyJ9. - "
        "ist der gültig?",
        # an error tracker's DSN (its key is public by design)
        "DSN: https://4b7e1f0a9c2d43e8b5a6@o917264.ingest.us.sentry.io/4507712",
        # a private key's quoted start, no key material in it
        'the file starts with "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA'
        '..." so is it a real key?',
        # expiry and a card's tail: not when something else expires or no card is named
        "Vertrag endet 2025, gültig bis 09/27",
        "my licence ending 4821 is valid until 03/27",
        "Lieferung endet 4821, gültig bis 03/27",
        # a pronoun after a CVC label giving a year, not a code
        "the cvc field rejects it, it is 2024 now",
        # a question about which card, not about the number
        "order 4111 1111 1111 1111. Is it a visa or a mastercard you accept?",
    ],
)
def test_negatives_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- what must go -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a 2FA set-up key named in German words or by its QR code
        ("Zwei-Faktor: der geheime Schlüssel lautet MFRG GZDF MZTW Q2LK", "MFRG GZDF MZTW Q2LK"),
        (
            "two-factor page: QR code did not scan, the text key is KRSX G5CT MVRX EZLU",
            "KRSX G5CT MVRX EZLU",
        ),
        (
            "2-Faktor-Anmeldung neu: unter dem QR steht der Schlüssel NB2W 45DF OIZA 4Q3L, danke",
            "NB2W 45DF OIZA 4Q3L",
        ),
        # a card number the customer asks about, whatever it was called
        (
            "Bestellnummer 4111 1111 1111 1111 - ist das meine Kreditkarte?",
            "4111 1111 1111 1111",
        ),
        ("ticket 5500 0000 0000 0004, wait, is this my card?", "5500 0000 0000 0004"),
        ("Referenz 4012888888881881, ist das eine Kartennummer?", "4012888888881881"),
        # an expiry beside a card named by its last digits
        ("card ending 4444, expiry 11/29", "11/29"),
        ("Kreditkarte endet auf 0071, Ablaufdatum 08/28, Zahlung hängt", "08/28"),
        ("the one ending in ****0125 expires 03/28", "03/28"),
        ("Karte: die letzten vier Ziffern sind 1234, gültig bis 09/27", "09/27"),
        # a CVC given by a pronoun after a remark
        ("die Prüfziffer steht hinten, sie lautet 415", "415"),
        ("security code - on the back, thats 902", "902"),
        ("Sicherheitscode? hab ich, es ist 733", "733"),
        ("cvc... the small one on the back, it's 5810", "5810"),
    ],
)
def test_secrets_go(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, out
