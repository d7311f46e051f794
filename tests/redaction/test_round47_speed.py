"""Round 47, speed (r47-speed): the pre-check answers as before for less work.

- Quiet chat (r45-speed) needed ASCII; a text in plain case (``precheck._plain_case``:
  ASCII and common Latin letters, quotes, dashes and currency signs, whose case-blind match
  is their lower case) is quiet too: "Können Sie mir die Rechnung schicken?" asks only the
  gates that need no word.
- The trigger literals and the quiet literals are one scan (``_EITHER_SCAN``); the trigger
  scan goes on only from its first find.
- ``one_time_code.may_find`` asks the codes read out in digit words once (``has_code_word``
  ended with the same test); ``card_details.gives_expiry_alone`` scans for an expiry word
  once, not once per test after it; ``precheck._card_needle_found`` uses stdlib twins of the
  card needles in ASCII text.

Every text is written here (none is a corpus item). The tests of the new helpers fail on
round 46's code (they do not exist there); the quiet non-ASCII texts fail there too (they
took the long path). Every text is redacted as the unchecked redactor redacts it, and the
families equal those with the quiet path off.
"""

from __future__ import annotations

import re as stdre

import pytest
import regex

from redaction import Redactor, password_features
from redaction import precheck as pc
from redaction.normalize import normalize
from redaction.precheck import families
from redaction.recognizers import card_details, one_time_code
from tests.redaction.helpers import (
    assert_secret_gone,
    expiry_gate_parts,
    families_without_quiet_path,
)

# Plain case, no trigger literal, no word a worded gate needs: quiet now
QUIET_PLAIN: list[str] = [
    "Können Sie mir die Gutschrift für Oktober schicken?",
    "Schönen Abend noch, bis Montag!",
    "Ça marche, à demain – merci beaucoup",
    "Die Lieferung über 49,90 € kam zwei Tage später",
    "„Bitte nicht vor Dienstag“, sagt die Spedition …",
]
# ... the same sentences with a word a worded gate reads, or a character outside plain
# case (the Turkish "ı" and "İ", the micro sign; normalising turns "ſ" and the Kelvin sign
# into ASCII): the long path, as before
WORDED_TWINS: list[str] = [
    "Können Sie mir die TAN für Oktober schicken?",
    "Schönen Abend noch, ich habe es probiert, bis Montag!",
    "Ça marche, à demain – merci beaucoup, the sid too",
    "Die Lieferung über 49,90 € kam zwei Tage später ıch",
    "„Bitte nicht vor Dienstag“, sagt die Spedıtion …",
    "Die Probe wiegt 300 µg, schönen Tag",
    "İstanbul grüßt, schönen Tag",
]
# Secrets in plain case with no trigger literal: a card, a provider token, a code word
PLAIN_SECRETS: list[tuple[str, str]] = [
    # (a card's mask shows its last four digits: its first twelve are the secret)
    ("Meine Karte für München: 4000 0566 5566 5556", "4000 0566 5566"),
    (
        "Schlüssel fürs Repo: ghp_R4nd0mT0k3nVal7eH3re9xYzQwErTy12",
        "ghp_R4nd0mT0k3nVal7eH3re9xYzQwErTy12",
    ),
    ("Der Bestätigungscode lautet 482913, grüße", "482913"),
]


def _two_scans(text: str) -> tuple[bool, bool]:
    """Round 46's two scans: a trigger literal, and quiet (ASCII, no literal of either)."""
    low = text.lower()
    literal = pc._LITERAL_SCAN.search(low) is not None
    quiet_literal = stdre.search(
        stdre.compile("|".join(map(stdre.escape, pc._QUIET_LITERALS))), low
    )
    return literal, not literal and quiet_literal is None


@pytest.mark.parametrize("text", QUIET_PLAIN)
def test_plain_case_chat_is_quiet(text: str, worded_gates_refused: None) -> None:
    norm = normalize(text).text
    assert not norm.isascii()
    assert pc._literal_and_quiet(norm, norm.lower()) == (False, True)
    assert families(norm) == frozenset()


@pytest.mark.parametrize("text", WORDED_TWINS)
def test_twin_takes_the_long_path(text: str) -> None:
    norm = normalize(text).text
    assert pc._literal_and_quiet(norm, norm.lower())[1] is False


@pytest.mark.parametrize(
    "text", QUIET_PLAIN + WORDED_TWINS + [t for t, _ in PLAIN_SECRETS] + ["my password is x"]
)
def test_families_equal_the_long_path(text: str) -> None:
    norm = normalize(text).text
    assert families(norm) == families_without_quiet_path(norm)


@pytest.mark.parametrize("text", QUIET_PLAIN + WORDED_TWINS + [t for t, _ in PLAIN_SECRETS])
def test_redacted_as_unchecked(text: str, redactor: Redactor, unchecked: Redactor) -> None:
    assert redactor.redact(text) == unchecked.redact(text)


@pytest.mark.parametrize(("text", "secret"), PLAIN_SECRETS)
def test_plain_case_secret_masked(text: str, secret: str, redactor: Redactor) -> None:
    assert_secret_gone(redactor, "plain case", text, secret)


# The characters of every literal the quiet path stands for, and of the trigger literals
_LITERAL_CHARS: frozenset[str] = frozenset(
    "".join(pc._QUIET_LITERALS)
    + "".join(pc.TRIGGERS).lower()
    + password_features.TRIGGER_SCAN.pattern
)


def test_plain_case_matches_as_its_lower_case() -> None:
    """Each plain-case character matches a literal's character case-blind, in both engines,
    exactly when its lower case (one character) is that character."""
    for c in pc.PLAIN_CASE + "".join(chr(i) for i in range(128)):
        assert len(c.lower()) == 1
        for lit in _LITERAL_CHARS:
            expected = c.lower() == lit
            assert (stdre.fullmatch(stdre.escape(lit), c, stdre.IGNORECASE) is not None) == expected
            assert (regex.fullmatch(regex.escape(lit), c, regex.IGNORECASE) is not None) == expected


def test_no_literal_holds_an_odd_case_letter() -> None:
    assert not _LITERAL_CHARS & set("\u0131\u0130\u017f\u212a")


EITHER_TEXTS: list[str] = [
    "hello there",
    "the settings page, then my password",  # a quiet literal ("set") before a trigger
    "my password, then the settings",
    "Passwort ändern geht nicht",
    "Können Sie mir helfen?",
    "ſecret",
    "",
]


@pytest.mark.parametrize("text", EITHER_TEXTS)
def test_one_scan_answers_as_two(text: str) -> None:
    literal, quiet = pc._literal_and_quiet(text, text.lower())
    old_literal, old_quiet = _two_scans(text)
    assert literal == old_literal
    if text.isascii():
        assert quiet == old_quiet
    else:  # plain case may be quiet; quiet never without the two scans' answer
        assert not quiet or (old_quiet and pc._plain_case(text))


CODE_TEXTS: list[str] = [
    "the code is four seven one one",
    "PIN: vier sieben eins eins",
    "Passwort: vier sieben eins eins",
    "I forgot my password",
    "my code never arrived",
    "the security code on the back is 123",
    "K-7-X-9-Q-2 spelled out",
]


def _has_code_word_r46(text: str, low: str) -> bool:
    """Round 46's ``has_code_word``, test for test."""
    otc = one_time_code
    if otc.code_without_word(text, low):
        return True
    if otc.phrase_spans(text, low) or otc.yubikey_otp_spans(text, low):
        return True
    if otc._HINT.search(low) is None:
        return False
    if otc._TRIGGER.search(text) is not None:
        return True
    for bare in otc._BARE_CODE.finditer(text) if "code" in low else ():
        if otc._bare_code_value(text, bare.start(), bare.end()) is not None:
            return True
    if (
        "code" in low
        and otc._SECURITY_CODE.search(text) is not None
        and otc.one_time_code_spans(text)
    ):
        return True
    return bool(otc.spelled_code_spans(text))


@pytest.mark.parametrize("text", CODE_TEXTS)
def test_code_gates_answer_as_before(text: str) -> None:
    low = text.lower()
    old = _has_code_word_r46(text, low)
    assert one_time_code.has_code_word(text, low) == old
    assert one_time_code.may_find(text, low) == (
        old or bool(one_time_code.spelled_code_spans(text, low))
    )


EXPIRY_TEXTS: list[str] = [
    "need the expiry? 03/28",
    "card ending 4444, expiry 11/29",
    "Karte endet auf 3316, läuft 09/27 ab",
    "my card expires 09/27",
    "the export ended last week",
    "valid until Friday?",
    "works until 5pm? 6pm",
]


@pytest.mark.parametrize("text", EXPIRY_TEXTS)
def test_expiry_gate_is_its_parts(text: str) -> None:
    assert card_details.gives_expiry_alone(text) == expiry_gate_parts(text)


NEEDLE_TEXTS: list[str] = [
    "4111 1111 1111 1111",
    "KK 5019-7170-1010",
    "Karte: 6759 6498 2643",
    "order 123456789012 shipped",
    "call 0049 89 1234 5678 90",
    "card no. is in the file, ref 1234567890123",
    "tracking 1Z 999 AA1 0123 4567 84",
]


@pytest.mark.parametrize("text", NEEDLE_TEXTS)
def test_ascii_card_needles_answer_as_the_regex_ones(text: str) -> None:
    assert text.isascii()
    expected = any(n.search(text) is not None for n in pc._CARD_NEEDLES)
    assert pc._card_needle_found(text) == expected
    assert any(n.search(text) is not None for n in pc._CARD_NEEDLES_ASCII) == expected
