"""Round seventeen of issue 10, the shapes a secret is written in: a keyword typed with
Cyrillic or Greek look-alike letters, a password spelled item by item or with hyphens, a
code's digits apart or in odd groups after its word, a code a blank line below its word, a
list of backup codes some without a digit, a login block whose heading has no colon.
Examples written here (none is a corpus item), through the whole redactor, with hard
negatives that must come out unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.normalize import normalize
from tests.redaction.helpers import assert_all_gone, assert_redacting_twice_changes_nothing

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a keyword with Cyrillic or Greek letters drawn like Latin ones
    ("look-alike keyword", "раsswоrd = Kranich#2207", ["Kranich#2207"]),  # Cyrillic р, о
    ("look-alike keyword", "Mein Kеnnwort: Ostwind_93", ["Ostwind_93"]),  # Cyrillic е
    ("look-alike keyword", "ΡIN: 4471, bitte nicht weitergeben", ["4471"]),  # Greek Ρ
    ("look-alike keyword", "раѕѕ = Eisvogel#58", ["Eisvogel#58"]),  # all four Cyrillic
    # a code's digits one at a time, with dashes or spaces, after its word
    ("lock digits", "Zahlenschloss-Kombination am Spind: 4-0-8-2", ["4-0-8-2"]),
    ("lock digits", "the key safe code is 2-7-1-9, then pull the lever", ["2-7-1-9"]),
    ("keypad part", "alarm system code 6 1 6 1 and then the star key", ["6 1 6 1"]),
    ("keypad part", "Alarmanlage Bedienteil-Code: 3390", ["3390"]),
    # a passcode in a group of three and one of four
    ("passcode 3+4", "meeting passcode for Thursday is 415 9920", ["415 9920"]),
    ("passcode 3+4", "Bridge-Passcode für den Call: 207 3318, bis gleich", ["207 3318"]),
    # a number denied for the one given
    ("denied number", "Der Alarmcode ist nicht 1234 sondern 8061, keine Sorge", ["8061"]),
    # the code a blank line or two below its word's connector
    ("blank line", "the verification code from the mail is\n\n   QF7-22KT\n\nthanks", ["QF7-22KT"]),
    ("blank line", "Die TAN lautet\n\n\n  719204\n", ["719204"]),
    # a list of backup codes, some items without a digit, in the first one's shape
    (
        "listed codes",
        "my recovery codes from setup:\nh7kq-m2xp\nrdfw-tqzc\nbnvy-x4jr\ncan I use one?",
        ["h7kq-m2xp", "rdfw-tqzc", "bnvy-x4jr"],
    ),
    # a code the customer received through a channel, the number before the bare "code"
    ("received code", "803117 is the code we got via text, it says invalid", ["803117"]),
    ("received code", "der Code, den ich per Mail bekommen hab, ist 650914", ["650914"]),
    # a login heading without its colon, a user name and the password on a line each
    ("login block", "login für das Lager-Tablet\nk.hoffmann\nregenbogen-51", ["regenbogen-51"]),
    ("login block", "Login Kassensystem\nj.berger\nkastanie-207", ["kastanie-207"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)
    assert_redacting_twice_changes_nothing(redactor, cause, text)


# (cause, text, the whole output): a spelled password is one mask, no letter left between
SPELLED: list[tuple[str, str, str]] = [
    (
        "case in two words",
        "my password is capital M, lower case a, p, l, e, then 3, 3, dollar sign",
        "my password is [PASSWORD]",
    ),
    (
        "sign named",
        "das Passwort ist großes H, a, f, e, n, 1, 2, Raute-Zeichen",
        "das Passwort ist [PASSWORD]",
    ),
    (
        "a digit named, an article before a sign",
        "das Kennwort: großes F, l, u, x, dann die Zahl neun, dann ein Prozentzeichen",
        "das Kennwort: [PASSWORD]",
    ),
    (
        "a capital's word, then items",
        "capital O otter then the number 6 then a hash sign, that is the wifi password",
        "[PASSWORD], that is the wifi password",
    ),
    (
        "a case word's word, then items",
        "new passwort: lowercase biber then the number four four then a dollar sign",
        "new passwort: [PASSWORD]",
    ),
    (
        "spelling alphabet",
        "Kennwort, buchstabiert: Theodor - Otto - Richard - Drei - Neun - Raute",
        "Kennwort, buchstabiert: [PASSWORD]",
    ),
    (
        "nato alphabet",
        "the password is kilo, echo, lima, papa, 2, 2, exclamation mark",
        "the password is [PASSWORD]",
    ),
    (
        "hyphens and a typing note",
        "it's W-A-L-D-H-O-R-N-4-2 in capitals, spelled so nothing gets mixed up",
        "it's [PASSWORD] in capitals, spelled so nothing gets mixed up",
    ),
    (
        "hyphens, German note",
        "also: f-e-l-s-e-n-8-1, alles klein",
        "also: [PASSWORD], alles klein",
    ),
]


@pytest.mark.parametrize(("cause", "text", "out"), SPELLED)
def test_spelled_is_one_mask(redactor: Redactor, cause: str, text: str, out: str) -> None:
    assert redactor.redact_text(text) == out, cause


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    # real Cyrillic and Greek text, a Latin word beside it
    ("cyrillic", "Мой пароль от Windows не работает, что делать?"),
    ("cyrillic", "Код подтверждения не пришёл на телефон"),
    ("greek", "Ο κωδικός μου για το Gmail δεν λειτουργεί"),
    # password rules: case and sign words with no value
    ("policy", "the password needs a capital letter, a lower case letter and a hash sign"),
    ("policy", "Im Passwort muss ein Großbuchstabe, ein Kleinbuchstabe und ein Rautezeichen sein"),
    # digits apart after a code word that are not a code
    ("error", "the alarm panel shows error 4 0 1 since Monday"),
    ("date", "the door code was changed on 12-03-2024"),
    ("count", "Meine PIN ist nicht 4 Stellen lang sondern 6"),
    ("phone", "the PIN reset hotline is 555 1234"),
    ("phone", "conference bridge dial-in: 089 1234 567"),
    ("amount", "Kombination aus Tür und Fenster ist 2-3-4-5 mal teurer"),
    ("policy", "the password policy: capital letters, then the number of digits, then symbols"),
    ("first names", "Anton, Berta, Emil und Otto haben Probleme mit dem Passwort"),
    ("hotel", "the wifi password for Hotel Lima is at the desk, room 4, golf course view"),
    ("received, not sent", "2024 is when the code I got from a tutorial stopped working"),
    ("received, other number", "Order 44812 - the code I received by mail does not work"),
    # a code word, then no value below it
    ("no value", "Der Code für die Haustür lautet\n\nsiehe Anhang"),
    # a list whose next line is words, not a code
    ("list words", "my backup codes are below\nabcd-1234\nwell-done"),
    # hyphen-spelled things that are named as other things, or have no typing note
    ("spelled number", "my customer number is K-D-4-4-1-2, I spelled it"),
    ("spelled name", "Mein Nachname ist M-U-E-L-L-E-R, buchstabiert"),
    ("spelled serial", "the serial number X-Y-2-0-1-9, all caps"),
    ("no note", "steps 1-2-3-4-5-6 are in the manual"),
    # a login heading, then lines that are no user and password
    ("login talk", "login geht nicht\nanna.koenig\nDanke!"),
    ("login product", "Login broken since update\nmax.mustermann\nWindows11"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_look_alikes_read_in_latin_one_for_one() -> None:
    """Folding keeps every offset: a span of the detection view is the same in the
    original."""
    text = "nеw раsswоrd: x"
    norm = normalize(text)
    assert norm.text == "new password: x"
    assert len(norm.text) == len(text)
    assert norm.span(4, 12) == (4, 12)
    # a word of look-alikes alone, in a message of Latin script, is spoofed too
    assert normalize("ТАΝ: 55").text == "TAN: 55"
    # a word with a letter with no Latin twin, and every word beside one, is real Cyrillic
    assert normalize("пaроль").text == "пaроль"
    assert normalize("Мой пароль сахар").text == "Мой пароль сахар"
