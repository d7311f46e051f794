"""Round 63: false hits cleared (an empty query parameter's neighbour, a setting's name and
its switch, "User und Passwort sind …" saying what both are, a verdict used as a verb with
its object, a config line's plain key that names no secret, an error message quoted before
a CSV's header, Mapbox's public token, Airtable's object ids, a device's "(Revision)", a
consent cookie, a sign-in with a provider, a PHP namespace in a stack trace, a block quoted
under the document that shows it, a list of IMEIs, a record's number a German compound
names, a record's number where a security answer would stand, a serial or product number
after its label, a disk's name, a Windows product key, Tailscale's node key) and values
found (an install or installer code, a default in use after "the default", a single-board
computer's shipped login "still (default)", an app password "like google said", an app
password pasted without its spaces).

Each with a twin: the same shape with the other answer. Values are our own. Every case
that a change defends fails on 516ec01; the others are twins or guards and pass on both."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from tests.redaction.helpers import assert_all_gone


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("the alarm installer code is still the default 8264 on our panel, pls help", ["8264"]),
        ("ssh pi@10.1.2.3 pw raspberry still (default, yes), the script fails", ["raspberry"]),
        (
            "I made an app password like microsoft said, it's vbxq kzrm tpwh dlsn, still denied",
            ["vbxq kzrm tpwh dlsn"],
        ),
        ("für den Scanner nehmen wir das App-Passwort qrvkzmtpxlwhdbns", ["qrvkzmtpxlwhdbns"]),
        ("Installer-Code ist noch der Standard 4711, die Zentrale braucht ihn", ["4711"]),
        ("Das Schloss hat noch den Standardcode 246810, die App will ihn jedes Mal", ["246810"]),
        ("snmp on the switches is still the default community public, udp 161", ["public"]),
        ('SMS: "Ihr Kassen-Code: 739204. Gültig 5 Min." die App nimmt ihn nicht', ["739204"]),
        ("users.acl:\nuser worker on >Gran1te-Lake-55 ~jobs:* +@all", ["Gran1te-Lake-55"]),
        ("passwd-file:\nbuchhaltung@ott-bau.de:{PLAIN}Kork!eiche7::::::", ["Kork!eiche7"]),
        (
            'target.smtp relay {\n    auth plain relay-44 "Still.Water.8812"\n}',
            ["Still.Water.8812"],
        ),
        ("rabbitmqctl add_user 'etl' 'Hafen#Kran-31'", ["Hafen#Kran-31"]),
        ("prosodyctl register mod meet.example 'Amber Fox Window'", ["Amber Fox Window"]),
        ("mosquitto_pub -h broker -u s1 -P 'T0rf!moor' -t x -m 1", ["T0rf!moor"]),
        ("Die App ist immer noch auf dem Standardpasswort delight, nie geändert.", ["delight"]),
        # twins and guards: still values
        ('network={\n    ssid="Buero"\n    psk="Tannen!Zapfen7"\n}', ["Tannen!Zapfen7"]),
        ('variable "db_password" {\n  default = "Moos_Stein84"\n}', ["Moos_Stein84"]),
        ("Cookie sessionid=8f3a9c2b7d1e4f60a5b9c8d7e6f5a4b3; lang=de", ["8f3a9c2b7d1e4f60"]),
        (
            "set up with the command from the docs, just filled in:\n\n"
            "influx setup --username admin --password 'Kranich!77w' --org acme\n\nfails",
            ["Kranich!77w"],
        ),
        ("the alarm installer code is 5931", ["5931"]),
        ("meine PIN ist 4711, Kundennr 55667788", ["4711"]),
        ("the router still uses password=admin123", ["admin123"]),
        ("App-Passwort: hzqrtkvmplowsnej", ["hzqrtkvmplowsnej"]),
    ],
)
def test_the_value_is_masked(redactor: Redactor, text: str, secrets: list[str]) -> None:
    assert_all_gone(redactor, "round 63", text, secrets)


@pytest.mark.parametrize(
    "text",
    [
        "Der Login-Schritt gegen unser Altsystem nutzt den Password-Grant:\ncurl -X POST "
        'https://auth.ott-bau.de/token -d "grant_type=password&username=j.ott&password=&client_'
        'id=kasse"\nAntwort: invalid_grant. Das Feld ist leer, weil die Variable nicht gesetzt '
        "war.",
        "Fail2ban on the agent host banned our own office. journalctl shows:\nsshd[2211]: "
        "Failed password for invalid user oracle from 198.51.100.4 port 51522 ssh2\nunban it?",
        "In ~/.msmtprc steht user kasse@baeckerei-ott.de, tls_starttls off, port 587 – die "
        "password-Zeile lasse ich weg.",
        "Als SES Relay, SES_REGION=eu-west-1. Fehler: 535 Authentication Credentials Invalid. "
        "User und Passwort sind frisch aus der SES-Konsole.",
        "Die Scanner verlieren ständig das WLAN, deshalb erreicht euer Webhook sie nicht. "
        'wpa_supplicant.conf:\nnetwork={\n    ssid="Werk-Halle7"\n    key_mgmt=WPA-EAP\n'
        '    eap=TLS\n    identity="scan04"\n    client_cert="/etc/certs/scan04.pem"\n}',
        'terraform plan:\n  + resource "azurerm_linux_virtual_machine" "runner" {\n'
        '      + admin_username = "opsadmin"\n      + admin_password = (sensitive value)\n'
        '      + size           = "Standard_D2s_v5"\n    }',
        'the import fails at line 2, it says "unexpected token":\nsku,title,qty,price\n'
        "1001,Mug,3,9.90",
        "airtable base appQ3xZ8kLmN2pR4, view viwK7tY2mQ9xL4zP - the token can read the base",
        "Mapbox-Token für die Karte im Dashboard: pk.eyJ1IjoiYWNtZS1rYXJ0ZSIsImEiOiJjbHg5djJtcTk"
        "wMDFrMnFxZ3N6In0.Zk3mQ7pL2xR8tV4nB6cW1d – das ist doch der öffentliche, oder?",
        "Die drei Ziffern auf der Rückseite vom Router sind 413 (Revision), Seriennummer 88213",
        "Cookie oca_consent=necessary%2Cmarketing; lang=en – hilft das beim Login-Problem?",
        "which logins do you need?\n- WordPress: admin / 2FA via app\n"
        "- Dropbox: hallo@ott-bau.de / (uses Apple login)",
        "Log vom Shop:\n[2024-11-12 03:00:01] production.ERROR: SQLSTATE[HY000] [1045] Access "
        "denied for user 'shop'@'10.0.3.7' (using password: NO)\n#0 /var/www/shop/vendor/"
        "laravel/framework/src/Illuminate/Database/Connectors/Connector.php(70): PDO->__construct("
        "'mysql:host=10.0...', 'shop', Object(SensitiveParameterValue), Array)\n"
        "#1 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector"
        ".php(46): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:"
        "host=10.0...', 'shop', Object(SensitiveParameterValue), Array)",
        "the kafka docs use\n\nssl.key.password=test4321\nssl.truststore.password=test4321\n\n"
        "in every example. which cert do you present?",
        "imeis of the new phones:\n35-209900-176148-1\n35-332211-009814-3\n86-153204-917736-3",
        "Die PUK steht im Ordner, Vertragsnr. 55120394. Könnt ihr helfen?",
        "PUK weg, die Kundennummer beim Anbieter ist 61029384, geht das?",
        "Die Sicherheitsfrage beim Provider weiß ich nicht mehr, war irgendwas mit Haustier. "
        "Kundennummer 66120493, brauche nur die eSIM",
        "the printer wants its admin password, the label shows product no. 4KQ92A only",
        "router admin password? the label faded, sn 7LB2291X00412",
        'the nvr boots into "Please enter passphrase for disk nvme1n1p2_crypt" and hangs',
        "Produktschlüssel vom Aufkleber: XKP7M-QW2RT-8HJ4N-VB6CL-T9D3F, Fehler 0xC004F074",
        "tailscale node key nodekey:9c2e5f8b1d4a7c0f3e6b9d2a5c8f1e4b7d0a3c6f9e2b5d8a1c4e7f0b3d6a"
        ", agent cant reach the api",
        "Hallo zusammen, in der podman-login Manpage steht als Beispiel\n\n$ podman login -u "
        "demo -p demopass localhost:5000\nLogin Succeeded!\n\nWas macht euer Schritt davon?",
        "the API spec shows\n\ncurl -X GET --user me@mydomain.com:mypassword "
        '"https://box.example.com/admin/mail/users"\n\nyour action gets a 403. is the @ a problem?',
        "zweiter Node soll joinen, laut README:\n\ncurl -sfL https://get.k3s.io | K3S_URL=https://"
        "myserver:6443 K3S_TOKEN=mynodetoken sh -\n\nGeht das mit unserem echten Token?",
        'the api docs show\n\n{"method":"user.login","params":{"username":"Admin","password":'
        '"zabbix"},"id":1}\n\nour Admin password is of course different. does the node work?',
        "Creating the user fails. Our policy:\npassword requisite pam_pwquality.so retry=3\n"
        "minlen = 12",
        "Wir migrieren. Die alte .env:\nN8N_BASIC_AUTH_ACTIVE=true\nN8N_BASIC_AUTH_USER=admin\n"
        "N8N_BASIC_AUTH_PASSWORD_FILE=/run/secrets/n8n_pw",
        'prefix "/software/components/director";\n"Name" = format("%s-dir", SHORT);\n'
        '"Password" = \'@/etc/bacula/dir-pw\';\n"Monitor" = true;',
        "trace 11111111-2222-3333-4444-555555555555 in the log, the run stopped there",
    ],
)
def test_nothing_is_masked(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_card_piece_after_another_sentence_is_masked(redactor: Redactor) -> None:
    """ "fehler 500. neue karte ist 5375 4411" ⏎ "0928 3319": the piece's own sentence leads
    into it; the error's number in the sentence before is no other number's piece."""
    thread = Continuation(redactor)
    first = thread.redact("ja bitte, im portal kommt fehler 500. neue karte ist 5375 4411").text
    second = thread.redact("0928 3319").text
    assert "5375" not in first and "4411" not in first
    assert "0928" not in second and "3319" not in second
