"""Round 58 (the other side's question for a card's details): the code asked by its place
("die drei Ziffern hinten", "the code from the back"), answered "it's 3 4 9" or in number
words ("drei sieben null"); a list of answers with the date and the code ("Jonas Weber,
09/27, 338"); a date no reading finds in a few words ("12.26", "end of March '28"), asked
by its print too ("What date is printed on the front?").

Each with a twin: the same shape after a question for something else, or the sender's own
story, stays as it is. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.test_round57_asked import talk


@pytest.mark.parametrize(
    ("question", "answer", "secrets"),
    [
        ("I'll also need the code from the back, the bank asks for it.", "it's 5 8 2", ["5 8 2"]),
        (
            "Klar. Die Karte ist schon hinterlegt, ich brauche nur noch die Prüfziffer für die"
            " Freigabe.",
            "vier neun eins",
            ["vier"],
        ),
        (
            "Ich brauche: 1) Name auf der Karte 2) gültig bis 3) die drei Ziffern hinten",
            "Kai Brandt, 03/29, 517",
            ["03/29", "517"],
        ),
        ("Auf der Karte steht vorne ein 'gültig bis', was steht da bei Ihnen?", "11.27", ["11.27"]),
        (
            "What date is printed on the front of the one you're holding?",
            "end of June '29",
            ["June"],
        ),
    ],
)
def test_the_card_detail_answered_is_masked(
    redactor: Redactor, question: str, answer: str, secrets: list[str]
) -> None:
    said = talk(redactor, "I want to pay the invoice by card", f"agent|{question}", answer)
    for secret in secrets:
        assert secret not in said[-1]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's the order number on the invoice?", "it's 5 8 2"),
        ("Welche Filiale? Bitte die Nummer.", "vier neun eins"),
        ("Wann haben Sie bestellt? Bitte Datum.", "11.27"),
        ("When does your subscription renew?", "end of June '29"),
    ],
)
def test_the_same_answer_to_another_question_stays(
    redactor: Redactor, question: str, answer: str
) -> None:
    said = talk(redactor, "I want to pay the invoice by card", f"agent|{question}", answer)
    assert said[-1] == answer


def test_the_senders_own_story_keeps_its_date(redactor: Redactor) -> None:
    assert talk(redactor, "expires?", "my subscription expires 12/25")[-1] == (
        "my subscription expires 12/25"
    )


def test_numbered_answers_are_read_by_their_numbered_questions(redactor: Redactor) -> None:
    said = talk(
        redactor,
        "I want to update my card",
        "agent|Nearly done! I need: 1. expiry 2. CVC 3. billing postcode",
        "1. 07/28 2. 406 3. LS1 4DL",
    )
    assert said[-1] == "1. [EXPIRY] 2. [CVC] 3. LS1 4DL"
    other = talk(
        redactor,
        "I want to update my card",
        "agent|Nearly done! I need: 1. order number 2. postcode",
        "1. 406 2. 07/28",
    )
    assert other[-1] == "1. 406 2. 07/28"
