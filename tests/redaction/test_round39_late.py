"""Round 39 (a secret that comes late): a line that announces a secret holds for a few
messages, and the value that comes after a question or a remark is masked on arrival
when it comes under a few words that lead in ("so: …", "first unused one: …"), relayed
("he says it's …"), as a card's first piece, or as a card's details in the last sentence
of a longer message. Twins: the same late message giving an e-mail, an invoice, a date,
an amount, a handle, or a thing it names. Cases in our own words (``Continuation``, read
as the chat server does)."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import assert_message_outcome, thread


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # announced, a remark between, the value under a word that leads in
        (
            (
                "the sms code just arrived, I'll read it out",
                "is that an 8 or a B? it's an 8",
                "so: 7K8P3Q",
            ),
            "7K8P3Q",
        ),
        (
            (
                "Ich schick Ihnen gleich die TAN, muss erst das Handy holen",
                "Es geht um die Überweisung an den Vermieter",
                "da: 604 381",
            ),
            "604 381",
        ),
        (
            (
                "I'll give you the new password I picked once the reset page loads",
                "does it need a symbol?",
                "then: walnut-Harbor-58",
            ),
            "walnut-Harbor-58",
        ),
        # the twin: what comes late is an invoice, a date and an amount
        (
            (
                "Ich schick Ihnen gleich die Rechnung, muss erst den Ordner holen",
                "Es geht um die Überweisung an den Vermieter",
                "da: RG-2024-1187 vom 04.02.2025 über 89,90 €",
            ),
            None,
        ),
        # the twin: the late line names what it gives
        (
            (
                "I'll give you the new password I picked once the reset page loads",
                "does it need a symbol?",
                "then: walnut-Harbor-58 (my forum handle)",
            ),
            None,
        ),
        (
            (
                "Ich schick Ihnen gleich die TAN, muss erst das Handy holen",
                "Es geht um die Überweisung an den Vermieter",
                "run id job_8Rt4Q",
            ),
            None,
        ),
        # a few words and a colon before a code the held line announced
        (
            (
                "please turn off 2fa, I have the recovery codes here",
                "printed them last year. need one?",
                "next unused one: 5528-1906",
            ),
            "5528-1906",
        ),
        # someone else's words relayed
        (
            ("my wife changed the password, let me ask her", "she says it's sparrow_1979"),
            "sparrow_1979",
        ),
        (
            ("mein Mann hat das Passwort, ich frag ihn", "er sagt es ist kiebitz_1977"),
            "kiebitz_1977",
        ),
        # a screen's words, not a person's
        (("my wife changed the password, let me ask her", "now it says 3 tries left"), None),
        (
            ("my wife changed the password, let me ask her", "she says it's anna.berg@posteo.de"),
            None,
        ),
    ],
)
def test_a_value_announced_messages_before_is_masked_on_arrival(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    assert_message_outcome(thread(redactor, *messages), messages, -1, secret)


@pytest.mark.parametrize(
    ("messages", "index", "secret"),
    [
        # a card announced, a question between, then its pieces
        (
            ("paying the open bill now, card in hand", "do you charge a fee for this?", "5413"),
            2,
            "5413",
        ),
        (
            ("Ich hol mal meine Kreditkarte, Moment", "wo hab ich die denn...", "5413"),
            2,
            "5413",
        ),
        # the twin: a number of another kind came between, the talk of the card is over
        (
            (
                "paying the open bill now, card in hand",
                "my customer number is 77120456",
                "5413",
            ),
            2,
            None,
        ),
        # no card announced
        (("paying the open bill now", "do you charge a fee for this?", "5413"), 2, None),
        # a card's details in the last sentence of a longer message
        (
            (
                "card: 4929 6610 2875 3014",
                "wait let me check again... yes that is right. expiry 09/29",
            ),
            1,
            "09/29",
        ),
        (
            ("card: 4929 6610 2875 3014", "Datum 09/29", "Code 4 1 7"),
            2,
            "4 1 7",
        ),
        # no card before: a date in a long message stays
        (
            (
                "my contract renews soon",
                "wait let me check again... yes that is right. renewal 09/29",
            ),
            1,
            None,
        ),
    ],
)
def test_a_card_announced_messages_before(
    redactor: Redactor, messages: tuple[str, ...], index: int, secret: str | None
) -> None:
    assert_message_outcome(thread(redactor, *messages), messages, index, secret)
