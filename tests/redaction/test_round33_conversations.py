"""Round 33, secrets split over several chat messages by phone typists: a password said
before and typed again (the same, without autocorrect's spaces, or with its rest added), a
"*"-marked correction of a slip, a PIN's other candidate in its shape, the digits sent
after a password that ended its message as a bare word, a code's pieces after a short line
that names it, and a remark opening on a curse. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _talk(redactor: Redactor, messages: list[str], stored: bool = False) -> list[str]:
    thread = Continuation(redactor)
    out: list[str] = []
    for text in messages:
        result = thread.redact(text)
        for back, again in thread.amended if stored else ():
            out[-back] = again.text
        out.append(result.text)
    return out


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # autocorrect's spaces and capitals undone
        (["Kennwort: Sonnen Blume 7", "blöde autokorrektur", "sonnenblume7"], "sonnenblume7"),
        (["my password is Sea Turtle 4", "ugh autocorrect", "seaturtle4"], "seaturtle4"),
        # its rest added
        (
            ["password Kr4nich", "hang on is this chat private?", "Kr4nich#Flug! is all of it"],
            "Kr4nich#Flug!",
        ),
        # the same PIN said again after a correction
        (["gate code 5190", "5910*", "so the 5190 was wrong"], "5190"),
        # another candidate in the PIN's shape
        (["the pin could be 2846", "or 2864"], "2864"),
        (["die authenticator app zeigt 558 102", "vielleicht auch 771 930"], "771 930"),
        # the rest of a password that ended its message as a word
        (["pw is marmelade", "77"], "77"),
        (["neues kennwort ist blauer", "himmel 42"], "himmel 42"),
        # a code in pieces after a line that names it or says it came
        (["sms code kam grad", "381"], "381"),
        (["got the tan", "662", "017"], "017"),
    ],
)
def test_split_value_masked(redactor: Redactor, messages: list[str], value: str) -> None:
    last = _talk(redactor, messages)[-1]
    assert value not in last, last


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a "*"-correction makes the slip before it a password too
        (["Gartenzwerg_4", "**Gartenzwerg_44"], "Gartenzwerg_4"),
        # the remark naming it opens on a curse or closes on "übrigens"
        (["607193", "oh shit das war die TAN fürs konto"], "607193"),
        (["3852", "das war meine pin übrigens"], "3852"),
    ],
)
def test_earlier_message_masked_as_stored(
    redactor: Redactor, messages: list[str], value: str
) -> None:
    first = _talk(redactor, messages, stored=True)[0]
    assert value not in first, first


@pytest.mark.parametrize(
    "messages",
    [
        # a status code after "the code", a count after a password, a year after it
        ["the code", "404"],
        ["pw is marmelade", "2 tries"],
        ["pw is marmelade", "2024"],
        ["pw is marmelade", "ok"],
        # an order number in a PIN's shape, with its word
        ["the pin could be 2846", "order 2864 by the way"],
        # the word said again is no echo of a short plain word
        ["password Blue", "Blue is my favourite colour"],
        ["got the tan", "thanks"],
        ["das war meine pin übrigens", "danke"],
    ],
)
def test_ordinary_replies_kept(redactor: Redactor, messages: list[str]) -> None:
    out = _talk(redactor, messages)
    assert out[-1] == messages[-1], out
