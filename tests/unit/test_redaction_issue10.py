"""Issue 10's examples, one table each: what must be masked, what must stay."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from redaction import CREDENTIAL, Redacted, Redactor
from redaction.normalize import _LOOK_ALIKES, normalize
from redaction.recognizers.card import brand_lengths, is_card_number
from tests.support.loop_gap import LOOP_GAP_BOUND, median_loop_gap

CARD = "4111111111111111"

# (text, secret that must not survive)
PASSWORDS: list[tuple[str, str]] = [
    ("The password I set is Hunter2!", "Hunter2"),
    ("my password? it's Hunter22!", "Hunter22"),
    ("password - Hunter22!", "Hunter22"),
    ("password — Hunter22!", "Hunter22"),
    ("password is now: hunter2", "hunter2"),
    ("password for my online banking account is Sommer2024", "Sommer2024"),
    ("password is correct horse battery staple", "horse battery staple"),
    ("my password is Sommer 2024!", "2024"),
    ("password：Kettle77", "Kettle77"),
    ("ｐａｓｓｗｏｒｄ： Kettle77", "Kettle77"),
    ("pasword: Kettle77", "Kettle77"),
    ("my pass is hunter22", "hunter22"),
    ("login anna.k\npwd kettle77", "kettle77"),
    ("u: tess\np: lighthouse9", "lighthouse9"),
    ("postgres://app:Winter#88@db:5432/main", "Winter#88"),
    ("curl -u admin:S3cr3t! https://api.example.com", "S3cr3t!"),
    ("mysql -u root -pGeheim99 shop", "Geheim99"),
    ("--password Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("DB_PASSWORD=Zebra!Stripe7", "Zebra!Stripe7"),
    ("Server=db;Database=shop;User Id=app;Password=Kr0k0dil;", "Kr0k0dil"),
    ("Zugangsdaten: kunde4711 und Sommer2024", "Sommer2024"),
    ("user anna.k and kettle77", "kettle77"),
    ("Hunter22! is my password", "Hunter22"),
    ("Falke_Gold2209 ist übrigens das neue Kennwort", "Falke_Gold2209"),
    ("Mein Kennwort lautet Falke_2209 und der Benutzer ist m.krause", "Falke_2209"),
    ("Passwort lautet:\n\nxK9#mq2!Lp", "xK9#mq2!Lp"),
    ('{"user": "a@b.de", "password": "Brötchen#2023"}', "Brötchen#2023"),
    ("ich hab als passwort jetzt Brezel2025 genommen", "Brezel2025"),
    ("the PIN 4711 default was changed", "4711"),
]

NEGATIVES: list[str] = [
    "Account Number: DE89 3704 0044 0532 0130 00",
    "IMEI 356938035643809",
    "the unknown number 1234 5678 9012 3452 is not a card",  # Luhn-valid, no issuer
    "password = NULL",
    "password: None",
    'password: ""',
    "password: ${link}",
    "password reset link: {{reset_url}}",
    "In der Konfig:\npassword=\nhost=db.intern\nport=5432",
    "my order OCA-000123 and invoice INV-2024-0042",
    "I forgot my password",
    "password is wrong",
    "Password is case sensitive, right?",
    "Passwort vergessen, bitte zurücksetzen",
    "version 10.0.19045 released on 2024-11-06",
    "docker run -p 8080:80 -p 5432:5432 oca/agent:2.14.3",
    "Ich tippe mysql -u root -p und dann fragt er nach dem Passwort",
    "Your password is older than 90 days",
    "Tracking 1Z999AA10123456784, Bestellung 4000123456789017",
    "call me at +49 151 23456789",
    "export PGPASSWORD=$(cat /run/secrets/pg)",
    "password=${DB_PASSWORD} in the compose file",
    "password: <your password here>",
    "Passwort: siehe Mail von gestern",
    "I use a password manager (1Password) for everything",
    "Please send the invoice for order 4000 1234 5678 9010 to accounting",
]

CARDS: list[str] = [
    "4111\n1111\n1111\n1111",
    "4111/1111/1111/1111",
    "4111_1111_1111_1111",
    "4111,1111,1111,1111",
    "4111     1111     1111     1111",
    "4111\u20031111\u20031111\u20031111",
    "4111\u30001111\u30001111\u30001111",
    "4111\u200b1111\u200b1111\u200b1111",
    "4111\u00ad1111\u00ad1111\u00ad1111",
    "4111\u22121111\u22121111\u22121111",
    "cc4111111111111111",
    "３７８２ ８２２４６３ １０００５",  # full-width digits
]

# (text, CVC or expiry that must not survive)
CARD_DETAILS: list[tuple[str, str]] = [
    ("4111 1111 1111 1111123", "123"),
    ("4111 1111 1111 1111/12/26", "12/26"),
    ("card 4111 1111 1111 1111 code on back is 123", "123"),
    ("card 4111 1111 1111 1111 exp Dec 2026", "Dec 2026"),
    ("4111 1111 1111 1111 — 12/26 — 123", "12/26"),
    ("4111 1111 1111 1111 — 12/26 — 123", "— 123"),
    ("Karte 4111 1111 1111 1111, gültig bis 03/27, Prüfziffer 737", "737"),
    ("Karte 4111 1111 1111 1111 und hinten steht 908", "908"),
    ("cc4111111111111111 exp1226 cvc999", "999"),
]

CREDENTIALS: list[tuple[str, str]] = [
    ("my api key is sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"),
    ("AWS key AKIA2OGYBAH6RTKQ7XWZ", "AKIA2OGYBAH6RTKQ7XWZ"),
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmN",
        "eyJzdWIiOiIxMjM0NTY3ODkwIn0",
    ),
    ("token: 9f8e7d6c5b4a39281706abCDef", "9f8e7d6c5b4a39281706abCDef"),
    ("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG"),
    ("G9TsybqCGPDrqUUQuRk4Bq9I-Fu48MZ3HdGYDd <- das ist der API-Schlüssel", "G9TsybqCGPDrqUUQ"),
    ("https://api.example.com/v1?access_token=abc123DEF456ghi789", "abc123DEF456ghi789"),
]

CREDENTIAL_NEGATIVES = [
    "the token expired yesterday, can you send a new one?",
    "commit 3f9a2b7c8d1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a fixed it",  # no key word
    "API key rotation is documented where?",
    'The Zap output was {"access_token": "{{steps.2.access_token}}", "expires_in": 3600}',
    "pk_live_51H8xyzABC is the publishable key, that's public anyway",
    "my SSH public key is ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9",
    "Transaction ID 6011000990139424 was refunded",
    "md5 d41d8cd98f00b204e9800998ecf8427e",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "secret"), PASSWORDS)
def test_password_examples_are_masked(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, out
    assert "[PASSWORD]" in out


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_come_out_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("text", CARDS)
def test_cards_behind_every_separator(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    digits = "".join(ch for ch in normalize(out).text if ch.isdecimal())
    assert len(digits) <= 4 and "••••" in out, out


@pytest.mark.parametrize(("text", "secret"), CARD_DETAILS)
def test_cvc_and_expiry_phrasings(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, out


@pytest.mark.parametrize(("text", "secret"), CREDENTIALS)
def test_credentials_are_masked_as_credential(redactor: Redactor, text: str, secret: str) -> None:
    res = redactor.redact(text)
    assert secret not in res.text, res.text
    assert CREDENTIAL in res.types or "PASSWORD" in res.types


@pytest.mark.parametrize("text", CREDENTIAL_NEGATIVES)
def test_credential_negatives(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("digits", "card"),
    [
        ("356938035643809", False),  # IMEI: Luhn-valid, 15 digits, no 15-digit brand at 35
        ("1234567890123452", False),  # Luhn-valid, no issuer
        ("4111111111111111", True),
        ("378282246310005", True),  # Amex 15
        ("37828224631000", False),  # Amex must be 15
        ("5555555555554444", True),
        ("2221000000000009", True),
        ("6011111111111117", True),
        ("30569309025904", True),  # Diners 14
    ],
)
def test_issuer_range_and_brand_length(digits: str, card: bool) -> None:
    assert is_card_number(digits) is card
    if card:
        assert len(digits) in brand_lengths(digits)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"ab1 4:-.\n",
                "\u00ad",
                "\u200b",
                "\u2003",
                "\u3000",
                "\u2212",
                "\u2014",
                "：",
                "ｐ",
                "１",
                "\ufb01",
                "\u00a0",
                "\t",
                "é",
                "e\u0301",
            ]
        ),
        max_size=30,
    ).map("".join)
    | st.text(max_size=20)
)
@example("\u00c0\u0410").via("a Latin letter and a Cyrillic look-alike in one word")
@example("\u0436\u0410").via("a look-alike beside real Cyrillic")
def test_normalised_spans_map_back_exactly(text: str) -> None:
    norm = normalize(text)
    for start in range(len(norm.text) + 1):
        for end in range(start, len(norm.text) + 1):
            s, e = norm.span(start, end)
            assert 0 <= s <= e <= len(text)
            # the original span, normalised, contains exactly the normalised span; a
            # look-alike is read in Latin or not by its whole word and message, which a
            # slice of them may not hold ("жА" keeps its Cyrillic "А", "А" alone is "A"),
            # so both sides are compared with look-alikes read in Latin
            inside = normalize(text[s:e]).text.translate(_LOOK_ALIKES)
            assert norm.text[start:end].translate(_LOOK_ALIKES) in inside
            if start < end:
                # and no wider: its first and last characters contribute to the span
                assert normalize(text[s]).text and normalize(text[e - 1]).text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["4", "1", " ", "\u200b", "\u2003", "\u00ad", "pw: ", "Hunter2!", "ｐ"]),
        max_size=40,
    ).map("".join)
)
def test_entities_point_into_the_original(text: str) -> None:
    res = _R.redact(text)
    for e in res.entities:
        assert 0 <= e.start < e.end <= len(text)


_R = Redactor()


def test_redacted_is_made_by_the_redactor_only(redactor: Redactor) -> None:
    out = redactor.redact("pw: Hunter22!").text
    assert isinstance(out, Redacted) and out == "pw: [PASSWORD]"
    assert type(out + "x") is str  # any operation yields plain text again
    with pytest.raises(TypeError):
        Redacted("raw", seal=object())  # type: ignore[arg-type]


HOSTILE = {
    "spaced fours": ("4 " * 1000)[:2000],
    "digit run": ("1234567890" * 200)[:2000],
    "password words": ("password is " * 200)[:2000],
    "password values": ("password: Hunter2! " * 120)[:2000],
    "mixed": ("pw: x 4111 1111 1111 1112 12/25 password is CVC 123 login a / b " * 40)[:2000],
    "tokens": ("token abcdefghijklmnopqrstuvwxyz0123456789 " * 50)[:2000],
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_2000_chars_never_hold_the_loop_long(redactor: Redactor, name: str) -> None:
    text = HOSTILE[name]

    gap = median_loop_gap(redactor, text)
    # The median of five runs; the bench reports the figures.
    assert gap < LOOP_GAP_BOUND, gap


def test_redact_async_equals_redact(redactor: Redactor) -> None:
    for text in HOSTILE.values():
        assert asyncio.run(redactor.redact_async(text)) == redactor.redact(text)


@pytest.mark.parametrize(
    "text",
    ["anna@example.com12/25password378282246310005", "passwordpassword passwordPASSWORD"],
)
def test_redacting_twice_changes_nothing(redactor: Redactor, text: str) -> None:
    once = redactor.redact(text).text
    assert redactor.redact(once).text == once
