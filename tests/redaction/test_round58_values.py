"""Round 58 (values found): a server directive's value anywhere in its line ("requirepass
x"), ipsec.secrets' quoted pre-shared key (': PSK "x"'), a chap-secrets row's secret,
redis-cli's "auth x" after its prompt, and a password manager's export row with an e-mail
login (the next cell, words too).

Each with a twin: the same shape with no secret stays as it is. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("seit gestern steht requirepass wolkenbruch in der Datei, geht das?", ["wolkenbruch"]),
        (
            "redis.conf: requirepass 4be1c07a9e3d2f61 - from openssl rand -hex 8",
            ["4be1c07a9e3d2f61"],
        ),
        ('ipsec.secrets:\n10.0.0.1 10.9.0.1 : PSK "kite over the quiet bay"\nno tunnel', ["kite"]),
        ('strongswan has : PSK "Seeadler-31" now, still no tunnel', ["Seeadler-31"]),
        # (a strong value in a quoted l2tpd row was masked before round 58 too: a guard)
        ('/etc/ppp/chap-secrets:\n"lager"  l2tpd  "Hafen#Wind7"  *\nlogin fails', ["Hafen#Wind7"]),
        ('"bea"   pptpd   Ruderboot44   192.168.7.20\nonly bea fails', ["Ruderboot44"]),
        ("in redis-cli:\n10.0.3.4:6379> auth ostsee7711\nOK", ["ostsee7711"]),
        ("in redis-cli:\n127.0.0.1:6380> AUTH worker Bernstein#5\nOK", ["Bernstein#5"]),
        ("made the hash with docker run ghcr.io/wg-easy/wg-easy wgpw 'Ostsee#Wind4'", ["Ostsee"]),
        (
            'Import aus 1Password, die Zeile:\n"k3tq9zxw2m4hbn7pcy5vdr8fjl","Shop","li@ott-rad.de",'
            '"Lenker!2031","","","Default"',
            ["Lenker!2031"],
        ),
        (
            'row that fails:\n"p2wq8nzt4kx7hmc3vby6drj5sa","Billing","bo@ott-rad.de",'
            '"quiet otter reads maps","https://ott-rad.de","Default"',
            ["quiet otter"],
        ),
    ],
)
def test_the_value_is_masked(redactor: Redactor, text: str, secrets: list[str]) -> None:
    out = redactor.redact(text).text
    for secret in secrets:
        assert secret not in out


@pytest.mark.parametrize(
    "text",
    [
        "in der Beispieldatei steht nur # requirepass foobared, ist das aktiv?",
        "redis.conf: requirepass ${REDIS_PASSWORD} - set by the container",
        "is the masterauth setting needed on the replica?",
        'ipsec.secrets:\n10.0.0.1 10.9.0.1 : PSK "<your secret here>"\nno tunnel',
        '/etc/ppp/chap-secrets:\n"<VPN User 1>"  l2tpd  "<VPN Password 1>"  *\nlogin fails',
        "in redis-cli:\n10.0.3.4:6379> ping\nPONG",
        "what does wgpw 'YOUR_PASSWORD' print?",
        'Import aus 1Password, die Zeile:\n"k3tq9zxw2m4hbn7pcy5vdr8fjl","Shop","li@ott-rad.de",'
        '"","","","Default"',
        'contacts export:\n"Anna Berg","anna@berg.de","Berg GmbH","Hamburg"',
    ],
)
def test_the_same_shape_without_a_secret_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
