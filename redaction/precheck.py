"""A cheap scan that lets messages with nothing to mask skip the analyzer.

Runs on the normalised text (``redaction.normalize``), like the recognizers. Soundness
(tested with hypothesis in tests/unit/test_redaction_precheck.py): every recognizer match
needs a trigger literal, one of the recognizers' pre-check regex fragments, or a card
number.
- Password, credential and labelled-CVC rules all need a trigger word or key, and each
  contains one of the literals in ``TRIGGERS`` (the recognizer modules export them and a
  test checks the containment), matched with the same regex engine and IGNORECASE flag.
- Provider tokens, JWTs and query secrets are one run of 20+ token characters or a
  ``?name=`` pair (``credential.PRECHECK_PATTERNS``), or a short token after a distinct
  provider prefix (``credential.SHORT_TOKEN_HINT``); short keys such as ``p: x`` are
  ``password.PRECHECK_PATTERNS``; a one-time code needs its code word
  (``one_time_code.has_code_word``, asked last: it is the slowest test).
- A card read out in parts across a sentence needs two runs of 3+ digits close together;
  ``card.might_spell_card`` then asks the rule itself (without the spans other card rules
  took, so it finds a superset).
- A card needs 13 digits in a chain joined by separators from ``SEPARATOR_CHARS``;
  ``\\d(?:[SEP]*\\d){12}`` accepts every such chain (its separator runs are unbounded);
  a 12-digit one (short Maestro) needs a card word at most 40 characters before it.
- A CVC or expiry without a label is only reported next to a card, so it needs one too;
  an expiry alone opens the message with its label (``card_details.opens_with_expiry``).
"""

from __future__ import annotations

import re as stdre

import regex as re

from redaction.recognizers import card, card_details, credential, one_time_code, password

TRIGGERS: tuple[str, ...] = tuple(
    sorted(set(password.TRIGGERS) | set(card_details.TRIGGERS) | set(credential.TRIGGERS))
)
PATTERNS: tuple[str, ...] = password.PRECHECK_PATTERNS + credential.PRECHECK_PATTERNS

_SEP_CLASS = "[" + re.escape(card.SEPARATOR_CHARS) + "]"
_LITERALS = tuple(t.lower() for t in TRIGGERS)
# One alternation of the literals over the lower-cased text: the same test as ``t in low``
# for each, in one C-level scan (the stdlib engine is the faster one for plain literals).
_LITERAL_SCAN = stdre.compile("|".join(stdre.escape(t) for t in sorted(_LITERALS, key=len)[::-1]))
# The regex fragments and the card chain; the literals are cheaper as substring tests on
# the lower-cased text (same Unicode case mapping as IGNORECASE for these literals).
# A 12-digit card (short Maestro) counts only right after a card word (at most 40
# characters before it, like ``card._CARD_WORD_NEAR``); any other card has 13+ digits.
# One search per fragment: the regex engine scans an alternation of them several times
# slower than each alone (``search(A|B)`` finds a match exactly when one of them does).
_NEEDLES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(fragment, re.IGNORECASE)
    for fragment in (
        *PATTERNS,
        rf"\d(?:{_SEP_CLASS}*\d){{{card.MIN_DIGITS_WITHOUT_CARD_WORD - 1}}}",
        rf"{card.CARD_WORD_LITERALS}[^\d]{{0,40}}\d(?:{_SEP_CLASS}*\d){{{card.MIN_DIGITS - 1}}}",
    )
)


def might_contain_secret(text: str) -> bool:
    """False only when no recognizer can possibly match (normalised) ``text``."""
    return (
        _LITERAL_SCAN.search(text.lower()) is not None
        or any(needle.search(text) is not None for needle in _NEEDLES)
        or credential.SHORT_TOKEN_HINT.search(text) is not None
        or card.might_spell_card(text)
        or card_details.opens_with_expiry(text)
        or one_time_code.has_code_word(text)
    )
