"""Round 38, pasted configuration, code and device text (branch r38-public).

- card fields of a payment object listed after a space (``expiryMonth 07``,
  ``expiryYear 2029``) and a shop's ``cc_cid`` (Amex's name for the code);
- an Erlang binary's string under a secret key (``secret = <<"x">>``); a shell default of
  a script's positional argument (``SECRET=${2:-"x"}``);
- a call named for a user and a password (``url.UserPassword("u", "x")``): the second
  argument is the password, the first is not;
- network devices: a Cisco-style type-0 secret (``enable secret 0 x``), an SNMP community
  (``snmp-server community x RW``), an OpenWrt UCI block's ``option key 'x'``, a network's
  label block over several lines ("Network:" / "Security:" / "Key:");
- a ``.pgpass`` line (host:port:database:user:password), ``kadmin -w x``, ``radtest``'s
  password and shared secret;
- no value: a Wi-Fi security mode (``psk2+tkip+ccmp``), a call through modules or classes
  (``Chef::EncryptedDataBagItem.load(…)``), a placeholder in angle brackets
  (``root:<empty>``).

Cases in our own words; each positive fails on round 37, each twin stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "order payload: cardNumber 5555555555554444, expiryMonth 07, expiryYear 2029",
            "2029",
        ),
        ("shop log shows Visa 4012 8888 8888 1881 with cc_cid 4471 in clear", "4471"),
        ('our rebar config has token_secret = <<"tallow-quill-88">>, ok?', "tallow-quill-88"),
        (
            'deploy.sh sets API_SECRET=${2:-"mauve-lattice-31"} when no arg is given',
            "mauve-lattice-31",
        ),
        ('u := url.UserPassword("svc", "tallowfen") for basic auth', "tallowfen"),
        ("router#show run\nenable secret 0 lantern42\nline vty 0 4", "lantern42"),
        ("config has\nsnmp-server community oakbarrel RW\nand traps go nowhere", "oakbarrel"),
        (
            "wireless block:\noption ssid 'Attic'\noption encryption 'sae'\n"
            "option key 'pebble-moss'",
            "pebble-moss",
        ),
        (
            "Sticker on the router:\nNetwork: Attic-5G\nSecurity: WPA3\nKey: 'four small owls'",
            "four small owls",
        ),
        ("my ~/.pgpass:\ndb.internal:5432:*:report:quartz fern 9\nstill asks", "quartz fern 9"),
        ("kadmin -p ops/admin -w ferret77 -q listprincs hangs", "ferret77"),
        ("radtest maria tulip33 10.0.0.5 0 sh4redKey9 gives Access-Reject", "tulip33"),
        ("radtest maria tulip33 10.0.0.5 0 sh4redKey9 gives Access-Reject", "sh4redKey9"),
    ],
)
def test_config_and_device_secrets_masked(redactor: Redactor, text: str, value: str) -> None:
    out = redactor.redact_text(text)
    assert value not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the user's name in a user/password call is no password
        ('c.User = url.UserPassword("svc-sync", "harbor-Gl1de") fails on the proxy', "svc-sync"),
    ],
)
def test_config_neighbours_kept(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor.redact_text(text)
    assert kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        # security modes, calls through modules, placeholders
        "uci set wireless.radio1.encryption='sae-mixed+ccmp' and commit, the 5G radio stays off",
        'creds = Vault::Secrets.fetch("db", "password") then db_password = creds["pw"]',
        "default login on the switch is admin with no password (admin:<none>), form rejects it",
        # a device's lines with no plain secret: a hashed type, a community not given
        "username ops secret 9 $9$kq2lW0pY$Zx8 is what show run prints",
        "the snmp community is not configured yet on that switch",
        "option ssid 'Attic'\noption encryption 'sae'\noption network 'lan'",
        # colon-separated lines that are no password file: a time, a MAC address
        "the job ran at 10:20:30 and the MAC is 00:1a:2b:3c:4d:5e",
        # a card field list without a card: nothing
        "fields: expiryMonth 07, expiryYear 2029 are validated client-side",
    ],
)
def test_config_look_alikes_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
