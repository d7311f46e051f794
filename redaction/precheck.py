"""A cheap scan that lets messages with nothing to mask skip the analyzer.

Runs on the normalised text (``redaction.normalize``), like the recognizers. Soundness
(tested with hypothesis in tests/unit/test_redaction_precheck.py): every recognizer match
needs a trigger literal, one of the recognizers' pre-check regex fragments, or a card
number.
- Password, credential and labelled-CVC rules all need a trigger word or key, and each
  contains one of the literals in ``TRIGGERS`` (the recognizer modules export them and a
  test checks the containment), matched with the same regex engine and IGNORECASE flag.
  Where a recognizer gates a rule with a regex of its own (the keyed CVC's keys, the
  credential's keyed rules), the literals are read from that regex (``literals_beyond``,
  ``redaction.required_literals``), so the two cannot drift apart; the learned stage's gate
  is its own function (``password_model.might_find``). A scan of every corpus piece checks
  the whole (``tests/redaction/precheck_scan.py``).
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
- A named number needs a digit and its name (``named_number.might_name_number``).
- A CVC or expiry without a label is only reported next to a card, so it needs one too;
  an expiry alone opens the message with its label or follows a card's printed label
  ("exp", "valid thru") (``card_details.gives_expiry_alone``).
"""

from __future__ import annotations

import re as stdre
from collections.abc import Callable, Generator

import regex as re

from redaction import defaults_in_use, password_features
from redaction.recognizers import (
    card,
    card_details,
    credential,
    named_number,
    one_time_code,
    password,
    password_model,
)
from redaction.recognizers.base import ascii_twin, digits_at_least, literal_trie, run_steps
from redaction.required_literals import required_literals


def literals_beyond(gate: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The literals of a recognizer's own gate (a regex whose every match holds one of
    them: ``required_literals``) that none of ``known`` finds: the pre-check scans for them
    too, so a word a recognizer learns cannot be missing here (round 42: "c_v_v2",
    "SESSIONID=" were)."""
    literals = required_literals(gate, known)
    if literals is None:  # (at import: a gate nobody can read is a bug, not a silent gap)
        raise ValueError(f"no literals known for the gate {gate!r}")
    low = tuple(k.lower() for k in known)
    return tuple(sorted(lit for lit in literals if not any(k in lit for k in low)))


_WRITTEN: frozenset[str] = frozenset(
    set(password.TRIGGERS)
    | set(card_details.TRIGGERS)
    | set(credential.TRIGGERS)
    | set(password_model.PRECHECK_TRIGGERS)
)
# the keyed CVC's keys ("c_v_v2: 902") are card details' trigger literals
_CVC_KEY_LITERALS = literals_beyond(card_details.KEYED_CVC_GATE, tuple(sorted(_WRITTEN)))
TRIGGERS: tuple[str, ...] = tuple(sorted(_WRITTEN | set(_CVC_KEY_LITERALS)))
# The credential's key words its keyed rules read and ``TRIGGERS`` lacks ("sess", "sid":
# "SESSIONID=abc123de"): they open the credential family only (the other families' rules
# have their own words).
CREDENTIAL_KEY_LITERALS = literals_beyond(credential.KEYED_GATE, TRIGGERS)
_CREDENTIAL_KEY_SCAN = stdre.compile(literal_trie(CREDENTIAL_KEY_LITERALS))
PATTERNS: tuple[str, ...] = password.PRECHECK_PATTERNS + credential.PRECHECK_PATTERNS

_SEP_CLASS = "[" + re.escape(card.SEPARATOR_CHARS) + "]"
_LITERALS = tuple(t.lower() for t in TRIGGERS)
# One scan for the literals over the lower-cased text: the same test as ``t in low`` for
# each, in one C-level scan (the stdlib engine is the faster one for plain literals).
_LITERAL_SCAN = stdre.compile(literal_trie(_LITERALS))
# The regex fragments; the literals are cheaper as substring tests on the lower-cased text
# (same Unicode case mapping as IGNORECASE for these literals).
# One search per fragment: the regex engine scans an alternation of them several times
# slower than each alone (``search(A|B)`` finds a match exactly when one of them does).
_NEEDLES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(fragment, re.IGNORECASE) for fragment in PATTERNS
)
# A fragment that is one run of ASCII token characters (``[A-Za-z0-9_\-.+/=]{20,}``) only
# matches inside a whitespace-free word at least that long (no such character, nor its case
# variant, is a space): the length test skips the regex engine's slow scan on most chat.
_TOKEN_RUN = stdre.compile(r"\[(?:[\w\-.+/=]|\\[\-.+/=])+\]\{(\d+),\}")
_MIN_WORD: tuple[int, ...] = tuple(
    int(m.group(1)) if fragment.isascii() and (m := _TOKEN_RUN.fullmatch(fragment)) else 0
    for fragment in PATTERNS
)
# ... tested as one stdlib scan for that many non-whitespace characters in a row (``str.split``
# and the class ``[^\s]`` read the same characters as whitespace): no list of words is built
_MIN_WORD_SCANS: tuple[stdre.Pattern[str] | None, ...] = tuple(
    stdre.compile(rf"[^\s]{{{n}}}") if n else None for n in _MIN_WORD
)
# The fewest digits a fragment's every match holds in an ASCII text (0: no such bound).
_MIN_DIGITS: tuple[int, ...] = tuple(
    password.PRECHECK_MIN_DIGITS.get(fragment, 0) for fragment in PATTERNS
)
# A fragment of one word pattern twice, text between (``W[\s\S]{0,600}?W``: two words with a
# number): in an ASCII text, where the stdlib engine's ``\w`` and ``\d`` are the regex
# engine's, it matches only where a stdlib scan finds the word and another after the first
# one's end (the first found ends no later than the fragment's own first word), a cheaper
# test than the lazy scan between them (None: not such a fragment). In any other text the
# same test with the word pattern itself in the fragment's engine and flags (the argument
# holds in either engine): the fragment's own scan tries the gap at every word it finds.
_GAP = r"[\s\S]{0,600}?"
_TWICE: tuple[tuple[stdre.Pattern[str], re.Pattern[str]] | None, ...] = tuple(
    (stdre.compile(ascii_twin(head)), re.compile(head, re.IGNORECASE))  # (ASCII text, other)
    if (parts := fragment.split(_GAP)) and len(parts) == 2 and (head := parts[0]) == parts[1]
    else None
    for fragment in PATTERNS
)
_ANY_DIGIT = re.compile(r"\d")  # (the fragments' engine's digit)
# A test true of every text a fragment matches (None: none known), made first.
_GATES: tuple[Callable[[str], bool] | None, ...] = tuple(
    password.PRECHECK_GATES.get(fragment) for fragment in PATTERNS
)
# Literals one of which a fragment's every match holds (empty: none known), tested in the
# lower-cased text first. The case-blind match may read "İ" as "i" and "ſ" as "s", which
# ``str.lower`` does not: a text holding either skips these tests.
_HINTS: tuple[tuple[str, ...], ...] = tuple(
    (password.PRECHECK_HINTS | credential.PRECHECK_HINTS).get(fragment, ()) for fragment in PATTERNS
)
# Each fragment's literals in one stdlib scan, nested by common prefix: it finds one exactly
# when one of them is in the text, in one C-level pass instead of a Python loop of tests.
_HINT_SCANS: tuple[stdre.Pattern[str] | None, ...] = tuple(
    stdre.compile(literal_trie(hints)) if len(hints) > 1 else None for hints in _HINTS
)
# ... a single literal (":", "://") as a substring test instead: no scan to call
_HINT_LITERALS: tuple[str | None, ...] = tuple(
    hints[0] if len(hints) == 1 else None for hints in _HINTS
)
# The card chain: a 12-digit card (short Maestro) counts only right after a card word (at
# most 40 characters before it, like ``card._CARD_WORD_NEAR``); any other card has 13+
# digits. Both need a digit (``\d`` is a Unicode decimal in both regex engines).
_CARD_NEEDLES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(fragment, re.IGNORECASE)
    for fragment in (
        rf"\d(?:{_SEP_CLASS}*\d){{{card.MIN_DIGITS_WITHOUT_CARD_WORD - 1}}}",
        rf"{card.CARD_WORD_LITERALS}[^\d]{{0,40}}\d(?:{_SEP_CLASS}*\d){{{card.MIN_DIGITS - 1}}}",
        # a card's head given with its count ("first 12 digits 4918 …", ``card._HEAD_COUNT``)
        rf"(?:first|erste)[^\d]{{0,8}}1[0-5][^\d]{{1,40}}\d(?:{_SEP_CLASS}*\d){{9}}",
    )
)
_DIGIT = stdre.compile(r"\d")
# the fewest digits a card needle matches; in ASCII text ``\d`` is one of "0123456789", so
# counting them (ten C-level counts) rules both needles out in most chat before their scans
_CARD_DIGITS = min(card.MIN_DIGITS, card.MIN_DIGITS_WITHOUT_CARD_WORD)
_CARD_DIGITS_SCAN = digits_at_least(_CARD_DIGITS)


# ... and in an ASCII text the stdlib twins of the needles (``ascii_twin``: the same matches
# there; their literals and separators have no other ASCII case variant), faster
_CARD_NEEDLES_ASCII: tuple[stdre.Pattern[str], ...] = tuple(
    stdre.compile(ascii_twin(needle.pattern), stdre.IGNORECASE) for needle in _CARD_NEEDLES
)


def _card_needle_found(text: str) -> bool:
    """One of ``_CARD_NEEDLES`` matches ``text``."""
    if text.isascii():
        if _CARD_DIGITS_SCAN.match(text) is None:
            return False
        needles: tuple[stdre.Pattern[str], ...] | tuple[re.Pattern[str], ...] = _CARD_NEEDLES_ASCII
    else:
        needles = _CARD_NEEDLES
    for needle in needles:
        if needle.search(text) is not None:
            return True
    return False


_Gate = tuple[
    re.Pattern[str],
    "stdre.Pattern[str] | None",
    int,
    "str | None",
    "stdre.Pattern[str] | None",
    "tuple[stdre.Pattern[str], re.Pattern[str]] | None",
    "Callable[[str], bool] | None",
]


def _gated_search(gates: tuple[_Gate, ...], text: str, low: str) -> bool:
    """One of the fragments of ``gates`` matches (the tests of ``_fragment_found``)."""
    short_of = 0  # (a digit count the text is known to fall short of; 0: none known)
    ascii_text = text.isascii()
    hinted = ascii_text or ("\u0130" not in text and "\u017f" not in text)
    for needle, min_word, min_digits, hint, hints, twice, gate in gates:
        if min_digits and ascii_text:
            if short_of and min_digits >= short_of:
                continue
            if digits_at_least(min_digits).match(text) is None:
                short_of = min_digits if not short_of else min(short_of, min_digits)
                continue
        if gate is not None and hinted and not gate(text):
            continue
        if twice is not None:
            if not ascii_text and _ANY_DIGIT.search(text) is None:
                continue  # (its word holds a digit: the regex engine's slow scan spared)
            scan = twice[0] if ascii_text else twice[1]
            first = scan.search(text)
            if first is None or scan.search(text, first.end()) is None:
                continue
        if min_word is not None and min_word.search(text) is None:
            continue
        if hint is not None and hinted and hint not in low:
            continue
        if hints is not None and hinted and hints.search(low) is None:
            continue
        if needle.search(text) is not None:
            return True
    return False


# Every fragment with its cheap tests, in ``PATTERNS`` order.
_ALL_GATES: tuple[_Gate, ...] = tuple(
    zip(
        _NEEDLES,
        _MIN_WORD_SCANS,
        _MIN_DIGITS,
        _HINT_LITERALS,
        _HINT_SCANS,
        _TWICE,
        _GATES,
        strict=True,
    )
)


# Every fragment's literals (``_HINTS``) in one scan: a text with none of them (nine in
# ten of the chat that gets this far) can match only a fragment that has none, so the others
# are not asked one by one (the same answer: each of them fails its own literal test).
_ANY_HINT_SCAN = stdre.compile(literal_trie(tuple(sorted({h for hs in _HINTS for h in hs}))))
_UNHINTED_GATES: tuple[_Gate, ...] = tuple(
    gate for gate, hints in zip(_ALL_GATES, _HINTS, strict=True) if not hints
)


def _fragment_found(text: str, low: str) -> bool:
    """One of the regex fragments (``PATTERNS``) matches ``text`` (``low`` lower-cased)."""
    if (text.isascii() or ("\u0130" not in text and "\u017f" not in text)) and (
        _ANY_HINT_SCAN.search(low) is None
    ):
        return _gated_search(_UNHINTED_GATES, text, low)
    return _gated_search(_ALL_GATES, text, low)


def might_contain_secret(text: str, learned: bool = True) -> bool:
    """False only when no recognizer can possibly match (normalised) ``text``; with
    ``learned=False``, no recognizer but the learned stage on its own gate
    (``LEARNED`` alone: ``continuation`` asks whether a line speaks of secrets, and "I
    tried it!" does not lead up to one)."""
    low = text.lower()
    return (
        _LITERAL_SCAN.search(low) is not None
        or _fragment_found(text, low)
        or (_DIGIT.search(text) is not None and _card_needle_found(text))
        or credential.short_token_hinted(text)
        or card.might_spell_card(text)
        or card_details.gives_expiry_alone(text)
        or _CREDENTIAL_KEY_SCAN.search(low) is not None
        or one_time_code.has_code_word(text, low)
        or named_number.might_name_number(text, low)
        or (learned and password_model.might_find(text, low))
        or defaults_in_use.might_find(text, low)
    )


# Speed pass 2: which recognizer families may match. Each family's gate is the part of
# ``might_contain_secret`` its recognizers need, so a family left out cannot match and the
# engine skips its recognizers; ``families(text)`` is empty exactly when
# ``might_contain_secret(text)`` is false (every part of it gates some family).
# - Password and credential rules share their words (a Wi-Fi "key" is a password's, "pass"
#   a URL's credential, a card's "security" word a security answer's): either needs one of
#   all the trigger literals, a fragment of either or a short provider token.
# - A one-time code needs its code word, or a trigger literal and a code read out in digit
#   words after it ("Passwort: vier sieben eins eins"): ``one_time_code.may_find``, the
#   recognizer's own tests (a password word alone opens it no more: r44-speed).
# - A named number needs a digit and its name (``named_number.might_name_number``).
# - A card needs its digit chain, a card read out in parts (``card.might_spell_card``) or a
#   card-details literal ("the 16 digits") with a value a detail may be: a digit or a code
#   in digit words (``card_details.holds_detail_value``; "switch back later", "is the CVC
#   needed?" hold none); card details also an expiry alone.
PASSWORD = "password"
CREDENTIAL = "credential"
CARD = "card"
CARD_DETAILS = "card details"
ONE_TIME_CODE = "one-time code"
NAMED_NUMBER = "named number"
# The learned password stage: wherever the password rules may run, and wherever its own gate
# lets it read (``password_model.might_find``: a verb of entering and a shaped word, round
# 37's "tried Meteor-7"; a PIN or TAN word and one, round 42's "TAN 4 7 1 1 9 3")
LEARNED = "learned password"
FAMILIES: tuple[str, ...] = (
    PASSWORD, CREDENTIAL, CARD, CARD_DETAILS, ONE_TIME_CODE, NAMED_NUMBER, LEARNED
)  # fmt: skip
#: The family of each recognizer (by its ``NAME``); a recognizer not named here always runs.
FAMILY_OF: dict[str, str] = {
    "PasswordRecognizer": PASSWORD,
    "PasswordModelRecognizer": LEARNED,
    "CredentialRecognizer": CREDENTIAL,
    "CreditCardRecognizer": CARD,
    "CardDetailsRecognizer": CARD_DETAILS,
    "OneTimeCodeRecognizer": ONE_TIME_CODE,
    "NamedNumberRecognizer": NAMED_NUMBER,
}
_CARD_DETAILS_LITERALS = stdre.compile(
    literal_trie(tuple(sorted({t.lower() for t in (*card_details.TRIGGERS, *_CVC_KEY_LITERALS)})))
)
_NONE: frozenset[str] = frozenset()
_WORDS = frozenset((PASSWORD, CREDENTIAL, LEARNED))
_WORDS_AND_CODES = frozenset((PASSWORD, CREDENTIAL, ONE_TIME_CODE, LEARNED))


def _gate_literals(gate: stdre.Pattern[str]) -> frozenset[str]:
    """``required_literals`` of a gate that has some (at import: an unreadable one is a bug)."""
    literals = required_literals(gate.pattern)
    if literals is None:
        raise ValueError(f"no literals known for the gate {gate.pattern!r}")
    return literals


# Quiet chat (r45-speed): an ASCII text with no trigger literal ("hello, is anyone there?",
# "I get error 500 when I upload a file") still ran some ten gates, each its own scan. Five
# of them first need a literal of their own gate in the lower-cased text (in ASCII text the
# case-blind match is the plain one): the fragments' hints (``_ANY_HINT_SCAN``), the
# credential's keys, the one-time code's words (``CODE_WORD_HINT``, its recovery phrase's
# and YubiKey's), the learned stage's trigger and entry words (``password_features
# .any_trigger``, ``any_entry``). One scan for all of those literals rules the five out at
# once; the gates that need none (digits, a card read out, an expiry) are asked as before.
_QUIET_LITERALS: frozenset[str] = frozenset(
    {h for hs in _HINTS for h in hs}
    | set(CREDENTIAL_KEY_LITERALS)
    | _gate_literals(one_time_code.CODE_WORD_HINT)
    | _gate_literals(one_time_code.PHRASE_HINT)
    | set(one_time_code.YUBIKEY_WORDS)
    | _gate_literals(password_features.TRIGGER_SCAN)
    | _gate_literals(password_features.ENTRY_SCAN)
)


# The trigger literals and the quiet ones in one scan (r47-speed): the everyday half of the
# chat holds neither, and paid a scan for each. Where it finds one, no literal of either set
# starts before it, so the trigger scan goes on from there.
_EITHER_SCAN = stdre.compile(literal_trie(tuple(sorted(set(_LITERALS) | _QUIET_LITERALS))))
# Quiet chat need not be ASCII (r47-speed): "Können Sie mir die Rechnung schicken?" took the
# long path for its "ö". The literal tests over ``str.lower`` answer as the gates' case-blind
# scans (both engines) wherever each character of the text matches a literal's character
# case-blind exactly when its lower case is that character and lower-casing keeps its
# length: ASCII (no literal holds "ı", "İ", "ſ" or the Kelvin sign, the non-ASCII
# characters the engines match to "i", "s" or "k") and these letters, marks and signs, which
# have no case partner outside their pair. (A test checks both on every literal.)
PLAIN_CASE = (
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœÀÁÂÃÄÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒß€£¥§°²³´·«»‘’‚“”„–—…•\u00a0"
)
_NOT_PLAIN = stdre.compile(f"[^\\x00-\\x7f{PLAIN_CASE}]")


def _plain_case(text: str) -> bool:
    """Every character of ``text`` is ASCII or one of ``PLAIN_CASE``."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


def _literal_and_quiet(text: str, low: str) -> tuple[bool, bool]:
    """Whether ``low`` holds a trigger literal (``_LITERAL_SCAN``), and whether ``text`` is
    quiet: in plain case (``_plain_case``), with neither a trigger nor a quiet literal
    (``_QUIET_LITERALS``; one scan where neither is found)."""
    first = _EITHER_SCAN.search(low)
    if first is None:
        return False, _plain_case(text)
    return _LITERAL_SCAN.search(low, first.start()) is not None, False


def families(text: str) -> frozenset[str]:
    """The recognizer families (``FAMILIES``) that may match (normalised) ``text``; a
    family not named cannot (empty: nothing can, as ``might_contain_secret`` says)."""
    return run_steps(families_steps(text))


def families_steps(text: str) -> Generator[None, None, frozenset[str]]:
    """``families``, yielding between its scans: on a long hostile text (2,000 characters of
    token lines) the pre-check alone held the event loop 3.5–4.9 ms in one slice, against
    the 5 ms bound, so the sliced path (``Redactor.redact_async``) runs it in parts."""
    low = text.lower()
    # quiet chat: none of ``_QUIET_LITERALS`` either, in plain case (then
    # ``_fragment_found`` is its unhinted fragments, ``has_code_word`` is
    # ``code_without_word``, and neither the credential's keys nor the learned stage's gate
    # can be found)
    literal, quiet = _literal_and_quiet(text, low)
    digit = _DIGIT.search(text) is not None  # (asked once: three tests below need one)
    yield
    if literal:
        found = _WORDS_AND_CODES if one_time_code.may_find(text, low) else _WORDS
    else:
        if quiet:
            code = one_time_code.code_without_word(text, low)
            fragment = _gated_search(_UNHINTED_GATES, text, low)
        else:
            code = one_time_code.has_code_word(text, low)
            fragment = _fragment_found(text, low)
        if (
            fragment
            or credential.short_token_hinted(text)
            # a personal access token named in capitals, its value short ("our PAT is ghp_Rk4")
            or "PAT" in text
        ):
            found = _WORDS | {ONE_TIME_CODE} if code else _WORDS
        else:
            found = frozenset((ONE_TIME_CODE,)) if code else _NONE
    yield
    if not quiet and CREDENTIAL not in found and _CREDENTIAL_KEY_SCAN.search(low) is not None:
        found |= {CREDENTIAL}
    if digit and named_number.might_name_number(text, low):
        found |= {NAMED_NUMBER}
    if PASSWORD not in found and defaults_in_use.might_find(text, low):
        found |= {PASSWORD}  # a default said to be in use ("still has ADMIN/ADMIN")
    if not quiet and LEARNED not in found and password_model.might_find(text, low):
        found |= {LEARNED}
    yield
    if (
        literal  # (the cheapest first)
        and _CARD_DETAILS_LITERALS.search(low) is not None
        # a label's value: "the code on the back" in prose, no number, opens neither
        and card_details.holds_detail_value(text, low)
    ) or (digit and _card_needle_found(text)):
        return found | {CARD, CARD_DETAILS}
    yield
    if card.might_spell_card(text):
        return found | {CARD, CARD_DETAILS}
    yield
    if card_details.gives_expiry_alone(text):
        return found | {CARD_DETAILS}
    return found
