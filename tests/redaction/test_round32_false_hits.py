"""Round 32, false hits: what a sentence says a value is. A place's name between a label
and its verb ("der Router-Name im Büro ist x"), a user named in a log line ("for user
'x'"), a name with its thing's id in brackets, a store's path to a secret, a label whose
brackets deny it is the password, a value then called a dummy, a test value or not real
(a vendor key's shape included), a question answered with another thing's name ("x? no,
that's a build ID"), a default since changed across the writer's own answer, placeholders
("als Platzhalter"), a program's snake_case name, and an empty or connector-only value.
Cases in our own words (EN, DE); each guard is a real secret that must stay masked."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    "text",
    [
        "Der Router-Name im Keller ist HOME!Net 42 QZ, das Passwort hat meine Schwester.",
        "Login abgelehnt für Benutzer 'ops-backup' (Kennwort falsch, noch 2 Versuche)",
        "Token „Staging“ (ID tok_8QWE21ZXR4) wurde gestern gelöscht.",
        "the DB password is stored in the vault under team/billing/db_password, ask Ops.",
        "Seriencode für das Gerät (steht im Karton, kein Passwort): QW-71K3-ZP08-MN52",
        "Secret access key: AKIAQWERTYUIOPASDFGH — that is the dummy from our CI, it is not real",
        "Our token ghp_Zq81LmXc0RtY5wVb3NkP7sDf2GhJ6aQe9UoI? No, that is a build ID",
        "the admin PIN is 9876? no, that's the default, we changed it last week",
        "Die Vorlage hat secret: my_db_secret als Platzhalter",
        "TOKEN := some_local_name_here – der Linter warnt trotzdem",
        "jdbc:mysql://db?user=app&password= (leer) so steht es in der Config",
        "mysqld --password = '******' erscheint im Prozess-Log",
    ],
)
def test_named_or_disowned_values_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a label's place, then the secret's own word: still the password
        ("Das Passwort vom WLAN bei Oma ist Kx7!mPq29", "Kx7!mPq29"),
        # a user named, and then the password given
        ("für Benutzer 'ops-backup' ist das Kennwort Hq4$zLm81", "Hq4$zLm81"),
        # a vendor key not disowned
        ("Secret access key: AKIAQWERTYUIOPASDFGH, please rotate it", "AKIAQWERTYUIOPASDFGH"),
        # a default the writer still uses
        ("the admin PIN is 9876, I never changed it", "9876"),
        # a path that is the value itself, not a secret's name in a store
        ("my password is ab/cd9!Xz", "ab/cd9!Xz"),
        # a config line with spaces in its value
        ("SECRET := Blue Horse 77 Staple", "Blue Horse 77 Staple"),
    ],
)
def test_secrets_stay_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact_text(text)
