"""An exchange retold in one message: the other side's question, then the answer
(``redaction.retold_turns``), read as the chat server reads an answer to a kept question."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "Agent: which code is on the back of the card?\nMe: 742",
            "Agent: which code is on the back of the card?\nMe: [CVC]",
        ),
        (
            "Bot: Bitte geben Sie den Sicherheitscode ein.\nIch: 6617",
            "Bot: Bitte geben Sie den Sicherheitscode ein.\nIch: [PASSWORD]",
        ),
        (
            "Support: Bis wann ist die Karte gültig?\nMai 28",
            "Support: Bis wann ist die Karte gültig?\n[EXPIRY]",
        ),
        (
            "Kunde: mein Passwort ist\nKunde: Dackel\nKunde: 1999",
            "Kunde: mein Passwort ist\nKunde: [PASSWORD]",
        ),
        (
            "re your question about the expiry - 04/28",
            "re your question about the expiry - [EXPIRY]",
        ),
        (
            "Ihre Frage nach dem Ablaufdatum: steht 07 / 27 drauf",
            "Ihre Frage nach dem Ablaufdatum: steht [EXPIRY] drauf",
        ),
    ],
)
def test_the_answer_under_a_retold_question_is_masked(
    redactor: Redactor, text: str, masked: str
) -> None:
    assert redactor.redact(text).text.startswith(masked)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: which order number is it about?\nMe: 4471123",
        "Bot: Wie lautet Ihre Kundennummer?\nIch: 660418",
        "Support: Which version are you on?\n10.29",
        "Kunde: ich habe eine Frage zur Rechnung\nKunde: 2024-0815",
        "you want the invoice number? 2024-118833",
        "re your question about the delivery - 04/28 is fine for us",
        "Ihre Frage nach dem Termin: passt am 07.11.",
    ],
)
def test_the_same_exchanges_about_other_things_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
