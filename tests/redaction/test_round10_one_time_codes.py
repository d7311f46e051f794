"""One-time codes (TAN, OTP, 2FA / verification / login / SMS / authenticator / recovery
codes) are masked as PASSWORD when given with their number; numbers that belong to something
else near such a word are left alone. Phrasings written here, none of them a corpus item."""

from __future__ import annotations

import pytest

from redaction import PASSWORD, Redactor
from redaction.recognizers.one_time_code import one_time_code_spans

CODES: list[tuple[str, str]] = [
    ("Hi, the OTP they texted me is 318207, is that valid?", "318207"),
    ("pushTAN 77120433 für die Überweisung an meinen Vermieter", "77120433"),
    ("Ihre iTAN lautet 4419", "4419"),
    ("photoTAN: 903127 - bestätigt?", "903127"),
    ("two-factor code 640 118 keeps getting rejected", "640 118"),
    ("MFA code → 552901", "552901"),
    ("Verifizierungscode war 883104 und dann kam nix mehr", "883104"),
    ("Einmalcode 2718 hab ich schon verbraucht", "2718"),
    ("Anmeldecode: 660193", "660193"),
    ("sign-in code, if you need it, 471100", "471100"),
    ("the code my authenticator app shows right now: 205518", "205518"),
    ("Wiederherstellungscode 7fk2-9qpa hab ich noch", "7fk2-9qpa"),
    ("backup codes: first one is 4827 1934", "4827 1934"),
    ("903554 is the verification code from the text message", "903554"),
    ("Freigabecode 1122 eingegeben, wurde abgelehnt", "1122"),
]


@pytest.mark.parametrize(("text", "code"), CODES)
def test_one_time_code_is_masked(redactor: Redactor, text: str, code: str) -> None:
    result = redactor.redact(text)
    assert code not in result.text, result.text
    assert PASSWORD in result.types


NOT_CODES: list[str] = [
    # the phone number the code goes to, in the same sentence
    "The verification code goes to +44 7700 900123 but never arrives",
    "mein SMS-Code kommt nicht, Handynummer 0151 2345 6789",
    # an amount, a count, a year, a length
    "TAN for the 2500 EUR transfer was never sent",
    "the OTP is 6 digits long and expires after 300 seconds",
    "my 2FA code has not worked since 2022",
    "Die TAN-Liste von 2019 gilt nicht mehr",
    # no number at all, or the number in another sentence
    "I never got a login code. My customer number is 448812.",
    "Bitte schicken Sie mir einen neuen Bestätigungscode",
    # "tan" in lower case is a word, not a TAN
    "the tan sofa, order 5521, arrived broken",
    "tan(x) for x = 1024 gives nonsense in the formula step",
    # a recovery shape only after a backup/recovery word: a user name stays
    "the sms code for user jonas-2044 never arrives",
    # a code word alone with a date
    "Authenticator-App seit 12.05.2024 installiert",
]


@pytest.mark.parametrize("text", NOT_CODES)
def test_number_that_is_not_a_one_time_code_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_one_span_per_code_word() -> None:
    text = "OTP 481516, then a second OTP 234200"
    spans = one_time_code_spans(text)
    assert [text[s:e] for s, e in spans] == ["481516", "234200"]
