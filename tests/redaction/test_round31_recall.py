"""Round 31, password and credential recall in single messages: a short password word
shouted with its connector, Zoom's "Kenncode", an alarm's duress, master and user codes, a
<PW> element, wpa_supplicant's psk and wpa_passphrase, a user:pass piped to base64, a
gateway's "KEY.PWD value" line, slashed labels and values,
an Oracle connect string named as Oracle's, a generated value after "admin /", a security
question asked and answered, restore and spaced backup codes, a setup key under a QR code,
a code typed into a 3-D Secure check, a generator's symbols, a value after a composition
note or a lone "!!", a Korean password word glued to its value, and a value called the
password after a user label. Cases in our own words (EN, DE); each guard is a look-alike
that must stay unchanged."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import redacted


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("PW LAUTET: HECHT2031 (so hat es der Chef eingerichtet)", ["HECHT2031"]),
        ("Webinar morgen: Meeting-ID 912 4410 3385, Kenncode 9bQw4Z.", ["9bQw4Z"]),
        ("the panel's duress code is 5820, please never print it", ["5820"]),
        ("Der Installateur hat mir einen neuen Benutzer-Code gegeben: 7302.", ["7302"]),
        ("Mastercode der Alarmanlage: 66120", ["66120"]),
        ("the router backup has <ID>admin</ID> <PW>Qa7rT2kx</PW> in it", ["Qa7rT2kx"]),
        (
            'network={\n  ssid="Hof-WLAN"\n  psk="A1B2C3D4E5F6A7B8C9D0E1F2A3"\n}',
            ["A1B2C3D4E5F6A7B8C9D0E1F2A3"],
        ),
        ('I ran wpa_passphrase "Cafe Mitte" kuchenteller on the pi', ["kuchenteller"]),
        ("curl -H \"Authorization: Basic $(echo -n 'svc:Lagerhalle7' | base64)\"", ["Lagerhalle7"]),
        ("Zugang:\nUSER.LOGIN shop44\nUSER.PWD 7F3A99C1\nDanke", ["7F3A99C1"]),
        ("IP/ID/PW 10.1.2.3/kasse/Tk82_pLm9 für das Terminal", ["Tk82_pLm9"]),
        ("Oracle im Connector: lager/884211@prod01 geht nicht", ["884211"]),
        ("Switch-Admin: admin / (Kq8!Lm2?/x>7Rt=&&z/", ["(Kq8!Lm2?/x>7Rt=&&z/"]),
        ("Q: What was your first pet's name? A: Krümel\nfor the phone banking", ["Krümel"]),
        (
            "Sicherheitsfrage-Antwort fürs Bankkonto: Apfelstrudel (Lieblingsessen)",
            ["Apfelstrudel"],
        ),
        ("the authenticator restore code Q4W8E2R6TZ, can you use it?", ["Q4W8E2R6TZ"]),
        ("my backup code from the 2FA setup: m3k7 q9x2 w4p8. Still valid?", ["m3k7 q9x2 w4p8"]),
        (
            "For the 2FA on the team inbox, the text under the QR code: JBSW Y3DP EHPK 3PXP",
            ["JBSW Y3DP EHPK 3PXP"],
        ),
        ("the 3DS window wanted a code and I entered 418803 but it failed", ["418803"]),
        (
            "the backup password for the archive job is ~!@#$%^&*()_+{}[] (all signs)",
            ["~!@#$%^&*()_+{}[]"],
        ),
        ("password is the old one with ?? at the end: Bier-Brezn-Senf??", ["Bier-Brezn-Senf"]),
        (
            "the office wifi password has spaces in it: welcome to the harbour — all small.",
            ["welcome to the harbour"],
        ),
        ("Der Dienstleister schreibt: 비번은Kx83Mq!a – ist das das Admin-Passwort?", ["Kx83Mq!a"]),
        ("for the NAS: admin is username Rt5Lq9Wz is the password", ["Rt5Lq9Wz"]),
    ],
)
def test_found(text: str, values: list[str]) -> None:
    out = redacted(text)
    for value in values:
        assert value not in out, (value, out)


@pytest.mark.parametrize(
    "text",
    [
        # user names, addresses, hosts, network names stay
        "IP/ID 192.168.0.1/master, password comes by phone",
        "ping 192.168.0.1 via eth0/br0 fails",
        "route 10.0.0.1 default/Gateway1 is set",
        "TCP/IP 10.0.0.1/24 on the second port",
        'network={\n  ssid="Hof-WLAN"\n  psk="<your passphrase>"\n}',
        'wpa_passphrase "$SSID" "$PSK" > /etc/wpa_supplicant.conf',
        "echo -n 'user:$PASS' | base64",
        # an Oracle error code and a ref after "@" stay
        "Oracle: ORA-01017 invalid username/password; logon denied",
        "Oracle CI uses actions/checkout@v4 and feature/login@main",
        # a negated password, a placeholder, source code, a meeting id
        "Das Passwort ist NICHT das Geburtsdatum, keine Sorge",
        "Passwort ist NICHT mehr gültig",
        "Kenncode vergessen, wo finde ich den?",
        "Zoom Meeting-ID 845 2291 7730, den Kenncode schicke ich separat",
        "the master code repository has 3 branches",
        "Benutzer-Code 12 ist gesperrt",
        "the restore point ID 4711 failed",
        "The 3DS error code 1005 appeared",
        "DB_PASSWORD required",
        "DB_PASSWORD ${DB_PASSWORD}",
        "db_password missing",
        "the password has spaces in it: is that allowed?",
        "the password is ........ ok",
        "username anna is the password owner",
        "비번은 뭐예요?",
        "What is your mother's maiden name? A: I don't know",
        "licence key for the desktop agent is in the portal",
        "serial number SN-4471-AX2 on the label",
    ],
)
def test_kept(text: str) -> None:
    assert redacted(text) == text
