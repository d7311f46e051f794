"""Round 44, dictated, spelled and described secrets: what makes a dictation a dictation.

- a count said for a piece ("the number four twice", "zweimal die Vier", "double seven")
  and a case said for a whole piece ("katze all lower case", "sonne alles klein") are parts
  of a dictated run, which is masked from its first piece to its last;
- a code read out in digit words goes on past a joiner to digits typed one by one ("seven
  seven two, and then 9 1 5", "vier acht eins, dann 2 9 3");
- a card read out in groups joined by "then"/"dann" is read as digits and judged as a typed
  one (issuer, length, Luhn);
- a password described by its parts ("my cat's name Felix then 1987 then an exclamation
  mark", "Kennzeichen ohne Leerzeichen, also BNXY771, dann ein Stern"): in a sentence that
  assembles a value, the literals given are its pieces.

Our own invented variants, EN and DE; each positive fails on r44, each hard twin (same
shape, the opposite answer) stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from tests.redaction.helpers import assert_all_gone


def _assert_password_without(redactor: Redactor, text: str, gone: list[str]) -> None:
    """``text`` comes out with a password masked and none of the ``gone`` pieces left."""
    masked = redactor.redact(text).text
    assert "[PASSWORD]" in masked, masked
    assert_all_gone(redactor, "dictated password", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the password is katze, then the number four twice, then a dash", ["four", "dash"]),
        ("the password is katze all lower case then the number four twice", ["katze", "four"]),
        ("das Passwort ist sonne, dann zweimal die Vier, dann ein Ausrufezeichen", ["Vier"]),
        ("das Passwort ist sonne alles klein, dann 7 7", ["sonne", "7 7"]),
        ("Mein Passwort: Sonne, dann dreimal die Eins und ein Ausrufezeichen", ["Eins"]),
    ],
)
def test_counts_and_cases_of_a_piece_belong_to_the_run(
    redactor: Redactor, text: str, gone: list[str]
) -> None:
    _assert_password_without(redactor, text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the code in the app says four four one, then 8 2 6", ["four", "8 2 6"]),
        ("der Code auf dem Display ist vier acht eins, dann 2 9 3", ["vier", "2 9 3"]),
    ],
)
def test_a_code_read_out_goes_on_past_a_joiner(
    redactor: Redactor, text: str, gone: list[str]
) -> None:
    assert_all_gone(redactor, "code past a joiner", text, gone)


@pytest.mark.parametrize(
    "text",
    [
        "card number four one one one, then one one one one, then 1111 1111",
        "meine Karte: vier zwei neun eins, vier eins sieben sieben, dann sieben sechs drei "
        "eins, dann sieben null sechs drei",
    ],
)
def test_a_card_read_out_in_groups_across_a_sentence(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert "CREDIT_CARD" in res.types, res.text
    assert "one one one" not in res.text and "sieben sechs" not in res.text, res.text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "my password is my cat's name Felix then 1987 then an exclamation mark",
            ["Felix", "1987"],
        ),
        (
            "Passwort: der Name meines Hundes Bello, dann 2019, dann ein Ausrufezeichen",
            ["Bello", "2019"],
        ),
        (
            "Kennwort ist das Autokennzeichen ohne Leerzeichen, also BNXY771, dann ein Stern",
            ["BNXY771"],
        ),
        ("my pass is Tulip, then a dot, then 42 so Tulip.42", ["Tulip.42", "42"]),
        (
            "pw: first part is Nordsee, second part my birth year (1984), then a hash at the end",
            ["Nordsee", "1984"],
        ),
    ],
)
def test_the_literal_parts_of_a_described_password(
    redactor: Redactor, text: str, gone: list[str]
) -> None:
    _assert_password_without(redactor, text, gone)


@pytest.mark.parametrize(
    "text",
    [
        # counts of tries and events, not of a piece
        "my password was reset two or three times this week",
        "the password is lowercase now, I changed it twice",
        "passwort zweimal falsch eingegeben",
        "my password is in lower case letters and I tried it twice",
        # a code's tries counted, digits that count something
        "the code failed one, two, three, then 4 times",
        "I tried the code two or three times",
        # numbers in words in ordinary sentences
        "we go there two or three times a week",
        "ich brauche vier Wochen Urlaub, es kostet zwölf Euro",
        "I live at four two one Main Street",
        # read out in groups, but no card: a phone number, counts, a number failing Luhn
        "call me at zero one seven one, then five five five, then 1234567",
        "we need four, then five, then six chairs, then two tables",
        "order four one one one, then one one one one, then 1111 1112",
        # a password's rules, dates and events, a recipe without a literal
        "the password must contain 2 digits, then a symbol at the end",
        "your password needs 12 characters and a special sign at the end",
        "I changed my password in 2019 and then again at the end of 2023",
        "das Passwort haben wir 2021 geändert, dann nochmal am Ende des Jahres",
        "the password reset link expires after 24 hours, then you need a new one",
        "my password is my dog's name and the year, all one word",
        "Passwort: Name vom Hund, dann das Geburtsjahr und ein Ausrufezeichen am Ende",
        # a value made from another field's value: the number added is no secret alone
        "and the pw is the same as the username but with 77 at the end",
        "das Passwort ist wie der Benutzername, nur mit 55 am Ende",
    ],
)
def test_hard_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Karte 4111 1111 1111 1111, CVV drei Einsen", "CARD_CVC"),
        ("card 4111 1111 1111 1111 exp 09/28, security code three sevens", "CARD_CVC"),
        ("Karte 4111 1111 1111 1111, Prüfnummer dreimal die Neun", "CARD_CVC"),
        ("4111 1111 1111 1111 expires march next year, cvc not at hand", "CARD_EXPIRY"),
        ("Karte 4111 1111 1111 1111, gültig bis März nächsten Jahres", "CARD_EXPIRY"),
    ],
)
def test_a_card_detail_said_as_a_count_or_from_today(
    redactor: Redactor, text: str, kind: str
) -> None:
    res = redactor.redact(text)
    assert kind in res.types, res.text
    for said in ("Einsen", "sevens", "Neun", "march", "März"):
        assert said not in res.text, res.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I checked the CVC three times", "three times"),
        ("the cvv has three digits", "three digits"),
        ("card 4111 1111 1111 1111, I will call again next year", "call again next year"),
        # no month: too little to use ("end of next year", "Ende nächsten Jahres")
        ("card 4111 1111 1111 1111 valid until the end of next year", "end of next year"),
        ("Karte 4111 1111 1111 1111, gültig bis Ende nächsten Jahres", "Ende nächsten Jahres"),
    ],
)
def test_card_twins_keep_their_words(redactor: Redactor, text: str, kept: str) -> None:
    masked = redactor.redact(text).text
    assert kept in masked, masked
    assert "[CVC]" not in masked and "[EXPIRY]" not in masked, masked


def test_a_dictation_goes_on_in_the_next_message_after_an_aside(redactor: Redactor) -> None:
    thread = Continuation(redactor)
    first = thread.redact(
        "phone dictation sorry. the admin password is dollar sign capital T six q"
    )
    assert "six" not in first.text, first.text
    second = thread.redact("then ampersand four four")
    assert "ampersand" not in second.text and "four" not in second.text, second.text


def test_a_dictation_after_a_line_about_another_thing_stays(redactor: Redactor) -> None:
    thread = Continuation(redactor)
    thread.redact("my phone number for the callback, sorry it is dictated")
    second = thread.redact("then plus four four")
    assert second.text == "then plus four four", second.text
