"""Round 30: false hits. A value the text says is a sample stays: one a source states ("the
docs say x is rejected", "laut Handbuch ist x"), one in a sample file or field ("the
example config has password: x"), one after an example marker ("z. B. x", "anything like
x"), one said afterwards to be an example or not the writer's own; a value named as an
identifier elsewhere in the text; a pattern's character class; a value shown cut in the
middle; a two-word option or error name as a key's value; markdown emphasis around a word;
function words such as "selbst" and "deshalb"; the row below a key-value table's password
row. And what must stay masked: a password the
writer took from docs or a sample ("copied from your docs example"), a config value the
docs quote with a colon ("laut Doku: password=x"), "my password" after the cue. Cases in
our own words; each negative is masked by round 29's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CREDENTIAL, PASSWORD
from tests.redaction.helpers import assert_masked_as, assert_unchanged


@pytest.mark.parametrize(
    "text",
    [
        # a source states the sample
        "the docs say Winter2023 is refused since it lacks a symbol, can we relax that?",
        "Laut Anleitung ist Kennwort1 nicht erlaubt, weil ein Zeichen fehlt. Stimmt das?",
        # a sample file or field
        'our example config still has password: "Fjord-Lantern-31" in it, is that bad?',
        'In der Musterdatei steht api_key: "mk_51XsQ9pLr2Vb7TnQ" – ersetzen wir das?',
        # an example marker right before, or a statement after
        "Bitte geben Sie die 6-stellige PIN ein (z. B. 654321) – das steht im Dialog.",
        "Don't use anything like `Passwort2023!` or `Herbst2022` — those are the examples your"
        " page lists.",
        "I put `tiger77` in the docs example box to try the meter, it says weak. not my real"
        " password of course",
        # a value named as an identifier elsewhere in the text
        'the importer wants a "job id" like job_7Xq2Lm9KpR. I typed job_7Xq2Lm9KpR and it hangs.',
        # an instance after its label
        "sql server APP-DB\\MAINSQL, port 1433. the password policy wants 14 characters.",
        # patterns, cut values, option names
        "Die Meldung sagt: password must match ^[A-Za-z0-9_]{10,32}$ – welche Zeichen gehen?",
        "Im Feld für das Passwort steht `[a-zA-Z0-9@#]` als erlaubte Menge.",
        'the password box says "stored" and the key box shows "ssh-rsa BBBB…x7Q". Both set?',
        "Status:\n- Auth: `unknown_tenant` for app `app_9c1f`\n- TTL: 600",
        # markdown emphasis, function words
        "Password reset broken.\n\n1. Open **Profile → Passwords**\n2. Click save",
        "_password_ is **missing** according to the form, but I typed it",
        "sorry, I meant the **order** is 55120 not 55210. Password is fine, I changed it.",
        "_passwort_ ist **gesetzt** und _username_ ist **mk_admin** — das Formular meckert",
        "das Kennwort hab ich selber gewählt, das weiß ich sicher",
        "Die Policy sagt min. 6 Zeichen, deshalb ist mein Passwort auch so kurz. Problem?",
        # a chat's starred correction of a word
        "username*, not the password",
        # a key-value table: the row after the password's own row is no value of it
        "| Key | Value |\n|---|---|\n| IMAP user | desk@firma.example |\n"
        "| IMAP password | (in 1Password) |\n| Timeout | 30 |",
    ],
)
def test_samples_and_non_values_stay(text: str) -> None:
    assert_unchanged(text)


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # taken from the docs, still the writer's password now
        (
            "password: Sonne!Mond7 <- that is from your docs example, is it blocked?",
            "Sonne!Mond7",
            PASSWORD,
        ),
        (
            "Verbindung laut Anleitung: host=db2 user=app password=Kastanie42 sslmode=require",
            "Kastanie42",
            PASSWORD,
        ),
        (
            "I set the key like the docs say: sk_live_51Qw8ErTy2uIoP9aSdF4gHjK7lZxC3vB, it fails",
            "sk_live_51Qw8ErTy2uIoP9aSdF4gHjK7lZxC3vB",
            CREDENTIAL,
        ),
        # a test account's password: an example account, a demo tenant are real accounts
        (
            "password: Linde#4Baum (this is the example account we share for testing)",
            "Linde#4Baum",
            PASSWORD,
        ),
        ("I log in with Linde#4Baum in the demo tenant, still 401", "Linde#4Baum", PASSWORD),
        # "my password" after the cue: the writer's own
        ("the docs say to rotate, so my password is now Fluss#Brise88", "Fluss#Brise88", PASSWORD),
        # emphasis around a real value
        ("Passwort: **Tannenzapfen9**", "Tannenzapfen9", PASSWORD),
        ("my password is **Blume!77**, the form still rejects it", "Blume!77", PASSWORD),
        ("the password field near it: **Wald%Weg3** is what I typed", "Wald%Weg3", PASSWORD),
        # stars inside or after a value are its own characters, not emphasis
        ("Passwort: Kater* – ja, nur das", "Kater*", PASSWORD),
        ("try this: https://admin:**ezt*Q41@example.org", "**ezt*Q41", PASSWORD),
        # a bracket inside a URL's password is no character class
        ("https://user:k$[a-z]w.*Z9@db.example.net", "k$[a-z]w.*Z9", PASSWORD),
        # a corrected value containing the first: a whole token only is "the same value"
        ("> Passwort: Kiesel#4\nSorry, falsch, es heißt Kiesel#44.", "Kiesel#44", PASSWORD),
        # a table whose header names the password column keeps its rows' values
        (
            "| user | password |\n|---|---|\n| ben | Flieder#12 |\n| eva | Ahorn!33 |",
            "Ahorn!33",
            PASSWORD,
        ),
        (
            "| Setting | Value |\n|---|---|\n| IMAP password | Lerche!51 |\n| Port | 993 |",
            "Lerche!51",
            PASSWORD,
        ),
        # a password word before the label makes it the secret's owner
        ("the password for the server is Kiesel!88", "Kiesel!88", PASSWORD),
        # a stand-in named after a key is masked as one
        ("x-api-key: spare_token", "spare_token", CREDENTIAL),
    ],
)
def test_own_values_stay_masked(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert_masked_as(redactor, text, value, kind)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # a password the same as the user name: given as the password where it stands, it
        # is one there, though the user name elsewhere names the same characters
        ("my username is Anna_K9! and the password is Anna_K9! too", "password is [PASSWORD]"),
        ("Benutzername: kunde4711x, Passwort: kunde4711x (gleich)", "Passwort: [PASSWORD]"),
    ],
)
def test_password_same_as_user_name(redactor: Redactor, text: str, masked: str) -> None:
    assert masked in redactor.redact(text).text
