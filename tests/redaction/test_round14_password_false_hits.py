"""Round fourteen of issue 10, the password side's false hits: the causes behind red-team
v14a/v14b's altered negatives, each generalised to other wordings in both languages. Every
text is written here (none is a corpus item), in both directions: the look-alike stays
(these fail on round 13's code), the value beside the same words goes."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

# ------------------------------------------------------------- false hits: not a value

NOT_A_VALUE = [
    # a question word (or the noun it asks about) before "ist das Passwort"
    "Ab wann ist das neue Kennwort aktiv?",
    "Bis wann ist das Einmal-Passwort gültig?",
    "Wieso ist das Passwort plötzlich gesperrt?",
    "Whose is the admin password, yours or mine?",
    "Ab welchem Datum ist das neue Passwort Pflicht?",
    # a length or property statement after "ist"
    "Das Kennwort ist 16 Zeichen lang und enthält ein ß - kann das ein Problem sein?",
    "Das neue Passwort ist zwölf Zeichen lang und enthält Sonderzeichen - wird das akzeptiert?",
    # another field's label in a list of fields after a user word
    "Kundennummer 2023-07-0042 und Vertragsnummer VT-33120 - bitte prüfen",
    "Unser Login ist firma-west und Rechnungsnummer RE-77812 - wo finde ich die Rechnung?",
    "Benutzer m.klein und Bestellnummer 55120-B, bitte um Rückruf",
    "Konto 4711 und Ticketnummer T-99812 betreffen denselben Fall",
    # a placeholder of words in any bracket after "user:" on a command line
    "In der Anleitung steht curl -u benutzer:<dein Passwort> - wie ist das gemeint?",
    "The docs say curl -u admin:<your password> https://api.example.com",
    "Docs: curl -u name:[dein Passwort] - mit oder ohne Klammern?",
    "Use curl --user me:{your password here} against the endpoint",
    # a name in a sentence that says there is no password
    "Das WLAN im Büro heißt 'Buero-OG-3' und hat kein Passwort, trotzdem keine Verbindung.",
    'Das Gäste-WLAN heißt "Cafe-Gast-5" und ist ohne Passwort, das Tablet verbindet nicht.',
    "The guest network is called 'Lobby-Guest-2' and has no password, but the tablet won't join.",
    "Der Zugang 'Gast-Laptop-4' ist ohne Kennwort eingerichtet, das ist Absicht.",
    'WLAN "Halle-Nord-5" ohne Passwort - das Tablet findet es trotzdem nicht.',
    # an error constant, and the function names of a stack trace
    "Error: ERR_PASSWORD_EXPIRED (code 4031)\n    at AuthService.login (/app/dist/auth.js:212:17)"
    "\n    at drainQueueAndRetry (node:internal/process/task_queues:95:5)",
    "TypeError: cannot read hash\n    at PasswordService.verify (/app/src/password.js:41:9)\n"
    "    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
    # a setting about passwords, not one
    "ALTER SYSTEM SET password_encryption = 'md5-legacy';",
    "password_algorithm: bcrypt-2b in der config, reicht das?",
    # a user name given as such
    "Mein Benutzername ist Herbstlaub1990 (das ist nicht das Passwort)",
]


@pytest.mark.parametrize("text", NOT_A_VALUE)
def test_not_a_password_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


# ------------------------------------------------- guards: the value beside the same words
# (these pass on round 13's code too; they pin the limits of the rules above)

VALUES = [
    ("Ab morgen ist das neue Kennwort Fjordblau!77, bitte weitergeben", "Fjordblau!77"),
    ("Wann genau? Das Passwort ist Tannenzapfen#31", "Tannenzapfen#31"),
    ("Whose laptop? Anyway the admin password is Quokka+Rain5", "Quokka+Rain5"),
    ("Das Kennwort ist 16 Zeichen lang: Gr4u!Wolke-Nebel", "Gr4u!Wolke-Nebel"),
    ("My password is 12chars!Plum and it fails", "12chars!Plum"),
    ("Das Kennwort lautet 16Zeichen#Lang", "16Zeichen#Lang"),
    ("Kundennummer 2023-07-0042 und Passwort Wiesel!Grün8", "Wiesel!Grün8"),
    ("Konto 4711 und Birkenallee!92 als Passwort", "Birkenallee!92"),
    ("curl -u benutzer:Kl3ttern!Berg https://api.example.com", "Kl3ttern!Berg"),
    ("curl --user me:{Rab3n!Flug} against the endpoint", "Rab3n!Flug"),
    ("Passwort: <Hafen#Licht9>", "Hafen#Licht9"),
    ("Das WLAN heißt 'Lager-EG-2' und das Passwort ist Regal!Fach88", "Regal!Fach88"),
    ("No password works, I tried Schnee!Flocke7 and Eis#Zapfen3", "Schnee!Flocke7"),
    ("Kein Passwort geht, weder Blatt!Grün4 noch Ast#Braun6", "Ast#Braun6"),
    ("Ohne Passwort geht nichts, meins ist Kiesel!Strand9", "Kiesel!Strand9"),
    ("Das WLAN hat kein Passwort mehr? Vorher war es Mond#Sichel33", "Mond#Sichel33"),
    ("Das Tablet hat kein Passwort, nur die PIN 4711 zum Entsperren", "4711"),
    ("Der Router hat kein Passwort gesetzt, WPA2-Key ist Kiesel!Weg7", "Kiesel!Weg7"),
    ("Error: ERR_PASSWORD_EXPIRED for user anna, new password: Lerche!Flug72", "Lerche!Flug72"),
    ("set password_encryption and the admin password is Krähe#Nest61", "Krähe#Nest61"),
    ("Benutzername: anna.berg\nPasswort: Pfirsich!Kern2031", "Pfirsich!Kern2031"),
]


@pytest.mark.parametrize(("text", "secret"), VALUES)
def test_password_value(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a round-14 value beside a false-hit phrasing", text, secret)
