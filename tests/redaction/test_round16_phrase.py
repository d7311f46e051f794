"""Round sixteen of issue 10, password recall on chat phrasing (rules side): classes of
phrasing behind red-team v16a/v16b's password misses, each written here in several forms
of our own (none is a corpus item), English and German: the secret goes, the look-alike
stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

VALUES = [
    # a value of several words runs to its clause's end: a comma and a comment, a bracket,
    # the sentence or line end
    ("my password is Harbour lights, sorry for the trouble", "Harbour lights"),
    ("Passwort ist Kaffee und Kuchen, falls das hilft", "Kaffee und Kuchen"),
    ("Kennwort = Regenbogen über Bremen", "Regenbogen über Bremen"),
    ("the admin password is Larkspur Lane, we all share it", "Larkspur Lane"),
    ("password is O'Malley's Tavern, ask Sam if it fails", "O'Malley's Tavern"),
    # typing notes after the words are not part of them
    ("my password is copper kettle all lower case", "copper kettle"),
    ("and the password Crème-Brûlée with accents", "Crème-Brûlée"),
    # with no connector a note on the words says they are the value
    ("user jo.b, password maple syrup (two words, all lowercase)", "maple syrup"),
    ("Benutzer ist praxis-mo, Kennwort Seerose 7, mit Leerzeichen vor der 7.", "Seerose 7"),
    ("the password velvet thunder (with a space)", "velvet thunder"),
    # a dictated colon or a drawn arrow is a connector
    ("Passwort Doppelpunkt Igel Unterstrich acht", "Igel Unterstrich acht"),
    ("password colon silver birch 1 9 9 0 all lowercase", "silver birch 1 9 9 0"),
    ("Login → kasse\nKennwort → Sommerschlussverkauf!", "Sommerschlussverkauf!"),
    ("Passwort → Hafenkneipe", "Hafenkneipe"),
    # a question, an interjection and a colon, then the value
    ("Das Passwort? Ach so, klar: Pfannkuchen", "Pfannkuchen"),
    ("my password? oh sure: bumblebee", "bumblebee"),
    ("Kennwort? Ja logo: Kuschelbär", "Kuschelbär"),
    # a correction right after a value gives the value meant too
    ("password is Maple Leaf, sorry I meant mapleleaf", "mapleleaf"),
    ("Kennwort ist Bergsee, äh ich meine bergsee", "bergsee"),
    ("Passwort ist Fuchsbau, nein sorry ich meinte Dachsbau", "Dachsbau"),
    # login blocks: the password's short key first, a heading then two bare lines
    ("p: marzipan\nu: h.bauer", "marzipan"),
    ("p: lantern-fish\nl: d.osei", "lantern-fish"),
    ("Konto bei der Bank:\nhkrause\nblaubeere.77", "blaubeere.77"),
    ("Login for the NAS:\nbackup\nRiver🌊2023", "River🌊2023"),
    # a passphrase of plain words ending the line needs no connector
    ("guest network is Lobby, passphrase silent orange river", "silent orange river"),
    ("Passphrase grüne Wiese Morgentau", "grüne Wiese Morgentau"),
    # a description of how the value is made ends in a colon, then the value alone
    ("password same as my email but with 99 at the end: robin.k99", "robin.k99"),
    ("Kennwort gleich wie beim Router, nur mit Jahr dahinter: fritz.2024", "fritz.2024"),
    ("the portal password is the same as the old one plus my initials: mk0411", "mk0411"),
    # a short purpose between the password word and a described value
    ("Passwort für die Kasse ist ein Spruch: Ohne Fleiß kein Preis", "Ohne Fleiß kein Preis"),
    (
        "Das Passwort für den Tresor ist ein Satz: Am Montag regnet es Katzen",
        "Am Montag regnet es Katzen",
    ),
]

NEGATIVES = [
    # code after a password key runs to no clause value (integration of round 16)
    "mailer = createTransport({ auth: { user: env.MAIL_USER, pass: env.MAIL_PASS } })",
    "const db = connect({ password: settings.database.secret }); // from the vault",
    # a perfect's participle closes the clause: no value between
    "Kennwort habe ich Ihnen schriftlich durchgegeben, bitte nicht nachfragen.",
    "Kennwort habe ich Ihnen persönlich übergeben, bitte nicht im Chat fragen.",
    "Passwort habe ich Ihnen schriftlich zugeschickt, gruß",
    "Kennwort habe ich Ihnen per Post zugeschickt, bitte nicht im Chat danach fragen.",
    "Passwort haben wir Ihnen schriftlich mitgeteilt, bitte prüfen Sie den Brief.",
    "the password is something else, I will send it by phone",
    "password = NULL in the staging config, is that a problem?",
    "Passwort: <hier eintragen>, steht so in der Vorlage",
    "password is wrong, it keeps saying invalid credentials",
    "Das Passwort ist abgelaufen, können Sie es zurücksetzen?",
    "the password is the same as before, nothing changed",
    "password reset link (sent yesterday) does not open",
    "Passwort? Hinweis: wir fragen nie nach Ihrem Passwort",
    "the password must be at least 12 characters, all lower case is not allowed",
    "Kennwort zurücksetzen, mit Leerzeichen geht es nicht",
    "I changed the password policy, sorry I meant the lockout policy",
    "Login für den Shop:\nadmin\ndanke",
    "Anmeldung:\nklappt nicht\nhilfe",
    "the passphrase protects the key",
    "we rotate the passphrase every month",
    "p: 3\nu: 4",
    "hab kein Passwort bekommen, nur den Benutzernamen: meier_k2",
    "the password reset mail went to the old address: j.doe@example.com",
]


@pytest.mark.parametrize(("text", "secret"), VALUES)
def test_password_value(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a round-16 password phrasing", text, secret)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_password_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
