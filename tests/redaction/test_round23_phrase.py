"""Round 23, values named by what is done with them: no password word, any subject (or
none). Classes in our own words (EN, DE), each with near misses that must stay unchanged."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged


# --- typed, entered or signed in with: the verb before the value, whoever says it
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("signed in using Otter-Lake-73 on the tablet, spinner forever", "Otter-Lake-73"),
        ("Entered grünkohl44 twice, then the page froze", "grünkohl44"),
        ("we log on with Hedgehog_1990 at the front desk pc", "Hedgehog_1990"),
        ("kept typing walnut77 and it keeps saying no", "walnut77"),
        ("pasted Tramline!42 from my notes, nothing happens", "Tramline!42"),
        ("nach der Eingabe von Zitrone&Minze7 kommt nur eine weiße Seite", "Zitrone&Minze7"),
        ("Ich versuche es mal mit Lindenblatt_58, vielleicht klappt das", "Lindenblatt_58"),
    ],
)
def test_value_after_an_entry_verb_is_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- set or changed to: a weak verb, so a word with a number needs talk of getting in
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "switched mine to Kestrel2019 on Sunday, the old tablet still wants the old one",
            "Kestrel2019",
        ),
        ("the router got switched to Mango#Tree88 by my son", "Mango#Tree88"),
        (
            "Die Box ist jetzt auf Wolke_Sieben77 gesetzt, das Tablet verbindet nicht",
            "Wolke_Sieben77",
        ),
    ],
)
def test_value_set_or_changed_to_is_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- German verb-final: the value before its participle or separable particle
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ich habe Holunder55 eingetippt und dann kam die Fehlermeldung", "Holunder55"),
        ("wir tippen morgens Bergsee_2002 ein, dann geht es", "Bergsee_2002"),
        ("Gestern hat er sich noch mit Kranich1977 eingeloggt", "Kranich1977"),
        ("mit Pfifferling88 komm ich seit Montag nicht mehr rein", "Pfifferling88"),
    ],
)
def test_value_before_a_german_entry_verb_is_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- judged by a sign-in: the value as the subject of working or being refused
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tannenzapfen31 klappt leider nicht mehr", "Tannenzapfen31"),
        ("seagull_57 worked on Monday, not today", "seagull_57"),
        ("Leuchtturm!4 wird immer abgelehnt", "Leuchtturm!4"),
        ("my Raspberry_Jam9 was rejected after the update", "Raspberry_Jam9"),
    ],
)
def test_value_judged_by_a_sign_in_is_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- one value given in place of another: both go
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("typed Heron_33 instead of Heron_34, my bad", ["Heron_33", "Heron_34"]),
        (
            "Ich versuche es mit Brombeerhecke_12 statt Holzapfel_9",
            ["Brombeerhecke_12", "Holzapfel_9"],
        ),
    ],
)
def test_value_given_instead_of_another_is_masked(text: str, values: list[str]) -> None:
    for value in values:
        _masked(text, value)


# --- near misses: products, codes named by their label, versions, voucher codes, keys
@pytest.mark.parametrize(
    "text",
    [
        "I log in with Windows11 and Chrome, still nothing",
        "typed iPhone15 into the search box and got no results",
        "changed it to Plan2024 on the billing page",
        "Gutscheincode FRUEHJAHR30 funktioniert nicht",
        "the promo code SPRING25 was rejected at checkout",
        "Version 3.4.1 geht nicht, Version 3.4.0 ging noch",
        "Rechnungsnummer RE2024-118 wurde nicht angenommen",
        "updated to iOS17 yesterday and the widget works again",
        "Ich habe das Update auf Android14 eingespielt, seitdem geht nichts",
        "set TIMEOUT_MS=3000 and it worked",
        "the build B2-nightly worked fine",
        "entered Lasagne42 into the search field and got nothing",
        "Ich habe Gartenzwerg_12 in die Suche eingegeben, kein Treffer",
    ],
)
def test_entry_near_misses_stay(text: str) -> None:
    _unchanged(text)


# --- a file's name beside a password word is an attachment, not the value
@pytest.mark.parametrize(
    "text",
    [
        'ich bekomme immer "Kennwort ungültig", hier das Bild: foto_2023-11-02_um_17.05.59.jpeg',
        'it says "wrong password", screenshot here: capture_2024-03-09_at_11.22.48.png',
        'Meldung "Passwort falsch", Anhang: fehler-anmeldung_07.05.2024.pdf',
        'I get "invalid password", log attached: sync_2024-02-01_09.13.log',
    ],
)
def test_file_name_beside_a_password_word_stays(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is Kiwi.Log77", "Kiwi.Log77"),
        ("Passwort: Mond.Pdf#42", "Mond.Pdf#42"),
    ],
)
def test_dotted_password_is_still_masked(text: str, value: str) -> None:
    _masked(text, value)
