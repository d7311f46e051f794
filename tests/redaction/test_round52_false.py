"""Round 52 (false hits, r52-false): a finding that is not a value by its form.

- **A value does not cut a bracket pair of its line in half** (``value_edges.bracket_cut``):
  a finding that opens a bracket glued to a name and stops before its close ("SQLSTATE[28000"
  of "SQLSTATE[28000] [1045] …", ":setApiKey(" of "::setApiKey('…')") is a piece of a log
  line or of code — dropped where the group holds only a number or nothing, shrunk to what
  the group holds otherwise; a bracket that only wraps the value is not part of it
  ("{AQAA…=}", "(pw: …)").
- **An SSH public key is public however it is found** (``published_values``): the base64
  after "ssh-ed25519 " / "ssh-rsa " found alone.
- **A participle is a state, not a value** (``words.talk_of_state``): a verb's past
  participle by its shape (German "gelöscht", "zurückgesetzt", "verschlüsselt", Swiss
  "abglaufe", English "revoked"), alone or opening a clause, after a cue word.

Each principle with paraphrases of our own and twins that stay masked.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.value_edges import bracket_cut
from redaction.words import participle, talk_of_state

# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # a bracket group cut in half: a log line's state code
    "Log sagt: SQLSTATE[HY000] [2002] Connection refused (using password: NO) – Idee?",
    "PDOException: SQLSTATE[28000] [1045] Zugriff verweigert (using password: YES)",
    "Fehler im Log: SQLSTATE[08006] [7] could not connect, password authentication failed",
    "Fehler beim Datenbank-Step:\n\nSQLSTATE[28000] [1045] Access denied for user 'kai'@'10.0.0.5' "
    "(using password: YES)",
    # an SSH public key's base64 found alone
    "ssh key for the deploy step, public part: ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIKq7mZ2xR9vT4wL8nP3bC6hJ1dF5gY0sE2aUiOkQwXz deploy@shop",
    "ssh key of the build user, only the public half: ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIKq7mZ2xR9vT4wL8nP3bC6hJ1dF5gY0sE2aUiOkQwXz build@ci",
    "SSH-Key für den Deploy, öffentlicher Teil: ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIPz8Lq2xR9vT4wL8nP3bC6hJ1dF5gY0sE2aUiOkQw deploy@web",
    "the key we added to the server (public one) is ssh-ed25519 "
    "AAAAC3NzaC1lZDI1NTE5AAAAIKq7mZ2xR9vT4wL8nP3bC6hJ1dF5gY0sE2aUiOkQwXz ops",
    "my ssh key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7mZ2xR9vT4wL8nP3bC6hJ1dF5gY0sE2aUiOkQwXz, "
    "please add it",
    # a participle after a cue word: a state
    "Session cookie: gelöscht, trotzdem macht der Login loop",
    "Grüezi, mis Passwort isch abglaufe und es gaht nöd, Ticket 4478",
    "Cookie: entfernt, Cache: geleert – trotzdem Endlosschleife",
    "Sitzungscookie: entfernt, trotzdem Loop",
    "Das Session-Cookie: geloescht, dann neu eingeloggt, geht nicht",
    "auth cookie: cleared, same loop",
    "cookie: deleted, cache: cleared, still the loop",
    "Cookie: geloescht, Browser neu gestartet",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- the same shapes with a real secret: masked -------------------------------------------

MASKED = [
    ("mein passwort ist Pa(ss9word", "Pa(ss9word"),
    ("(pw: Xy7!kLm9qR)", "Xy7!kLm9qR"),
    ("my private key is ssh: AAAAC3NzaC1lZDI1NTE5AAAAIKq7mZ2xR9vT4wL8nP3bC6hJ1dF5", "AAAAC3Nz"),
    ("passwort: gelbesauto", "gelbesauto"),
    ("Passwort: Gelöscht2024!", "Gelöscht2024!"),
    ("password: Deleted#77", "Deleted#77"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


def test_bracket_cut_forms() -> None:
    text = "SQLSTATE[28000] x"
    assert bracket_cut(text, 0, 14) is None  # "SQLSTATE[28000": cut, a number inside
    text = "<password>{AQAA=}</password>"
    assert bracket_cut(text, 10, 16) == (11, 16)  # the brace wraps the value
    text = "RAW{foo bar} x"
    assert bracket_cut(text, 0, 11) == (4, 11)  # the group holds the value
    text = "pw Pa(ss9word ok"
    assert bracket_cut(text, 3, 13) == (3, 13)  # its own bracket, closed nowhere
    text = "m{{h}o)p${e]nob(ody x"
    assert bracket_cut(text, 0, 19) == (0, 19)  # a random string's many brackets


@pytest.mark.parametrize(
    "word",
    ["gelöscht", "abgelaufen", "zurückgesetzt", "verschlüsselt", "bestätigt", "abglaufe",
     "revoked", "deleted", "ausgeschaltet"],
)  # fmt: skip
def test_participles(word: str) -> None:
    assert participle(word)


@pytest.mark.parametrize(
    "word",
    [
        "Gelöscht",
        "gelbesauto",
        "sonnenblume",
        "hunter2",
        "verysecret",
        "hardcoded",
        "gelsenkirchen",
    ],
)
def test_not_participles(word: str) -> None:
    assert not participle(word)


def test_talk_of_state() -> None:
    assert talk_of_state("abglaufe und es gaht nöd")
    assert talk_of_state("gelöscht")
    assert not talk_of_state("gelöscht Hund Katze")
