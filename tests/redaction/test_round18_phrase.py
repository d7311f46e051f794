"""Round 18: a password's context and position (``recognizers/password.py``): dialect
status words, security answers, tried lists, quoted phrases before their word, an
elliptic "mein aktuelles ist …", an e-mail line then a password line, a PIN asked and
answered, an old value in an aside, a Wi-Fi key, sshpass in a code span, symbol-only and
bracketed values. Cases in our own words; each positive fails on round 17's code."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # security answers: a name of two words, after "is:", after an arrow
        ("Antwort auf meine Sicherheitsfrage ist Tante Erna", ["Tante Erna"]),
        ("my secret answer is: green bicycle", ["green bicycle"]),
        ("security question was my first school, answer is St. Marien, thanks", ["St. Marien"]),
        ("Sicherheitsfrage: Lieblingsessen der Kindheit → Kaiserschmarrn", ["Kaiserschmarrn"]),
        ("Sicherheitsfrage: Mädchenname der Oma → Antwort: Brandstätter", ["Brandstätter"]),
        # a list of tried values, joined by commas only
        ("hab schon probiert: Isar2021, Isar2022, Isar#2022 – geht alles nicht", ["Isar2021"]),
        # a quoted phrase before its password word
        ("it's 'purple monday tea' (my password, lowercase)", ["purple monday tea"]),
        ('I entered "s0fa Kingdom%" as the password', ["s0fa Kingdom%"]),
        # an elliptic password: "mein aktuelles" with the noun left out
        (
            'Frage zum Passwortfeld: gehen Umlaute? Mein neues ist nämlich "drei Füchse im Wald"',
            ["drei Füchse im Wald"],
        ),
        # an e-mail line, then the password alone on the next line
        ("so you can log on: m.kern@example.org\nHarbor!7731\nbye", ["Harbor!7731"]),
        # a PIN asked, then answered
        ("Q: which PIN opens the locker? A: 71 40 26", ["71 40 26"]),
        # the old value in an aside after the new one
        ("Garagen-PIN: 40 77 (die alte war 9150)", ["9150"]),
        # a Wi-Fi's key later in the sentence
        ("Wifi at the depot is DEPOT-GAST, key is schuppen-2025-netz for the installer", []),
        # sshpass opening a markdown code span
        ("try `sshpass -p 'Marten_88#' ssh deploy@host.example -p 2200` please", ["Marten_88#"]),
        # symbols only, a word behind a symbol, brackets inside the value
        ("The password is %^&*!", ["%^&*!"]),
        ("!rocket is pwd", ["!rocket"]),
        ("pwd: lamp[77] ok", ["lamp[77]"]),
    ],
)
def test_values_are_masked(redactor: Redactor, text: str, values: list[str]) -> None:
    out = redactor.redact(text).text
    if not values:  # the Wi-Fi case: the hyphenated key is the value
        values = ["schuppen-2025-netz"]
    for value in values:
        assert value not in out, out
        for word in value.split():
            if len(word) >= 4:
                assert word not in out, out


@pytest.mark.parametrize(
    "text",
    [
        # dialect reports: no value
        "Grüessech, mis Passwort isch abglaufe, wie gahts jetzt wiiter?",
        "Moin, des Passwort is wohl hin, was mach i jetzt",
        "Zur Sicherheitsfrage: die Antwort weiß ich leider nicht mehr",
        "the security question is fine, but the answer I forgot",
        # menu paths and arrows are no security answers
        "Sicherheitsfrage ändern: Mein Konto → Sicherheit",
        "Sicherheitsfragen: Profil → Konto → Fragen",
        "my security answer is the name of my dog, can I change it?",
        # a quoted error message after "nämlich" is no value
        'Passwort geht nicht, die Meldung ist nämlich "Zugang verweigert"',
        "my password expired, my new one is on the way",
        # e-mail lines without a password-shaped line under them
        "please write to: help@example.org\nThanks!",
        # Wi-Fi talk without a key value
        "the wifi is down and the key is missing",
        # masks, ports and symbols that are no value
        "The password is ****",
        "ssh with `ssh ops@jump.example -p 2222` works",
        "PIN is changed (the old one was blocked)",
        # a pasted certificate (public) and a stored password hash in a table row
        "our CA cert, in case you want to pin it:\n-----BEGIN CERTIFICATE-----\n"
        "MIIBszCCAVmgAwIBAgIUQ2tX9vZk3Lr8pW1yN0cHf5aE7uMwCgYIKoZIzj0EAwIw\n"
        "-----END CERTIFICATE-----",
        "export from the old shop:\nuser | email | pw_hash\n4 | a.berg@example.net | "
        "$2y$10$Vb3nQ8rT1kLm5pZx7cW9uOe2fGh4jK6lM8nB0vC2xZ4aS6dF8gH0q\nimportable?",
    ],
)
def test_negatives_stay_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
