"""Round 56 (the other side's question): what it asks for and when it is answered.

- "Which card is on file? Just the last four digits please": the card's tail is asked for,
  no secret; the customer's "6467" stays as typed (it was masked as a whole card);
- "brauche ich die aktuelle Zahl aus Ihrer Authenticator-App": the app shows nothing but
  codes, whatever else the sentence names ("zum Löschen des Workspaces");
- "Moment…" answers nothing: the question waits for the next message;
- "…, build 2580" after a question for a PIN: a build's number, named.

Values are our own."""

from __future__ import annotations

from redaction import Continuation, Redactor, question_of


def answered(redactor: Redactor, question: str, *messages: str) -> list[str]:
    """The customer's ``messages`` after the other side's ``question``, read as the chat
    server reads them: the question is applied at the first message that could answer."""
    from redaction import may_answer

    thread = Continuation(redactor)
    kept = question_of(redactor.redact(question).text)
    out = []
    for message in messages:
        if kept is not None and may_answer(message):
            thread.asked(kept)
            kept = None
        out.append(str(thread.redact(message).text))
    return out


def test_the_last_four_asked_for_are_no_secret(redactor: Redactor) -> None:
    question = "Which card do you have on file? Only the last four digits, please."
    assert answered(redactor, question, "5521") == ["5521"]
    question = "Welche Karte ist hinterlegt? Bitte nur die letzten 4 Ziffern."
    assert answered(redactor, question, "8830") == ["8830"]


def test_the_card_asked_for_whole_still_is(redactor: Redactor) -> None:
    question = "Which card do you want to use? Please type the number."
    assert "4111 1111 1111 1111" not in answered(redactor, question, "4111 1111 1111 1111")[0]
    # the last four and the code: the code is still asked for
    question = "Please send the last four digits and the CVC of the card."
    assert answered(redactor, question, "5521 and 417")[0] != "5521 and 417"


def test_the_number_an_authenticator_shows_is_a_code(redactor: Redactor) -> None:
    question = (
        "Zum Archivieren des Workspaces brauche ich die aktuelle Zahl aus Ihrer Authenticator-App."
    )
    assert answered(redactor, question, "481 907") == ["[PASSWORD]"]


def test_a_moment_answers_nothing(redactor: Redactor) -> None:
    from redaction import may_answer

    # (the chat server reads the kept question only for a message that could answer)
    assert not may_answer("Moment…")
    assert not may_answer("Sekunde…")
    question = "Could you read me the code from your authenticator app?"
    said = answered(redactor, question, "Moment…", "Sekunde…", "552 018")
    assert said == ["Moment…", "Sekunde…", "[PASSWORD]"]


def test_a_build_number_after_a_question_for_a_pin_is_named(redactor: Redactor) -> None:
    question = "Does the app ask for your PIN since the update?"
    text = "ja, die PIN wird abgelehnt obwohl sie stimmt, build 7731"
    assert answered(redactor, question, text) == [text]
    assert answered(redactor, question, "ja, ich hab 7731 eingegeben")[0] != (
        "ja, ich hab 7731 eingegeben"
    )
