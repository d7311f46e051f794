"""Round 45 (false hits): what the message claims a found value is (``value_claims``).

Another field's value (its label heads its clause, the value is said or asked to be one,
"It's …" points back at a field named before), an example, a test's value or a dummy (a
sentence pointing back at it says so, or a hypothesis), and a value denied to be the
secret. Each with hard twins: the same wording with a secret in use stays masked.
Values, names and hosts are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.value_claims import claimed_no_secret, may_claim


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # another field's label heads the value's clause
    (
        "Order failed. Request id req_Zr7Wq2Lm9Tk4Xp, idempotency key"
        ' 3e9b1c7a-5d20-4f6b-8a44-0c2e9d1f7b35, error "do_not_honor".'
    ),
    "Lizenzschlüssel für das Plugin PDF-Export: Q7MK-2XLP-99RT-HWZ4, gekauft im März",
    "the license key on the invoice is ZK4P-77QM-R2XT-L9BC, can you move it to the new workspace?",
    "the app asks for a device password when pairing. Device name is Kitchen_Sensor_07",
    "Die Client-ID unserer Shop-App ist Xy7Kd0Lp3Qr8Ws2Tv5Ub9Nc4Me1Fa6Hg, das Secret bleibt hier",
    # the value said to be another field
    "the 4 digit code 6620 is the store number printed on the receipt",
    "pass code 5190 ist die Filialnummer auf dem Bon",
    # "It's …" after a sentence naming a field that holds no secret
    (
        "Can you forward the workflow id to your developers? It's wf_Pz4Kq8Nm2."
        " Also the password reset mail never arrives."
    ),
    # an example, a test's value, a dummy: said by a sentence pointing back at it
    'Our fixtures hold "filler_key": "Zq8mX2kL9pR4tW7vB1nC6yH3". It\'s random filler we made up.',
    'Im Test steht "password": "falsches_passwort_1" – das ist nur ein Negativfall.',
    "The seeder has tags = ('kx9#Lmq$2', 'vbn#$@%q') — those are tag identifiers, not passwords.",
    # a hypothesis
    "quick question: if my password were Lighthouse77, would your form accept it?",
    # a card's last four digits, named so
    "Warte, das war die PIN. Die letzten vier der Karte sind 6630",
    # denied
    "PW-7731 is our plant work order (PW = plant work order here, not password!). It stopped.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_value_claimed_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- each claim read where no recognizer of today fires on the wording ---------------------

CLAIMED = [
    # (message, the value the claim is about)
    ("Serial number of the router: RTX-2023-41187-Q, the lights blink red", "RTX-2023-41187-Q"),
    ("the admin user is seeadler1974, can you add it to the team?", "seeadler1974"),
    ("Der Account heißt eigentlich schwalbe91", "schwalbe91"),
    ("die Kassen-PIN? nein, 4471 ist die Filialnummer", "4471"),
    ("is Qw8Lm2Zx7Rt4Np1Vb9Kc a valid id format for your runner step?", "Qw8Lm2Zx7Rt4Np1Vb9Kc"),
    ("Filiale 7731 in Bochum hat das Problem", "7731"),
    ("wenn das Passwort Birkenhain88 wäre, ginge es dann?", "Birkenhain88"),
    ("the code expired at once. Card was a Mastercard ending 7719.", "7719"),
    ("Otter!Lake is not the password, the password is written on the card", "Otter!Lake"),
]

NOT_CLAIMED = [
    # the same wordings with the secret's own label or in use
    ("the password for the admin user is seeadler1974, can you add it?", "seeadler1974"),
    ("Der Account heißt schwalbe91 und das Passwort ist Reiher!Teich52", "Reiher!Teich52"),
    ("das Passwort der Filiale ist 7731", "7731"),
    ("Our printer's admin password is its serial number: K55190X2277Q", "K55190X2277Q"),
    (
        "License key vom Agent: eu01ab9f3c2d8e7a1b6c4d0e5f9a2b8c7d1e3NRAL, für den Monitor",
        "eu01ab9f3c2d8e7a1b6c4d0e5f9a2b8c7d1e3NRAL",
    ),
    ("Cookie: SID=9f8e7d6c5b4a39281706f5e4d3c2b1a0; lang=en", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
    ("https://username:Kite!Run88@example.org/feed", "Kite!Run88"),
    ("ich weiß, Rabe#2024 ist kein gutes Passwort, aber so steht es im Router", "Rabe#2024"),
    ("my password is Blauwal!77 - not a test value, it is real", "Blauwal!77"),
    ("mein Passwort ist Lindenblatt42, das ist kein Beispiel", "Lindenblatt42"),
    (
        "secret_token = \"Mx3Lq9Tz7Kw2Rp5Vn8Bc1Yd\" — it's the docs' dummy, we use it live",
        "Mx3Lq9Tz7Kw2Rp5Vn8Bc1Yd",
    ),
    (
        "I replied to the fake mail with my password Mango_Tide_42 before I noticed it was fake",
        "Mango_Tide_42",
    ),
    (
        "OTP seed: JBSWY3DPEHPK3PXP – no, that's the RFC's example. Ours is KRSXG5CTMVRXEZLU",
        "JBSWY3DPEHPK3PXP",
    ),
    ("Can you reset the password for me? It's Kx9!mPq2Lz, I forgot.", "Kx9!mPq2Lz"),
    ("pin: Falke#2207 (this is the sample account our team shares)", "Falke#2207"),
    ("secret: Qw7Lp2Zx9Kt4 <- that's a dummy from your tutorial, right?", "Qw7Lp2Zx9Kt4"),
    ("db_pass: Stern!419\nthat is the sample from the wiki with our value", "Stern!419"),
]


@pytest.mark.parametrize(("text", "value"), CLAIMED)
def test_the_claim_is_read(text: str, value: str) -> None:
    start = text.index(value)
    assert may_claim(text.lower())
    assert claimed_no_secret(text, start, start + len(value))


@pytest.mark.parametrize(("text", "value"), NOT_CLAIMED)
def test_no_claim_in_the_twin(text: str, value: str) -> None:
    start = text.index(value)
    assert not claimed_no_secret(text, start, start + len(value))


# --- hard twins: the same wording with a secret in use stays masked ------------------------

MASKED = [
    # (message, the secret that must not survive)
    (
        "the password for the admin user is Kestrel#2291, please give it the billing role",
        "Kestrel#2291",
    ),
    ("password for my shop account is Fjord!Lantern8", "Fjord!Lantern8"),
    ("Der Account heißt kormoran77 und das Passwort ist Reiher!Teich52", "Reiher!Teich52"),
    ("Can you reset the password for me? It's Kx9!mPq2Lz, I forgot.", "Kx9!mPq2Lz"),
    ("my password is Blauwal!77 - not a test value, it is real", "Blauwal!77"),
    ("mein Passwort ist Lindenblatt42, das ist kein Beispiel", "Lindenblatt42"),
    ("password: Sommerwind#8, that is not the example from the docs", "Sommerwind#8"),
    (
        'Our config has secret_token = "Mx3Lq9Tz7Kw2Rp5Vn8Bc1Yd" — it\'s not a dummy, we use it',
        "Mx3Lq9Tz7Kw2Rp5Vn8Bc1Yd",
    ),
    ("https://username:Kite!Run88@example.org/feed is our feed URL", "Kite!Run88"),
    (
        "Cookie: SID=9f8e7d6c5b4a39281706f5e4d3c2b1a0; lang=en, I still get logged out",
        "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
    ),
    ("ich weiß, Rabe#2024 ist kein gutes Passwort, aber es steht so im Router", "Rabe#2024"),
    (
        "The password I set on the service user is Heron#Gate42 and the API refuses it.",
        "Heron#Gate42",
    ),
    ("Our printer's admin password is its serial number: K55190X2277Q", "K55190X2277Q"),
    ("the PIN for my portal login is 582913", "582913"),
    ("the PIN of my card ending 4471 is 9921", "9921"),
    ("die letzten vier der Karte sind 6630 und die PIN ist 2894", "2894"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_in_the_same_wording_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


def test_the_reader_is_behind_a_cheap_literal_test() -> None:
    assert not may_claim("hunter2")
    assert may_claim("the admin user is falke2031".lower())


def test_a_later_mention_says_what_the_value_is() -> None:
    text = "imap+ssl://EXTERNAL:user:certAlias@host/1\n(certAlias is only the alias of the cert)"
    start = text.index("user:certAlias")
    assert claimed_no_secret(text, start, start + len("user:certAlias"))
    twin = "imap+ssl://EXTERNAL:user:certAlias@host/1\n(certAlias is the password of the mailbox)"
    assert not claimed_no_secret(twin, start, start + len("user:certAlias"))
