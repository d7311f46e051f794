"""Round 46, secrets dictated, spelled or described in words: where the run starts and ends.

- the value said as what it starts with ("starts with a capital Q, then 7, …", "fängt mit
  einem großen B an, dann 3, …") is read from its first piece, past the German verb's
  particle ("… an, dann …");
- the run goes on past its end said ("… and it ends with two exclamation marks", "und am
  Ende ein Stern", "zum Schluss zwei Ausrufezeichen"), past an article before a letter said
  with its case or before a digit ("then a lowercase x", "dann ein kleines r", "dann eine
  4"), and a sign counted in the plural ("two hashes", "zwei Sterne") is a piece;
- letters and digits read out in pairs after a password word ("R4 T8 Q2 N6") are the value,
  the talk after them left, not after a word that names a booking, a plate or an order;
- pieces said with their nouns and joined ("the word heron followed by the number 58",
  "das Wort Linde, gefolgt von der Zahl 31") are a value assembled aloud;
- a password given in named halves or parts ("first half: Wolken, second half: …", "erste
  Hälfte Wolken") gives each part's word.

Our own invented sentences, EN and DE; each positive fails on r46, each twin (the same
wording with no secret, a booking or plate read out the same way) stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("mein Passwort fängt mit einem großen D an, dann 5, dann ein kleines w", ["5", " w"]),
        ("das Kennwort beginnt mit einem großen H, dann eine 8, dann ein kleines t", ["8", " t"]),
        ("the password starts with capital J then 3 and it ends with two hashes", ["J", "hashes"]),
        ("my pw starts with K2, then walrus, then two hashes", ["K2", "walrus", "hashes"]),
        ("my password starts with six two and ends with nine nine", ["six", "nine"]),
    ],
)
def test_the_value_read_from_what_it_starts_with(
    redactor: Redactor, text: str, gone: list[str]
) -> None:
    assert_all_gone(redactor, "starts with", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "the password begins with capital W, then 5, then small p, ends with two exclamation "
            "marks",
            ["exclamation", "marks"],
        ),
        (
            "das Passwort beginnt mit großem L, dann 6, dann kleines q und endet mit zwei "
            "Ausrufezeichen",
            ["Ausrufezeichen"],
        ),
        ("Kennwort: erst großes T, dann 2, dann kleines f, zum Schluss zwei Sterne", ["Sterne"]),
        ("mein Passwort ist großes R, kleines o, 4, 4 und am Ende ein Stern", ["Stern"]),
        ("my password is lowercase g, capital N, 3, 3, two stars", ["stars"]),
    ],
)
def test_the_run_goes_on_past_its_end_said(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "end said", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("wifi password is H5 Z2 V8 C3 from the label", ["H5", "Z2", "V8", "C3"]),
        ("mein WLAN-Passwort ist B6 F3 Y7 D2 steht hinten drauf", ["B6", "F3", "Y7", "D2"]),
        ("router password: 3W 8J 5K 1P", ["3W", "8J", "5K", "1P"]),
    ],
)
def test_letter_digit_pairs_read_out(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "pairs", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("my password, first half: Wolkig, second half: Turm#61", ["Wolkig", "Turm#61"]),
        ("das Passwort, erste Hälfte Nebel, zweite Hälfte Berg!24", ["Nebel", "Berg!24"]),
        ("Kennwort, erster Teil: Seerose, zweiter Teil: 7Gipfel", ["Seerose", "7Gipfel"]),
        ("my new password, first half is Maple, second half is 42street", ["Maple", "42street"]),
    ],
)
def test_a_value_given_in_named_halves(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "halves", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("wifi password: the word heron followed by the number 58", ["heron", "58"]),
        ("das Kennwort lautet das Wort Linde, gefolgt von der Zahl 31", ["Linde", "31"]),
        ("das Passwort ist das Wort Kiefer und dann die Zahl 64", ["Kiefer", "64"]),
        ("the password is the word otter and then the number 1996", ["otter", "1996"]),
        (
            "the password starts with capital P then the word birne then 45",
            ["birne", "45"],
        ),
    ],
)
def test_pieces_said_with_their_nouns(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "named pieces", text, gone)


@pytest.mark.parametrize(
    "text",
    [
        # pairs that are a booking, an order, a plate, a product's code
        "I reset my password, the booking reference is H5 Z2 V8 C3",
        "my password does not work for booking H5 Z2 V8 C3",
        "password reset for order: H5 Z2 V8 C3",
        "password reset didn't help, the product code is H5 Z2 V8 C3 if that matters",
        "the password screen shows R2 D2 C3 PO",
        "the product code on the box is H5 Z2 V8 C3",
        # what a password starts and ends with, said as a rule or a question
        "my password ends with two exclamation marks",
        "the password must start with a capital letter and end with two exclamation marks",
        "Das Passwort muss mit einem Großbuchstaben beginnen und mit zwei Ausrufezeichen enden",
        "does the password start with a letter, then a digit?",
        "my password starts with the same letter as my name, then a few digits",
        "the password ends with two digits",
        "password starts with a 5 minute delay then fails",
        "Passwort fängt mit einem großen Problem an, dann kam der Fehler",
        "the password field, then a 2 step check, then an error",
        "password policy: min 8 chars, two dots allowed",
        "new password was set, then a 2 factor prompt appeared",
        "I changed my password, then at the end it said error 42",
        "the password starts with capital M and ends with 7, that's all I know",
        "logged in with the pw from setup (starts with a capital R, 9 chars) but no luck",
        "the order number starts with Q, then 7, then lowercase m",
        "Bestellnummer beginnt mit großem A, dann 4, dann kleines r",
        "meine Kundennummer: erst drei Nullen dann 17",
        # halves and parts that are no piece of a value
        "my password, the first half is fine but the second half is wrong",
        "password reset: the first part of the process worked, the second part failed",
        "the first half of the password I remember, the second half not",
        "das Passwort: der erste Teil ist der Name meines Hundes, der zweite Teil das Jahr",
        "password issue in the second half of the year",
        "Passwort vergessen, zweiter Teil: Bestellnummer 12345",
        "I typed the password, first part: Login worked, second part timed out",
        # a word and a number named that are no value assembled aloud
        "my password has the word summer and the number 7 in it",
        "the password should not contain the word password or the year",
        "my password hint is the word dog and the number of my house",
        "password: the number on my door followed by my name",
    ],
)
def test_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
