"""Round 25, password phrasing: classes read from the v25 red-team misses and false hits,
in our own words (EN, DE), each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from tests.redaction.helpers import assert_password_masked as _masked
from tests.redaction.helpers import assert_unchanged as _unchanged


# --- a takeover or reset story names the password by "it": the value it had, the one now
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my account got hacked, I had Quokka2019 before and now I'm locked out", "Quokka2019"),
        ("it used to be Meerkat88 until someone took over my account", "Meerkat88"),
        ("Konto gehackt, vorher hatte ich Eisvogel77, jetzt komme ich nicht rein", "Eisvogel77"),
        ("i reset it, its now lavender_19.", "lavender_19"),
        ("I changed it yesterday, it's now Pelican_42 but login fails", "Pelican_42"),
        ("hab es zurückgesetzt, jetzt ist es Pelikan_42, geht aber nicht", "Pelikan_42"),
        ("someone hacked my account and reset it, mine was Sperling44", "Sperling44"),
    ],
)
def test_value_of_it_in_a_takeover_or_reset_story_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "I reset it, it's now Windows11 on the login machine",
        "we changed it, it's now v2.14.3 and the login page loads slowly",
        "my account was hacked, I had order ORD-55213 before that",
        "it's now 15:30 and the login still hangs since I reset it",
        "ich habe es zurückgesetzt, jetzt ist es RE-2024-0042 laut Konto",
        "I had Plan2024 before, my account was upgraded and changed it to Pro",
        "I reset it to factory settings, it's now iPhone15 again",
    ],
)
def test_versions_references_and_plans_in_a_reset_story_unchanged(text: str) -> None:
    _unchanged(text)


# --- "changed it from X to something else": the old value alone, the new one unknown
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They changed it from Harbor!Light5 to something else", "Harbor!Light5"),
        (
            "Someone changed it from Quokka2019 to something else and now I can't log in",
            "Quokka2019",
        ),
        ("Jemand hat es von Tanne#Wald4 auf irgendwas geändert", "Tanne#Wald4"),
        (
            "Jemand hat es von Eisvogel77 auf was anderes geändert, komme nicht mehr rein",
            "Eisvogel77",
        ),
    ],
)
def test_old_value_changed_to_an_unknown_one_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Someone changed it from Basic to Premium on my account",
        "They changed it from Windows10 to something newer on my account",
        "we switched it from node16 to something else",
        "Jemand hat es von Tarif-A auf was anderes umgestellt",
    ],
)
def test_names_changed_to_something_else_unchanged(text: str) -> None:
    _unchanged(text)


# --- 'set it to "x!!"' after a takeover: quoted, a word with signs
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('my account was hacked, they set it to "wildflower!!"', "wildflower!!"),
        ('die haben es auf "sonnenschein!!" gesetzt, Konto gehackt', "sonnenschein!!"),
        ("Konto gehackt, jemand hat es auf „regenbogen!!“ gesetzt", "regenbogen!!"),
    ],
)
def test_quoted_value_set_in_a_takeover_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        'hacked account, they set it to "private" so nobody sees it',
        'my account was hacked and they set it to "read-only"',
        'Konto gehackt, die haben es auf "Deutsch" gestellt',
    ],
)
def test_quoted_words_set_in_a_takeover_unchanged(text: str) -> None:
    _unchanged(text)


# --- "un" before a participle after the copula: a state denied, no value
@pytest.mark.parametrize(
    "text",
    [
        'Liebe Grüße, mein Passwort ist unverändert, trotzdem steht da "gesperrt".',
        "mein Passwort ist unverschlüsselt gespeichert, ist das ein Problem?",
        "my password is unverified and the account is locked",
        "das Kennwort ist ungeändert seit 2019",
    ],
)
def test_negated_state_after_the_password_word_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mein Passwort ist unterwasser7", "unterwasser7"),
        ("my password is unicorn", "unicorn"),
        ("Passwort: unverändert", "unverändert"),
    ],
)
def test_un_words_that_are_values_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- the password word with a number as a user's name: no password
@pytest.mark.parametrize(
    "text",
    [
        "Mein Benutzername lautet Kennwort2020 (hat mein Sohn so angelegt), kann man das ändern?",
        "my username is password2020, weird I know, can I change it?",
        "login name is Passw0rd1 and I want a new one",
    ],
)
def test_password_word_as_a_user_name_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is password2020, can I change it?", "password2020"),
        ("Benutzername anna, Passwort lautet Passwort123", "Passwort123"),
        ("user karl, tried Passw0rd1 and it failed", "Passw0rd1"),
    ],
)
def test_password_word_as_the_password_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- a quoted vague description ("irgendwas mit …") is how it is made, not the value
@pytest.mark.parametrize(
    "text",
    [
        'Der Kollege meint, das Kennwort sei "irgendwas mit dem Straßennamen und der PLZ".',
        'He said the password is "something with the company name and a year", can you reset?',
        'das Passwort ist "etwas mit meinem Geburtstag drin", weiß nicht mehr genau',
    ],
)
def test_quoted_vague_description_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('the password is "correct horse battery staple"', "correct horse battery staple"),
        ('the password is "something blue 42"', "something blue 42"),
        ('Passwort: "irgendwas" geht nicht', "irgendwas"),
    ],
)
def test_quoted_phrases_still_masked(text: str, value: str) -> None:
    _masked(text, value)


# --- a user and its password the same: the second is the password whatever its shape
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the camera login is still service/service, is that a problem?", "service/service"),
        ("Zugangsdaten vom Testsystem, nichts Wichtiges drauf: demo / demo", "demo / demo"),
        ("I tried the default operator/operator, no luck on the switch", "operator/operator"),
        (
            "Benutzername KD-5512, Passwort ebenfalls KD-5512 (ja, ich weiß)",
            ", Passwort ebenfalls KD",
        ),
        ("user name is RX-30017, password also RX-30017", "password also RX"),
    ],
)
def test_password_same_as_its_user_masked(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "user and/or password is wrong",
        "the login url is /login/login on the staging box",
        "the login form labels the field user/user-name, is that a typo?",
        "Benutzername KD-5512, Passwort ebenfalls unbekannt",
        "login mail header: DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=x.de",
        "user name KD-5512, password also expired",
    ],
)
def test_repeated_words_and_states_unchanged(text: str) -> None:
    _unchanged(text)


# --- a hex digest the text names as a hash, a commit's id starting a "git log" line
@pytest.mark.parametrize(
    "text",
    [
        "SHA-1 der alten Passwörter:\n2fd4e1c67a2d28fced849ee1bb76e7391b93eb12\nwie importieren?",
        "the md5 of the password export is\n9e107d9d372bb6826bd81d3542a419d6\ndoes that match?",
        "git log --oneline\n1e2d3c4 fix: rotate the admin password\n8f7a6b5 chore: bump deps",
        "git log:\nb3c4d5e feat: hash the password\n9a8b7c6 test: login form",
        "Passwort-Hashes (sha512):\n"
        + "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
        "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e\nok?",
    ],
)
def test_named_digests_and_commit_ids_unchanged(text: str) -> None:
    _unchanged(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is 3f9a2c1b, the commit hook rejects it", "3f9a2c1b"),
        ("password: 9e107d9d372bb6826bd81d3542a419d6", "9e107d9d372bb6826bd81d3542a419d6"),
        ("Kennwort fürs git-Konto:\nd41d8c9e7a", "d41d8c9e7a"),
    ],
)
def test_hex_passwords_still_masked(text: str, value: str) -> None:
    _masked(text, value)
