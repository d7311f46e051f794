"""Round thirteen of issue 10, cards, card details and one-time codes: the causes behind
red-team v13a's and v13b's (and v12's) card, CVC, expiry and code misses and false hits,
checked through the whole redactor (pre-check included) on phrasings written here (none
of them is a corpus item), English and German, with hard negatives that must come out
unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

VISA = "4012888888881881"
JCB = "3530111333300000"
DISCOVER = "6011000990139424"
MC = "5555 5555 5555 4444"


# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a card glued to its brand's name before and a German expiry word after
    ("brand glued", f"JCB{JCB}Ablauf0931", [JCB, "0931"]),
    ("brand glued", f"Discover{DISCOVER} exp 0729", [DISCOVER, "0729"]),
    ("brand glued", f"Maestro{VISA}gültig bis 11/30", [VISA, "11/30"]),
    # an expiry alone, its label opening the message (the card sent before)
    ("expiry alone", "exp Mar 2031", ["Mar 2031"]),
    ("expiry alone", "Ablaufdatum: 07/29", ["07/29"]),
    ("expiry alone", "and the expiry is 11/30", ["11/30"]),
    # the expiry later in the label's sentence, after words
    ("expiry after words", "expiry date, hmm I believe it was 09 31", ["09 31"]),
    ("expiry after words", f"Karte {MC}, Ablaufdatum glaube ich so 05/30", ["05/30"]),
    # a CVC named by its length and a vague noun
    ("cvc vague noun", f"card {MC} and the 3 digit thing says 917", ["917"]),
    ("cvc vague noun", f"{MC}, the four digit one is 3390", ["3390"]),
    # recovery codes in a list, one a line or after commas
    ("recovery list", "backup codes:\n4hq8-z2km\nw9c3-7tpa\nbb41-x0rd", ["4hq8", "w9c3", "bb41"]),
    ("recovery list", "Wiederherstellungscodes:\n91kd 3mzq\np2x7 ghv4", ["91kd", "p2x7"]),
    # dashed codes of letters and digits, three groups or groups of three
    ("dashed code", "recovery code: m4k2-9xqp-7tz1 still valid?", ["m4k2-9xqp-7tz1"]),
    ("dashed code", "Bestätigungscode: Q8T-4MX", ["Q8T-4MX"]),
    # a code in dashed digit pairs
    ("dashed pairs", "verification code 71-08-52 did not work", ["71-08-52"]),
    ("dashed pairs", "Einmalcode lautet 46-93-20", ["46-93-20"]),
    ("dashed pairs", "got the SMS, code is 88-13-47", ["88-13-47"]),
    # a bare "code" sent to the customer counts with any number
    ("sent code", "the code they sent me was 730215 and it failed", ["730215"]),
    ("sent code", "der Code, den ihr mir gesendet habt: 5512", ["5512"]),
    ("sent code", "the code from the email is 40917", ["40917"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged (the tails were masked before this round; the
# rest guard this round's rules against what they must not take)
NEGATIVES: list[tuple[str, str]] = [
    ("expiry of another thing", "expiry of our licence is 03/2029, can we renew early?"),
    ("expiry of another thing", "Ablaufdatum Zertifikat: 08/27"),
    ("expiry, not opening", "our plan says it expires 04/28"),
    ("length noun", "the 4 digit year is 2031 in that field"),
    ("phone's tail", "2FA code never came, my number ends in 3382"),
    ("phone's tail", "SMS-Code kommt nicht, Handy endet auf 7719"),
    ("card's tail", "verification code failed for the card, last 4 digits 9921"),
    ("bank code", "the sort code is 40-11-62 for that account"),
    ("source code", "the code I sent you has 4000 lines"),
    ("recovery, no code", "recovery code for the 2FA-App is lost"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


# (text): a key's value that is a phrase of words joined by hyphens stands in for a key
WORD_PHRASE_VALUES: list[str] = [
    'sqs = boto3.client("sqs", aws_secret_access_key="not-a-real-secret")',
    'token="this-is-no-token"',
    'secret_key="my-fake-key-for-tests"',
]


@pytest.mark.parametrize("text", WORD_PHRASE_VALUES)
def test_word_phrase_key_value_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
