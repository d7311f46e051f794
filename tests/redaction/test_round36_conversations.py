"""Round 36 (conversations): answers typed at once with the secret among them, a card with
its code glued on in a message of its own, a value given with a request to delete it, a
cue that repeats what was asked and agrees; as stored, a request to delete the message
before, a PIN named against what was asked ("not the postcode"), a security question named
by its subject. Twins: the same dialogues with no secret. Cases in our own words
(``Continuation``, read as the chat server does)."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import stored, thread


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # a birthday and a password in one message, a slash between them
        (("Jonas Weber", "21.07.1985 / Lerche2017"), "Lerche2017"),
        (("Jonas Weber", "21.07.1985 / 30118822"), None),
        # birthday, postcode and password, commas between them
        (("07/11/1990, M4 6AB, Harbour1990!",), "Harbour1990!"),
        (("07/11/1990, M4 6AB, Harbour",), None),
        (("07/11/1990, M4 6AB, HX-44120",), None),
        # a card and its code glued together, alone in the message
        (("4111111111111111737",), "4111111111111111"),
        (("0034043416109404255",), None),
        # a value given with a request to delete it
        (("ok fine it's Tannenzapfen!4 - please delete the chat after",), "Tannenzapfen!4"),
        (("it's order 48812 - please delete the chat after",), None),
        (("ist jetzt Tannenzapfen!4, bitte mein Konto löschen",), None),
        # the question repeated and agreed to, then the answer under its own label
        (("Sicherheitsfrage? ok", "Lieblingsfarbe: Türkisgrün"), "Türkisgrün"),
        (("Bestätigung? ok", "Lieblingsfarbe: Türkisgrün"), None),
    ],
)
def test_a_secret_among_answers_is_masked_on_arrival(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    out = thread(redactor, *messages)
    if secret is None:
        assert out[-1] == messages[-1], out
    else:
        assert secret not in out[-1], out


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # a request to delete the message before
        (("Kranich_1994", "oops wrong window, delete that please"), "Kranich_1994"),
        (("Jonas Weber", "oops wrong window, delete that please"), None),
        (("Kranich_1994", "please delete my account"), None),
        # the PIN named against what was asked
        (("6631", "sorry that was my PIN not the postcode"), "6631"),
        (("6631", "sorry that was the house number not the postcode"), None),
        # a security question named by its subject
        (("Bello", "that's the first pet one yeah"), "Bello"),
        (("Bello", "that's the dog's name yeah"), None),
    ],
)
def test_a_value_named_by_a_later_message_is_masked_as_stored(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    out = stored(redactor, *messages)
    if secret is None:
        assert out[0] == messages[0], out
    else:
        assert secret not in out[0], out
