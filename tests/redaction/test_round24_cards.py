"""Round 24: cards, their details and credentials in customers' and admins' text. What must
go: a card's expiry later in its sentence after a remark (a bracket, "in the mail", "and the
date on it"), said with "slash"; a CVC named by where it is ("back number") or after a pause
and a word of hesitation, or by its length and place ("the 4 on the front"); a HubSpot or
SendGrid key cut short or made up; the token in a password-reset or invitation link; a
token's id of 64 hex digits. What must stay: an expiry label naming something else's end,
an amount with cents as long as a card, a webhook's signed digest in a URL, a JSON null
under a token's key, an error message after a session's key, a provider's prefix with a word
for its body called an example, an id a program composed of words and a day. Cases in our
own words; each positive fails on round 23's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_masked_as

# --- what must go -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        # a card's expiry later in the sentence, after a remark
        (
            "neue Karte 5425 2334 3010 9903 (Visa Debit), 04/29 bitte hinterlegen",
            "04/29",
            "CARD_EXPIRY",
        ),
        ("card 4111 1111 1111 1111 (got it last week), on the front 07/28", "07/28", "CARD_EXPIRY"),
        (
            "the receipt mail has 4111-1111-1111-1111 in plain sight (why?!) with 02/31",
            "02/31",
            "CARD_EXPIRY",
        ),
        (
            "Karte 4012 8888 8888 1881\n(steht so im Brief), 09/30, 417",
            "09/30",
            "CARD_EXPIRY",
        ),
        ("Karte 4012 8888 8888 1881\n(steht so im Brief), 09/30, 417", "417", "CARD_CVC"),
        # ... said with "slash"
        ("card 4111 1111 1111 1111 and the date on it 11 slash 29", "11 slash 29", "CARD_EXPIRY"),
        (
            "Karte 5425 2334 3010 9903 und vorne drauf 03 Schrägstrich 30",
            "03 Schrägstrich 30",
            "CARD_EXPIRY",
        ),
        # a CVC named by where it is printed, as the noun's first word
        ("exp 10/28 back number 604", "604", "CARD_CVC"),
        ("back code: 7731 for the amex", "7731", "CARD_CVC"),
        ("die back-nummer ist 295", "295", "CARD_CVC"),
        # a CVC after a pause and a word or two of hesitation
        ("Sicherheitscode... hmm, 318.", "318", "CARD_CVC"),
        ("cvv - oh right, 4402", "4402", "CARD_CVC"),
        ("Prüfziffer... warte mal, 771!", "771", "CARD_CVC"),
        # ... by its length and where it is printed
        ("the security code is the 3 on the back: 559", "559", "CARD_CVC"),
        ("Sicherheitscode sind die 4 vorne: 9021", "9021", "CARD_CVC"),
        ("the security code is the four on the front: 3318", "3318", "CARD_CVC"),
        # a provider's key cut short or made up in its known shape
        (
            "bei HubSpot angelegt: pat-na1-qwer1234-tyui-5678-opas-9012dfgh3456",
            "pat-na1-qwer1234-tyui-5678-opas-9012dfgh3456",
            "CREDENTIAL",
        ),
        (
            "crm sync with pat-eu2-zxcv0987-bnml-6543-asdf-2109ghjk8765 fails",
            "pat-eu2-zxcv0987-bnml-6543-asdf-2109ghjk8765",
            "CREDENTIAL",
        ),
        (
            "unser HubSpot-Zugang pat-eu1-q7w8e9r0-t1y2-u3i4-o5p6-a7s8d9f0g1h2 geht nicht",
            "pat-eu1-q7w8e9r0-t1y2-u3i4-o5p6-a7s8d9f0g1h2",
            "CREDENTIAL",
        ),
        (
            "mailer uses SG.k3jd92lmqp0x7ve1rt5ywz.hq8nm2b9 and bounces",
            "SG.k3jd92lmqp0x7ve1rt5ywz.hq8nm2b9",
            "CREDENTIAL",
        ),
        (
            "SENDGRID=SG.zzzz1111yyyy2222xxxx3333.aaaa4444bb",
            "SG.zzzz1111yyyy2222xxxx3333.aaaa4444bb",
            "CREDENTIAL",
        ),
        # the token in an account-access link
        (
            "the password reset mail links to https://portal.example.org/account/reset/"
            "p9Xk2Lm7Qw4Er1Ty6Ui3Op8As5Df0Gh and it 404s",
            "p9Xk2Lm7Qw4Er1Ty6Ui3Op8As5Df0Gh",
            "CREDENTIAL",
        ),
        (
            "Einladung: https://tool.example.de/einladung/annehmen/M4n8B2v6C1x9Z3l7K5j0H2g6",
            "M4n8B2v6C1x9Z3l7K5j0H2g6",
            "CREDENTIAL",
        ),
        (
            "verify link https://id.example.com/email/verify/Zr7Yq2Wp9Ks4Lt1Mv6Nx3Bc8Dg0 expired",
            "Zr7Yq2Wp9Ks4Lt1Mv6Nx3Bc8Dg0",
            "CREDENTIAL",
        ),
        (
            "magic sign-in: https://app.example.io/magic/7f3K9pL2qW8xR4tY6uI1oA5sD0gH?u=22",
            "7f3K9pL2qW8xR4tY6uI1oA5sD0gH",
            "CREDENTIAL",
        ),
        # ... the example word inside an address says nothing
        (
            "Login: maria@example.org, Key: sk_live_abc for the shop",
            "sk_live_abc",
            "CREDENTIAL",
        ),
        # a token's id of 64 hex digits beside its secret
        (
            "TBA setup\nToken ID: 0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d",
            "0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d",
            "CREDENTIAL",
        ),
        (
            "token_id=5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c",
            "5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c",
            "CREDENTIAL",
        ),
        (
            "Die Token-ID lautet 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f",
            "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f",
            "CREDENTIAL",
        ),
    ],
)
def test_secrets_go(redactor: Redactor, text: str, value: str, etype: str) -> None:
    assert_masked_as(redactor, text, value, etype)


# --- what must stay ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an expiry label naming something else's end
        "Ablaufdatum der Testversion: 10/26",
        "Expiry of the promo: 05/27, after that full price",
        "Expiry for the beta: 11/26",
        "Ablauf des Probemonats 01/26, dann kostenpflichtig",
        # an amount with cents as long as a card
        "Summe laut Export: 4111111111111111,50 EUR - das ist doch falsch",
        "the ledger row shows 5500000000000004.99 as balance, a rounding bug?",
        "Kontostand 4012888888881881.10 ist unmöglich",
        # a webhook's signature in a URL: a digest of one body, tagged with its algorithm
        "callback hit /hooks/in?signature=sha256%3D9b2f0c4e1a7d3b5c8e6f0a2d4c6e8b1a3d5f7c9e0b",
        "GET /in?sig=sha512%3D4e1a7d3b5c8e6f0a2d4c6e8b1a3d5f7c9e0b2d4f6a8c0e2b4d6f8a0c2e4a6b8d 403",
        "proxy log: GET /ingest?sig=sha1=4e1a7d3b5c8e6f0a2d4c6e8b1a3d5f7c9e0b2d4f HTTP/1.1 403",
        "request /api/notify?x_signature=hmac-sha256:0a2d4c6e8b1a3d5f7c9e0b2d4f6a8c0e2b4d6f8a",
        # a JSON literal under a token's or a secret's key
        '{"name":"Slack","data":{"refreshToken":null}},',
        '[{"clientSecret":false}],',
        '{"apiKey":undefined}} wird so exportiert',
        # an error message after a session's or a token's key
        "log:\nINVALID_SESSION_TOKEN: Session token expired\nnext line",
        "trace:\nAUTH_TOKEN_ERROR: token not found in header\nretrying",
        # a provider's prefix with a word for its body, called an example
        "the README shows STRIPE_KEY=sk_live_sample as the example value",
        "Beispiel aus der Doku: STRIPE_KEY=sk_live_geheim",
        "docs: GITLAB_TOKEN=glpat-example is the placeholder to replace",
        # an id a program composed of words and a day
        "idempotency key order-payment-wk_9x2b1-20251107, duplicate again",
        "Dedup-Key lautet job-export-nightly_7hq2-2026-03-04 laut Log",
        "cache key build-assets-ab7x9-20240611 is stale",
        # look-alikes next to the new rules
        "please call back number 0176 5512 3344",
        "see https://docs.example.com/help/reset/How-To-Reset-Your-Password for the steps",
        "confirm page https://shop.example.com/order/confirm/12345 shows nothing",
        "token id: 8c1f2e3d-4a5b-4c6d-8e7f-9a0b1c2d3e4f in the audit log",
        "Image ID: 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
    ],
)
def test_negatives_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a day something happens on, after a card: not its expiry
        ("card 5425 2334 3010 9903 was charged twice, the refund is due on 03/27", "03/27"),
        ("Karte 4012 8888 8888 1881 belastet, Gutschrift kommt ab 01/27", "01/27"),
        ("4111 1111 1111 1111 blocked since 11/25 and nobody answers", "11/25"),
        # a sentence's end between the card and a month's number
        ("Karte 4111 1111 1111 1111. Die Rate im Plan: 12/30 Monate", "12/30"),
    ],
)
def test_card_neighbours_stay(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor.redact(text).text
    assert kept in out, out
    assert "••••" in out, out
