"""Round 27: credentials as mails and chats carry them. A value inside an HTML mail's inline
formatting ("is <b>x</b>"); a token opening the next line of a wrapped mail, the sentence
going on after it; a refresh token under a name that says only "refresh" (a browser
console's storage dump). And what must stay: a payment processor's card token or payment
method ("tok_…", "pm_…") in a message about a card; a licence key the customer reads off
the box or its certificate; an item's name in a password manager in brackets after the key
words ('stored in 1Password ("Deploy")'). Also: an access key id named in German
("Zugangsschlüssel-ID"); a portal's "Value:" field under a secret it just made (while
Azure's "Secret ID" in words stays an id); a login's "-p" passphrase of joined words; and a
card "read out in parts" whose parts lie lines apart (an article number, an HTTP status, a
VAT id) is none. Cases in our own words; each positive fails on round 26's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CREDENTIAL, PASSWORD


def _unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def _masked(redactor: Redactor, text: str, value: str, kind: str = CREDENTIAL) -> None:
    res = redactor.redact(text)
    assert value not in res.text, res.text
    assert any(e.type == kind for e in res.entities), res.entities


# --- a value in an HTML mail's inline formatting ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Hi,<br>the API key of our test account is <b>wkx_live_Pq7Rt2Lm9XvB4nZc7W</b>, "
            "the other one I keep.<br>Thanks",
            "wkx_live_Pq7Rt2Lm9XvB4nZc7W",
        ),
        ("<p>Token: <code>Hq3Vn8Kd2Lx7Rb5Tw9Zm4Jc</code></p>", "Hq3Vn8Kd2Lx7Rb5Tw9Zm4Jc"),
        (
            "Hallo,<br><br>unser API-Schlüssel lautet <strong>Mz4Qp8Xr2Kw7Nd5Tb3Lv9G</strong>."
            "<br>Grüße",
            "Mz4Qp8Xr2Kw7Nd5Tb3Lv9G",
        ),
        (
            'der Secret ist <span style="font-family:monospace">Rb7Kx2Wq9Lm4Pz8Tn3Vd6H</span> '
            "seit gestern",
            "Rb7Kx2Wq9Lm4Pz8Tn3Vd6H",
        ),
    ],
)
def test_value_in_inline_html(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Please send the <b>API key</b> name, not the key itself.<br>Thanks",
        "Der <strong>Token</strong> ist <em>abgelaufen</em>, was tun?",
        "the key is shown as <code>••••••••</code> in the portal",
    ],
)
def test_inline_html_without_a_value(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


# --- a token opening the next line of a wrapped mail --------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "We connected with the service user and the API token\n"
            "Tq8Wm3Kx7Rz2Lb9Pd4Nv6Hc1Jf5. Region is EU.",
            "Tq8Wm3Kx7Rz2Lb9Pd4Nv6Hc1Jf5",
        ),
        (
            "Als Benutzer die Mailadresse, als Token\nWn4Kc8Rp2Xm7Lz3Qb9Tv5Hd, seitdem 401.",
            "Wn4Kc8Rp2Xm7Lz3Qb9Tv5Hd",
        ),
        (
            "hab den neuen secret\nBx9Lq2Mv7Kt4Rw8Nz3Pc6Jh eingetragen und es geht nicht",
            "Bx9Lq2Mv7Kt4Rw8Nz3Pc6Jh",
        ),
    ],
)
def test_token_opening_a_wrapped_line(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "we rotated the token\nConfigurationServiceFactory still caches the old one",
        "Ich habe den Token\nheute Morgen neu erzeugt, geht trotzdem nicht.",
    ],
)
def test_next_line_words_after_a_token_word(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


# --- a refresh token under a name saying "refresh" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '[app] localStorage.shop_refresh = "rt_Kw7Mq2Xv9Bn4Zc8Ld3Pf6Ts"\n[app] POST /auth 400',
            "rt_Kw7Mq2Xv9Bn4Zc8Ld3Pf6Ts",
        ),
        ("sessionStorage.refresh: Lp3Qz8Wm2Kx7Rv4Nb9Tc6Hd1", "Lp3Qz8Wm2Kx7Rv4Nb9Tc6Hd1"),
        ("in der .env steht REFRESH=Zx5Mk9Qw3Lp7Rb2Tn8Vc4Hs", "Zx5Mk9Qw3Lp7Rb2Tn8Vc4Hs"),
    ],
)
def test_refresh_value(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "auto_refresh = true, refresh_interval: 30000, refresh_url = https://example.com/a/b",
        "refresh: com.example.billing.RefreshWorkerService",
        "refresh_job_id = Qm8Lx2Wv7Kr3Tz9Nb4Pc6Hd",
        "Bitte die Seite refreshen, dann geht es: Strg+F5 oder Cmd+Shift+R",
    ],
)
def test_refresh_settings_stay(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


# --- a payment processor's card token is no API token -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The checkout gave us token tok_m3kq8zx7vn2bw5lp9rt4hc6y with bin 411111, payment fails",
        "Stripe returned token tok_1PqRsT2uVwXyZ3aBcDeF4gHi for the card, the charge is declined",
        "Die Zahlung mit dem Token card_9fk2mq8x7vn3bz5lw1 schlägt fehl, BIN 535110",
    ],
)
def test_card_token_stays(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my api token is tok_a8Hk2mQ9xL2mR8vKz7 and the login fails", "tok_a8Hk2mQ9xL2mR8vKz7"),
        (
            'payment service config: api_token: "tok_live_Y8vQ3sP9xL2mR7wK" bitte prüfen',
            "tok_live_Y8vQ3sP9xL2mR7wK",
        ),
    ],
)
def test_tokens_not_of_a_card_stay_masked(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value)


# --- a licence key printed on the goods ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the product key printed on the licence certificate: ACME-PRO-4K8M-7XQT-2026. Valid?",
        "Der Lizenzschlüssel auf dem Aufkleber lautet 7Q2K-9XWM-4TRB-3LZN, geht das?",
        "License key on the box: Q7M2K-9XP4T-WZ77H-JR3LC-B5NE8, can I install it twice?",
    ],
)
def test_printed_licence_key_stays(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lizenzschlüssel lt. Mail: 3HQK-8XWM-4TRB-9LZN-8VCY. Der", "3HQK-8XWM-4TRB-9LZN-8VCY"),
        ("the API key printed in the log is Zq8Lm2Xv9Bn4Zc7Wy1Hd6Pf", "Zq8Lm2Xv9Bn4Zc7Wy1Hd6Pf"),
    ],
)
def test_other_keys_stay_masked(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value)


# --- a password manager's item named in brackets ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '- ci-runner - service account - API key stored in 1Password ("Runner deploy")',
        'the secret lives in our vault (1Password, item "Billing prod")',
        'Das Passwort steht in 1Password unter "Buchhaltung Server"',
        'Token gespeichert in Bitwarden ("Shop Live")',
    ],
)
def test_vault_item_name_stays(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ('getToken("Zq8Lm2Xv9Bn4Zc7")', "Zq8Lm2Xv9Bn4Zc7", CREDENTIAL),
        ("password in 1Password: Zebra!Lamp42", "Zebra!Lamp42", PASSWORD),
        ("my password is 1Password2024!", "1Password2024!", PASSWORD),
    ],
)
def test_calls_and_passwords_near_a_vault(
    redactor: Redactor, text: str, value: str, kind: str
) -> None:
    _masked(redactor, text, value, kind)


# --- an access key id in German, a portal's "Value" under a new secret ---------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Die Zugangsschlüssel-ID ist SWIAK7QPLM2XR9TZ4VBN8WQCDE und der Schlüssel liegt bei",
            "SWIAK7QPLM2XR9TZ4VBN8WQCDE",
        ),
        ("Zugangsschluessel-ID: SWIAQ3XK8ML2PZR7TV4BN9WCDX", "SWIAQ3XK8ML2PZR7TV4BN9WCDX"),
        (
            "New client secret created.\nDescription: sync\n"
            "Value: Kp4~Rw9Lm2Xq7Tb3Nz8Vc5Hd1Jf6Gs\n",
            "Kp4~Rw9Lm2Xq7Tb3Nz8Vc5Hd1Jf6Gs",
        ),
        (
            "Neues Token erstellt:\nName: ci\nWert: Hq3Vn8Kd2Lx7Rb5Tw9Zm4Jc",
            "Hq3Vn8Kd2Lx7Rb5Tw9Zm4Jc",
        ),
        (
            "Certificates & secrets > new secret\n  3. Value: Tz6Qw1Lp8Xm3Kr9Vb4Nc7Hd2\n",
            "Tz6Qw1Lp8Xm3Kr9Vb4Nc7Hd2",
        ),
    ],
)
def test_key_id_and_value_fields(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Zugangsschlüssel-ID ist die Nummer oben links",
        "Setting: max items\nValue: ConfigurationServiceFactory",
        "The token was rotated.\nValue: 2025-03-10T09:12:33.000Z",
        "Client secret rotated.\nSecret ID: 5b7e3a14-1f3a-4c2e-9b4d-4e619a8f2c0d, expires 2027",
        "secret rotated\nValue: 5b7e3a14-1f3a-4c2e-9b4d-4e619a8f2c0d",
    ],
)
def test_ids_and_settings_stay(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


# --- a card "read out in parts" needs its parts near each other ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe Artikel 4412 gelesen und alles angelegt, auch die Schlüssel, wie beschrieben.\n"
        "Beim Test kommt dann 401 zurück, jedes Mal, auch nach einem Neustart des Servers.\n"
        "Gruß\nUSt-IdNr. DE 309 117 442",
        "See article 4412 for the steps we followed, the whole thing took an hour or so.\n"
        "Then the test gave 401 and the log shows nothing useful at all, sadly.\n"
        "VAT DE 309 117 442",
    ],
)
def test_far_apart_numbers_are_no_card(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Karte fängt an mit 3461 946823\nIch: und endet mit 08139", ("3461", "946823", "08139")),
        ("[10:40] anna: my card 4111 1111\n[10:41] anna: 1111 1111", ("4111", "1111")),
    ],
)
def test_card_over_two_lines_still_masked(
    redactor: Redactor, text: str, parts: tuple[str, ...]
) -> None:
    res = redactor.redact(text)
    assert not any(p in res.text for p in parts), res.text


# --- a login's "-p" passphrase of joined words --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "the job runs docker login -u builder -p green-lamp-river-stone reg.example.io",
            "green-lamp-river-stone",
        ),
        ("podman login -u anna -p blaue-wolke-faehrt registry.example.de", "blaue-wolke-faehrt"),
        ("Im Log steht: sshpass -p rote-katze-springt ssh deploy@host", "rote-katze-springt"),
    ],
)
def test_login_flag_passphrase(redactor: Redactor, text: str, value: str) -> None:
    _masked(redactor, text, value, PASSWORD)


@pytest.mark.parametrize(
    "text",
    [
        "mysql -u root -p shop-db-main",
        "docker run -p 8080:80 -p 443:443 nginx",
        "we use docker login -u ci -p $REGISTRY_PASSWORD in the pipeline",
    ],
)
def test_cli_flags_that_are_no_passphrase(redactor: Redactor, text: str) -> None:
    _unchanged(redactor, text)
