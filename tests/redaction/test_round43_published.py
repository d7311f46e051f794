"""Round 43 (false hits): published values (``redaction.published_values``).

Public-key material is public on every path (an SSH public key, a publishable key, a
value its label calls public, a PGP key's id); an example the value's sentence says a
document published ("the docs say …", "… steht so im README") is no customer's secret.
Each rule has hard twins that stay masked: the private half under the same layout, and
the same published value where the message says it is in use ("I use", "mine is", "wie
im README", "our wiki") or another value after a correction. Cases in our own words,
EN and DE."""

from __future__ import annotations

import pytest

from redaction import CARD_CVC, CREDENTIAL, PASSWORD, Redactor
from redaction.published_values import public_key_material, published_example
from tests.redaction.helpers import assert_masked_as

NEGATIVES = [
    # a document's example, the sentence says where it is published
    "The setup guide says 'CVC: 4321 (four digits for Amex)', but our form only takes three?",
    "Laut Doku: Sicherheitscode 12 ist zu kurz, 4567 zu lang. Was gilt bei Amex?",
    "Beispiel-Token aus der Anleitung (9c2e71f0aa4b5d3e8f1c6b7a2d9e0f4c) – muss man den tauschen?",
    "the restic docs show export RESTIC_PASSWORD='Xq7long-and-secure_pass&&99' — do I swap "
    "that whole string for mine?",
    "Website: https://git.example.org Username: 'foxtrot' Password: 'kitten4ever' steht so im "
    "README, nicht meins",
    "webhook secret whsec_Zq8Lm2Xv7Tp4RnB9Kc1Fy from the sample, is that format current?",
    "Example we show: Winter2025! is rejected as too common. Can your signup step do that?",
    "telegram says 'Unauthorized' for bot token 654321:XYZ-ABC9876qrStu-vwx11Y3z2a987bc22 — "
    "that's the one from the docs",
    # public-key material, whatever path it comes by
    "router lists WireGuard peer pubkey Hq3mT8vQ2rX9kL5nB1wC7yH4dJ6fG0sZpAeUiO7Wq2E= for "
    "the remote side",
    "pk_live_51Qx7Lm2Rt9Vb4Nc8Kd3Wz6Hy1Fs0Pa5Ej",
    "export SIGNING_GPG_KEY=0x7C3B91E4A2F05D68 and the release job says no secret key",
    "-----BEGIN OPENSSH PRIVATE KEY----- den schicke ich nicht, nur den Public Key "
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBq7Wm2Xc9Lp4Rt8Vn3Kd6Hy1Fs0Pa5EjQz2Mx7 ops@build",
]

TWINS = [
    # the same published value, in use or the customer's own
    (
        "the restic docs show export RESTIC_PASSWORD='Xq7long-and-secure_pass&&99' and I "
        "use that exact string on our server",
        "Xq7long-and-secure_pass&&99",
        PASSWORD,
    ),
    (
        "Password: 'kitten4ever' steht so im README, mine is the same, login fails",
        "kitten4ever",
        PASSWORD,
    ),
    (
        "webhook secret whsec_Zq8Lm2Xv7Tp4RnB9Kc1Fy from our wiki",
        "whsec_Zq8Lm2Xv7Tp4RnB9Kc1Fy",
        CREDENTIAL,
    ),
    (
        "DSN laut Doku: host=db01 user=app password=Rezept!Block7 sslmode=require",
        "Rezept!Block7",
        PASSWORD,
    ),
    (
        "connection string as in the README: Server=db;User Id=app;Password=Kaffee!Tasse9;",
        "Kaffee!Tasse9",
        PASSWORD,
    ),
    (
        "app password for the mail step: abcd-efgh-ijkl-mnop was the example in your docs, "
        "ours is qwtx-mzrk-plbn-vefs",
        "qwtx-mzrk-plbn-vefs",
        PASSWORD,
    ),
    (
        "Laut Doku: CVC 12 ist zu kurz. Meine Karte 4111 1111 1111 1111 hat CVC 4567",
        "4567",
        CARD_CVC,
    ),
    (
        "I still use the default password Speed!Port42 from the manual, do I have to change it?",
        "Speed!Port42",
        PASSWORD,
    ),
    # a command from the docs that the customer ran carries their own token (stop 44:
    # the blind look-alike set lost one such token to the published rule)
    (
        "Straight from your API guide, we ran: curl -H 'Authorization: Bearer "
        "oca_pat_Hq7Lw2Zp9Xv4Nc6Rb1Tm8Ks3Yd' https://api.example.net/v1/me -> 401",
        "oca_pat_Hq7Lw2Zp9Xv4Nc6Rb1Tm8Ks3Yd",
        CREDENTIAL,
    ),
    (
        "Aus der Doku, so habe ich es ausgeführt: http --auth-type=bearer --auth "
        "tk_Mz81QwLp47XbNv29Rt5c GET api.example.net/flows",
        "tk_Mz81QwLp47XbNv29Rt5c",
        CREDENTIAL,
    ),
    # the private half under the same layout
    (
        "[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\n[Peer]\n"
        "PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=",
        "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=",
        CREDENTIAL,
    ),
    (
        "my wireguard private key is yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk= can you check",
        "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=",
        CREDENTIAL,
    ),
    (
        '{"kty":"OKP","kid":"k1","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",'
        '"d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}',
        "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
        CREDENTIAL,
    ),
    (
        "gpg key id 3A9F27C4B1E6D805, passphrase for the gpg key: Elbe-Flut-1987",
        "Elbe-Flut-1987",
        PASSWORD,
    ),
    (
        "ClickUp token pk_41209969_06D599X5OH2I2TAEJNZQ97WC95E5QQPO",
        "pk_41209969_06D599X5OH2I2TAEJNZQ97WC95E5QQPO",
        CREDENTIAL,
    ),
    (
        "Stripe: publishable key pk_live_51Hx8QpLkR2vT9mWcY4nZ7aBf, secret key "
        "sk_live_51Hx8QpLkR2vT9mWcY4nZ7aBfD3eGu6sJ",
        "sk_live_51Hx8QpLkR2vT9mWcY4nZ7aBfD3eGu6sJ",
        CREDENTIAL,
    ),
    (
        "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAAB"
        "AAAAMwAAAAtzc2gtZWQyNTUxOQAAACBk3Lq8vZ2m5N1pR7tX4cW9yB6dF0sG3hJ2kL5aQ8eU1",
        "AAAAMwAAAAtzc2gtZWQyNTUxOQAAACBk3Lq8vZ2m5N1pR7tX4cW9yB6dF0sG3hJ2kL5aQ8eU1",
        CREDENTIAL,
    ),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_published_value_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(("text", "value", "etype"), TWINS)
def test_twin_stays_masked(redactor: Redactor, text: str, value: str, etype: str) -> None:
    assert_masked_as(redactor, text, value, etype)


@pytest.mark.parametrize(
    ("text", "value", "public"),
    [
        ("I have ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOT y9CbYtK2", "ssh-ed25519 AAAAC3Nz", True),
        ("PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=", "xTIBA5rbo", True),
        ("PrivateKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=", "xTIBA5rbo", False),
        ('{"n":"0vx7agoebGcQSuuPiLJXZptN9nndrQ","e":"AQAB"}', "0vx7agoeb", True),
        ('{"d":"0vx7agoebGcQSuuPiLJXZptN9nndrQ","e":"AQAB"}', "0vx7agoeb", False),
        ("Public API Key: 7f3c9a2e4b1d", "7f3c9a2e4b1d", False),
        ("STRIPE_PUBLISHABLE_KEY=pk_test_51NzQ8kLkR2vB9pZa7", "pk_test_51NzQ8kLkR2vB9pZa7", True),
        ("oca_pk_live_3mT8vQ2rX9kL5nB1wC7yH4", "oca_pk_live_3mT8vQ2rX9kL5nB1wC7yH4", False),
        ("MYPGPKEY=0x3A9F27C4B1E6D805", "0x3A9F27C4B1E6D805", True),
        ("der Schlüssel für den GPG-Key ist Elbe-Flut-1987", "Elbe-Flut-1987", False),
    ],
)
def test_public_key_material(text: str, value: str, public: bool) -> None:
    start = text.index(value)
    end = start + len(value)
    if value == "xTIBA5rbo" or value == "0vx7agoeb":
        end = text.index("=" if "Key" in text else '"', start)
    assert public_key_material(text, start, end) is public


@pytest.mark.parametrize(
    ("text", "value", "published"),
    [
        ("the docs say 'token: Zq8Lm2Xv7Tp4'", "Zq8Lm2Xv7Tp4", True),
        ("the docs say 'token: Zq8Lm2Xv7Tp4' and we use it in prod", "Zq8Lm2Xv7Tp4", False),
        ("token Zq8Lm2Xv7Tp4 from the sample", "Zq8Lm2Xv7Tp4", True),
        ("token Zq8Lm2Xv7Tp4 from the sample? not sure", "Zq8Lm2Xv7Tp4", False),
        ("token=Zq8Lm2Xv7Tp4 <- relative link from the mail template", "Zq8Lm2Xv7Tp4", False),
        ("token Zq8Lm2Xv7Tp4 steht im Template, wo bekomme ich meinen?", "Zq8Lm2Xv7Tp4", True),
        ("token Zq8Lm2Xv7Tp4 steht im Template", "Zq8Lm2Xv7Tp4", False),
        ("user docs-bot, token: Zq8Lm2Xv7Tp4", "Zq8Lm2Xv7Tp4", False),
        ("token: Zq8Lm2Xv7Tp4 <- that is from your docs example", "Zq8Lm2Xv7Tp4", False),
        ("my own token, not from your docs: Zq8Lm2Xv7Tp4", "Zq8Lm2Xv7Tp4", False),
        ("Laut Handbuch ist das Token Zq8Lm2Xv7Tp4", "Zq8Lm2Xv7Tp4", False),
        ("Laut Handbuch ist Zq8Lm2Xv7Tp4 ein Beispiel", "Zq8Lm2Xv7Tp4", True),
        ("token Zq8Lm2Xv7Tp4 (the example account we share)", "Zq8Lm2Xv7Tp4", False),
        ("docker-compose aus der Doku:\n  TOKEN: Zq8Lm2Xv7Tp4", "Zq8Lm2Xv7Tp4", False),
        ("the docs show\n  TOKEN: Zq8Lm2Xv7Tp4", "Zq8Lm2Xv7Tp4", True),
    ],
)
def test_published_example_reads_the_sentence(text: str, value: str, published: bool) -> None:
    start = text.index(value)
    assert published_example(text, start, start + len(value)) is published
