"""Round 20: secrets whose context sits in the same customer's earlier messages, in the
shapes round 19's continuation missed (``redaction.Continuation``). Cases in our own words;
each positive fails on round 19's continuation, each guard is a near miss that must stay as
sent."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import thread

# Luhn-valid numbers of real issuers, made up for these tests.
VISA = "4241 5920 6611 2571"
MASTERCARD = "5397 6335 5561 8766"
VISA_19 = "4259 7248 6226 1296 533"


def _pieces(card: str, cut: int) -> tuple[str, str]:
    groups = card.split()
    return " ".join(groups[:cut]), " ".join(groups[cut:])


@pytest.mark.parametrize(
    ("messages", "pieces"),
    [
        # the first piece announced by a card's word in its own message
        (("credit card number " + _pieces(VISA, 2)[0], _pieces(VISA, 2)[1]), 2),
        (("Kartennummer: " + _pieces(MASTERCARD, 2)[0], _pieces(MASTERCARD, 2)[1]), 2),
        (("visa " + _pieces(VISA_19, 3)[0], _pieces(VISA_19, 3)[1]), 2),
        # ... or by the line before it
        (("I'll pay by card then", *_pieces(MASTERCARD, 2)), 2),
        (("meine Kreditkarte", *_pieces(VISA, 3)), 2),
    ],
)
def test_a_card_announced_in_pieces_is_masked_from_its_first_piece(
    redactor: Redactor, messages: tuple[str, ...], pieces: int
) -> None:
    out = thread(redactor, *messages)
    for sent, got in zip(messages[-pieces:], out[-pieces:], strict=True):
        digits = sent.split()[-1]
        assert digits not in got, (sent, got)


@pytest.mark.parametrize(
    "messages",
    [
        # a remark without digits between two pieces keeps the first
        (_pieces(VISA, 2)[0], "wait let me flip it over", _pieces(VISA, 2)[1]),
        (_pieces(MASTERCARD, 2)[0], "moment, brille holen", _pieces(MASTERCARD, 2)[1]),
    ],
)
def test_the_piece_completing_a_card_after_a_remark_is_masked(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    last = thread(redactor, *messages)[-1]
    assert not any(ch.isdigit() for ch in last), last


@pytest.mark.parametrize(
    "messages",
    [
        ("my card number ends in 4417",),
        ("Kundenkarte 40123456",),
        ("my card", "1234 5678"),
        ("card", "phone 0176 5555"),
        ("order 4241 5920", "sorry wrong chat", "6611 2571"),
        ("4241 5920", "my phone is 0176 5555", "6611 2571"),
    ],
)
def test_numbers_that_are_no_announced_card_piece_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a possessive before the value ("mine's", "meine ist")
        (("the door wants a pin", "mine's 7730"), "7730"),
        (("die Garage hat einen Code", "meiner ist 8812"), "8812"),
        # "da steht", "it shows" before a code in groups
        (("hab grad die SMS gekriegt", "da steht 613 229"), "613 229"),
        (("the verification text came", "it shows 591 004"), "591 004"),
        # a hedging adverb after the value
        (("what goes in the alarm code field", "it's 4582 usually"), "4582"),
        (("und für die Alarmanlage den Code", "ist 5190 normalerweise"), "5190"),
    ],
)
def test_a_code_between_fillers_and_a_hedge_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("the door wants a pin", "mine's broken since 2021"),
        ("hab grad die SMS gekriegt", "da steht nix drin"),
        ("the verification text came", "it shows 2 missed calls"),
        ("what goes in the alarm code field", "it's 2024 probably"),
    ],
)
def test_fillers_before_no_code_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # "security q", a place the question names with "where"
        (("security q - street where I grew up", "Ashcombe"), "Ashcombe"),
        # a capitalised word after "it's", before a remark
        (
            ("the security question is the town where my dad was born", "it's Dover, pretty sure"),
            "Dover",
        ),
        (("Sicherheitsfrage ist Lieblingsfarbe", "ist Türkis, glaub ich"), "Türkis"),
        # what was typed as the answer
        (
            ("bei der Sicherheitsfrage nach dem ersten Haustier", "hab ich Flocke eingegeben"),
            "Flocke",
        ),
        (("security question: favourite band", "habe ich Gandalf angegeben"), "Gandalf"),
    ],
)
def test_a_security_answer_in_a_follow_up_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # an answer corrected in the next message
        (
            ("security question, mother's maiden name", "Hartley", "no wait, Hartwell, sorry"),
            "Hartwell",
        ),
        (
            ("Sicherheitsfrage Geburtsort der Mutter", "Passau", "nein doch Deggendorf"),
            "Deggendorf",
        ),
        # a PIN or code corrected by one of the same shape
        (("PIN is 5821", "oops 5812"), "5812"),
        (("Türcode ist 7730", "nee sorry 7703"), "7703"),
        (("the alarm code is", "40917", "no wait 40971"), "40971"),
    ],
)
def test_a_correction_of_a_value_just_given_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("security question", "it's weird"),
        ("where do I change my security question", "Settings"),
        ("the security question asks what my first car was", "no idea, sorry"),
        ("ich hab die Sicherheitsfrage vergessen", "hab ich Hilfe gesucht"),
        ("security question, mother's maiden name", "Hartley", "no wait, that's wrong"),
        ("PIN is 5821", "sorry 3 attempts left"),
        ("PIN is 5821", "oops 2 more tries"),
        ("PIN is 5821", "sorry 2023 was when I set it"),
    ],
)
def test_replies_that_give_no_answer_or_correction_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a part added to the password just given, with where it goes
        (("mein Passwort ist Regenbogen", "plus 77 hinten dran"), "77"),
        (("password is Marmalade", "with 42! at the end"), "42!"),
    ],
)
def test_a_part_added_to_a_password_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("password is Marmalade", "error 403 at the end"),
        ("Passwort ist Regenbogen", "dann kam 3 mal Fehler am Ende"),
        ("password is Marmalade", "and then it says 2 attempts left at the end"),
    ],
)
def test_remarks_with_a_number_and_a_place_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # the code in the quoted words of the text that brought it
        (
            (
                "just got a text message",
                "it reads: Your Zephyr Link code is 551903. Don't share it.",
            ),
            "551903",
        ),
        (
            (
                "hab eine Textnachricht bekommen",
                "da steht: Ihr Zephyr Link Code ist 448210. Gültig 10 Min.",
            ),
            "448210",
        ),
    ],
)
def test_a_code_quoted_from_its_text_message_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("got a text message", "it says your tracking code is 48213377, delivery Monday"),
        ("got an SMS", "Ihr Rabattcode lautet 4471 für den nächsten Einkauf"),
        ("got a text message", "your order code is 551903, arriving Monday"),
    ],
)
def test_a_public_kind_of_code_in_a_text_message_stays(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # labels and values only, each value shaped like a password beyond doubt
        (("ok changing both now", "alt: Kranich#41 neu: Kranich#42"), ("Kranich#41", "Kranich#42")),
        (("für beide Filialen:", "Nord: Otter#51\nSüd: Dachs#28"), ("Otter#51", "Dachs#28")),
    ],
)
def test_labelled_strong_values_are_masked(
    redactor: Redactor, messages: tuple[str, ...], values: tuple[str, ...]
) -> None:
    out = thread(redactor, *messages)[-1]
    for value in values:
        assert value not in out, out


@pytest.mark.parametrize(
    "messages",
    [
        ("Ref: Inv#12a",),
        ("hi", "Ticket: Abc#123 Status: Open"),
        ("Version: Python3.11! Branch: main",),
    ],
)
def test_labels_with_no_strong_values_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a question labelled as one, asked of the customer, and its labelled answer
        (("Question: what was your childhood nickname?", "Answer: Bumblebee"), "Bumblebee"),
        (("Frage: Wie hieß Ihr erstes Auto?", "Antwort: ein roter Käfer"), "ein roter Käfer"),
    ],
)
def test_a_labelled_answer_to_a_labelled_question_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("Q: can I reset it myself?", "A: not sure"),
        ("Frage: Wie hieß Ihr erstes Auto?", "Antwort: keine Ahnung"),
        ("Frage: Wo ist meine Rechnung?", "Antwort: steht im Portal"),
    ],
)
def test_labelled_replies_that_are_no_answer_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # a code typed in pieces after the line leading into it
        (("the tan is", "5", "0 2 9 1 7"), ("5", "0 2 9 1 7")),
        (("der Code lautet", "38", "17", "44"), ("38", "17", "44")),
    ],
)
def test_a_code_typed_in_pieces_is_masked(
    redactor: Redactor, messages: tuple[str, ...], values: tuple[str, ...]
) -> None:
    out = thread(redactor, *messages)
    for value, got in zip(values, out[-len(values) :], strict=True):
        assert value not in got, out


@pytest.mark.parametrize(
    "messages",
    [
        ("the code", "7"),
        ("my password is", "7"),
        ("the tan is", "5", "ok", "12"),
        ("the tan is", "5", "0 2 9 1 7", "3"),
    ],
)
def test_digits_that_are_no_piece_of_a_code_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]
