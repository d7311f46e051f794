"""Round 38 (a secret sent again): after a complaint that the chat masked a value, or a
warning against sending one repeated, the value sent again in another form (a character
at a time, dotted, reversed, quoted whole, a code's digits) is masked on arrival; a
password split announced by its verb, its parts after words that order them named
together later, and a value named later with when it became the password. Twins: the
same with no secret, or with another thing named. Cases in our own words
(``Continuation``, read as the chat server does)."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import assert_message_outcome, stored, thread


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # a character at a time after a complaint of masking
        (("your chat hid my message again", "m a r i g o l d 5"), "m a r i g o l d"),
        (("your chat hid my login name again", "m a r i g o l d 5"), None),
        (("where is my parcel", "m a r i g o l d 5"), None),
        # a dash between each, spaced
        (("warum wird das ausgeblendet??", "K - i - e - f - e - r - 3 - !"), "K - i - e - f"),
        # reversed after the complaint
        (("ihr versteckt ja alles, dann eben umgedreht:", "7791nessoL"), "7791nessoL"),
        (("ihr versteckt ja alles, dann eben umgedreht:", "danke"), None),
        # a passphrase quoted whole after its first word was hidden
        (
            ("it only blanked the first word", 'all of it is "purple rain over dover"'),
            "purple rain over dover",
        ),
        (
            ("it only blanked the first word", '"purple rain over dover" - that is the song title'),
            None,
        ),
        # a warning repeated with a PIN named: its digits after a question
        (
            ("the assistant says not to send my PIN", "but how else do you check it?", "ok: 58 17"),
            "58 17",
        ),
        # another thing named in between: its number is no PIN
        (
            (
                "the assistant says not to send codes",
                "but the form wants my invoice number?",
                "ok: 5817 2290",
            ),
            None,
        ),
        # the warning kept to
        (("ihr versteckt ja alles, dann schick ich es eben nicht", "7791nessoL"), None),
        # a character at a time after any line that spoke of a password
        (("my password, letter by letter:", "h . o . l . l . y . 4 . 2"), "h . o . l . l"),
        (("my user name, letter by letter:", "h . o . l . l . y . 4 . 2"), None),
    ],
)
def test_a_value_sent_again_after_masking_is_masked_on_arrival(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    assert_message_outcome(thread(redactor, *messages), messages, -1, secret)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("w.a.l.r.u.s.7.7", True),
        ("v.1.2.3.4.5", True),
        ("U.S.A.", False),
        ("1.2.3.4.5.6", False),
        ("s.t.r.a.n.d", False),
    ],
)
def test_a_value_dotted_a_character_at_a_time(redactor: Redactor, text: str, masked: bool) -> None:
    out = thread(redactor, "hi", text)
    assert (out[-1] != text) is masked, out


@pytest.mark.parametrize(
    ("messages", "back", "secret"),
    [
        # a split announced by its verb, then the parts after their labels
        (("the bot says no passwords so I'll split it", "first half: Otter"), 1, "Otter"),
        (("the page cuts my ticket id so I'll split it", "first half: Otter"), 1, None),
        # parts after words that order them, named together later
        (
            ("der erste Teil ist Ahorn", "der zweite 55?", "zusammen ist das mein Passwort"),
            1,
            "55?",
        ),
        (
            ("der erste Teil ist Ahorn", "der zweite 55?", "zusammen ist das unser Teamname"),
            1,
            None,
        ),
        # named a question later, with when it became the password
        (
            ("Kranich_Blau_8", "kam das an?", "das ist das neue Passwort nach dem Reset"),
            0,
            "Kranich_Blau_8",
        ),
        (
            ("Kranich_Blau_8", "kam das an?", "das ist der neue Ordner nach dem Umzug"),
            0,
            None,
        ),
    ],
)
def test_parts_and_values_named_later_are_masked_as_stored(
    redactor: Redactor, messages: tuple[str, ...], back: int, secret: str | None
) -> None:
    assert_message_outcome(stored(redactor, *messages), messages, back, secret)
