"""Round 35 (conversations): a value sent bare after a hesitation or a question, a list of
codes after a lead-in, a password's first letters, a card's first half or first group,
an expiry with its code alone, an e-mail and a password on one line; and what stays: a
description of a value, a display cut short, a question about the default, numbers of
another kind. Cases in our own words (``Continuation``, read as the chat server does)."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import thread


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # the value after the customer hesitated, the secret named two messages before
        (
            (
                "die Bank-App will mein Passwort",
                "kann das hier jemand mitlesen?",
                "egal",
                "Wiesel83",
            ),
            "Wiesel83",
        ),
        (
            ("Mein Kennwort gebe ich eigentlich nicht raus", "Also gut, wenn's sein muss."),
            None,
        ),
        (
            ("the router says my password is wrong", "is this chat private?", "Otterbach1974"),
            "Otterbach1974",
        ),
        # a list of codes on lines after a short lead-in
        (
            (
                "I still have my backup codes",
                "not sure which one to use",
                "these ones:\nq4t8-7wkd\nz2m6-p9rb",
            ),
            "q4t8-7wkd",
        ),
    ],
)
def test_a_value_after_a_hesitation_is_masked(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    if secret is None:
        messages = (*messages, "Hafenkran1968")
        secret = "Hafenkran1968"
    out = thread(redactor, *messages)
    assert secret not in out[-1], out


@pytest.mark.parametrize(
    "messages",
    [
        # a number of another kind between the secret's line and the digits
        ("my hardware key never arrived", "tracking 1Z 44 BX7", "9031827745"),
        # a word alone is no value without a digit or a sign
        ("das Passwort", "geht nicht", "danke"),
        # digits alone after talk of something else may be anything's
        ("the gate code is", "sorry, the delivery van just arrived downstairs", "7731"),
        # a sentence after the secret's line stays
        ("ich habe das Passwort geändert", "hmm", "ist das schlimm", "seit Mai 2024 so"),
        # a value alone that answered something else ends the talk of the secret: the
        # next bare value is no longer read after it
        (
            "that's my login, the password reset mail does not arrive",
            "KD-88120",
            "that is my customer number",
            "Quittenbaum42",
        ),
    ],
)
def test_no_value_after_the_secret_line(redactor: Redactor, messages: tuple[str, ...]) -> None:
    out = thread(redactor, *messages)
    assert out[-1] == messages[-1], out


def test_a_password_s_first_letters_are_masked(redactor: Redactor) -> None:
    out = thread(redactor, "das Kennwort fängt mit Qu an")
    assert "Qu " not in out[0], out
    out = thread(redactor, "I'll tell you half of the password", "ok", "it starts with Tulip")
    assert "Tulip" not in out[-1], out


@pytest.mark.parametrize(
    "text",
    ["my password starts with Capital", "das Passwort fängt mit Zahl an"],
)
def test_how_a_password_starts_is_no_piece(redactor: Redactor, text: str) -> None:
    assert thread(redactor, text) == [text]


def test_a_card_s_first_half_is_masked_on_arrival(redactor: Redactor) -> None:
    out = thread(redactor, "5206 4417")
    assert "5206" not in out[0] and "4417" not in out[0], out
    out = thread(redactor, "3411 950288")  # American Express, printed 4-6
    assert "950288" not in out[0], out


@pytest.mark.parametrize(
    "messages",
    [
        ("Handy 0160 3", "5206 4417"),  # a phone number going on
        ("order number", "4716 2209"),  # a number of another kind
        ("3456 7890",),  # an American Express prefix, but not printed as one
        ("4716-2209-1187",),  # three groups: no half
    ],
)
def test_digits_that_are_no_card_half_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


def test_a_card_s_first_group_after_giving_the_card(redactor: Redactor) -> None:
    out = thread(redactor, "ich lese Ihnen die Kreditkarte vor", "5412", "7534")
    assert out[1] != "5412" and out[2] != "7534", out


@pytest.mark.parametrize(
    "cue",
    ["the card ending in", "Karte endet auf", "PIN der Firmenkarte", "the old card"],
)
def test_four_digits_after_a_card_s_part_are_no_card(redactor: Redactor, cue: str) -> None:
    # a PIN stays a PIN ("[PASSWORD]"); no card's mask
    assert "•" not in thread(redactor, cue, "5412")[-1]


def test_an_expiry_and_code_alone_are_masked(redactor: Redactor) -> None:
    out = thread(redactor, "here it comes", "04/29 and 716")
    assert out[-1] == "[EXPIRY] and [CVC]", out


@pytest.mark.parametrize("text", ["we used 04/29 seats and 716 tasks", "3/10 and 500"])
def test_a_fraction_and_a_count_stay(redactor: Redactor, text: str) -> None:
    assert thread(redactor, "hi", text)[-1] == text


def test_an_email_and_a_password_on_one_line(redactor: Redactor) -> None:
    out = thread(redactor, "can't log in", "m.ortiz@example.org Kiefer-Weg88")
    assert "Kiefer-Weg88" not in out[-1] and "m.ortiz@example.org" in out[-1], out
    # a plain word after the address is no password
    assert thread(redactor, "m.ortiz@example.org thanks")[-1] == "m.ortiz@example.org thanks"


@pytest.mark.parametrize(
    "messages",
    [
        ("should my passphrase be long", "like five short words"),
        ("my api key rk_live_77AbQ9xTz", "sorry, it shows rk_live_77Ab…****"),
        ("the app asks for a PIN now", "is 1111 the default?"),
    ],
)
def test_descriptions_displays_and_defaults_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]
