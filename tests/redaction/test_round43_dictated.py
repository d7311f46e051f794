"""Round 43, dictated and described secrets: the whole spoken run is the secret.

- a plain word said between two spelled pieces after a joiner ("capital S, then sonne, then
  the year 2024 and an exclamation mark"), a number said with its noun ("the year 2024",
  "das Jahr 1990") and a letter said with its spelling word ("großes A wie Anton") are
  pieces of the run;
- a run may start at a case said for a letter after a comma and fillers ("new password, ok
  so uppercase K, lowercase ettle, …"); digits said as words count towards a run of single
  characters ("seven seven two, and then 9 1 5");
- a value spelled by its letters' names joined by hyphens ("Ha-ee-ell-ell-o") after a
  password word or a word for logging in ("zum Einloggen: …");
- a value dictated letter by letter with its cases and a digit or a sign, with no password
  word at all ("it was: lowercase b, lowercase l, number 4, …").

Our own invented variants, EN and DE; each positive fails on r43, each twin stays unchanged
(names, addresses, orders, serials, phone numbers and IBANs read out)."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor
from tests.redaction.helpers import assert_all_gone


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "my password is capital S, then sonne, then the year 2024 and an exclamation mark",
            ["sonne", "2024", "exclamation"],
        ),
        (
            "Kennwort: großes M, dann Katze, dann das Jahr 1987 und ein Ausrufezeichen",
            ["Katze", "1987", "Ausrufezeichen"],
        ),
        (
            "Passwort ist großes A wie Anton, kleines b, dann 77 und ein Ausrufezeichen",
            ["großes", "Anton", "77", "Ausrufezeichen"],
        ),
        ("the password is k as in kilo, capital R, 4, 4 and a hash sign", ["kilo", "hash"]),
        (
            "new password, ok so uppercase K, lowercase ettle, then 77 and a hash at the end",
            ["uppercase", "ettle", "77", "hash"],
        ),
        ("my PIN is seven seven two, and then 9 1 5", ["seven", "9 1 5"]),
        ("die PIN ist sieben sieben zwei und dann 9 1 5", ["sieben", "9 1 5"]),
    ],
)
def test_a_described_run_is_masked_whole(redactor: Redactor, text: str, gone: list[str]) -> None:
    masked = redactor.redact(text).text
    assert "[PASSWORD]" in masked, masked
    assert_all_gone(redactor, "described run", text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("zum Einloggen: Ha-ee-ell-ell-o", "Ha-ee-ell-ell-o"),
        ("zum Anmelden nimm Be-Ee-Er-Ell-I-En, bitte", "Be-Ee-Er-Ell-I-En"),
        ("to log in use aitch-ee-el-el-oh", "aitch-ee-el-el-oh"),
        ("to unlock it type double-u-oh-ar-dee-seven", "double-u-oh-ar-dee-seven"),
    ],
)
def test_a_run_of_letter_names_for_logging_in(redactor: Redactor, text: str, gone: str) -> None:
    masked = redactor.redact(text).text
    assert gone not in masked, masked


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "it was lowercase b, lowercase l, number 4, lowercase z, lowercase e, exclamation",
            ["lowercase", "exclamation"],
        ),
        ("es war großes K, kleines a, dann 7 und ein Ausrufezeichen", ["großes", "7"]),
        ("ok here goes capital M, lowercase e, 7, 7", ["capital", "7, 7"]),
        ("so uppercase T, lowercase r, then 99 and a dollar sign", ["uppercase", "dollar"]),
    ],
)
def test_a_value_dictated_with_its_cases_needs_no_word(
    redactor: Redactor, text: str, gone: list[str]
) -> None:
    assert_all_gone(redactor, "dictated with its cases", text, gone)


@pytest.mark.parametrize(
    "text",
    [
        # the same spellings of a name, an address, an order, a serial: no secret
        "Mein Name ist Meier mit ei",
        "Meier: M wie Martha, E, I, E, R",
        "Nachname für die Buchung: großes S, c, h, m, i, d, t",
        "my surname: capital M, lowercase e, i, e, r",
        "my user name is lowercase j, lowercase o, 8, 8",
        "the booking reference is capital X, capital Y, 4, 4, 7",
        "the serial is capital X, capital Y, 4, 4, 7",
        "which letters are capitals? capital O, capital P, D",
        "order A-B-7-7",
        "my order number is A-B-7-7, then 9 9",
        "ich kann mich nicht einloggen, mein Nachname ist Em-ee-i-ee-er",
        "zum Einloggen brauche ich die Bestellnummer Ha-Ka-Vier-Zwo-Acht",
        "Kundennummer Ka-Ha-Vier-Zwo zum Einloggen",
        "zum Anmelden meine E-Mail: Ha-ee-ell-ell-o",
        "Ha-ee-ell-ell-o",
        "Login: Ha-ee-ell-ell-o",
        "Stichwort: Be-Ee-Er-Ell-I-En",  # (nothing says what it opens)
        # keys pressed, not letters named
        "to log in I pressed F-1-2-3-4 and nothing happens",
        "zum Einloggen drücke ich F-1-2-3-4, geht nicht",
        # letters with their cases and neither digit nor sign: a name's spelling
        "ok: capital M, lowercase e, lowercase i, lowercase e, lowercase r",
        "capital M, lowercase e, i, e, r please",
        "ich wohne in der Max-Planck-Straße, zum Einloggen klappt nix",
        "ein großes Problem und ein kleines Update seit 2024",
        "my email: anna underscore berger at gmx dot de",
        "meine Telefonnummer ist null eins sieben eins, dann fünf fünf zwei",
        "my IBAN is DE eight nine, three seven zero four, then 0044 0532 0130 00",
        # a word after a joiner that no spelled piece follows is talk, not the value
        "Kennwort ist hund punkt 77, dann 5 Minuten gewartet",
        "password is fox dot 12, then the app froze for 3 minutes",
        "my password has a capital A and 7 digits",
    ],
)
def test_dictated_twins_stay(redactor: Redactor, text: str) -> None:
    masked = redactor.redact(text).text
    kept = [w for w in text.replace(",", " ").split() if len(w) >= 4]
    for word in kept[-3:]:  # (the value's place: a twin's tail stays readable)
        assert word in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kennwort ist hund punkt 77, dann 5 Minuten gewartet", "dann 5 Minuten gewartet"),
        ("password is fox dot 12, then the app froze for 3 minutes", "then the app froze"),
        ("das Passwort ist großes K, dann Katze, dann habe ich es vergessen", "habe ich"),
        ("das Passwort ist großes K und 7, dann Feierabend", "dann Feierabend"),
    ],
)
def test_a_described_run_ends_before_the_talk(redactor: Redactor, text: str, kept: str) -> None:
    masked = redactor.redact(text).text
    assert "[PASSWORD]" in masked, masked
    assert kept in masked, masked


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [thread.redact(text).text for text in messages]


@pytest.mark.parametrize(
    ("messages", "gone"),
    [
        (["ok ohne Ziffern damit es nicht gefiltert wird:", "Ha-Ka-Ha-Vier-Zwo-Acht"], "Vier"),
        (["ihr filtert das immer weg, ich buchstabiere:", "Be-Ee-Er-Ell-I-En"], "Ell"),
        (["you keep starring my password", "aitch-ee-el-el-oh-seven"], "aitch"),
        (["ihr maskiert mein Passwort", "Ka-Ell-Ee-Ee-Vier"], "Vier"),
    ],
)
def test_letter_names_sent_again_after_a_complaint(
    redactor: Redactor, messages: list[str], gone: str
) -> None:
    last = _talk(redactor, messages)[-1]
    assert gone not in last, last


@pytest.mark.parametrize(
    "messages",
    [
        ["meine Bestellung ist weg", "Ha-Ka-Vier-Zwo-Acht"],
        ["kannst du meinen Namen richtig schreiben?", "Em-ee-i-ee-er"],
        ["ihr filtert das immer weg, ich buchstabiere:", "Bestellnummer Ha-Ka-Vier-Zwo-Acht"],
        # hyphenated names, not letters' names
        ["ihr filtert das immer weg, nochmal:", "Jean-Paul-Marie-Louise"],
        ["ihr filtert das immer weg, nochmal:", "Sankt-Peter-Ording-Nord"],
    ],
)
def test_letter_names_of_other_things_stay(redactor: Redactor, messages: list[str]) -> None:
    assert _talk(redactor, messages) == messages
