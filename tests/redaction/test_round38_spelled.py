"""Round 38 (a secret spelled in one message): a value typed a character at a time in a
text that says so ("with spaces so the filter keeps it"), or spelled with a spelling
alphabet (NATO's words, the German table's names, "X like Xray") after a password word,
in a text that says it spells, or after a warning in a conversation. Twins: a user name
or a name spelled, an order's characters spaced, spelling words in a sentence, letters
without a digit. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import assert_message_outcome, thread


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # typed apart, the text says so, no password word
        ("writing it with spaces so nothing strips it: R o b i n 4 2 !", "R o b i n"),
        ("ich schreib's in spaces damit es durchkommt: F a l k e 9 1", "F a l k e"),
        ("writing my order with spaces: Q X 4 4 5 1 2", None),
        ("my user name spelled: b e n n o 7 7", None),
        # a spelling alphabet (a word of one's own among it) after a password word or a word
        # of spelling
        ("the password, spelled: Sierra Bus Lima Echo 8 8", "Sierra Bus"),
        ("Kennwort, buchstabiert: Gustav Anton Maus Ida 3 3", "Gustav Anton Maus"),
        ("ich buchstabiere: Ludwig Emil Otto Nordpol vier zwei", "Ludwig Emil Otto"),
        ("ich buchstabiere meinen Namen: Emil Richard Ida Konrad 2", None),
        ("password reset: we met at Hotel Delta with Otto and 2 kids", None),
        ("I spell the letters: Alpha Bravo Charlie Delta", None),
    ],
)
def test_a_value_spelled_in_one_message(redactor: Redactor, text: str, secret: str | None) -> None:
    out = redactor.redact(text).text
    if secret is None:
        assert out == text, out
    else:
        assert secret not in out, out


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # "x like Xray" after a warning against sending the password
        (
            (
                "the bot says I must not send my password",
                "ok then: r like romeo, o like oscar, s like sierra, e like echo, then 4 1",
            ),
            "r like romeo, o like oscar",
        ),
        (
            (
                "the bot says I must not send my password",
                "my username is r like romeo, o like oscar, s like sierra, e like echo, 4 1",
            ),
            None,
        ),
    ],
)
def test_a_value_spelled_after_a_warning(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    assert_message_outcome(thread(redactor, *messages), messages, -1, secret)
