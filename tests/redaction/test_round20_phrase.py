"""Round 20: a password given by how the customer uses it, not by its word
(``recognizers/password.py``): "X is what I use", "this is what I typed: X", "ich geb
immer X ein", "I use X" in a message about getting in, "the same as always: X", a user and
a value joined by "and"/"und"; "reset it to X" with a word and a number when the account
is locked; "Kenn wort:" typed apart; a date given as the password. No value: the password
word with a number judged in a question ("is 'password123' a good password?"), the docs'
sample URL asked about. Cases in our own words; each positive fails on round 19's code."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the value named outright as what the customer uses or types
        ("Tannenhof77 is what I use, and today it just says wrong", ["Tannenhof77"]),
        ("Kranich#4 - that's what we always type at the office", ["Kranich#4"]),
        ("Blaubeere2019, das nehme ich für alles", ["Blaubeere2019"]),
        ("Wattenmeer2020. That is what I entered yesterday too", ["Wattenmeer2020"]),
        ("what I typed was: Hopfenmalz99 and nothing", ["Hopfenmalz99"]),
        ("so what I typed is Regatta_1987, any idea?", ["Regatta_1987"]),
        # a typing verb before a value with a sign among letters and digits
        ("i always type Kiesel&Sand4 and press enter", ["Kiesel&Sand4"]),
        ("ich tippe immer Sonnen!blume5 und dann kommt nix", ["Sonnen!blume5"]),
        ("Ich gebe doch Mühlrad#22 ein, wie immer", ["Mühlrad#22"]),
        # a usage verb in a message about getting in
        ("I can't sign in. I use Lighthouse1962 since forever", ["Lighthouse1962"]),
        ("the login keeps failing, I wrote it down as Pelikan_2003", ["Pelikan_2003"]),
        ("my account is locked. It's always been harbour_1958", ["harbour_1958"]),
        ("Konto gesperrt, obwohl ich wie immer Fichtenweg2010 eingebe", ["Fichtenweg2010"]),
        ("probier mal Ostseeblick88, damit komm ich sonst ins Konto", ["Ostseeblick88"]),
        # the same value as elsewhere, given after a colon or comma
        ("I use the same one as for my bank: Heidekraut55", ["Heidekraut55"]),
        (
            "für das Kundenkonto nehme ich dasselbe wie beim Shop, Stachelbeere4!",
            ["Stachelbeere4!"],
        ),
        # a user and a value joined by "and"/"und"
        ("Anmeldung klappt nicht mit klaus.berger und Heuschrecke71", ["Heuschrecke71"]),
        ("username is tim.r@mailbox.org and then Otter2020 but it fails", ["Otter2020"]),
        ("can't log in with p.novak and underneath Walnut1977", ["Walnut1977"]),
        # "reset it to" a word and a number, in a message about getting in
        ("they reset it to Fruehling2026 and my login still fails", ["Fruehling2026"]),
        ("hab es auf Kastanie2023 gesetzt und jetzt ist das Konto gesperrt", ["Kastanie2023"]),
        # the password word typed apart
        ("Kenn wort: lindenallee2021", ["lindenallee2021"]),
        ("das Kenn wort ist Tannenzapfen", ["Tannenzapfen"]),
        # a date given as the password
        ("my password is 14/02/1991 our anniversary", ["14/02/1991"]),
        ("Kennwort: 24.12.1975", ["24.12.1975"]),
        ("das Passwort hat mein Mann gemacht, es ist sein Geburtstag: 03.09.1961", ["03.09.1961"]),
    ],
)
def test_values_are_masked(redactor: Redactor, text: str, values: list[str]) -> None:
    out = redactor.redact(text).text
    for value in values:
        assert value not in out, out


@pytest.mark.parametrize(
    "text",
    [
        # usage verbs with products, versions, references or user names
        "I use Windows11 and Office365 to log in",
        "we use node18 for the login service",
        "I tried Chrome120 but the login still fails",
        "what I use is Firefox115 for the portal",
        "I use anna.schmidt as my login name",
        "Ich nutze Outlook365, die Anmeldung klappt nicht",
        "I entered Order12345 in the account page and nothing came up",
        "we updated it to Windows11 and now login is slow",
        "try the app, that's what I always use",
        # no sign-in context: a plain "I use X" names a thing
        "I use Ubuntu2204 at home and it works fine",
        # the password word typed apart, no value
        "Kenn wort vergessen, bitte neu setzen",
        # dates that are no password
        "my password expires on 07/08/2026",
        "Passwort ist seit 01.03.2024 gesperrt",
        "my birthday: 12.04.1980, can you update my profile?",
        # the password word with a number, judged in a question
        "is 'passwort2024' a safe password? just asking before I set one",
        'Ist "Password1" in eurer Doku nur ein Beispiel?',
        # the docs' sample URL asked about
        "the tutorial shows postgres://user:password@localhost/db – what is my user?",
        "die Anleitung zeigt https://name:passwort@host/x als Format, stimmt das?",
    ],
)
def test_negatives_stay_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_own_password_asked_about_is_masked(redactor: Redactor) -> None:
    """The customer's own value, asked about, is theirs: masked."""
    out = redactor.redact("mein Passwort ist Passwort123 - ist das sicher?").text
    assert "Passwort123" not in out
