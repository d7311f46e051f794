"""One-time codes given with their number: a TAN, an OTP, a 2FA, verification, login, SMS or
authenticator code, a recovery code (``mTAN: 540881``, ``the 2FA code was 482 913``,
``Bestätigungscode 190274 kam zu spät``, ``907196 is what the authenticator shows``).

Why they are masked: a valid code is a live credential, and a support chat is where a
fraudster posing as support asks for one (we never do); an expired one costs nothing to
mask. They are reported as ``PASSWORD`` (the contract's entity types stay as they are).

Only the number in the same sentence as the code word counts, and not one that belongs to
something else: a phone number (``sent to +43 664 1234567``), an amount (``TAN for
1500 EUR``), a date, a count (``the 6-digit code``) or a year after a preposition.
"""

from __future__ import annotations

import re as stdre

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers.base import SpanRecognizer, umlaut_spellings
from redaction.types import PASSWORD

_CODE = r"(?:pass)?codes?|pins?|tokens?"
# A word that makes "code" a one-time code, before it ("2FA code", "Bestätigungscode") ...
_QUALIFIER = (
    r"one[ \-]?time|2fa|two[ \-]?factor|mfa|multi[ \-]?factor|verification|verify|login|log[ \-]?in"
    r"|sign[ \-]?in|authentication|authenticator(?:[ \-]app)?|sms|otp|totp|backup|recovery"
    r"|bestätigungs|verifizierungs|verifikations|einmal|anmelde|authentifizierungs"
    r"|freigabe|wiederherstellungs|zwei[ \-]?faktor"
)
# ... or a word that is a one-time code by itself ("OTP", "mTAN", "TAN-Nummer", "pushTAN"),
# or the app that shows one ("Authenticator-App (858390)").
_TAN_PREFIX = r"(?:m|i|sms[ \-]?|push[ \-]?|chip[ \-]?|photo[ \-]?)?"
_ALONE = rf"t?otp|authenticator(?:[ \-]?app)?|{_TAN_PREFIX}tan(?:[ \-]?(?:code|nummer|number))?"
#: The code word (the pre-check asks ``has_code_word``).
TRIGGER_PATTERN = umlaut_spellings(
    rf"(?<![^\W\d_])(?:(?:{_QUALIFIER})[ \-]?(?:{_CODE})|{_ALONE})(?![^\W\d_])"
)
_TRIGGER = re.compile(TRIGGER_PATTERN, re.IGNORECASE)
# A literal every code word contains: one C-level scan of the lower-cased text lets most
# messages skip the trigger's slower search.
_HINT = stdre.compile("code|pin|token|otp|tan|authenticator")
# "TAN" in capitals only: "tan" is also a colour, a maths function and a surname.
_TAN_WORD = re.compile(rf"(?i){_TAN_PREFIX}tan\b")
_TAN_CAPS = re.compile(r"(?:m|i|sms[ \-]?|SMS[ \-]?|push|Push|chip|Chip|photo|Photo)?[ \-]?TAN")

# The code: 4-8 digits, or two groups of three ("482 913"); not part of a longer number, a
# phone number, a date, a decimal or a hyphenated count ("6-digit").
_NUMBER = r"(?<![\w+\-/.€$£#]|\d[ ])(?P<v>\d{4,8}|\d{3}[ ]\d{3})(?![\w\-/%]|[.,:]\d|[ ]\d)"
# A recovery code's shape: "k3x9-2mfp", "8F3K 2J4L" (two groups of 4-5 with a digit).
_RECOVERY = r"(?<![\w\-])(?P<v>(?=[^\s]*\d)[A-Za-z0-9]{4,5}[\- ][A-Za-z0-9]{4,5})(?![\w\-])"
# The value after the code word: in the same sentence, within 60 characters; a recovery
# code's shape only after a backup or recovery word ("anna-1234" may be a user name).
_AFTER = re.compile(rf"[^.!?\n\d]{{0,60}}?{_NUMBER}")
_AFTER_RECOVERY = re.compile(rf"[^.!?\n\d]{{0,60}}?(?:{_NUMBER}|{_RECOVERY})")
_RECOVERY_WORD = re.compile(r"(?i)backup|recovery|wiederherstellung")
# The value before it: "482913 ist die TAN", "907196 is what the authenticator shows".
_BEFORE = re.compile(rf"{_NUMBER}[^.!?\n\d]{{1,30}}\Z")
# A unit, currency or "times" right after the number: an amount or a count, not a code.
_UNIT_AFTER = re.compile(
    r"[ ]?(?:€|eur|euro|usd|\$|chf|gbp|%|kb|mb|gb|ms|sek|sec|secs|seconds|sekunden|min|minutes"
    r"|minuten|uhr|h|tage|days|mal|times|x|stück|pcs|digits?|stellen|stellig|zeichen|characters)\b",
    re.IGNORECASE,
)
# A year after a preposition: "broke in 2023", "seit 2021".
_YEAR = re.compile(r"(?i)(?:in|since|seit|im|from|von|bis|until|year|jahr)[ ]+(?:19|20)\d\d\Z")


def _unless_amount_or_year(text: str, start: int, end: int) -> tuple[int, int] | None:
    if _UNIT_AFTER.match(text, end) or _YEAR.search(text, max(0, start - 8), end):
        return None
    return start, end


def has_code_word(text: str) -> bool:
    """Whether ``text`` (normalised) holds a code word: nothing here matches without one."""
    return _HINT.search(text.lower()) is not None and _TRIGGER.search(text) is not None


def one_time_code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the codes in ``text`` (normalised), at most one per code word."""
    spans: list[tuple[int, int]] = []
    if _HINT.search(text.lower()) is None:
        return spans
    for trigger in _TRIGGER.finditer(text):
        word = trigger.group()
        if _TAN_WORD.fullmatch(word.split("-")[0].split(" ")[0]) and not _TAN_CAPS.search(word):
            continue  # lower-case "tan": a colour or a word, not a TAN
        after = _AFTER_RECOVERY if _RECOVERY_WORD.match(word) else _AFTER
        value = _value_after(text, trigger.end(), after) or _value_before(text, trigger.start())
        if value is not None and value not in spans:
            spans.append(value)
    return spans


def _value_after(text: str, pos: int, after: re.Pattern[str]) -> tuple[int, int] | None:
    m = after.match(text, pos)
    if m is None:
        return None
    start, end = m.span("v")
    return _unless_amount_or_year(text, start, end)


def _value_before(text: str, pos: int) -> tuple[int, int] | None:
    m = _BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    start, end = m.span("v")
    return _unless_amount_or_year(text, start, end)


class OneTimeCodeRecognizer(SpanRecognizer):
    """TANs, OTPs and other one-time codes next to their code word, as ``PASSWORD``."""

    NAME = "OneTimeCodeRecognizer"
    ENTITY = PASSWORD

    def load(self) -> None:
        """Nothing to load: regexes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One-time codes; see the module docstring for what counts."""
        return self._results(tuple(one_time_code_spans(text)))
