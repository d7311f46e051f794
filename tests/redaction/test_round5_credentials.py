"""Round five of issue 10, credentials: the causes behind red-team v5's and public-d's
credential misses and false hits, each checked on variants written here (none of them is a
corpus item)."""

from __future__ import annotations

import pytest

from redaction import Redactor

# (cause, text, the secret that must not survive)
SECRETS: list[tuple[str, str, str]] = [
    # a German key word typed without its umlaut
    ("ascii umlaut", "der API-Schluessel lautet Hq4mZ8vLx2Tn7RwP", "Hq4mZ8vLx2Tn7RwP"),
    (
        "ascii umlaut",
        "Schluessel fuer die Schnittstelle: 9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    ),
    ("ascii umlaut", "Lx9Tq2Wm7Rk4Pz8NvB3s ist der Schluessel", "Lx9Tq2Wm7Rk4Pz8NvB3s"),
    # a key in a URL path rather than after "?", inside a URL that is another key's value
    (
        "path parameter",
        "intakeKey: https://metrics.example.net/intake/app_key=MonthlyReport42xyz",
        "MonthlyReport42xyz",
    ),
    (
        "path parameter",
        "hookSecret = https://svc.example.org/hook/application_key=WrongSize777abc",
        "WrongSize777abc",
    ),
    # a custom auth header carries the secret whatever it looks like
    ("auth header", "X-Api-Key: staging_shared_key", "staging_shared_key"),
    ("auth header", "  x-vault-token: rootdevtoken", "rootdevtoken"),
    # an SNMP community string is a device password
    ("community string", "snmp_community: Tr@ffic-42", "Tr@ffic-42"),
    ("community string", 'community_string = "n0c!view"', "n0c!view"),
    # numeric tokens
    ("numeric token", "token: 8273645190", "8273645190"),
    ("numeric token", "access_token=55012398471236", "55012398471236"),
    # a key-length hex value given to a key, even when a long run in it looks like filler
    ("hex key", "api key: aaaaaaaaaaaaaaaaaaaaaaaa12345678", "aaaaaaaaaaaaaaaaaaaaaaaa12345678"),
    (
        "hex key",
        "app_key = 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0123456789'",
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0123456789",
    ),
    # more providers' documented prefixes, masked anywhere
    (
        "provider prefix",
        "docker login with dckr_pat_Vw3xQ9zLp2Mn7Rt5Ky8Bc4Hd1Fg",
        "Vw3xQ9zLp2Mn7Rt5Ky8Bc4Hd1Fg",
    ),
    (
        "provider prefix",
        "sbp_0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
        "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    ),
    ("provider prefix", "r8_Zq5Wn2Xk8Lm4Rt7Pv9Bc3Hd6Fg1Jy0Ks", "Zq5Wn2Xk8Lm4Rt7Pv9Bc3Hd6Fg1Jy0Ks"),
    # a key word ending its line, the token alone on the next
    ("next line", "here is the access token\nQm3vX8kZ2pL7rT9wN4yB6c", "Qm3vX8kZ2pL7rT9wN4yB6c"),
    (
        "next line",
        "unser API-Key:\n\nRt6yU1iO9pQ2wE5rT8yU3i\nbitte pruefen",
        "Rt6yU1iO9pQ2wE5rT8yU3i",
    ),
    # the key word asked as a question and answered at once
    ("question", "our api key? sure: Vb7nM2qW9xK4pL8rT3zY", "Vb7nM2qW9xK4pL8rT3zY"),
    ("question", "Welcher Token? Das ist Hn5tR8wQ2mZ7kX4vB9cL", "Hn5tR8wQ2mZ7kX4vB9cL"),
    # automation platforms' inbound webhooks: the URL's token
    ("webhook", "zap posts to https://hooks.zapier.com/hooks/catch/998877/b7xk2q/", "b7xk2q"),
    (
        "webhook",
        "scenario url hook.us1.make.com/p4x8k2m9q7w3z5c1v6b0n2j8h4t",
        "p4x8k2m9q7w3z5c1v6b0n2j8h4t",
    ),
]

# (cause, text, lines of a private key's body that must not survive)
KEY_BODIES: list[tuple[str, str, list[str]]] = [
    (
        "body under a mention",
        "pasting the private key below, no header lines\n"
        "MIIEpQIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi8Z3e8Kp0vQb7rT2nW9yLmX4c\n"
        "J6fHs1dA5gN8kV3zR0qP7oM2iU9eY4tB6wS1xC8aEbH5jK2lN7pQ0rT3vW6yZ9a\n"
        "C2eF5hI8kL1nO4qR7tU0wX3zA6cD9fG2iJ5lM8oP1r==\n"
        "does that look right?",
        ["MIIEpQIBAAKCAQEA3Tz2mr7", "J6fHs1dA5gN8kV3", "C2eF5hI8kL1nO4q"],
    ),
    (
        "putty private lines",
        "Public-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQC7\nPrivate-Lines: 2\n"
        "AAABAHq4mZ8vLx2Tn7RwPq8sY3kB6jD1fG5hK9lM2nO4pQr7\nsT0uV3wX6yZ9aBcDeFgHiJ==\n"
        "Private-MAC: 00ff",
        ["AAABAHq4mZ8vLx2Tn7RwPq8s", "sT0uV3wX6yZ9aBcDeFgHiJ"],
    ),
    (
        "ssh key file",
        "cat ~/.ssh/id_ed25519\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMw\n"
        "QyNTUxOQAAACBq2x7Lq9ZpX2mN8vR4tW6yB1cD5hJ0sAk3fG7hK9pLmQ",
        ["b3BlbnNzaC1rZXktdjEAAAAA", "QyNTUxOQAAACBq2x7Lq9ZpX2mN8"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "lines"), KEY_BODIES)
def test_private_key_body_is_masked(
    redactor: Redactor, cause: str, text: str, lines: list[str]
) -> None:
    out = str(redactor.redact(text).text)
    for line in lines:
        assert line not in out, out


@pytest.mark.parametrize(("cause", "text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    out = str(redactor.redact(text).text)
    assert secret not in out, out


# (cause, text): must come out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # encrypted values and secret-store paths stand for a secret kept elsewhere
    ("encrypted value", "db_secret: ENC[AES256_GCM,data:Tr7x9QpLm2==,iv:k2Mzq=,type:str]"),
    ("encrypted value", "api_token: ENC[PKCS7,MIIBeQYJKoZIhvcNAQcDoIIBajCCAWYCAQAx]"),
    ("encrypted value", "X-Auth-Token: ENC[billing_auth_token]"),
    ("store path", 'vault.hashicorp.com/agent-inject-secret-payments: "secret/data/payments"'),
    ("store path", "client_secret: kv/shop/stripe-live"),
    # a header that names its value instead of giving it
    ("auth header template", "X-Api-Key: {{ api_key }}"),
    ("auth header word", "X-Auth-Token: required"),
    ("auth header constant", "X-Api-Key: YOUR_API_KEY"),
    # numbers near token words that are counts or ids
    ("token count", "max_tokens: 4096000000"),
    ("token count", "tokens: 1234567890 used this month"),
    ("token id", "token_id: 9182736450"),
    ("short number", "token: 12345"),
    # a run of one character is a placeholder, even at a key's length
    ("placeholder", "api_key: 00000000000000000000000000000000"),
    # a hash described as a hash is no key
    ("hash", "sha1 of the file: 3f786850e387550fdab836ed7e6dc881de23001b"),
    # a hex value called a digest or a commit near a key word
    ("commit", "commit 7d3e9a1f0b2c4d6e8f9a1b3c5d7e9f0a2b4c6d8e broke the token refresh"),
    ("commit", "token refresh fixed in 0b2c4d6e8f9a1b3c5d7e9f0a2b4c6d8e7d3e9a1f"),
    (
        "checksum",
        "SHA-256 checksum of the key file "
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
    ),
    ("next line, public", "our public key\nQm3vX8kZ2pL7rT9wN4yB6c"),
    ("next line, not a token", "we rotated the token\nsee OPS-2231 for the details"),
    ("question, then other talk", "lost my security key? FedEx 1Z999AA10123456784 shows it"),
    # a public key is meant to be shared; identifiers with a short prefix are no tokens
    (
        "public key",
        "my public key:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq4mZ8vLx2Tn7RwPq8s me@box",
    ),
    ("private key question", "where do I upload the private key?\nSettings > Security > Keys"),
    ("identifier", "the re_index_customer_records_nightly job failed"),
    ("webhook docs", "see https://zapier.com/apps/webhook/integrations for the hooks"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_negative_stays(redactor: Redactor, cause: str, text: str) -> None:
    assert str(redactor.redact(text).text) == text
