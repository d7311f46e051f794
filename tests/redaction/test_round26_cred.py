"""Round 26: machine secrets in headers, connection URLs and key=value pairs. What must go:
a Redis URL's user part without a colon (the password in the Redis URI form, any scheme
variant: TLS, Sentinel, cluster, Valkey); a query parameter naming an application's or
account's key ("app_key", "application_key", "private_key"), also with a percent-encoded
separator; a "name=value" pair outside a URL whose name ends with a secret word
("stoken=", "vendor_secret=", "auth="); an Authorization header's bearer value of any
length, digits included, and a short value of an "X-…-Key" header or of one naming the
secret outright ("Private-Token", "Access-Token"); a cookie's session value that is the
literal word "secret"; the signature among an Authorization header's parameters (AWS
SigV4); a provider DSN's user part before "@default" (Symfony Mailer and Notifier); a
record naming its secret in one field and holding it in "value" (Postman, container env);
the word "token" in a login's password slot ("ci:token@host"), a literal as "secret" is
there. What must stay: a Redis URL's user name ("user", "default") or a host that is no
host; masks, placeholders, elided keys, switches, words and variables in those pairs; a
DSN's slot in capitals or an SMTP login; a record's id, template or plain word; a header
naming an id or a slot; "token" as a template's slot or in the README's format; a
password word in a connection URL the message calls the docs' example (a real password
there still goes). Cases in our own words; each positive fails on round 25's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

# --- what must go -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a Redis URL's user part without a colon is its password
        ("the worker connects with redis://Kiefer77@cache.intern:6379/2", "Kiefer77"),
        ("Sentinel-URL: rediss-sentinel://ahornblatt@s1:26379,s2:26379/0?master=m", "ahornblatt"),
        ("redis+tls://zapfen%21x@redis.example.net:6380 times out", "zapfen%21x"),
        ("unser Valkey: valkey://wolke9@10.0.4.7:6379/1 - geht nicht mehr", "wolke9"),
        # an application's key by its role in a query, any value; an encoded separator
        ("die URL https://api.example.de/v1/q?application_key=4719&x=1 liefert 403", "4719"),
        ("GET https://m.example.io/api?app_key=4711&from=0 returns 401", "4711"),
        ("the proxy forwards ?private%5Fkey=mondlicht&id=7 unchanged", "mondlicht"),
        ("im Log: refresh%2Dtoken=hagebutte&lang=de", "hagebutte"),
        # a pair whose name ends with a secret word, outside a URL
        ("our SDK logs stoken=quitte on every call, is that bad?", "quitte"),
        ("X-Vendor-Auth: Vendor vendor_key=k1, vendor_secret=password\nstill 403", "password"),
        ("Der Client schickt auth=walnuss als Parameter, ist das richtig?", "walnuss"),
        ("der Export enthält hook_secret=hollerbusch und sonst nichts", "hollerbusch"),
        # an Authorization header's bearer value, however short; an X-…-Key header's
        ("curl sends\nAuthorization: Bearer 512\nand the API answers 401", "512"),
        ("Im Webhook steht Authorization: Token 83 - reicht das?", "83"),
        ("Headers:\nX-Shop-Key: q7w8e9\nAccept: */*", "q7w8e9"),
        ("Header gesetzt:\nX-Auth-Token: mz42\nkommt trotzdem 401", "mz42"),
        # a header without "X-" that names the secret outright, any short value
        ("our CI sends\nPRIVATE-TOKEN: pq47\nto the API", "pq47"),
        ("PRIVATE-TOKEN: abc123 kommt zurück mit 401", "abc123"),
        ("Header:\nAuth-Token: Mm4k\nklappt nicht", "Mm4k"),
        # a session cookie holding the literal word
        ("the test server replies Set-Cookie: app_sess=secret; Path=/", "secret"),
        ("Cookie: auth_token=secret; lang=de wird mitgeloggt", "secret"),
        # the signature among an Authorization header's parameters
        (
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIA0000/20260101/eu/s3/aws4_request, "
            "SignedHeaders=host, "
            "Signature=0be9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
            "0be9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
        ),
        (
            "Im Log: Authorization: AWS4-HMAC-SHA256 Credential=AKIA0000/20260101/eu/s3/"
            "aws4_request, SignedHeaders=host;x-amz-date, "
            "Signature=9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081 - falsch?",
            "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081",
        ),
        # the word "token" in a login's password slot is the literal token, as "secret" is
        ("fatal: auth failed for deploy:token@git.example.org/shop.git", "token"),
        ("Im Job-Log: ci:token@gitlab.example.com - Zugriff verweigert", "token"),
        ("Fehler bei svc:token@git.intern.example.de:8443/repo, warum?", "token"),
        # a provider's DSN addressed to "default": the user part is its key or bot token
        ("MAILER_DSN=brevo+api://Qm2LpWzRtHkVx@default", "Qm2LpWzRtHkVx"),
        ("Notifier: discord://Hq7mZxKpLw@default?webhook_id=55 - falsch?", "Hq7mZxKpLw"),
        ("mailjet+api://a1b2c3d4e5:f6g7h8i9j0@default does not send", "a1b2c3d4e5"),
        # a record naming its secret in one field, holding it in the next
        ('env export: {"key":"shopToken","value":"Pq8vZ3mK7xL2","enabled":true}', "Pq8vZ3mK7xL2"),
        ('[{"name":"HOOK_SECRET","value":"k4Wz9Rm2Qx7T"}] im Deployment', "k4Wz9Rm2Qx7T"),
        ('{"Key": "api_key", "Value": "zz81Kq0LmW3a"} aus dem Export', "zz81Kq0LmW3a"),
    ],
)
def test_machine_secret_goes(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "header/dsn/pair", text, secret)


# --- what must stay ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a Redis URL's user name, no password; a host that is none
        "redis://user@10.1.2.3:6379/0 - kein Passwort gesetzt",
        "redis://default@cache.example.org:6379 works from the shell",
        "redis://ab@cache.example.org:6379 is the format?",
        "redis://K8fQ2mWzR7@Xq9TzL3p",
        "redis://***@cache.example.org:6379/0 steht im Log",
        "redis://<password>@cache.example.org:6379",
        # masks, placeholders, elided keys, switches, words, variables
        "the log shows auth=basic and retries=3",
        "im Log steht token=expired, was heißt das?",
        "set oauth=true in the plugin",
        "export OPENAI_API_KEY=sk-... in der Shell",
        "api_token=*** in the dump, so it is masked",
        "client(auth=my_auth, timeout=3)",
        "call it as connect(host, token=accessToken)",
        "next_page_token=CAEQAA in the response",
        "access_token=REDACTED steht im Export",
        # a header naming something else, or a word, a number or a slot
        "Sort-Key: created\nPrimary-Key: 42",
        "Auth-Token: none\nAPI-Key: <key>",
        "Idempotency-Key: 7f3a",
        # "token" as a template's slot in capitals, or in the README's format
        "clone with https://user:TOKEN@git.example.org/x.git as the format?",
        "the README shows https://user:token@git.example.org/x.git as the format",
        # a password word in a connection URL the message calls the docs' example
        "the docs example mysql://app:password@localhost:3306/shop gives access denied",
        "Das Beispiel aus der Doku amqp://guest:secret@localhost:5672 geht bei mir nicht",
        "I copied the example from your docs: postgres://user:pass@localhost/db - 401?",
        # a DSN's slot in capitals, an SMTP login's name; a record's id, template or word
        "MAILER_DSN=sendgrid+api://KEY@default",
        "postmark+api://ACCESS_TOKEN@default wie in der Doku",
        "gmail+smtp://anna.berg@default",
        '{"key":"apiKeyId","value":"k_8812abcd9911"}',
        '{"key":"apiKey","value":"{{apiKey}}"}',
        '{"name":"LOG_LEVEL","value":"debug"}, {"name":"TOKEN_TTL","value":"3600"}',
        # an id header; an Authorization header naming its value
        "X-Request-Id: ab12cd\nX-Api-Key: <your key>",
        "Authorization: Bearer ACCESS_TOKEN",
        "Authorization: Bearer 0000 in the docs",
        # a webhook's digest tagged with its algorithm stays as before
        "the header says signature=sha256="
        "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
    ],
)
def test_look_alikes_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_real_password_beside_docs_example_goes(redactor: Redactor) -> None:
    # (a guard for the docs' example above: only a password word is the example's slot)
    text = "is postgres://app:Linde77@db.intern/shop like the docs example?"
    assert_secret_gone(redactor, "docs example", text, "Linde77")
