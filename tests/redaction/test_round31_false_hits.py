"""Round 31, false hits: values the text presents as a kind of password ("passwords like
x", "sowas wie x", "als Beispiel … x"), denies ("Das Passwort ist NICHT x", "that is not my
password"), asks about and disowns ("Is "x" on your banned list? just curious"), or calls
a default since changed ("0000 war die Standard-PIN, die haben wir geändert"); keys the
text calls public; a number named a postcode right after it; a store's customer card
number. Cases in our own words (EN, DE); each guard is a real secret that must stay
masked."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CREDENTIAL, CREDIT_CARD, PASSWORD
from tests.redaction.helpers import assert_masked_as, assert_unchanged


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        # a kind of password, not one
        "Passwords like qwe!9 or zxcvbnm7 fail the check, and the message only says error.",
        "Our rule: 3 of 4 classes. Something like Herbst2023! would pass, but we ban seasons.",
        "ich will Kennwörter wie Kanzlei2027! für alle vorgeben, geht das?",
        "Warum gilt ein Passwort wie tobias7 als zu kurz, aber mit zwei Ziffern mehr nicht?",
        "Mein Chef meint, sowas wie Frühling2025! reicht nicht mehr. Stimmt das?",
        'Im Handbuch steht als Beispiel für ein sicheres Kennwort "Rad+Weg77#". Gilt das?',
        'Das Beispiel-Passwort in der Anleitung ("Muster1!") klappt nicht, ich nutze ein eigenes.',
        # denied, or not the writer's
        'Das Passwort ist NICHT "Ostern2027" (so hat es der Kollege geraten), sondern anders.',
        "Earlier I wrote Sparrow42 as an example, that is NOT my password, relax.",
        'Jemand hat "pw: hallo99" in mein Profil geschrieben – das ist natürlich nicht mein '
        "Passwort.",
        "Das Passwort ist Eichenwald. Also nicht wirklich, das ist nur ein Beispiel.",
        # asked about and said not to be in use (r52-asked: a value asked about with no
        # such word may be in use, the labelling policy's secret; see test_round52_asked)
        'Is "Welcome2025" on your banned list? A colleague wanted it, I said no.',
        'Is "Password9!" acceptable under your policy? Just curious, not using it.',
        # a default, since changed
        "1 2 3 4 war die Standard PIN am Terminal, die haben wir geändert",
        "Standard-Login war root/root, das haben wir aber längst geändert.",
        # named something else right after it
        "PIN-Code unseres Lagers in Pune ist 411001 – das ist dort die Postleitzahl, kein "
        "Passwort!",
        # usernames, not passwords
        "Our service usernames are svc_print7, mail2scan and fw-4711, none of them log in.",
        # keys the text calls public, or not the secret
        "client key is test_Q9WLM2ZK7TRB4XNA8PCV3DHF6YJE5SUG — that's the public one, fine?",
        "Mailchimp API key (not the secret): 7d2f9a1c4e8b3f6a0c5d1e9b7a2f4c8d. The rest by phone.",
        # a time phrase after the password word, a password-protected file
        "Das Passwort wurde letzte Woche vom Admin zurückgesetzt, das neue habe ich noch nicht.",
        "The statement PDF is password protected, which code opens it?",
        # a publishable key by its prefix, quoted in a call
        "Stripe('pk_live_51Qa8ZmWx3Rt7Yb2Nc9Lp4Kd6Hs0Fg5Jv1Ue8Io2') — fine in page source?",
        # a store's customer card: Luhn-valid, no payment card
        "Die Kundenkartennummer 8208 5973 9229 2312 wird im Bonusprogramm nicht erkannt.",
    ],
)
def test_samples_denials_and_other_names_stay(text: str) -> None:
    assert_unchanged(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a guess at one's own, not a kind: "it was something like x"
        ("i remember it was something like Birkenweg71 or Birkenweg72", "Birkenweg71", PASSWORD),
        # a reading of one, not a kind
        (
            "the token on the settings page reads something like Zr8Kq3Lw5Tn1Vb7Xm2Pd9Q",
            "Zr8Kq3Lw5Tn1Vb7Xm2Pd9Q",
            CREDENTIAL,
        ),
        # acceptable *as a password*: the writer's choice
        (
            "Is KatzeHundMaus+Vogel acceptable as a password? It says missing number",
            "KatzeHundMaus+Vogel",
            PASSWORD,
        ),
        # an old password is a secret all the same
        (
            "password is not 'Tiber1999' anymore, I changed it to 'Tiber1999!!'",
            "Tiber1999",
            PASSWORD,
        ),
        # a default never changed
        ("Das Standardpasswort Adm1n#2020 wurde bei uns nie geändert.", "Adm1n#2020", PASSWORD),
        # a demo account's password is its own
        ("username demo password demo8842", "demo8842", PASSWORD),
        # a code the writer gives as an example of the ones they got
        (
            "the authenticator codes (e.g. 582 913) don't match since the new phone",
            "582 913",
            PASSWORD,
        ),
        # a credit card after a card word
        ("Kreditkarte 4111 1111 1111 1111, bitte abbuchen", "4111 1111 1111 1111", CREDIT_CARD),
        # a secret key is no public one
        (
            "client secret is cs_9QwE4rT7yU2iO5pA8sD1fG3h — rotate it please",
            "cs_9QwE4rT7yU2iO5pA8sD1fG3h",
            CREDENTIAL,
        ),
    ],
)
def test_real_secrets_still_masked(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert_masked_as(redactor, text, value, kind)
