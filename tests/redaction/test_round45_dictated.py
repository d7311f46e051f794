"""Round 45, secrets dictated, spelled or described in words: the whole spoken span.

- a digit said as a count of itself ("two sevens", "drei Einsen", "zwei Siebenen") is a
  piece of a dictated PIN, code or password, and a CVC's count needs no card beside it;
- a PIN or code said as numbers of two or three digits ("nineteen eighty four", "forty two
  seventy one", "zweiundvierzig einundsiebzig") and a CVC said as hundreds ("seven hundred
  forty one", "siebenhundertvierzig") are their digits;
- the run goes on past a definite article before a sign's name or the digits' noun ("then
  the at sign", "dann das At-Zeichen", "then the digits 4 4"), past a join said between the
  pieces ("no space", "ohne Leerzeichen") and a case said after a comma or before the value
  ("…, all lower case", "alles klein sommerwind dann zwei zwei"), and "lower case" in two
  words is one case word; a code read out ends with its keypad sign ("… four hash");
- a value beside the recipe it was made by, with no password word ("Rex1987, my dog's name
  and the year I was born") is the value; the recipe alone is none.

Our own invented sentences, EN and DE; each positive fails on r45, each twin (the same
wording with no secret, a number read out that is no secret) stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("my banking app PIN is two nines and then six", ["nines", "six"]),
        ("the door code: three fives, then eight", ["fives", "eight"]),
        ("meine PIN ist zwei Achten und eine Drei", ["Achten", "Drei"]),
        ("die Geheimzahl: drei Sechsen, dann null", ["Sechsen", "null"]),
        ("my PIN: two zeros and then five one", ["zeros", "five"]),
        ("the wifi password is pelican, then two fours", ["pelican", "fours"]),
        ("Passwort ist Kranich, dann zwei Vieren", ["Kranich", "Vieren"]),
    ],
)
def test_a_digit_counted_is_a_piece(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "counted digit", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("CVC is three eights", ["eights"]),
        ("Kartenprüfnummer: drei Nullen", ["Nullen"]),
        ("the CVV is six hundred twelve", ["hundred", "twelve"]),
        ("die Prüfziffer lautet sechshundertzwölf", ["sechshundertzwölf"]),
    ],
)
def test_a_cvc_counted_or_said_as_hundreds(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "spoken cvc", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the PIN for the alarm is nineteen seventy two", ["nineteen", "seventy"]),
        ("my PIN is sixty one forty eight", ["sixty", "forty", "eight"]),
        ("die PIN ist einundsechzig achtundvierzig", ["einundsechzig", "achtundvierzig"]),
        ("der Code lautet neunzehn dreiundsiebzig", ["neunzehn", "dreiundsiebzig"]),
        ("the TAN is four hundred twelve", ["hundred", "twelve"]),
    ],
)
def test_a_code_said_as_numbers(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "code said as numbers", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("password is Gecko, then the at sign, then 5 5", ["Gecko", "sign", "5 5"]),
        ("Passwort ist Gecko, dann das At-Zeichen, dann 5 5", ["Gecko", "Zeichen", "5 5"]),
        (
            "the password is falcon, and then the digits 3 3, and then a hash",
            ["falcon", "digits", "3 3", "hash"],
        ),
        ("the password is red fox, no space, then 6 6", ["red", "space", "6 6"]),
        ("Kennwort: Rotfuchs ohne Leerzeichen, dann sechs sechs", ["Rotfuchs", "sechs"]),
        ("Passwort ist alles klein waldmeister dann drei drei", ["waldmeister", "drei"]),
        ("password, all lower case: waldmeister, then three three", ["waldmeister", "three"]),
        ("password is lower case r i v e r, then 8 8", ["r i v e r", "8 8"]),
        ("the password is lower case tulip then upper case x and 7 7", ["tulip", "7 7"]),
        ("the gate code is two five eight one hash", ["eight", "hash"]),
        ("Torcode ist zwei fünf acht eins Raute", ["acht", "Raute"]),
        ("my pin is double three double eight", ["double", "three", "eight"]),
        ("password is rock cake with a space, then four four", ["cake", "four"]),
    ],
)
def test_the_run_goes_on_to_its_last_piece(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "whole dictated run", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("expiry is oh four slash twenty nine", ["four", "twenty", "nine"]),
        ("Ablaufdatum null vier Strich neunundzwanzig", ["vier", "neunundzwanzig"]),
        ("the expiry date is 10 slash 29, thanks", ["10 slash 29"]),
    ],
)
def test_an_expiry_with_its_slash_said(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "expiry with a said slash", text, gone)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Milo2016, my cat's name and the year we got him", "Milo2016"),
        ("it's my cat's name plus the year, so Milo2016", "Milo2016"),
        ("der Name vom Hund und das Geburtsjahr, also Bruno2018", "Bruno2018"),
        ("I use the first letters of my kids and then 2211, so JML2211", "JML2211"),
        ("it's the name of our caravan and the year, Seabird 2009", "Seabird 2009"),
        ("my son's name with his lucky number, Ozzy and 3, so Ozzy3Ozzy3", "Ozzy3Ozzy3"),
        ("its her birthday + name: Nina1203", "Nina1203"),
    ],
)
def test_a_value_beside_its_recipe(redactor: Redactor, text: str, value: str) -> None:
    assert_all_gone(redactor, "value beside its recipe", text, [value])


@pytest.mark.parametrize(
    "text",
    [
        # counts that are no value
        "I ordered two sevens and a nine of the blue model",
        "we need three sevens for the card trick",
        "Kundennummer ist drei Einsen und eine Vier",
        "reference: two sevens then four",
        "the password needs two sevens? no, it needs two digits",
        "okay so the password is the name of our boat plus two zeros, ok?",
        "yes it's 4 words, all lowercase",
        # numbers said in words that are no code
        "the code expires in twenty minutes",
        "the pin is twenty four hours old",
        "the discount code is twenty twenty four",
        "my order code is forty two",
        "the code is valid for thirty days",
        "I was born in nineteen eighty four",
        "ich bin neunzehnhundertvierundachtzig geboren",
        "order number nineteen eighty four twenty",
        "we are forty two people, seventy one tickets",
        "the back says three hundred years of history",
        "call me on zero one seven one, two two three, four five six",
        "I live at twenty two Baker Street",
        "room two one four, second floor",
        "the ratio is 11 slash 27",
        "use the 9 slash 12 tool",
        "password is fine with a space in it",
        "the password is with a space, right?",
        # dictated, but no secret
        "my email is anna dot berg at sign gmail dot com",
        "meine Mail: anna Punkt berg at Zeichen gmx Punkt de",
        "my name is spelled capital M, u, e, l, l, e, r",
        "the password has a capital S and a question mark",
        "my password is all lower case and 8 characters long",
        "the password should be all one word with no spaces",
        "Passwort bitte ohne Leerzeichen und alles klein eingeben",
        # a recipe with no value, or one for another field
        "my dog's name and the year I was born",
        "the password is my dog's name and the year I was born",
        "das Passwort ist der Name meines Hundes und mein Geburtsjahr",
        "my username is my dog's name and the year, so rex1987",
        "the company name and the year, order AB2019",
        "my dog's name and the year I was born, in 2019",
        "the name and the year 2019 were printed on the mug",
        "Name und Geburtsjahr, also Bello2015, ist der Netzwerkname vom WLAN",
    ],
)
def test_twins_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
