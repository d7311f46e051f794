"""Round 37, how far a password in a running sentence reaches and which values come with it.

- a value spelled again another way is the same secret: other separators, another case,
  umlauts written out, a zero for an O ("03091975 … mit Punkten 03.09.1975"), masked as a
  sibling whatever its shape (``redaction.siblings.respelled``);
- a sign after a value that the text says belongs to it ("with the dot at the end", "(with
  the period)") is masked with it;
- a list of codes one a line: an item a note kept from the list ("(used)") is masked when two
  items of its shape are;
- a date given after "also"/"so" when its sentence says the password is a day
  ("Passwort ist sein Geburtstag, also 03091975");
- a value typed "it slowly:" after its entry verb;
- false hits removed: a dictionary word before a state ("ist definitiv richtig"), a German
  participle ("ist hinterlegt"), an adverb before how simple it is ("ganz einfach"), a
  preposition's noun before an inverted clause ("In der App wird mein Passwort …"), values a
  rule forbids ("darf nicht 000000 oder 123456 sein"), a list of letters ("ä, ö, ü"), a value
  typed that the sign-in calls an unknown user.

Cases in our own words; each positive fails on r37, each twin stays unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Passwort ist sein Geburtstag, also 03091975, oder mit Punkten 03.09.1975",
            ["03091975", "03.09.1975"],
        ),
        ("Kennwort wäre unser Jahrestag, also 170698. Geht aber nicht", ["170698"]),
        ("the password is Tulip.Field. (with the period), still fails", ["Tulip.Field."]),
        ("my password is Tulip.Field. with the dot at the end", ["Tulip.Field."]),
        ("I typed it slowly: k-o-l-i-b-r-i-7-7 and still no", ["k-o-l-i-b-r-i-7-7"]),
        ("Das Kennwort ist: ein Boot am Steg, mit Kommas? nein", ["Boot am Steg"]),
        ("Kennwort besteht aus drei Wörtern mit Bindestrich, also Birke-Eiche-Linde!", ["Eiche"]),
        ("the password is three words with dashes, so Maple-Cedar-Birch", ["Cedar"]),
        ("I typed it like this: Haus2020 and got an error", ["Haus2020"]),
        ("hab ich statt 0 ein O getippt: H0fgarten9 oder HOfgarten9", ["H0fgarten9", "HOfgarten9"]),
        ("ich gebe ein: Brücke!2020 ... oder war es Bruecke!2020 ...", ["Bruecke!2020"]),
        ('a space at the end? I copied it from my notes: "Kiefernweg4 " ...', ["Kiefernweg4"]),
        ('Leerzeichen am Ende? Ich hab beim Kopieren "Ahornblatt55 " erwischt', ["Ahornblatt55"]),
        (
            "the backup codes are:\n1. 4421 0981\n2. 5520 1187 (used)\n3. 8812 3370\n",
            ["4421 0981", "5520 1187", "8812 3370"],
        ),
    ],
)
def test_values_and_their_siblings_are_masked(
    redactor: Redactor, text: str, values: list[str]
) -> None:
    masked = redactor.redact(text).text
    for value in values:
        assert value not in masked, masked
    if "." in values[0] and values[0].endswith("."):
        assert "[PASSWORD]." not in masked, masked  # the dot went with the value


@pytest.mark.parametrize(
    "text",
    [
        # a sign after the value that the text says nothing of, or places elsewhere
        "mein Passwort ist Lindenweg7. Mit dem Punkt im Namen hat das nichts zu tun",
    ],
)
def test_a_sign_not_said_to_belong_stays(redactor: Redactor, text: str) -> None:
    masked = redactor.redact(text).text
    assert "]. Mit dem Punkt" in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        # a word and a state, a participle, an adverb and how simple it is
        "aber the password ist bestimmt richtig, ich hab es notiert",
        "Passwort ist hinterlegt, der Login geht trotzdem nicht",
        "Das Kennwort ist verschlüsselt, oder?",
        "Mein Passwort ist eigentlich ganz einfach, der Name meiner Katze. Ist das schlimm?",
        "the password is really simple, just my street name",
        # a preposition's noun before an inverted clause
        "In der Vorschau wird mein Passwort als ***** angezeigt, ist das normal?",
        # how a password is made, no value given
        "the password is three words with dashes, is that enough?",
        # a rule that forbids values
        "Die PIN darf nicht 111111 oder 654321 sein, sagt die App. Welche nehme ich?",
        "the PIN must not be 0000, 1111 or 1234 according to the form",
        # which letters a password may hold
        "Gehen Sonderzeichen im Kennwort? Also é, è, à und ç?",
        # the value typed was taken for a user name
        "the password is fine, the login name is not. I type jonas_b_77 and it says unknown user",
        # a quoted reference with a space copied after it
        'the field says "ABC123 " with a trailing space, is that the order number?',
        # a verb of typing and a colon before no value
        "ich gebe ein: Win11 Pro, geht nicht",
        # a date's talk with no password in its sentence
        "the order date was the 3rd, so 0312 is the day",
        # a list of numbers nothing else of which is masked
        "Bestellungen:\n1. 4421 0981\n2. 5520 1187 (storniert)\n3. 8812 3370\n",
    ],
)
def test_ordinary_words_after_a_password_word_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_twin_of_each_false_hit_still_masks_its_value(redactor: Redactor) -> None:
    # the same forms with a value: they are masked as before
    for text, value in [
        ("Passwort ist Hinterhof7, der Login geht trotzdem nicht", "Hinterhof7"),
        ("Die PIN ist 482913, die App sagt falsch", "482913"),
        ("I type Wolke_55 and it says wrong password", "Wolke_55"),
        ("Mein Passwort ist ganz einfach: Sonnenblume", "Sonnenblume"),
    ]:
        masked = redactor.redact(text).text
        assert value not in masked, masked
