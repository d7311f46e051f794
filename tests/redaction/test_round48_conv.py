"""Round 48 (conversations as stored: a later message masks a value, the earlier lines
that gave it early, split or typed apart stay). Through a real ``Continuation``, each
message as finally stored (``amended``):

- the earlier lines' tokens, joined, are the value a later message masks ("518" ⏎ "207" ⏎
  "the code is 518207"; "K" ⏎ "r4" ⏎ "#ne" ⏎ "that's the password, Kr4#ne");
- an earlier line held the value with spaces a keyboard put in, in other case only when
  the message blames autocorrect ("pw Fig7 lantern" ⏎ "autocorrect again, its fig7lantern");
- a secret's label with a short piece, the value masked now its rest ("PIN 30" ⏎ "71",
  "passwort: Nebel-" ⏎ "Horn88") or its whole after a send pressed too early ("code: 61"
  ⏎ "hang on" ⏎ "613 402");
- a remark naming the value by the day it was set ("that's what I set as password
  yesterday").

Twins that stay: lines that join to another value than the masked one; a user name the
password repeats in other case; a ticket's label with a short number; an order's number
before a code that starts with its digits; "the password yesterday was fine". Cases in our
own words, EN and DE."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored

MASKED = [
    # pieces joined are the masked value
    (["518", "207", "sorry hit enter too soon, the code is 518207"], ["518", "207"]),
    (["K", "r4", "#ne", "that's the password, Kr4#ne"], ["K", "r4", "#ne"]),
    (["Abend", "rot-77", "das Passwort ist also Abendrot-77"], ["Abend", "rot-77"]),
    # typed apart by the keyboard
    (["pw Fig7 lantern", "autocorrect again, its fig7lantern"], ["Fig7 lantern"]),
    # a label's short piece and its rest, or a send too early
    (["ich hab die SMS", "TAN 30", "7152"], ["30"]),
    (["passwort: Nebel-", "Horn88"], ["Nebel-"]),
    (["code: 61", "hang on", "613 402"], ["61"]),
    # named by the day it was set
    (["Lupine2020", "that's what I set as password yesterday"], ["Lupine2020"]),
    (
        ["Kranich!58", "das hab ich gestern als Passwort gesetzt, und nun geht nichts"],
        ["Kranich!58"],
    ),
]


@pytest.mark.parametrize(("messages", "values"), MASKED)
def test_earlier_pieces_masked_as_stored(
    redactor: Redactor, messages: list[str], values: list[str]
) -> None:
    out = stored(redactor, *messages)
    for value in values:
        assert not any(value in line for line in out[:-1]), out


STAYS = [
    # the earlier lines join to another value than the one masked
    ["518", "209", "sorry hit enter too soon, the code is 518207"],
    # a user name the password repeats in other case, no autocorrect blamed
    ["ok, user ist lager04", "pw Lager04 mit großem L"],
    ["my login name is fig7lantern", "pw Fig7 lantern"],
    # a ticket's label with a short number before a code
    ["ticket 30", "7152"],
    # an order's number before a code that starts with its digits
    ["order 61", "hang on", "code: 613 402"],
    # the day does not end the clause
    ["Lupine2020", "the password yesterday was fine"],
]


@pytest.mark.parametrize("messages", STAYS)
def test_twins_stay_as_stored(redactor: Redactor, messages: list[str]) -> None:
    out = stored(redactor, *messages)
    assert out[:-1] == messages[:-1], out
