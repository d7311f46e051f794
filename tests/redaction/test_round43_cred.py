"""Round 43 (credentials by context and shape, ``credential_context``): a header or field
named for its secret in a text about headers (any one-word value), a name glued around a
secret word, German's verb-final clause ("… <value> lautet"), a key written as hex bytes,
a secret's file printed with ``cat``, an OpenVPN static key block, WooCommerce's keys, a
short environment-tagged vendor key, a Telegram token one character short, a key word read
as another key's value; and the hard twins that stay: ids, counts, switches, cookie pairs,
fingerprints, public keys, MAC addresses, checksums, publishable keys, docs' examples.
Values, names and hosts are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor, precheck
from redaction.recognizers import credential_context

POSITIVES = [
    # a header or field named for its secret, in a text about headers: any one-word value
    ("Im Log stehen die Header token: kiwi und secret: mango, warum?", "kiwi"),
    ("Im Log stehen die Header token: kiwi und secret: mango, warum?", "mango"),
    ("our proxy forwards the header authorization: walnut to the backend", "walnut"),
    ("response headers: set-cookie: hazelnut and X-Authx-Value: pecan", "hazelnut"),
    ("response headers: set-cookie: hazelnut and X-Authx-Value: pecan", "pecan"),
    ("request headers:\nauthorization: Basic almond-milk\naccept: */*", "almond-milk"),
    # in a header list, a name glued around a secret word
    ("the headers: BARtokenQUX: lychee and Accept: text/plain", "lychee"),
    ("Kopfzeilen im Log: ABCsessionXYZ: papaya (Staging)", "papaya"),
    # a label compounded with its secret's word, its value with a letter and a digit
    ("Gitea-Token: tanne7 (Testinstanz), Runner auf 10.1.2.3", "tanne7"),
    # German: the key word, the value, then the verb that gives it
    (
        "hiermit teilen wir mit, dass der Client Secret unseres Mandanten "
        "Zt4~pW8.kQ2_nR6-vL9xB3cY5 lautet.",
        "Zt4~pW8.kQ2_nR6-vL9xB3cY5",
    ),
    ("Ich habe im Formular als Secret 404qqq808 eingetragen.", "404qqq808"),
    # a key written as hex bytes after a key word
    ("der Netzwerkschlüssel: 1A 2B 3C 4D 5E 6F 70 81 92 A3 B4 C5", "1A 2B 3C 4D 5E 6F 70 81 92 A3"),
    ("the Zigbee network key: 0A 1B 2C 3D 4E 5F 60 71 82 93 A4 B5 C6 D7 E8 F9", "0A 1B 2C 3D"),
    # a secret's file printed, the token alone on the next line
    (
        "$ cat deploy/keys/STRIPE_SECRET.txt\nQm8vXz2KpL7wRt4NcY9bHs3D\n$ ls",
        "Qm8vXz2KpL7wRt4NcY9bHs3D",
    ),
    # frames and formats
    (
        "<secret>\n-----BEGIN OpenVPN Static key V1-----\n"
        "a1b2c3d4e5f60718293a4b5c6d7e8f90\n0f1e2d3c4b5a69788796a5b4c3d2e1f0\n"
        "-----END OpenVPN Static key V1-----\n</secret>",
        "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    ),
    (
        "Woo REST: ck_7f3e9a1c5b2d8e4f6a0c3b7d9e1f5a2c4b6d8e0f hat keine Rechte",
        "ck_7f3e9a1c5b2d8e4f6a0c3b7d9e1f5a2c4b6d8e0f",
    ),
    (
        "stimmt das Format? xyz_live_Pq4Rt7Vw2Ks9Mn5B",
        "xyz_live_Pq4Rt7Vw2Ks9Mn5B",
    ),
    (
        "bot for alerts: 5512098734:AAHk3Lm8Vq2Tx7Rw4Nz9Cb6Fy1Jd0Gs5P",
        "AAHk3Lm8Vq2Tx7Rw4Nz9Cb6Fy1Jd0Gs5P",
    ),
    # a command that prints a stored secret, its output on the next line
    (
        "kubectl get secret api-runner -o jsonpath='{.data.token}' | base64 -d\n"
        "→ tkn_Wq8Er4Ty6Ui2Op0As\nstill revoked",
        "tkn_Wq8Er4Ty6Ui2Op0As",
    ),
    # a random generator's output given after it
    (
        "openssl rand -base64 33 gab mir: Kx9vQ2mZ8pL0fW5tYb7Hc1NsGd4Ea6Ui – passt das?",
        "Kx9vQ2mZ8pL0fW5tYb7Hc1NsGd4Ea6Ui",
    ),
    # a session id is the session's bearer secret
    (
        "session id: 4d8e2b7a9c1f3e5d0b6a8c2e4f7a9b1d3c5e7f90",
        "4d8e2b7a9c1f3e5d0b6a8c2e4f7a9b1d3c5e7f90",
    ),
    # a property named for its secret inside a connection string
    (
        "mongodb://db.example.net/?authMechanismProperties=AWS_SESSION_TOKEN%3Abirchwood",
        "birchwood",
    ),
    # a key word's colon hands over an assignment, whatever the variable's name
    ('api secret in env: XVAR7="pQ4{mZ]8r)&Kt+wL>n2?s$"', "pQ4{mZ]8r)&Kt+wL>n2?s$"),
    # Adyen's key, its tail included; Facebook's app access token
    (
        "Adyen key AQEzx8Kq2mP9xR7vT4LwZc3bNy5hJd1fGa0uEiO6sWqXe2rTy8uI0oPa1b2c3d4e5f6g7h8=="
        "-Qk4Lm8Pn2Rs6Tv0Wx4Yz8Ab2Cd6Ef0Gh4Ij8Kl2Mn6=-x9;Q[*m]Z",
        "-x9;Q[*m]Z",
    ),
    (
        "App = 381726354918273 | 9a7c5e3b1d2f4a6c8e0b1d3f5a7c9e2b;",
        "9a7c5e3b1d2f4a6c8e0b1d3f5a7c9e2b",
    ),
    # a key word read as another key's value: the inner key is read again
    (
        "anbei der Schlüssel für die Karten-API:\n\n  API-Key = 4e8b2d6f0a9c1e7b3d5f8a2c6e0b4d91\n",
        "4e8b2d6f0a9c1e7b3d5f8a2c6e0b4d91",
    ),
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_context_credential_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert precheck.might_contain_secret(text)
    out = str(redactor.redact(text).text)
    assert secret not in out, out


NEGATIVES = [
    # header twins: ids, counts, switches, persons, cookie pairs, templates, masks
    "Request headers: Content-Type: json, X-Request-Id: abc123",
    "The header shows author: Jane and authority: letsencrypt",
    "In the headers I see token: expired and session: 3",
    "the cookie banner says sessionTimeout: thirty",
    "Header primaryKey: customer",
    "Set-Cookie: SameSite=Lax; Secure",
    "Der Header X-Api-Key-Id: k-12345 ist gesetzt",
    "Headers: Authorization: Bearer <token>, Accept: application/json",
    "Header: keepalive: true, Token: none",
    "header list: authorization: [REDACTED], cookie: ***",
    # a glued name that is a word, a name about the secret
    "monkey: banana is the joke in our header docs",
    "in der Konfig: ABCsessionName: papaya (Staging)",
    # no header talk: a glued name's word value is the keyed rules' to judge by its shape
    "the token: lifetime is one hour",
    "the export shows BARtokenQUX: lychee in the middle of the list",
    "nothing is filtered: plainfield = one, Otherkey = quince",
    "auth_kind: serviceaccount in the playbook",
    # a compound label's word or serial number
    "Seriennummer vom Hardware-Token: KLMN 2233 4455",
    "Access-Token: expired since Monday",
    # code, tags, paths and templates after a secret's name, even among headers
    'in the header handler: secret = request.headers["apikey"]',
    "header config: SECRET_KEY = os.getenv('SECRET_KEY')",
    "Header-Block: AuthToken: !Ref ChannelTokenKey",
    "headers: existingSecret: oca-api",
    "the header says otpauth://totp/ACME?secret=${SEED}",
    "X-Sentry-Auth: Sentry sentry_version=7, sentry_key=public in the header",
    "E_SECRET_TOO_SHORT: value must be >= 32 chars (header check)",
    # verb-final twins: an id, a name, a number word
    "dass die Client-ID unserer App-Registrierung 8f2a7c1e-4b3d lautet.",
    "Der Token-Name my-token-2024 lautet so wie das Projekt.",
    "Der Schlüssel für den Briefkasten liegt bei Frau Meier, die Nummer 4711 lautet.",
    # byte twins: a MAC address, a fingerprint, a public key, a key id, zeros
    "MAC: 01 03 05 07 09 0B 0D 0F 00 02 04 06",
    "SSH key fingerprint: 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8",
    "public key: 04 a1 b2 c3 d4 e5 f6 07 18 29 3a 4b",
    "key id: 01 02 03 04 05 06 07 08 09 0a",
    "network key: 00 00 00 00 00 00 00 00 00 00",
    # a printed file that is a checksum or a public key
    "$ cat checksums/secret_files.sha256\n9d41e7a0c3b85f2e6a1d4c9b07f3e8a2d5c1b6f4e9a0d3c7b2e5",
    # a publishable key, a tag with a word body, an OpenVPN block named but empty
    "new Stripe('pk_live_Kq7Tb3Wn9Xc2Lp') for the checkout",
    "run_test_ImportUsers failed again in CI",
    "-----BEGIN OpenVPN Static key V1-----\n(paste here)\n-----END OpenVPN Static key V1-----",
    # a printed command's output that is no secret; a generator's length asked about
    "kubectl get secret api-runner -o yaml\napiVersion: v1",
    "$ cat ~/.ssh/id_ed25519_public_key.pub\nAAAAC3NzaC1lZDI1NTE5AAAAIHk3Lq8vZ2m5N1pR7tX4",
    "openssl rand -hex 32 gives 64 characters, right?",
    # other ids; a short session number
    "trace id: 4d8e2b7a9c1f3e5d0b6a8c2e4f7a9b1d3c5e7f90",
    "session id: 42",
    "Session ID: 8d2f4a6c-1e3b-4c5d-9f7a-0b1c2d3e4f5a (from the About dialog)",
    "Twilio Account SID: AC4f1e9a7c2b8d3e6f0a5c9b1d7e2f4a8c",
    "SID: AC3f8b91e27d4c05a6b8e9d1f2037c4a5b",
    # an assignment that names an id, after a negated key word
    "nothing secret here, just a trace: trace_id=764e6b1a4c44f2e9e7f8dc71433991b7",
    # a property that names no secret; an empty one
    "mongodb://db.example.net/?authMechanismProperties=SERVICE_NAME%3Amongodb",
    "mongodb://db.example.net/?authMechanismProperties=AWS_SESSION_TOKEN%3Anull",
    # an assignment of a reference or a word
    "api key in env: API_KEY=${API_KEY}",
    "secret: MODE=production",
    # a table's id and hash cells; an order's number and its total
    "| 381726354918273 | 9a7c5e3b1d2f4a6c8e0b1d3f5a7c9e2b |",
    "order 381726354918273 | total 32",
    # the docs' Telegram example (six digits)
    "telegram says 'Unauthorized' for token 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_context_twin_stays(redactor: Redactor, text: str) -> None:
    spans = credential_context.context_spans(text, text.lower(), lambda v: len(v) >= 16)[0]
    assert spans == [], [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text",
    [
        "Request headers: Content-Type: json, X-Request-Id: abc123",
        "In the headers I see token: expired and session: 3",
        "dass die Client-ID unserer App-Registrierung 8f2a7c1e-4b3d lautet.",
        "MAC: 01 03 05 07 09 0B 0D 0F 00 02 04 06",
        "new Stripe('pk_live_Kq7Tb3Wn9Xc2Lp') for the checkout",
    ],
)
def test_context_twin_unchanged_by_redactor(redactor: Redactor, text: str) -> None:
    assert str(redactor.redact(text).text) == text


def test_header_value_after_scheme_is_the_secret(redactor: Redactor) -> None:
    # the scheme word names the kind; the word after it is what is sent
    out = str(redactor.redact("request headers:\nauthorization: Digest kumquat\n").text)
    assert "Digest" in out and "kumquat" not in out
