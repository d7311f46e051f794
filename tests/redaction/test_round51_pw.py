"""Round 51 (pw): secrets still missed in round 51's read sets.

- a card whose number follows a denied account word ("auf die Karte, nicht aufs Konto: …");
- a card that expired, the German verb in the past ("die Karte lief 09/24 ab");
- an expiry asked for in a quoted line, answered alone on the next line;
- a 2FA key in groups with digits base32 lacks, or typed whole after a "seed";
- a one-time code from the app ("Code aus der App ist …", "code from my app: …");
- a pairing passkey in a device's log ("passkey 604218 displayed");
- a second factor's backup without "code" ("2fa backup 31184-90275");
- security answers with an aside, an account, "should be", a restated question, a comma
  before "die Antwort", a note in brackets after the answer;
- lftp's user and password parted by a comma;
- a customer's own PIN set against a temporary one ("… but not with my own one 5150");
- a password said to be the login's name, or the label given the login's value;
- a door, a lock or a terminal that "has" a code;
- a router's key as its sticker prints it, or what the sticker says;
- a labelled passphrase written as a sentence, its spaces told after a dash;
- a new one someone typed ("New one I typed in: …");
- a device's default login after "printed"/"vom Werk" ("admin / 4321").

Every case is in our own words; each rule has twins of the opposite answer.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_masked_as, assert_secret_gone

SECRETS = [
    # a security answer: aside, account, "should be", restated question, comma, note
    ("the security answer on my account (first street) should be Fennel-Row.", "Fennel-Row"),
    ("Security-Antwort (Stadt der Hochzeit) ist Lindenau, seit 2020", "Lindenau"),
    ("The answer to my security question is my first teacher, Miss Abernathy.", "Abernathy"),
    ('Die Frage war "Name des ersten Haustiers", die Antwort: Flocke Pauli', "Flocke Pauli"),
    ("the security answer is Uncle Bram's garage (all lower case maybe)", "Bram's garage"),
    # lftp's comma
    ("upload script: lftp -u webdeploy,Kiesel#Bach77 sftp://files.example.net", "Kiesel#Bach77"),
    # an own PIN against a temp one
    ("the app takes the temp pin 6021 but not with my own one 5150 which I chose", "5150"),
    # a login's value as the password
    (
        "Hallo,\nKonto: gartenzwerg88\nKennwort: das gleiche wie mein Benutzername\nDanke",
        "gartenzwerg88",
    ),
    # a lock that has a code
    ("Das Tor zur Tiefgarage hat den Code 7391, bitte dem Fahrer sagen", "7391"),
    ("the side door has the code 4826 if the courier comes early", "4826"),
    # a router's sticker
    (
        "unsere Box: das Passwort auf dem Aufkleber ist 5120 8834 2291 0075, geht nicht",
        "5120 8834 2291 0075",
    ),
    (
        "router in the back, the sticker on the bottom says 3318-7720-5146 for the wifi",
        "3318-7720-5146",
    ),
    ("WLAN-Router im Lager: es reicht 84120977 vom Aufkleber", "84120977"),
    # a labelled passphrase sentence
    ("Neues Passwort: unsere Katze mag Thunfisch 88 – ja, mit Leerzeichen", "Thunfisch"),
    # a new one typed
    (
        "Reset failed. New one I typed in: Grey-Owl-Pond-5 ... still bounced back to the login"
        " page",
        "Grey-Owl-Pond-5",
    ),
    # a device's default login
    ("nothing changed since what's printed on the label: admin / Wq7rT2zP, still live", "Wq7rT2zP"),
    ("Werkseinstellung zurück, es gilt das vom Werk: admin / 4321, trotzdem kein Zugriff", "4321"),
]


@pytest.mark.parametrize(("text", "secret"), SECRETS)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "round 51 pw", text, secret)


TYPED = [
    # a card with the account denied
    (
        "bitte zurück auf die Karte, nicht aufs Konto: 4916 3385 0270 1187",
        "4916 3385 0270 1187",
        "CREDIT_CARD",
    ),
    # a card that expired
    ("Die Kreditkarte lief 03/25 ab, die neue kommt erst", "03/25", "CARD_EXPIRY"),
    # an expiry answered on the next line
    (
        "> Kindly confirm the expiry date on the card.\n\nit's 08 / 2029\n\n"
        "and the card's the Visa 4916 3385 0270 1187",
        "08 / 2029",
        "CARD_EXPIRY",
    ),
    # a 2FA key in groups with 8 and 9, and one whole after "seed"
    (
        "2FA-Key vom Portal: PX8R 4MNQ 9TWZ K2LB, wie eintragen?",
        "PX8R 4MNQ 9TWZ K2LB",
        "CREDENTIAL",
    ),
    ("our TOTP seed is QWERTZUIOPASDFGH and the codes drift", "QWERTZUIOPASDFGH", "CREDENTIAL"),
    # a code from the app
    ("Der Code aus der App ist 730214, trotzdem Fehler", "730214", "PASSWORD"),
    ("real code from my app right now: 551903, server says no", "551903", "PASSWORD"),
    # a pairing passkey in a log
    ("[BT] passkey 604218 displayed\n[BT] pairing failed", "604218", "PASSWORD"),
    # a 2fa backup
    ("pw is set, 2fa backup 31184-90275, still locked", "31184-90275", "PASSWORD"),
]


@pytest.mark.parametrize(("text", "value", "etype"), TYPED)
def test_masked_as(redactor: Redactor, text: str, value: str, etype: str) -> None:
    assert_masked_as(redactor, text, value, etype)


UNCHANGED = [
    # a card's refund with the account named, not denied
    "Karte geht nicht, bitte aufs Konto: 4916 3385 0270 1187",
    # something else that ran, no card
    "Das Abo lief 09/24 ab, ich hab ein neues",
    # an expiry asked for with no card in the message
    "> Please confirm the expiry date.\n\nit's the 08 / 2029 one on the contract",
    # groups after a 2FA key word, no letter in them
    "my 2FA key is fine now, thanks",
    # a seed named, a word of capitals under sixteen
    "the 2FA seed is LOST now",
    # an error's code from the app
    "Der Fehlercode aus der App ist 401203",
    "error code from the app is 500",
    # a WebAuthn passkey, no number
    "I set up a passkey 2 days ago",
    "my 2fa backup 2024-05-01 file is gone",
    # an aside and no answer
    "The answer to my security question is my first teacher, I think",
    # curl's comma is no pair
    "lftp -u user,password ftp.example.com",
    # the password not the same as the user name
    "Username: jdoe\nPassword: not the same as my username, I changed it",
    # a thing that has a code that is no lock's
    "Die Fehlermeldung hat den Code 4711",
    "Der Monitor hat den Code 1234",
    # a sticker's serial, a product
    "the router sticker shows serial 1234-5678-9012",
    "the serial on the label is 4182 7730 9915 6624",
    # a labelled sentence that judges
    "Neues Passwort: das ist zu lang 2019 – mit Leerzeichen",
    # a new one ordered
    "the new one I ordered: iPhone 15 arrives tomorrow",
    # a menu path after "printed"
    "printed on page 12: Admin / Settings / Users",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_own_one_needs_its_number(redactor: Redactor) -> None:
    # (twin of the own PIN: "my own one" then a count, no PIN)
    out = redactor.redact("the temp pin 6021 works but not with my own one 12 times now").text
    assert "6021" not in out and "12 times" in out


def test_password_label_given_the_login(redactor: Redactor) -> None:
    # the password's label given the login's own value: masked there, the login stays
    text = "Hi,\nE-Mail: ole@muehlbach-hof.de\nPasswort: ole@muehlbach-hof.de\nOle"
    out = redactor.redact(text).text
    assert out.count("ole@muehlbach-hof.de") == 1 and "Passwort: ole" not in out
