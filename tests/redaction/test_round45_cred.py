"""Round 45 (credentials): an AWS access key id is a credential wherever it stands (the
labelling policy from stop 45), AWS's documented example and placeholders excepted; provider
tokens retyped a character or two short (SendGrid) or typed apart by spaces; a
random token alone in its message; a key named as one of two names ("Benutzername/API-Key").
Each with hard twins of the same wording whose answer is the opposite. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone, thread

# --- an AWS access key id named alone ----------------------------------------------------

KEY_IDS = [
    ("key id AKIAQ7W2X9R4T6Y1U3PZ", "AKIAQ7W2X9R4T6Y1U3PZ"),
    (
        "Our access key ID is AKIAR3T7Y2U9W4Q6E8ZP, the secret stays with me.",
        "AKIAR3T7Y2U9W4Q6E8ZP",
    ),
    (
        "Die Access Key ID lautet ASIAV5N2B8M4K7J3H6GF, den Rest schicke ich nicht.",
        "ASIAV5N2B8M4K7J3H6GF",
    ),
    ("AWS Access Key ID: AKIAM4N8B2V6C1X5Z9LQ", "AKIAM4N8B2V6C1X5Z9LQ"),
    ("AKIAH3J7K1L5P9O2I6UY", "AKIAH3J7K1L5P9O2I6UY"),  # (masked alone before, too)
]


@pytest.mark.parametrize(("text", "key_id"), KEY_IDS)
def test_aws_key_id_masked_wherever_it_stands(redactor: Redactor, text: str, key_id: str) -> None:
    assert_all_gone(redactor, "AWS access key id", text, [key_id])


def test_aws_key_id_masked_in_a_later_message(redactor: Redactor) -> None:
    outs = thread(redactor, "here's the id", "access key id AKIAW8E3R6T1Y4U7I2OP")
    assert "AKIAW8E3R6T1Y4U7I2OP" not in outs[1], outs


AWS_TWINS = [
    # the documentation's example, marked so by the text or by the id itself
    "The AWS docs use AKIAIOSFODNN7EXAMPLE as the sample key id",
    "Access Key ID AKIAIOSFODNN7EXAMPLE",
    "for example AKIAQ7W2X9R4T6Y1U3PZ",
    # a placeholder, an id shown cut short
    "access key id AKIAXXXXXXXXXXXXXXXX",
    "the key id in the console reads AKIA…X7Q2",
    # the id talked about, none given
    "which access key id do you need, the one starting with AKIA?",
]


# --- provider tokens a character or two short, or typed apart ----------------------------

SHAPED = [
    # SendGrid's first part retyped short (14 of 22)
    ("SG.b4Nq8Zx2Lm7Tk.Vp3Rw9Yc6Hd1Jf5Gs0aQe8Uo", ["SG.b4Nq8Zx2Lm7Tk.Vp3Rw9Yc6Hd1Jf5Gs0aQe8Uo"]),
    # read off a screen with spaces inside
    (
        "ghp_ 4Tk9mW2xQ7Lr5Nv 8Zc3Bd6Hf1Jy Gs0Pa2UeK7",
        ["4Tk9mW2xQ7Lr5Nv", "8Zc3Bd6Hf1Jy", "Gs0Pa2UeK7"],
    ),
    ("sk_live_72Kq9 Pz4Xm8Rb3Tn6Wc1Vd5Yf2Hg please rotate", ["72Kq9", "Pz4Xm8Rb3Tn6Wc1Vd5Yf2Hg"]),
    ("sk_live_ 83Lr0Qa5Yn9Sc2Xd7Ve4Zf1Wg6Th", ["83Lr0Qa5Yn9Sc2Xd7Ve4Zf1Wg6Th"]),
]


@pytest.mark.parametrize(("text", "gone"), SHAPED)
def test_provider_token_short_or_apart(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "provider token", text, gone)


PROVIDER_TWINS = [
    # code's members after a "SG." namespace: names, no digits in both parts
    "SG.ResponseHandler.sendMessage2",
    "SG.mailSettings.enableSandboxMode",
    # a provider's prefix talked about, the words after it no key's groups
    "ghp_ is the prefix of a GitHub token",
    "sk_live_ keys start like that, ours are rotated 2x a year",
    "my token starts with ghp_7Hk2 and ends with 4fQ9",
    "ghp_ 2fa1 is what the form shows",
]


# --- a random token alone in its message ---------------------------------------------------


@pytest.mark.parametrize(
    "token", ["Wq7Zr2Lk9Xm4Tb8Nc3Vy6Hp1Jd5F", "Mv3Qx8Tn1Rk6Wb9Lc4Zp7Yh2Gd5Sf0aJe"]
)
def test_lone_random_token_masked_on_arrival(redactor: Redactor, token: str) -> None:
    outs = thread(redactor, token, "^ that is the client secret")
    assert token not in outs[0], outs


LONE_TWINS = [
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",  # a bitcoin address
    "0x71C7656EC7ab88b098defB751B7401B5f6d8976F",  # an Ethereum address
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",  # a JWT's header alone
    "cus_Q8mP2xL7rT4vN9",  # a record's id, tagged
    "9f1c4e7a2b8d5c3f0e6a1b9d4c7e2f5a",  # hex: a hash
    "ReportExportQuarterlyFinal2024",  # a name of words
    "see Wq7Zr2Lk9Xm4Tb8Nc3Vy6Hp1Jd5F above",  # not alone: the other rules judge it
]


# --- a key named as one of two names ------------------------------------------------------


def test_key_named_with_another_name(redactor: Redactor) -> None:
    text = "Der Benutzername/API-Key der Bridge ist Rz8Kq2Wm5Xv9Tn3Lb7Yc1Hd4Pf6Gj0Sa2Ue"
    assert_all_gone(redactor, "word/API-Key", text, ["Rz8Kq2Wm5Xv9Tn3Lb7Yc1Hd4Pf6Gj0Sa2Ue"])


PATH_TWINS = [
    "cat /etc/nginx/tls/server.key: permission denied",
    "path /run/secrets/api_key: no such file",
    "Login/Passwort-Feld ist leer",
    "the username/API key is stored in 1Password",
]


@pytest.mark.parametrize("text", AWS_TWINS + PROVIDER_TWINS + LONE_TWINS + PATH_TWINS)
def test_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
