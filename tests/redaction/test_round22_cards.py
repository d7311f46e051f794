"""Round 22: cards, card details and credentials on long mails, logs and configs. What must
stay: a certificate or signature in XML (public by design), a log record's session id, a
vendor prefix with a filler body ("sk_live_xxx"), an OAuth client's host-name id, IPv4
addresses that add up to a Luhn-valid run. What must go: base64 of ``user:password``
without its scheme word, a CVC under a swapped label ("ccv"), an expiry the card "says",
a card's printed label with another expiring thing named further on. Cases in our own
words; each fails on round 21's code."""

from __future__ import annotations

import pytest

from redaction import Redactor

# --- what must stay ---------------------------------------------------------------------

_B64 = "QmFzZTY0Qm9keU9mQUNlcnRpZmljYXRlVGhhdElzUHVibGljMTIzNDU2Nzg5MGFi"


@pytest.mark.parametrize(
    "text",
    [
        # a certificate, a signature or a digest inside XML-DSig / SAML metadata
        f"IdP metadata:\n<ds:X509Certificate>\n{_B64}\n{_B64[::-1]}\n</ds:X509Certificate>",
        f"<KeyInfo><X509Data><X509Certificate>\n  {_B64}\n</X509Certificate></X509Data>",
        f"Die Signatur schlägt fehl:\n<SignatureValue>\n{_B64[::-1]}\n</SignatureValue>",
        f"<RSAKeyValue><Modulus>\n{_B64}\n</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>",
        # a log record's session field (timestamp, level, other key=value fields)
        "2025-02-03T08:15:44.120Z INFO auth.ok user=kim ip=10.1.2.3 attempt=1 "
        "session=4be1c09d7a2f33e8b61c0d5e",
        "[07:44:02] WARN checkout user=p.ng route=/pay status=402 sid=9a0c7e55d13b4f2a",
        "2025-02-03 08:15:44 ERROR login benutzer=anna grund=gesperrt versuch=3 "
        "sess=ab12cd34ef56ab78cd90",
        # a vendor prefix with a filler body: the kind of key named, none given
        "STRIPE_SECRET_KEY=sk_live_xxx\nLOG_LEVEL=debug",
        "set GITHUB_TOKEN=ghp_XXXX before running the script",
        "der Schlüssel hat die Form api_key: sk_test_xx (ohne Leerzeichen)",
        # an OAuth client's public id is a host name
        "OAuth client is 7741029384756610293847-ab3_kq9zz81mmx02_pq7.apps.googleusercontent.com",
        "unser OAuth-Client lautet 5531208846-k2m9x_q81zz7vb0p3lw4.apps.googleusercontent.com",
        # IPv4 addresses whose digits pass Luhn
        "allowlist: 214.70.227.4, 35.88.121.75, 4.132.211.142",
        "Firewall: erlaubt sind 35.88.121.75, 4.132.211.142 und 10.0.0.1",
    ],
)
def test_negatives_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- what must go -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # the cookie of a session is its credential, log or not
        (
            "Cookie: session=4be1c09d7a2f33e8b61c0d5e; theme=dark; lang=en",
            "4be1c09d7a2f33e8b61c0d5e",
        ),
        # a provider prefix with a real body is a key
        (
            "STRIPE_SECRET_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dcQ",
        ),
        # base64 of user:password without "Basic" before it
        (
            "the proxy turns our header into XXXX Ym9iOnNlY3JldA== and auth fails",
            "Ym9iOnNlY3JldA==",
        ),
        ("Header enthält dXNlcjpwYXNzd29yZDE= und dann kommt 401", "dXNlcjpwYXNzd29yZDE="),
        ("Authorization header has ZGVwbG95OlMzY3JldCE= in it", "ZGVwbG95OlMzY3JldCE="),
        # a certificate element does not hide a secret element
        (f"<ClientSecret>\n{_B64}\n</ClientSecret>", _B64),
        # plain-text htpasswd lines
        ("our .htpasswd has plain lines:\nmaria:Sonnenblume7\ntom:rb-3kx!", "Sonnenblume7"),
        ("our .htpasswd has plain lines:\nmaria:Sonnenblume7\ntom:rb-3kx!", "rb-3kx!"),
        ("In der htpasswd steht:\n  kiosk:warteschlange\nreicht das?", "warteschlange"),
        # a card's data: a swapped CVC label, an expiry the card "says"/"shows"
        ("ccv is 661 and the date on the card says 12/25", "661"),
        ("ccv is 661 and the date on the card says 12/25", "12/25"),
        ("mein CCV ist 318", "318"),
        ("cvc 331 and the card shows 09/28", "09/28"),
        ("Prüfziffer 552, auf der Karte steht 07/27", "07/27"),
        # a CVC after a comma or a "noch"/"still" on the way
        ("hinten stehen drei Zahlen, 556", "556"),
        ("hinten steht noch 918", "918"),
        ("the code on the back is still 447", "447"),
        # an expiry label asked and answered at once
        ("brauchen Sie das Ablaufdatum? 01/26", "01/26"),
        ("need the expiry date? 03/28", "03/28"),
        ("the expiry? it's 11/27", "11/27"),
        # a card's printed label right after the card, with a subscription named later
        ("my new card (exp 04/29) isnt accepted for the subscription", "04/29"),
        ("die Karte, exp 11/27, geht nicht fürs Abo", "11/27"),
        ("the Visa exp 04/29 fails on the plan page", "04/29"),
        # a card is still a card with dots between its groups
        ("card 4111.1111.1111.1111 please", "4111.1111.1111"),
    ],
)
def test_secrets_go(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, f"{text!r} -> {out!r}"


@pytest.mark.parametrize(
    "text",
    [
        "subscription renews, exp 04/29",  # no card named before the label
        # hashed htpasswd lines, a URL and a port under an htpasswd word
        "htpasswd:\nops:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/\nweb:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=",
        "htpasswd lives on:\nurl:https://intra.example.com\ndb:5432",
        "order 4521 shows 12/25 deliveries",
        "when does the subscription expire? 01/26",
        "Ablaufdatum der Lizenz? 01/26",
        "die letzten 4 Ziffern, 1234",
    ],
)
def test_other_expiries_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
