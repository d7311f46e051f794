"""Round fifteen of issue 10, one-time codes and PINs: a code corrected in the same
message, a code with a letter prefix, a security PIN given in the next sentence. Examples
written here (none is a corpus item), through the whole redactor, with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a code corrected at once: both numbers are the code
    ("corrected", "the code was 581204, no wait 581240", ["581204", "581240"]),
    ("corrected", "Code ist 77120 – sorry, ich meine 77210", ["77120", "77210"]),
    ("corrected", "der Code: 4471, nein Moment, 4417", ["4471", "4417"]),
    # a code with its sender's letter prefix
    ("letter prefix", "the code from the text was G-604118, still locked", ["604118"]),
    ("letter prefix", "Bestätigungscode: G-227391", ["227391"]),
    ("letter prefix", "2FA code is M-55810", ["55810"]),
    # a security PIN given in the next sentence
    ("next sentence", "You asked for my security PIN. It's 5 0 2 9 1 7.", ["5 0 2 9 1 7"]),
    ("next sentence", "Ihr wollt meine Sicherheits-PIN. Die ist 3 3 8 1 0 4.", ["3 3 8 1 0 4"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("error code", "error code 4031, no wait 4013, on the kiosk"),
    ("pin count", "the PIN for the phone is 4 digits long"),
    ("phone", "PIN got blocked, my phone number is 0170 5512 334"),
    ("postal", "the postal code was 80331, no wait it was 80333"),
    ("no code word", "order 5512, no wait 5521, arrived late"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
