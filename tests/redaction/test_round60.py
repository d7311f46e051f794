"""Round 60: values found (a card's expiry and code joined by the card's own separator or
after a label and a dash, a password after mosquitto's "-P", Net-SNMP's "-A"/"-X", net use's
"/USER:", a "--pin=" option, a PIN with letters and in quotes, a password field typed
"pasword" after a user, backup codes numbered or quoted under their name a line or two
later, a value after a relative clause) and false hits cleared (a mail's sign-off or its
owner's name after a login, a state denied in a password's field, what a password is made
of, a test card from a test list, table or documentation page, a key shown masked or cut
after its prefix, a grok or OpenVPN slot, a format's mask, a subject line's words, a
camel-case key at a line's end, a device's hardware address, a remark's "Workspace", a CSV
under a heading about password resets, a block's label, an iCalendar's next field, a
setting of the one-time codes, a camel-cased SSID key, a voucher's number broken after its
hyphen).

Each with a twin: the same shape with the other answer. Values are our own. Every case
that a change defends fails on 0330dc8; the others are twins or guards and pass on both."""

from __future__ import annotations

import pytest

from redaction import Redactor

VISA = "4716 0589 3321 7718"  # Luhn-valid, in Visa's range


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Karte aus dem Sheet: 4716_0589_3321_7718_1128_903", ["1128", "903"]),
        ("card from the CSV: 4716,0589,3321,7718,07,31", ["07,31"]),
        ("karte 4716-0589-3321-7718-11-29-482 bitte", ["11-29", "482"]),
        (
            "mosquitto_sub -h 10.0.0.4 -p 8883 -u garten -P Zaunkoenig55 -t 'beet/#'",
            ["Zaunkoenig55"],
        ),
        ("mosquitto_pub -u lager -P 'hx7 Lq2' -t x -m y", ["hx7 Lq2"]),
        (
            "Backup-Codes fürs Konto, falls ihr sie zum Entsperren braucht (bin ab morgen\n"
            "weg):\n\n1. 5521-0874\n2. 6610-3392\n3. 7734-1106\n\nKonto: k.ost@hof.de",
            ["5521-0874", "6610-3392", "7734-1106"],
        ),
        (
            "> Your recovery codes (created 2 May)\n> Store them safely.\n> 3391-2284   5520-1176\n"
            "> 7708-4431   9912-0065",
            ["3391-2284", "9912-0065"],
        ),
        (
            f"Payment on the invoice: {VISA} — exp. 09/28 — CVC 640. Please book it.",
            [VISA, "09/28", "640"],
        ),
        ("mosquitto_pub -u hof -PLq7w2mqtt -h broker -p 8883 -t x", ["Lq7w2mqtt"]),
        ("net use Y: \\\\nas01\\scans /USER:HOF\\scan-svc Tz4#kQ9m /persistent:no", ["Tz4#kQ9m"]),
        (
            "snmpwalk -v 3 -u mon -l authPriv -a SHA -A 'Kx7!Auth' -x AES -X 'Kx7!Priv' 10.0.0.1",
            ["Kx7!Auth", "Kx7!Priv"],
        ),
        ("user lagerbot pasword: quitte42x", ["quitte42x"]),
        ("OTP_CODE=448812 from the SMS, is that the format?", ["448812"]),
        (f"meine Kredit-\nkarte: {VISA}, bitte abbuchen", [VISA]),
        ('ich hab pin = "3579Kx" eingetragen, geht nicht', ["3579Kx"]),
        ("PIN: 8642Qz fürs Terminal", ["8642", "Qz fürs"]),  # (no letter left behind)
        ("aqbanking-cli request --balance --pin=7q3Lk9", ["7q3Lk9"]),
        (
            "Das Gäste-Passwort der Praxis, in der das Tablet steht, ist Ahorn-7-Weg.",
            ["Ahorn-7-Weg"],
        ),
        ("The wifi password of the barn, where the sensor hangs, is Hayloft-42!", ["Hayloft-42!"]),
        ("'NewSessionToken': 'kq8Zt2mP9xLw4vR7nB3s'", ["kq8Zt2mP9xLw4vR7nB3s"]),
        # a login, then the password alone on the last line: still the value
        ("login: r.haas@hof-linde.de\nKettle#77", ["Kettle#77"]),
        ("Kennwort: unverändert2022!", ["unverändert2022!"]),
        ("password: unlimited power 77", ["unlimited power 77"]),
        # a card called the customer's own stays a card beside a test list
        (f"the test list card works, but my card {VISA} fails", [VISA]),
    ],
)
def test_the_value_is_masked(redactor: Redactor, text: str, secrets: list[str]) -> None:
    out = redactor.redact(text).text
    for secret in secrets:
        assert secret not in out


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel the duplicate. Account: m.ort@kellerei-ost.de\nNiamh Costello",
        "Die zweite Nummer ist neu. Konto: b.hahn@hahn-bau.de\nViele Grüße, Britta Hahn",
        "Zugangsdaten bleiben:\nBenutzer: lager@hof-linde.de\nKennwort: unverändert seit 2021",
        "VoIP-Passwort: unchanged since setup, calls drop after 30 s",
        "Mein Kennwort: nur Kleinbuchstaben, ich weiß, schwach. Kann ich es ändern?",
        f"Invoice {VISA[:4]} 0589 3321, paid 09/28 by transfer",
        "ssh -P2222 backup@nas01 fails, scp works",
        "Import file (password reset flag set):\nusername,givenname,mail,pwdReset\n"
        "jdoe,Jane,jane@hof-linde.de,true",
        "Unsere Passwort-Richtlinie für neue Konten:\n- mindestens 14 Zeichen\n"
        "- Beispiel eines gültigen Musters: Xxxxxxxx#0000 (nur Schema)",
        'resource random_password "basic" { length = 16 } in our module',
        "Netzwerkname fürs Büro: Praxis-Gast",
        "Invite below, the demo login is demo@hof-linde.de\n\nBEGIN:VEVENT\n"
        "ORGANIZER:mailto:ops@hof-linde.de\nUID:4b2e8f10-9c3d-4a7e-8b21-c5d6e7f80912\nEND:VEVENT",
        'GOTRUE_SMS_OTP_EXP="3600", GOTRUE_SMS_OTP_LENGTH="6" - too long for our auditors?',
        "OTP_EXPIRY=6000 and PIN_EXP=9000 in the .env, is that sane?",
        "Das Passwort der Praxis, in der das Tablet steht, ist jetzt geändert.",
        "aqbanking-cli request --balance --pin=$BANK_PIN",
        "Bitte prüfen. User: jana.roth@hof-linde.de\nJana Roth\nTeamleitung Einkauf",
        "Ich habe eine Gutscheinkarte bekommen. Die Gutschein-\nNummer ist 6011 6234 8712 "
        "0936, geht die fürs Abo?",
        "GetInfo: 'NewBSSID': '3C:A6:2F:11:0B:7E', 'NewChannel': 11, 'NewSSID': 'Lager-WLAN'",
        "From your test list, the Visa 4571010000000000 gives a decline in the sandbox.",
        "Die Zahl 6011 0000 0000 0004 steht in der Doku als Test-Discover, geht aber nicht",
        "Per the test-cards table 5413000000000000 passes and 4570020000000000 fails on staging",
        "It showed sk-proj-****************Lm, so only the last two chars.",
        "The step uses a classic token (ghp_…) as password, made yesterday.",
        "OpenVPN: Benutzername und Passwort (%{OTP} wird angehängt) in login.conf",
        "filter://grok://?match=%{WORD:w1} %{NUMBER:num1} works for 'hi 12' but 'login ok user=ops"
        " session=4471' isn't parsed",
        "-----Original Message-----\nSubject: Re: Zugang Personio\nAstrid, please send the API "
        "credentials.",
        "env:\n  - name: DB_PASSWORD\n    key: adminUserPassword\nIs secretKeyRef required here?",
        "homekit:\n  pin: see sticker\n  username: 0E:42:A1:7C:33:9B\nPairing fails.",
        "Auszug:\n\n## Zugänge\n- OCA Workspace Owner: it@hof-linde.de\n- NAS: admin / im "
        "Passwort-Safe",
    ],
)
def test_no_secret_is_found(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
