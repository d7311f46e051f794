"""Round seventeen of issue 10, where a password stands and what its words say: a value
before what names it, the first of a list of tried values, the value after a contrast, a
security question's answer later in its sentence, a bank's memorable word, an aside before
the colon, a phrase whose spaces are noted after its case, a pair one is told to use, a
value typed into a field, a passphrase whose commas a note keeps. And words after a
password word that are no value: a form's report, a word asked about, a quoted label, a
mail address cut at its "@", a URL template. Examples written here (none is a corpus
item), through the whole redactor."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone, assert_redacting_twice_changes_nothing

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # told to use a shaped value, a sign-in word in reach says what for
    ("use", "try Harbour_8812, it should still work for the VPN login", ["Harbour_8812"]),
    ("use", "please use Lindwurm_307 - that is the one for the staff login", ["Lindwurm_307"]),
    ("use pair", "just use root/Kastanie#41 for now", ["Kastanie#41"]),
    ("use pair", "nimm admin/Tulpe!2025 fürs Backend", ["Tulpe!2025"]),
    # the first of a list of tried values
    (
        "list",
        "tried Morgen!77, Morgen#77 and morgen!77 but the login still fails",
        ["Morgen!77", "Morgen#77", "morgen!77"],
    ),
    # the value after a contrast
    ("contrast", "Die PIN lautet nicht 1234 sondern 8093, ganz sicher", ["8093"]),
    ("contrast", "Kennwort ist nicht sommer sondern Quellwasser", ["Quellwasser"]),
    # a security question's answer later in its sentence
    ("security", "Sicherheitsfrage war Geburtsort, Antwort: Wolfsburg", ["Wolfsburg"]),
    ("security", "the answer to the security question (first car) is Beetle", ["Beetle"]),
    ("security", "for the security question about my first school I put Lindenhof", ["Lindenhof"]),
    ("security", "Sicherheitsabfrage ist der Geburtstag meines Vaters: 03.11.1958", ["03.11.1958"]),
    ("memorable", "online banking memorable word 'harebell', customer number 5512", ["harebell"]),
    # an aside before the colon is the writer's
    ("aside", "Kennwort (nicht weitersagen): sonnenblumenfeld", ["sonnenblumenfeld"]),
    ("aside", "password (please don't laugh): ilovemycat", ["ilovemycat"]),
    # a phrase whose spaces are noted after its case
    (
        "phrase",
        "Passwort ist mein boot heisst emma - alles klein, mit Leerzeichen",
        ["mein boot heisst emma"],
    ),
    # typed into a form's field
    ("field", "I put Wolke#7Berg in the field and nothing happens", ["Wolke#7Berg"]),
    # a password key after a URL in JSON without spaces: the key is not inside the URL
    (
        "json",
        '{"db":"postgres://10.0.0.5:5432/app","login":"svc","password":"kobold7"}',
        ["kobold7"],
    ),
    # a value's rotation with no password word: the same word, another number
    (
        "rotation",
        "I changed it from Marzipan7 to Marzipan2025 on Friday, the app still wants the old",
        ["Marzipan7", "Marzipan2025"],
    ),
    ("rotation", "hab es von Wal_41 auf Wal_42!! geändert", ["Wal_41", "Wal_42!!"]),
    # a variant of a found password beside it
    (
        "variant",
        "tried Holloway01 and Holloway02 as my password, no luck",
        ["Holloway01", "Holloway02"],
    ),
    # a passphrase's commas kept by a note
    (
        "commas",
        "passphrase: Rain in May, sun in June (with the commas)",
        ["Rain in May, sun in June"],
    ),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)
    assert_redacting_twice_changes_nothing(redactor, cause, text)


NEGATIVES: list[tuple[str, str]] = [
    # a form's report, a word asked about
    ("report", "Kennwort is z'lang sagt's, wie viele Zeichen gehen?"),
    ("report", "Passwort ist Pflichtangabe steht da, ich nutze aber Passkeys"),
    ("asked", "Passwort = Vorname? Nein, sicher nicht"),
    # a quoted label, a mail address cut at its "@", a URL template
    ("label", "Please rename 'Password:' to 'Passwort:' in the login form"),
    ("mail", "Mein Passwort steht in der Mail an helpdesk@ von heute morgen"),
    ("template", "is http://user:password@server:port/db the right format for the driver?"),
    # no password: a tool one is told to use, a slash that is no pair
    ("use", "Try Chrome_120 for the login page, the old one has bugs"),
    ("use", "try restarting the router, that should fix the admin login"),
    ("use", "we use TCP/IP and src/main.rs here"),
    # talk about security questions, no answer given
    ("security", "Sicherheitsfrage: Name der ersten Schule - was trage ich da ein?"),
    ("security", "I forgot the answer to my security question, can you reset it?"),
    ("security", "Can I change my security question? The answer is too easy"),
    ("memorable", "my memorable word is not accepted any more"),
    # a contrast of states, not of values
    ("contrast", "the password is not wrong but expired"),
    ("contrast", "Das Passwort ist nicht falsch sondern abgelaufen"),
    # a field named, no shaped value typed into it
    ("field", "I put my email in the field but the login fails"),
    ("list", "I tried Chrome, Firefox and Edge - none of them let me log in"),
    # a release's number keeps its length: no rotation
    ("rotation", "we changed it from node16 to node18 and the build broke"),
    ("rotation", "I switched it from Ubuntu20 to Ubuntu22 last night"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
