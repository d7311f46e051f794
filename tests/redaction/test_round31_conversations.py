"""Round 31, conversations as each message arrives: a password or key given in pieces
over several messages (its parts announced, counted or started with "starts with", then
bare or after words that order them), a key cut short alone on its line after its
lead-in, a value that replaces a wrong one ("correct one:", "die richtige ist"), the
pieces after a piece too short to be a password, and a line of words that says something
after a cue ("Moment ich schau nach") left as it is. Cases in our own words (EN, DE);
each guard is a look-alike that must stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import thread


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("messages", "secrets"),
    [
        # a password started with "starts with", its pieces after words that order them
        (
            ["the wifi password starts with Qv7", "then comes &Lp", "and at the end 1999"],
            ["Qv7", "&Lp", "1999"],
        ),
        (
            ["das Kennwort fürs NAS beginnt mit Tr4", "danach kommt %u", "zum Schluss 88"],
            ["Tr4", "%u", "88"],
        ),
        # a key announced in pieces, the pieces bare
        (
            ["I'll paste the webhook secret in three pieces", "whsec_Ab12", "Cd34Ef56", "Gh78"],
            ["whsec_Ab12", "Cd34Ef56", "Gh78"],
        ),
        # the parts counted ("hat zwei Teile"), or sent "in bits"
        (["unser WLAN-Passwort hat zwei Teile", "Teil zwei: Fluss"], ["Fluss"]),
        (["she texts me the password in bits", "part one: Otter", "then: Moos"], ["Otter", "Moos"]),
        # a key cut short, alone on its line after the key's lead-in
        (["here is the admin token from the settings page", "shpat_77c1e0"], ["shpat_77c1e0"]),
        # a value replacing a wrong one
        (["the mysql password I sent was wrong", "correct one: Hx5!"], ["Hx5!"]),
        # pieces after one too short to be a password
        (
            ["the db password from before was wrong", "right one: 7Tq!", "bZ9#", "qW"],
            ["7Tq!", "bZ9#", "qW"],
        ),
    ],
)
def test_found_on_arrival(redactor: Redactor, messages: list[str], secrets: list[str]) -> None:
    out = "\n".join(thread(redactor, *messages))
    for secret in secrets:
        assert secret not in out, f"{secret!r} survives in {out!r}"


@pytest.mark.parametrize(
    "messages",
    [
        # no secret announced in parts: a tracking number in pieces
        ["I'll send the tracking number in parts", "1Z999", "AA10123"],
        # while the parts are coming, words that wait or ask are no part
        ["sendgrid key in 3 parts", "thanks", "what do you mean"],
        # how a password starts, not its start
        ["my password starts with Capital"],
        # a line of words that says something after the cue
        ["Mein Passwort ist", "Moment ich guck nach"],
        ["my password is", "hold on let me check it"],
        # words naming a new value, none given
        ["the old password was wrong", "new one is coming tomorrow from IT"],
    ],
)
def test_kept(redactor: Redactor, messages: list[str]) -> None:
    out = thread(redactor, *messages)
    for message, redacted in zip(messages, out, strict=True):
        assert redacted == message, f"{message!r} -> {redacted!r}"


def test_short_piece_then_no_piece(redactor: Redactor) -> None:
    # after a short piece, a greeting or a reference is no piece
    out = thread(redactor, "the pw was wrong", "right one: 9xK!", "Hi", "nr.5")
    assert out[1] == "right one: [PASSWORD]"
    assert out[2:] == ["Hi", "nr.5"]
