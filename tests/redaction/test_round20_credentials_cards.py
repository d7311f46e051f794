"""Round 20: cards, card details and credentials. A card's groups joined by a middle dot or
a bullet; a CVC given a vague name after the card ("the little number"), printed "behind",
or typed digit by digit after its word; an expiry read year first ("twenty twenty-eight,
March") or around a German split verb ("läuft Ende Mai 2028 ab"); a provider's secret
prefix given to a key however short its body; an authenticator's setup key in groups of
four; an "appid" query key; a Basic value glued to its scheme. And what must stay: the name
of a secret object kept elsewhere (Helm's "existingSecret", a "…Ref"), a file's bytes in
base64 (a mail's attachment), the documentation's sample key called an example, a
contract's end after a card. Cases in our own words; each positive fails on round 19's
code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CARD_CVC, CARD_EXPIRY, CREDENTIAL, CREDIT_CARD
from tests.redaction.helpers import assert_masked_as


def _unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- cards: dots and bullets between the groups ----------------------------------------


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("the app shows 4666·1760·3137·2159 for my card", "4666176031372159"),
        ("Karte: 5130 • 4352 • 0561 • 7483", "5130435205617483"),
        ("card 2223∙0707∙4137∙4847 pls charge", "2223070741374847"),
        ("Kartennummer 6011・1073・7504・3103", "6011107375043103"),
        ("pasted from the PDF: 37 3654·610735 873", "373654610735873"),
    ],
)
def test_card_with_dot_separators(redactor: Redactor, text: str, digits: str) -> None:
    res = redactor.redact(text)
    assert any(e.type == CREDIT_CARD for e in res.entities), res.text
    kept = "".join(c for c in res.text if c.isdigit())
    assert digits[:-4] not in kept, res.text


@pytest.mark.parametrize(
    "text",
    [
        "Lieferung 12·05·2025, Menge 3 • 4 • 5 Stück",
        "Artikel 4006·3813·3393·1 im Katalog",  # an article number: no issuer, no Luhn
        "score 4 • 6 • 6 • 6 • 1 • 7 • 6 • 0",  # too few digits for a card
    ],
)
def test_dotted_numbers_that_are_no_card(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CREDIT_CARD for e in res.entities), res.text


# --- CVC: a vague name, "behind", digit by digit ----------------------------------------


@pytest.mark.parametrize(
    ("text", "cvc"),
    [
        ("card 4010 9281 5901 3962 exp 11/28 and the small number 614", "614"),
        ("Visa 4666 1760 3137 2159, 08/29, then the short code 288", "288"),
        ("Karte 5138 0141 2690 6044, gültig bis 07/27, die kleine Zahl 409", "409"),
        ("Meine Karte 5130 4352 0561 7483 und die kurze Nummer ist 771", "771"),
        ("Diners 36685027390000, the number behind is 318", "318"),
        ("Amex 373267938144494 and the digits on the backside 8821", "8821"),
        ("card 4010 9281 5901 3962 valid 04/27 security 3 9 1", "3 9 1"),
        ("Karte 5138 0141 2690 6044 Ablauf 09/28 Code 6 0 2", "6 0 2"),
    ],
)
def test_cvc_named_vaguely_or_typed_apart(redactor: Redactor, text: str, cvc: str) -> None:
    assert_masked_as(redactor, text, cvc, CARD_CVC)


@pytest.mark.parametrize(
    "text",
    [
        "the small number 614 on the parcel is the locker",
        "die kleine Zahl 409 oben rechts ist die Seitenzahl",
        "the code behind the counter is 2 0 1 9",  # a door's code, no card
        "Bestellung 4010 9281 5901 3962 – Raum 3 9 1",  # announced as an order
    ],
)
def test_vague_code_words_without_a_card(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CARD_CVC for e in res.entities), res.text


# --- expiry: the year first, a German split verb ----------------------------------------


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ("Visa 4010 9281 5901 3962, expires twenty twenty eight, March. cvv 551", "March"),
        ("card 5138 0141 2690 6044 exp 2029, October", "2029, October"),
        ("Karte 4666 1760 3137 2159, sie läuft Ende Mai 2028 ab.", "Mai 2028"),
        ("5130 4352 0561 7483 – die läuft halt Ende Juni 2027 ab, Code 512", "Juni 2027"),
        ("Kreditkarte 2223 6691 5640 4104, läuft erst 03/29 aus", "03/29"),
    ],
)
def test_expiry_year_first_or_split_verb(redactor: Redactor, text: str, exp: str) -> None:
    assert_masked_as(redactor, text, exp, CARD_EXPIRY)


@pytest.mark.parametrize(
    "text",
    [
        "Karte 4666 1760 3137 2159 wurde belastet, der Vertrag läuft Ende 2027 aus.",
        "card 5138 0141 2690 6044 charged; our subscription runs 2027, March renewal",
    ],
)
def test_other_things_that_expire_next_to_a_card(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CARD_EXPIRY for e in res.entities), res.text


def test_split_verb_without_a_card(redactor: Redactor) -> None:
    _unchanged(redactor, "Mein Abo läuft Ende Januar 2027 ab, Kundennummer 4711.")


# --- credentials: a secret prefix given to a key, a setup key, appid, glued Basic -------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name: Jo, Mail: jo@firma.de, API Key: sk_live_abc", "sk_live_abc"),
        ("stripeKey=sk_live_testing in der .env", "sk_live_testing"),
        ("token: ghp_demo in the CI settings", "ghp_demo"),
        ("Der API-Schlüssel lautet rk_live_testkey", "rk_live_testkey"),
    ],
)
def test_secret_prefix_given_to_a_key(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, CREDENTIAL)


@pytest.mark.parametrize(
    "text",
    [
        "API key: sk_live_your_key_here",
        "api_key = sk_live_XXXXXXXXXXXX",
        "secret key: sk_live_... (from the dashboard)",
        "the API key starts with sk_live_ right?",
        '"slack_token": "xoxp-1234567890"',  # a prefix and a bare number: an example
    ],
)
def test_secret_prefix_placeholders(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CREDENTIAL for e in res.entities), res.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Setup-Key für die 2FA: KRSX G5CT MVRX EZLU", "KRSX G5CT MVRX EZLU"),
        ("my authenticator secret is mfrg gzdf mztw q2lk", "mfrg gzdf mztw q2lk"),
        ("TOTP secret key was NB2W 45DF OIZA 2345 MZXW", "NB2W 45DF OIZA 2345 MZXW"),
        (
            "Der Einrichtungsschlüssel für die Authenticator-App ist ON2X EZLT OQ3D EMZQ",
            "ON2X EZLT OQ3D EMZQ",
        ),
    ],
)
def test_authenticator_setup_key(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, CREDENTIAL)


@pytest.mark.parametrize(
    "text",
    [
        "2FA setup: the form code says ABCD EFGH IJKL MNOP",  # no digit: no base32 secret
        "the key for the 2FA is on page 12, see chapter 2",
        "Setup code 1234 5678 9012 3456 for the router",  # digits 8-9: no base32
    ],
)
def test_grouped_letters_that_are_no_setup_key(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CREDENTIAL for e in res.entities), res.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "GET /data/2.5/forecast?id=2761369&appid=5f1c7d0e9a2b4c6d8e0f1a3b5c7d9e2f&units=metric",
            "5f1c7d0e9a2b4c6d8e0f1a3b5c7d9e2f",
        ),
        ("header was 'basic_YWRtaW46c2VjcmV0OTk=' in the log", "YWRtaW46c2VjcmV0OTk="),
        ("the proxy printed basic-am9objpQYXNzMTIz in its debug line", "am9objpQYXNzMTIz"),
    ],
)
def test_appid_and_glued_basic(redactor: Redactor, text: str, value: str) -> None:
    assert_masked_as(redactor, text, value, CREDENTIAL)


@pytest.mark.parametrize(
    "text",
    [
        "the webhook sends ?appid=shop-frontend&lang=de",  # an application's name
        "metadata.xml?appid=0b7c3e52-9d1a-4f60-8e2b-5a4c6d7e8f90",  # an app's public id
        "basic_settings.json and basic_2024 are our file names",  # no user:password inside
    ],
)
def test_appid_names_and_basic_words(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


# --- what must stay: secret objects by name, encoded files, the docs' sample -----------


@pytest.mark.parametrize(
    "text",
    [
        "values.yaml:\nexistingSecret: billing-db-credentials\nreplicas: 2",
        "auth:\n  existing_secret: smtp-relay-auth\n  tokenSecretRef: portal-api-token",
        "Im Chart steht secretKeyRef: webhook-signing-secret, reicht das?",
    ],
)
def test_secret_object_names(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


def test_secret_next_to_an_object_name_is_still_masked(redactor: Redactor) -> None:
    text = "existingSecret: db-creds\napiSecret: Qm7vT2xLp9RwZ4kNc8Hd"
    assert_masked_as(redactor, text, "Qm7vT2xLp9RwZ4kNc8Hd", CREDENTIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n"
        "JVBERi0xLjUKJbXtrvsKNCAwIG9iago8PCAvTGVuZ3RoIDUgMCBSIC9GaWx0ZXIgL0ZsYXRlRGVjb2Rl",
        "Anhang (base64):\niVBORw0KGgoAAAANSUhEUgAAAGQAAABkCAYAAABw4pVUAAAAGXRFWHRTb2Z0d2FyZQ",
        "--b1\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: BASE64\n\n"
        "Q2hhcmdlYmFjayBmb3IgNDExMS0xMTExLTExMTEtMTExMSBhbmQgbW9yZQ==\n--b1--",
    ],
)
def test_encoded_files_are_no_tokens(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CREDENTIAL for e in res.entities), res.text


def test_token_after_a_mime_part_is_still_masked(redactor: Redactor) -> None:
    token = "hQ7xK2mLp9vR4tZc8NwB3yFd6GsJ1aEuXoVi5kTq"
    text = (
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b1--\n"
        f"and our webhook secret is {token}"
    )
    assert_masked_as(redactor, text, token, CREDENTIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Die AWS-Doku nennt AKIAIOSFODNN7EXAMPLE als Beispiel, muss ich das ersetzen?",
        "the tutorial uses AKIAIOSFODNN7EXAMPLE, is that a real key?",
    ],
)
def test_docs_sample_key_called_an_example(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


def test_sample_key_as_a_config_value_stays_masked(redactor: Redactor) -> None:
    text = "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"
    assert_masked_as(redactor, text, "AKIAIOSFODNN7EXAMPLE", CREDENTIAL)


# --- what must stay: a pasted mail's signatures and trace ids ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Header der Mail:\nDKIM-Signature: v=1; a=rsa-sha256; d=versand.example; s=k1;\n"
        "\tb=Tq7vR2mXc9LpZ4wN8kHd3FsYgJ6aB1eUQo5iVt0rCy2nWx7zKb9LmP4sD6fG8hJ1kA3eR5tY7uI9oP2\n"
        "\t qW4eR6tY8uI0oP1aS3dF5gH7jK9lZ2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0v==",
        "X-Relay-Source: AGHT+IEq2vR7mXc9LpZ4wN8kHd3FsYgJ6aB1eUQo5iVt0rCy2nWx7zKb9LmP4sD\n"
        "ARC-Message-Signature: i=1; a=rsa-sha256;\n"
        " b=Lp9vR4tZc8NwB3yFd6GsJ1aEuXoVi5kTqZf3kL9pQ2mX7vR4tYc8NwB3yFd6GsJ1aEuXoVi5kTqhQ7",
    ],
)
def test_mail_header_signatures(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not any(e.type == CREDENTIAL for e in res.entities), res.text


def test_token_in_a_plain_header_line_is_still_masked(redactor: Redactor) -> None:
    token = "Tq7vR2mXc9LpZ4wN8kHd3FsYgJ6aB1eUQo5iVt0rCy2n"
    assert_masked_as(redactor, f"Received: ok\nour key:\n{token}", token, CREDENTIAL)


def test_basic_with_a_key_as_the_user_is_masked(redactor: Redactor) -> None:
    # base64 of "sk_test_4eC39HqLLjWarjoY7XtW4Mg4:" (a key sent as the user, no password)
    value = "c2tfdGVzdF80ZUMzOUhxTExqV2Fyam9ZN1h0VzRNZzQ6"
    assert_masked_as(redactor, f"curl sends Authorization: Basic {value}", value, CREDENTIAL)


# --- what must stay: an error code that holds a CVC label -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "checkout fails with PAY-CVC-0417, what does that mean?",
        "Fehlercode E_CVV_212 beim Bezahlen",
        "log: ERR-CID-88 then retry",
    ],
)
def test_error_codes_holding_a_cvc_label(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


def test_cvc_glued_to_its_label_after_a_card_stays_masked(redactor: Redactor) -> None:
    assert_masked_as(redactor, "Visa 4010 9281 5901 3962 CVC-517", "517", CARD_CVC)
