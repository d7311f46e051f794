"""An agent's or the bot's question as the lead-in of the customer's answer: ``question_of``
and ``Continuation.asked`` ("What's the code on the back of your card?" ⏎ "381")."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor, question_of


def answered(redactor: Redactor, question: str, *answers: str, asked: bool = True) -> list[str]:
    """The customer's answers to the other side's ``question`` as the chat server redacts
    them (``asked=False``: as it did before it kept questions)."""
    thread = Continuation(redactor)
    kept = question_of(redactor.redact(question).text)
    if asked and kept is not None:
        thread.asked(kept)
    return [str(thread.redact(a).text) for a in answers]


@pytest.mark.parametrize(
    ("question", "answer", "masked"),
    [
        ("What's the 3-digit code on the back of your card?", "381", "[CVC]"),
        ("Could you tell me the code we just texted you?", "482913", "[PASSWORD]"),
        ("What is your current password?", "Sommer2024", "[PASSWORD]"),
        ("Wie lautet Ihr Passwort?", "Gartenzwerg", "[PASSWORD]"),
        ("Which PIN did you set on the router?", "0815", "[PASSWORD]"),
        ("And the expiry date?", "08/27", "[EXPIRY]"),
        ("What's the security answer you set up?", "Fluffy", "[PASSWORD]"),
        ("Thanks. Bitte nennen Sie mir die Prüfziffer auf der Rückseite.", "719", "[CVC]"),
        ("For the payment by phone I only need the CVV now, 3 digits on the back.", "519", "[CVC]"),
    ],
)
def test_a_bare_answer_to_a_question_for_a_secret_is_masked(
    redactor: Redactor, question: str, answer: str, masked: str
) -> None:
    assert answered(redactor, question, answer, asked=False) == [answer]  # alone: no secret
    assert answered(redactor, question, answer) == [masked]


def test_the_answer_may_come_after_a_hesitation(redactor: Redactor) -> None:
    out = answered(redactor, "Können Sie mir die Prüfziffer nennen?", "moment", "719")
    assert out == ["moment", "[CVC]"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is your order number?", "4471123"),
        ("Was ist das Ablaufdatum Ihrer Lizenz?", "12/27"),
        ("What are the last four digits of the card?", "4242"),
        ("Please never share your password here. What's your customer number?", "448812"),
        ("Can you confirm the e-mail address on the account?", "anna.k@example.org"),
        ("Your temporary password is Xk4!p9Qz. Did the login work?", "yes thanks"),
    ],
)
def test_a_question_for_no_secret_leaves_its_answer(
    redactor: Redactor, question: str, answer: str
) -> None:
    assert answered(redactor, question, answer) == [answer]


def test_a_question_for_another_thing_ends_the_customers_own_talk_of_a_card(
    redactor: Redactor,
) -> None:
    thread = Continuation(redactor)
    assert thread.redact("I want to pay the open invoice by card").text.endswith("by card")
    kept = question_of(redactor.redact("What is your order number?").text)
    assert kept is not None
    thread.asked(kept)
    assert thread.redact("4471123").text == "4471123"
    # without the question the bare number was read as the card's first piece
    alone = Continuation(redactor)
    alone.redact("I want to pay the open invoice by card")
    assert alone.redact("4471123").text != "4471123"


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Thanks! What's the code on the back of your card? Take your time.",
            "What's the code on the back of your card?",
        ),
        (
            "Was ist das Passwort? Bitte niemals Passwörter per Mail schicken.",
            "Was ist das Passwort?",
        ),
        ("Ich habe Ihr Passwort zurückgesetzt.", "Ich habe Ihr Passwort zurückgesetzt."),
        ("Which order is it about?", "Which order is it about?"),
        ("Please never share your password or card details in chat.", None),
        ("Did that help?", None),
        ("Danke, einen Moment bitte.", None),
    ],
)
def test_question_of_keeps_the_sentence_the_answer_may_answer(
    redactor: Redactor, message: str, question: str | None
) -> None:
    assert question_of(redactor.redact(message).text) == question


def test_a_question_the_agent_answered_itself_asks_nothing(redactor: Redactor) -> None:
    stored = redactor.redact("Your temporary password is Xk4!p9Qz")
    assert "[PASSWORD]" in stored.text
    assert question_of(stored.text) is None


@pytest.mark.parametrize(
    ("question", "answer", "value", "masked"),
    [
        ("Last thing: the CVV on the back?", "sure — 552", "552", "sure — [CVC]"),
        (
            "Which wifi key did you type into the gateway?",
            "the warehouse one, lager-2G-Tee",
            "lager-2G-Tee",
            "the warehouse one, [PASSWORD]",
        ),
        (
            "Is the router still on the admin password from the label?",
            "yes never changed it, label says 9KQ2-HHW4-71PX",
            "9KQ2-HHW4-71PX",
            "yes never changed it, label says [PASSWORD]",
        ),
        (
            "Möchten Sie das Ablaufdatum Ihrer Karte aktualisieren?",
            "ja, die neue ist gültig bis 11/28",
            "11/28",
            "ja, die neue ist gültig bis [EXPIRY]",
        ),
        ("Bis wann ist die neue Karte gültig?", "Okt 29", "Okt 29", "[EXPIRY]"),
        ("And the expiry of the card?", "3/28", "3/28", "[EXPIRY]"),
    ],
)
def test_the_value_that_ends_an_answer_is_the_one_asked_for(
    redactor: Redactor, question: str, answer: str, value: str, masked: str
) -> None:
    assert value in answered(redactor, question, answer, asked=False)[0]
    assert answered(redactor, question, answer) == [masked]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Last thing: the number of the data region in your workspace?", "sure — 552 (eu-west)"),
        ("Wann passt Ihnen der Termin?", "Okt 29 nachmittags"),
        ("Which router model is it? It's on the label.", "FRITZ!Box 7530, serial 9KQ2-HHW4-71PX"),
        ("What is the ticket number from the confirmation mail?", "748213"),
    ],
)
def test_the_same_answers_to_questions_for_other_things_stay(
    redactor: Redactor, question: str, answer: str
) -> None:
    assert answered(redactor, question, answer) == [answer]


def test_an_address_and_password_joined_by_a_colon_are_a_login(redactor: Redactor) -> None:
    assert redactor.redact("k.meyer@firma.de:Hafen-Blick-71").text == "k.meyer@firma.de:[PASSWORD]"
    for text in ("k.meyer@firma.de:443", "k.meyer@firma.de:Vertrieb", "git@host.io:org/app.git"):
        assert redactor.redact(text).text == text


def test_the_cards_last_four_after_the_whole_card_are_no_code(redactor: Redactor) -> None:
    thread = Continuation(redactor)
    kept = question_of(redactor.redact("Which card was it, the last four digits?").text)
    assert kept is not None
    thread.asked(kept)
    assert "4556737586899855" not in thread.redact("4556737586899855").text
    assert thread.redact("sorry meant 9855 only").text == "sorry meant 9855 only"


@pytest.mark.parametrize(
    "message",
    [
        "Können Sie es mit anderen Worten sagen?",
        "Feedback, suggestions and complaints go to feedback@oneclickactions.com.",
        "We usually answer immediately; when it's busy it can take up to 5 minutes.",
        "Passwords and credit card data belong in neither channel.",
        "I can answer questions about our support, look up a ticket, or put you through.",
    ],
)
def test_the_bots_own_answers_ask_for_no_secret(redactor: Redactor, message: str) -> None:
    """The pre-check's wide net (any of these "might" hold a secret) is no question: only a
    secret named by its kind, a card or a code is."""
    assert question_of(redactor.redact(message).text) is None
