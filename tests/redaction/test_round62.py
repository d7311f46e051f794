"""Round 62: false hits cleared (a flag named in prose after "--password", sshd's log
words, Concourse's "((var))", an asking phrase in quotes or run together as a slot, C's
pointer names, jasypt's ciphertext, a value's encoding named, an EAP method, a password's
type as its own key, "--no-password", a sign-in "via" something, a kind of password before
the word, a menu's path, a sentence under an empty key, German's passive, a terminal
receipt's approval code, the keypad's own id, a PowerShell command, a BuildKit secret's
spec, a key store's format, a product's message id, a documented test card from the
docs' list, a "Test Case", a "Testkartenliste", a test environment, a demo shop or an
SDK's sample file, a test OTP "as documented", a date read as a login pair, a state word
mistyped, a company's name, a netrc's keyword, a network interface) and values found (a
setup code, a Matter pairing code, a pairing screen's code of capitals and digits,
a SIM card holder's numbered PINs and PUKs, an expired card's date before German's
participle, "locksettings --old").

Each with a twin: the same shape with the other answer. Values are our own. Every case
that a change defends fails on e9e9e40; the others are twins or guards and pass on both."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("the bridge shows setup code 5K2-R81 on its screen, the app says invalid", ["5K2-R81"]),
        ("Einrichtungscode vom Display: 61 38 20 47 – die App findet nichts", ["61 38 20 47"]),
        (
            "Matter-Kopplungscode vom Stecker: 2290-113-5804, App findet ihn nicht",
            ["2290-113-5804"],
        ),
        (
            "the SIM holder card says\nPUK1 71830264  PIN1 4096\nPUK2 55120938  PIN2 7301\nhelp",
            ["71830264", "4096", "55120938", "7301"],
        ),
        ("Meine Karte ist 03/25 abgelaufen, die neue kommt morgen.", ["03/25"]),
        ("ja, die Kreditkarte ist am 11/24 abgelaufen", ["11/24"]),
        ("adb shell locksettings clear --old 802244 and the kiosk lost its admin", ["802244"]),
        ("the TV pairing screen shows code 7K 2E 9B, what do I type in the app", ["7K 2E 9B"]),
        ("Gib auf dem Handy den Code 5TQ 8KM ein, sagt der Fernseher", ["5TQ 8KM"]),
        ("Code 3RX-K7W-2PD in der App eingeben, dann hängt sie", ["3RX-K7W-2PD"]),
        ("the kiosk says 'enter this code in your console: 8WK3ZP' and it fails", ["8WK3ZP"]),
        # twins and guards: still values
        ("docker login -u ci --password Fluss7Stein! registry.holz-weber.de", ["Fluss7Stein!"]),
        ("WPA-Key: sonnenwende88", ["sonnenwende88"]),
        ("Kennwort: Einstellungen2024!", ["Einstellungen2024!"]),
        ("pass: Uber2024!Taxi", ["Uber2024!Taxi"]),
        ('const char* password = "Gartenhaus!77";', ["Gartenhaus!77"]),
        ("DB_PASSWORD length: 0 – auf dem alten Server war es Orion_Nebel52", ["Orion_Nebel52"]),
        ("the keypad code is 415263", ["415263"]),
        ("password: ((Kiesel7!))", ["Kiesel7!"]),
        ("In sandbox my real card 4556 1200 0033 7911 from my wallet fails", ["1200 0033"]),
        ("the app asks for the OTP, I enter 482913 and it spins", ["482913"]),
        ("the router still has admin/7712 since the install", ["7712"]),
        ("password: sunshine7 (forgoten until today)", ["sunshine7"]),
        ("Firmenname: Kiesel!77 GmbH – das war mein Passwort, bitte ändern", ["Kiesel!77"]),
        ("Test case: I paid with my own Visa 4556120000337911 and it failed", ["1200003"]),
    ],
)
def test_the_value_is_masked(redactor: Redactor, text: str, secrets: list[str]) -> None:
    assert_all_gone(redactor, "round 62", text, secrets)


@pytest.mark.parametrize(
    "text",
    [
        "Jenkins:\n+ docker login -u ci -p **** registry.holz-weber.de\n"
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
        "Fail2ban on the host locked out our own office. journalctl shows:\nsshd[2211]: Failed "
        "password for invalid user oracle from 203.0.113.7 port 51522 ssh2",
        "pipeline:\n  docker:\n    username: ci-user\n    password: ((nexus.password))\n",
        'secrets.h:\n//#define WIFI_SSID      "your wifi SSID"\n'
        '//#define WIFI_PASS      "your wifi password"\n',
        'secret.h:\nconst char *ssid = "YOUR_WIFI_SSID";\n'
        'const char *password = "YOUR_WIFI_PASSWORD";\n'
        'const char *hostname = "pico-ota";  // the device hostname on the network',
        "application.properties:\nspring.mail.username=alerts@holz-weber.de\n"
        "spring.mail.password=ENC(Qm9vZ2llV29vZ2llMTIzNDU2Nzg5MA)\nspring.mail.port=587",
        'echo "${{ secrets.DEPLOY_KEY }}" > key\nMuss das Secret base64-kodiert sein?',
        'network={\n  eap=PEAP\n  identity="%s"\n  password="%s"\n  phase2="auth=MSCHAPV2"\n}',
        "Mailbox:\nName:           info@holz-weber.de\nPassword Type:  CRYPT\nUid: 1003",
        "postdove edit mailbox info@holz-weber.de --no-password\noops. anyone can log in now?",
        "Login:\nuser: agentur-nord\npass: über SSO (Entra ID)\nDanke",
        "user: noreply@holz-weber.de\npass: (app password, made in M365)",
        "Kennwort -> Einstellungen -> Sicherheit, da ist kein Button",
        "Benutzername: lager.west\nKennwort:\nRückruf bitte unter 030 5512884",
        "WLAN-Schlüssel wurde übernommen, danach Fehler E-311.",
        "terminal receipt:\nVISA\n************4417\nAUTH CODE: 51K20Q\nAPPROVED",
        'The Nuki keypad ID is 572018, the lock node says "unauthorized".',
        'PS C:\\> $pw = Read-Host -AsSecureString "Passwort für svc-agent"',
        "docker build --secret id=npmrc,src=$HOME/.npmrc -t runner:custom .",
        "openssl pkcs12 -export -in c.crt -inkey c.key -out b.p12 -passout env:P12\n"
        'the form says "unable to decrypt PKCS#12", which password field?',
        'DB2 fails (SQL30082N Security processing failed, "PASSWORD INVALID"). User db2inst1.',
        "Meine Bahncard ist 08/24 abgelaufen, gilt die noch?",
        "In sandbox the declined card from your list goes through:\n| Visa | 4000 0000 0000 7312 "
        "| 09/2029 | 318 |",
        "Die Mastercard 5200 0000 0000 3845 | 11/2028 | 402 aus eurer Testkartenliste wird im "
        "Sandbox-Modus abgelehnt.",
        "Im Sandbox mit Test Case 3 (Challenge Flow, 4556120000337911) kommt kein Popup.",
        "Moyasar sandbox: 5473 0100 0008 8126 is listed to test 3D Secure, it always fails.",
        "Testumgebung: mit der Decline-Testkarte 4556120000337911 kommt statusCode 2000.",
        "die auskommentierte Testkarte aus sample.php: 'card_number' => '4111111111111111'",
        "Sandbox: the test debit card from your list asks for the OTP, I enter 123456 as "
        "documented and it spins.",
        "in sandbox I use the test number 4111 1111 1111 1111 with 11/29 from the docs, it fails",
        "the demo shop's page lists the test card 4200000000000000 with expiry month 01.",
        "pasword: forgoten, the reset mail never arrived",
        "Account Holder: Birke & Stein GmbH\nIBAN on file",
        "~/.netrc:\nmachine api.holz-weber.de\n  login ops@holz-weber.de\n"
        "machine git.holz-weber.de",
        'nmcli con add type wifi ifname "wlp2s0" ssid "Lager"\nPasswort fragt er beim Verbinden',
        "I entered the promo code SAVE 20 in the app and nothing happened",
        "To pair the hub the app wants a pairing code; the model on the label is ZH-3941-EU.",
        "the display shows error code E4 02 after pairing",
    ],
)
def test_nothing_is_masked(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
