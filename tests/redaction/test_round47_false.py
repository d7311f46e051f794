"""Round 47 (false hits in single messages): values that stand for a value, names that are
no value, and examples a document published.

- a format string's slot (``user:{}@host``, ``%s``), the inside of a template's slot
  (``{{ vault:path#key }}``), an n8n expression (``={{ $credentials.x }}``) and an ARN
  (``arn:aws:iam::…:user/…``): no value is there (``stand_ins``);
- a verb after a command's flag ("--password prints …"), a header's name before its
  scheme ("Authorization: Basic"), "unset": the sentence goes on (``stand_ins``, ``words``);
- a payment's reference under its label (``value_claims``);
- an example a document published: "… are from the AWS docs", "the docs example JWT …",
  copying a format is no use of its values, a prefix filled with x under a "Format:"
  heading (``published_values``, ``placeholders``).

Each with a twin: the same shape with a real secret stays masked. Values, names and hosts
are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


#: A JWT of our own (header, a payload naming a ticket, a made-up signature).
_JWT = (
    "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidGlja2V0LTg4NDIiLCAicm9sZSI6ICJ2aW"
    "V3ZXIiLCAiaWF0IjogMTcwMDAwMDAwMH0.Qm9vdHN0cmFwU2lnbmF0dXJlX25vdF9yZWFsX2F0X2FsbA"
)

# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # a format string's slot where the password goes at run time
    'conn = "mysql://report:{}@db.internal:3306".format(pw) - can your step build it so?',
    'our Go code does fmt.Sprintf("amqp://svc:%s@queue.local:5672", pass) before dialing',
    # the inside of a template's slot: a reference, resolved at run time
    "The deploy step puts {{ secrets:prod/smtp#pass }} in the field. Do you resolve it?",
    # an ARN names a user or a role, whatever the error around it
    'S3 says "User: arn:aws:iam::731940286455:user/ci-deploy is not authorized". Why?',
    # a verb after a command's flag; "unset"
    'bw get item "NAS admin" --password prints the right one but the NAS still refuses it',
    "the job log says REDIS_PASSWORD is unset, so it never authenticates",
    # a payment's reference, in a table's cell
    "Paystack via your step: Verve PIN check | tx_ref PSK-TEST-9c3e71 | NGN 2,000 | failed",
    # examples a document published, said so
    (
        "Our S3 action: key id AKIAI44QH8DHBEXAMPLE and secret"
        " je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY are from the AWS docs. Which region field?"
    ),
    (
        "S3 action config:\naccess_key = AKIAI44QH8DHBEXAMPLE\n"
        "secret = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"
        "(both are the values from the AWS docs, I only copied the format)"
    ),
    f"the docs example JWT {_JWT} passes on jwt.io but your verify step says false",
    (
        "Live keys format:\nPublishable: pk_live_xxxxxxxxxxxxxxxx\n"
        "Secret: sk_live_xxxxxxxxxxxxxxxx\nwhich one goes into the connector?"
    ),
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_header_name_is_no_password(redactor: Redactor) -> None:
    # the header's name stays; what follows it is the finding
    text = "with a blank password the header is Authorization: Basic YnJpZGdlOg=="
    assert "the header is Authorization: " in redactor.redact(text).text


# --- twins: the same shapes with a real secret stay masked ---------------------------------

MASKED = [
    # a URL's password, no slot
    ('conn = "mysql://report:Kr4n!ch@db.internal:3306" - can your step use it?', "Kr4n!ch"),
    # a template's slot that quotes a literal default holds a value
    ("smtp_pass: \"{{ smtp_pass | default('Vogel#Nest22') }}\" in our playbook", "Vogel#Nest22"),
    # a secret beside an ARN is no part of it
    (
        "role_arn = arn:aws:iam::731940286455:role/ci\n"
        "aws_secret_access_key = 9fK2xLq7Tz4MbN8vRw1Yc6Hd3Gs5Jp0AeUiOkPl2",
        "9fK2xLq7Tz4MbN8vRw1Yc6Hd3Gs5Jp0AeUiOkPl2",
    ),
    # a flag's value, then the verb
    ("bw unlock --password Fjord#Lachs7 prints nothing, is that right?", "Fjord#Lachs7"),
    ("the job log says REDIS_PASSWORD is Qx7!mare9, so it should authenticate", "Qx7!mare9"),
    # a secret in the row of a payment's reference
    ("Verve PIN check | tx_ref PSK-TEST-9c3e71 | card PIN 6620 | failed", "6620"),
    # a real key said to be from the customer's own console, not a document
    (
        "key id AKIA4QXR7TZ2MBN6LWPE and secret 7vGq2Lp9Xk4Tz8Rw1Nc5Hm3Bd6Fs0JyUeAiOk2P"
        " are from our IAM console",
        "AKIA4QXR7TZ2MBN6LWPE",
    ),
    # the docs' example did not work, so the customer sends their own
    (f"the docs example JWT failed, so I minted my own: {_JWT}", _JWT),
    # a "Format:" heading above a real key
    (
        "Live keys format:\nSecret: sk_live_51Hq8sKDe7TzW3vXy2LmPa9RbQcF4Hj\nis that right?",
        "sk_live_51Hq8sKDe7TzW3vXy2LmPa9RbQcF4Hj",
    ),
    # the header's value with a real password
    ("the header is Authorization: Basic YnJpZGdlOktyNG4hY2hXZWc=", "YnJpZGdlOktyNG4hY2hXZWc="),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_of_the_same_shape_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text
