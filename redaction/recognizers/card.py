"""CREDIT_CARD: 13-19 digit Luhn-valid numbers, however the customer grouped them.

Presidio's own card recognizer misses Mastercard 2-series, 19-digit numbers, dots, double
and non-breaking spaces, and can leave the tail of a spaced 19-digit number unmasked. This
one finds *chains* of digit groups joined by separators and then picks, inside each chain,
the windows of whole groups whose digits pass Luhn, so extra numbers typed next to a card
(an expiry, a CVC, a date) neither hide the card nor leak part of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.types import CREDIT_CARD

MIN_DIGITS = 13
MAX_DIGITS = 19

#: Characters that may separate digit groups. The pre-check relies on this exact set.
SEPARATOR_CHARS = " \t\u00a0\u2007\u2009\u202f.-\u2010\u2011\u2012\u2013\u2014\u2015"

_SPACES = " \t\u00a0\u2007\u2009\u202f"
_DASHES = ".\\-\u2010\u2011\u2012\u2013\u2014\u2015"
# Up to four blanks, or one dash/dot with at most one blank either side: "4111  1111",
# "4111 - 1111", "4111.1111". Longer gaps are prose, not grouping.
_SEP = rf"(?:[{_SPACES}]{{1,4}}|[{_SPACES}]?[{_DASHES}][{_SPACES}]?)"
# A leading "+" marks a phone number, never a card.
CHAIN_REGEX = rf"(?<![\d+])\d+(?:{_SEP}\d+)*"
_CHAIN = re.compile(CHAIN_REGEX)
_GROUP = re.compile(r"\d+")
# IBANs hold long digit runs that pass Luhn by chance; a valid IBAN is not a card.
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
)


def iban_valid(candidate: str) -> bool:
    """ISO 13616 mod-97 check."""
    s = candidate.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # Luhn's doubled digit, digits summed


def luhn_valid(digits: str) -> bool:
    """Luhn checksum over a string of decimal digits (any Unicode decimal digits)."""
    ds = [int(ch) for ch in reversed(digits)]
    return (sum(ds[0::2]) + sum(_DOUBLED[d] for d in ds[1::2])) % 10 == 0


def is_card_number(digits: str) -> bool:
    """Digits-only string that is a plausible card number: length, no leading 0, Luhn."""
    return (
        MIN_DIGITS <= len(digits) <= MAX_DIGITS
        and int(digits[0]) != 0
        and luhn_valid(digits)
    )


@dataclass(frozen=True, slots=True)
class _Group:
    start: int
    end: int
    digits: str
    blocked: bool  # touches "/" or ":" (a date, an expiry, a time): never part of a card


# Groupings people copy from the card itself; preferred when windows compete.
_CANONICAL = {(4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1), (4, 6, 5), (4, 6, 4), (4, 4, 4, 2),
              (4, 4, 4, 3), (6, 13), (4, 4, 4, 4, 2), (4, 4, 4, 4, 1)}


@lru_cache(maxsize=16)
def find_card_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of every card number in ``text`` (sorted, non-overlapping).

    Cached: the card-details recognizer asks again for the same text right after.
    """
    spans: list[tuple[int, int]] = []
    ibans = [m.span() for m in _IBAN.finditer(text) if iban_valid(m.group())]
    for chain in _CHAIN.finditer(text):
        if chain.end() - chain.start() < MIN_DIGITS:
            continue
        if chain.start() > 0 and text[chain.start() - 1].isalpha():
            continue  # glued to letters: an identifier (RE2024…, DE89…), not a typed card
        if any(s < chain.end() and chain.start() < e for s, e in ibans):
            continue
        if sum(ch.isdecimal() for ch in chain.group()) < MIN_DIGITS:
            continue
        groups = [
            _Group(m.start(), m.end(), m.group(), _in_date_or_time(text, m.start(), m.end()))
            for m in _GROUP.finditer(text, chain.start(), chain.end())
        ]
        spans.extend(_pick_windows(groups))
    spans.sort()
    return tuple(spans)


def _in_date_or_time(text: str, start: int, end: int) -> bool:
    """A group glued to another number by "/" or ":" (12/25, 10:30) is a date or a time."""
    before = start >= 2 and text[start - 1] in "/:" and text[start - 2].isdecimal()
    after = end + 1 < len(text) and text[end] in "/:" and text[end + 1].isdecimal()
    return before or after


def _pick_windows(groups: list[_Group]) -> list[tuple[int, int]]:
    candidates: list[tuple[int, int, int, int]] = []  # (rank, -ndigits, i, j)
    n = len(groups)
    for i in range(n):
        if groups[i].blocked:
            continue
        digits = ""
        for j in range(i, n):
            if groups[j].blocked:
                break
            digits += groups[j].digits
            if len(digits) > MAX_DIGITS:
                break
            if len(digits) >= MIN_DIGITS and is_card_number(digits):
                shape = tuple(len(g.digits) for g in groups[i : j + 1])
                rank = 0 if (len(shape) == 1 or shape in _CANONICAL) else 1
                candidates.append((rank, -len(digits), i, j))
    candidates.sort()
    taken: set[int] = set()
    spans: list[tuple[int, int]] = []
    for _, _, i, j in candidates:
        if taken.isdisjoint(range(i, j + 1)):
            taken.update(range(i, j + 1))
            spans.append((groups[i].start, groups[j].end))
    return spans


class CreditCardRecognizer(PatternRecognizer):
    """Card numbers of every brand and length, in any grouping, validated by Luhn."""

    NAME: str = "CreditCardRecognizer"

    ENTITY = CREDIT_CARD

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=self.NAME,
            supported_language=supported_language,
            # Kept for introspection and for Presidio's tooling; analyze() below does the
            # window search the single regex cannot express.
            patterns=[Pattern("card_chain", CHAIN_REGEX, 0.1)],
            context=["card", "credit", "visa", "mastercard", "amex", "karte", "kreditkarte"],
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Luhn over the digits of a matched span; separators are ignored."""
        digits = "".join(ch for ch in pattern_text if ch.isdecimal())
        return is_card_number(digits)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find card numbers; every result is Luhn-validated (score 1.0)."""
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=self.MAX_SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in find_card_spans(text)
            if self.validate_result(text[start:end])
        ]
