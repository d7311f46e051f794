"""Round 57 (the other side's question): what it asks for and which message answers it.

- "uh is that safe to send here?" asks back and answers nothing: the question waits;
- "the security code please." ⏎ "ok 044", "den Code von der Rückseite" ⏎ "713", "the
  4-digit one on the front" ⏎ "yes 7731": a card's code asked for by its name or its place,
  the bare code after a word that agrees;
- "Bis wann ist die Karte gültig?" ⏎ "läuft 12/26 ab": the date in a few words;
- "WPA2-Schlüssel:" is the label of the next message's value, not the value;
- "Und welchen Browser nutzen Sie?" after a question for a password: the later question
  is the one the next message answers.

Each with a twin. Values are our own."""

from __future__ import annotations

from redaction import Continuation, Redactor, may_answer, question_of


def talk(redactor: Redactor, *lines: str) -> list[str]:
    """The customer's lines of a conversation (``"agent|…"`` for the other side's), read
    as the chat server reads them: a kept question applied at the first message that could
    answer it."""
    thread = Continuation(redactor)
    kept = None
    out = []
    for line in lines:
        who, _, text = line.rpartition("|")
        if who == "agent":
            if (question := question_of(redactor.redact(text).text)) is not None:
                kept = question
            continue
        if kept is not None and may_answer(text):
            thread.asked(kept)
            kept = None
        out.append(str(thread.redact(text).text))
    return out


def test_a_question_back_answers_nothing(redactor: Redactor) -> None:
    assert not may_answer("uh is that safe to send here?")
    assert not may_answer("hm, soll ich das wirklich hier reinschreiben?")
    assert may_answer("is it Tulpe77?")
    said = talk(
        redactor,
        "agent|To check the card I need the security code on the back.",
        "uh is that safe to send here?",
        "agent|Yes, it is masked before anyone sees it.",
        "ok 5 2 8",
    )
    assert said[1] == "ok [CVC]"


def test_a_cards_code_asked_for_by_name_or_place(redactor: Redactor) -> None:
    assert talk(redactor, "agent|and the security code please.", "ok 318") == ["ok [CVC]"]
    question = "agent|Bitte nicht die Karte schicken. Nur den Code von der Rückseite, bitte?"
    assert talk(redactor, question, "906") == ["[CVC]"]
    question = "agent|For an Amex I need the 4-digit one on the front of it."
    assert talk(redactor, question, "yes 2209") == ["yes [CVC]"]


def test_a_count_asked_for_is_no_code(redactor: Redactor) -> None:
    question = "agent|How many task runs did the dashboard show for last month?"
    assert talk(redactor, question, "yes 2209") == ["yes 2209"]
    question = "agent|Just the last 4 digits of the card please, to find the charge."
    assert talk(redactor, question, "2209") == ["2209"]


def test_a_cards_date_in_a_few_words(redactor: Redactor) -> None:
    question = "agent|Danke. Bis wann ist die Karte gültig?"
    assert talk(redactor, question, "läuft 11/27 ab") == ["läuft [EXPIRY] ab"]
    question = "agent|Danke. Seit wann ist der Vertrag aktiv?"
    assert talk(redactor, question, "läuft seit 11/23") == ["läuft seit 11/23"]


def test_a_label_alone_is_the_next_messages(redactor: Redactor) -> None:
    question = "agent|Wie lautet der WLAN-Schlüssel? Er steht auf dem Router."
    said = talk(redactor, question, "WPA2-Schlüssel:", "8814 2207 5530 9981 0426")
    assert said[0] == "WPA2-Schlüssel:"
    assert "8814" not in said[1]


def test_a_later_question_is_the_one_answered(redactor: Redactor) -> None:
    said = talk(
        redactor,
        "agent|Wie lautet das Passwort des Dienstkontos?",
        "Sekunde",
        "agent|Und welchen Browser nutzen Sie?",
        "firefox",
    )
    assert said == ["Sekunde", "firefox"]
    said = talk(redactor, "agent|Wie lautet das Passwort des Dienstkontos?", "Sekunde", "Lupine")
    assert said[1] == "[PASSWORD]"
