"""Round 39 (words): passwords that are ordinary words. The stronger and closer the
password context, the weaker the shape a value needs: a word or a name right after a
password word used as a label ("username x, password y", "mit Passwort y") or after its
tight connector ("pass: y", "ist auch y"); a word "it" was set to in talk about signing
in; the value the new one "should be". Twins: what follows a password word without being
one (a verb's form, a state, a request, a table's header, another language's participle).
Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

POSITIVES = [
    # a password word used as a label, the word right after it closing its clause
    ("tried to sign in with password marigold and it says wrong", "marigold"),
    ("login: j.brandt, password cormorant, thanks a lot", "cormorant"),
    ("du kannst rein mit h_otto, pw Kastanienallee, danke", "Kastanienallee"),
    ("Passwort Pustekuchen", "Pustekuchen"),
    ("altes Konto Passwort Wolkenkratzer, neues kommt noch", "Wolkenkratzer"),
    # a tight connector, a dictionary word or a name
    ("pass: Oscar", "Oscar"),
    ("für das Tablet an der Theke: das Passwort ist auch kasse", "kasse"),
    # a question, then the word and a note on its case
    ("my password? simply lantern, all lowercase", "lantern"),
    # "it" set to a word in talk about signing in, or to no word of the language
    ("could you set it back to autumn please, nobody can remember the new one", "autumn"),
    ("i changed it to schnuffi, can you check the login?", "schnuffi"),
    ("Bitte setz es wieder auf igel zurück, das neue merkt sich keiner", "igel"),
    # the value the new one should be
    ("the new one should be Bremen2031 pls, with the number", "Bremen2031"),
    ("ok the new one should be green turtle 42 - can you set that?", "green turtle 42"),
    ("das neue soll Sommer 2027 sein, mit Leerzeichen", "Sommer 2027"),
]

NEGATIVES = [
    # a password word as a noun in a clause, then a verb's form
    "Wenn ich mein Passwort eingebe, kommt ein Fehler.",
    "i hob mei passwort vergessn, wo kann i des neu machen?",
    "I won't send you my password obviously, but the login fails",
    "too many wrong password attempts, my account is locked",
    "a table: System Benutzer Kennwort Verantwortlich",
    # a state or how the password is kept
    "Mein Passwort ist geheim.",
    "mein Passwort ist unverändert, trotzdem gesperrt",
    "das Passwort ist hinterlegt, geht trotzdem nicht",
    "This password is too common",
    # a query's pair, another language's participle, a value told piece by piece
    "pasted as is: https://example.com/path/to/something?pass=word",
    "contraseña olvidada — I click forgot password but the link expired",
    # "it" set to a word with no talk of signing in
    "i changed it to english, the language setting",
    "the new one should be delivered monday",
    "das neue soll sicher sein, bitte",
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_a_plain_word_in_strong_context_is_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize("text", NEGATIVES)
def test_what_follows_a_password_word_is_no_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
