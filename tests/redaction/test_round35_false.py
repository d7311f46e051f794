"""Round 35 (false hits): what a message says a value is decides, not its shape alone.
A public handle named right before it (a SID, a nonce, a page's or an install's id, a
publishable key, a stored credential's id, a host key's fingerprint), a value the text
says came from the docs, is made up or is already masked, a docs slot or a masked address
after a password word, a bracket that gives the password its own value, and a number the
sentence calls a documented test card are no secret;
the same shapes given as a secret stay masked. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        # public handles named right before them
        "Voice node: Account SID AC7d2e4f6a8b0c1d3e5f7a9b2c4d6e8f0a1 and still error 20404",
        "SOAP header: username svc_print, nonce Qm9vdHN0cmFwTm9uY2U0Mg==, created today",
        "Pipeline says credentialsId: 'ops-7f2c-runner' could not be found",
        "Unter Credentials-ID ops-7f2c-runner ist nichts hinterlegt, oder?",
        "frontend uses the publishable key pk_test_Q8mZr2LxT4vNw9KcB7yHs3Fd, is that wrong?",
        "Stripe answers 'No such customer: cus_Lq82NxVt0Pz4' on every retry",
        "Confluence page 9c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f is the one the bot cannot read",
        "our install runs under account 7c9e6679-7425-40de-944b-e07fc1f90ae7 since Monday",
        "SFTP ohne Passwort: Host-Fingerprint SHA256:Zm9vYmFyYmF6cXV4cXV1eDQyNDI0MjQyNDI0Mg",
        "the token prefix should be ghs_ for app tokens, right?",
        "cluster id staging-eu:c3RhZ2luZy5leGFtcGxlLm9yZyRhYmMkZGVm for the search node",
        # the text says the value is from the docs, made up, or masked already
        "Example from your docs: login=admin, password=Tulpe2020. Does that still work?",
        "S3 secret: q7RkE2mXv9LpT4nW8cYz3Hb6Jd1Fg5Ks0ExAMPLE ist der Doku-Wert, nicht meiner",
        "sftp://ops:Mond%21stein@files.example.org – that's a made-up example, not ours",
        "kubectl zeigt DB_PASS: KioqKioq (hab ich selbst maskiert), aber der Pod startet nicht",
        "widget_token 9fQ2LmX7vK3p from the public embed snippet, chat stays blank",
        "Die SMS lautet 'Ihr Code: 583920' – so steht es in eurer Hilfe als Beispiel",
        "Password reset screen: 'We have sent you a link to your inbox' and nothing came",
        # a slot, a masked address or a plural label after a password word
        "So user=apikey, password=SG.<your key>? That is what the node holds",
        "Screen: 'Ihr Einmalpasswort wurde an m***@gmx.de gesendet.' Nichts angekommen",
        "Feld zeigt: Passwörter stimmen nicht überein, obwohl ich beides gleich getippt habe",
        # a number called a test card and placed in the docs
        "the test card 4000 0566 5566 5556 from your docs fails in sandbox, why?",
        # with its details, or in a banner's words: a documentation example all the same
        # (labelling addendum, stop 53: the expiry and code typed with it go with it)
        "test card 4000 0566 5566 5556 exp 09/28 cvc 737 from your docs",
        "Checkout banner: 'use test card 5555 5555 5555 4444 in test mode'",
        # the bracket gives the password its own value or names a way to sign in
        "DB users: reporter (Passwort: wird später vergeben), writer (Passwort: siehe Tresor)",
        "it works from my laptop (password auth) but not from the runner",
    ],
)
def test_named_as_no_secret_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Auth token 0f8e7d6c5b4a39281706f5e4d3c2b1a0 for the voice account", "0f8e7d6c5b4a3928"),
        ("publishable key is fine, the secret key is Wq8!zPm3Lk", "Wq8!zPm3Lk"),
        ("security word on my account: Kettlebell", "Kettlebell"),
        ("kennwort vom admin konto ist Fichtennadel.42 glaub ich", "Fichtennadel.42"),
        ("Passwort: Kiefer#2291 (hab ich neu gesetzt)", "Kiefer#2291"),
        ("the password for the install is Wolke7!xq", "Wolke7!xq"),
        ("Hundehuette7 (das Passwort)", "Hundehuette7"),
        ("User writer (Passwort: Tannenzapfen!9)", "Tannenzapfen!9"),
        ("my own password, not from your docs: Lindenblatt#5", "Lindenblatt#5"),
        ("Die SMS lautet 'Ihr Code: 583920', bitte schnell", "583920"),
        ("password: 'i love you forever 2024'", "forever 2024"),
        # a test card with no documentation place, or denied, is a card all the same
        ("ist 4000 0566 5566 5556 nicht eure test card? wird abgelehnt", "5566 5556"),
        ("card 5555 5555 5555 4444 is not a test card from the docs", "5555 5555 5555"),
        (
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"',
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
        ),
    ],
)
def test_same_shapes_given_as_secret_are_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text
