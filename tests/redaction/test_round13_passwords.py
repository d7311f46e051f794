"""Round thirteen of issue 10, the password side: the causes behind red-team v12a/v12b's and
v13a/v13b's password misses and false hits. Every text is written here (none is a corpus
item), in both directions: the secret goes, the look-alike stays."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

# ------------------------------------------------------------- false hits: not a value

NOT_A_VALUE = [
    # a status after "is"/"ist": intensified, or before a source or a reporting verb
    "Kennwort ist zu lang meint die App",
    "the password is invalid according to the login page",
    "das Kennwort ist ungültig laut Hotline, aber ich habe es neu gesetzt",
    # the next field's word after an e-mail address and a comma
    "login is m.vogel@example-shop.de, Konto gesperrt seit gestern",
    # a field's label after a slash, its value after the colon
    "Login Name / Benutzerkennung: 4471199020",
    # the network's name beside its Wi-Fi password
    "WLAN: Lager-West7, Passwort steht am Router",
    # a documentation placeholder in angle brackets after a password flag
    "laut Anleitung: mytool --password <db-password>, then Enter",
]


@pytest.mark.parametrize("text", NOT_A_VALUE)
def test_not_a_password_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text


# ------------------------------------------------------------------- recall: the value

VALUES = [
    # a credential pair after a sign-in, no password word
    ("just log in with fbauer and Lantern#52 and have a look", "Lantern#52"),
    ("try logging in as qa_team with Pebble!74 please", "Pebble!74"),
    ("Anmeldung über k.lenz@example-firma.de / Wolkenbruch!", "Wolkenbruch!"),
    # a Wi-Fi key under the network's label
    ("Network: Gast-Netz  Key: blue-2030-harbor", "blue-2030-harbor"),
    ("SSID: Buero-OG\nWPA2: laternenpfahl1984", "laternenpfahl1984"),
    # a passphrase after "passphrase:", function words and all
    ("passphrase: wir segeln nach Hamburg", "wir segeln nach Hamburg"),
    ("WLAN: Halle-2, Passwort: brot und butter um acht", "brot und butter um acht"),
    # a quoted phrase with a number right after the password word
    ('Das Passwort "Regenbogen 2031" klappt nicht', "Regenbogen 2031"),
    # the value on a line of its own after a blank line
    ("Benutzer: lager-nord\nPasswort:\n\nHerbst Wald 2031", "Herbst Wald 2031"),
    # a dictated password, spaces only
    (
        "my password is capital K e l p one nine two exclamation mark",
        "capital K e l p one nine two exclamation mark",
    ),
    ("Passwort ist groß B klein e r g eins zwei Raute", "groß B klein e r g eins zwei Raute"),
    # a Wi-Fi key after the place it is printed and a colon
    ("Das WLAN-Kennwort steht auf der Box unten: 4410 2290 3381", "4410 2290 3381"),
    # a password by another name
    ("my secret word for the portal is Marmalade", "Marmalade"),
    # the German perfect around the typed value
    ("Passwort falsch?? ich hab doch Nordlicht42 eingegeben", "Nordlicht42"),
]


@pytest.mark.parametrize(("text", "secret"), VALUES)
def test_password_value(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "a round-13 password phrasing", text, secret)


# ------------------------------------------------- guards: what the new rules leave alone
# (these pass on the old code too; they pin the limits of the rules above)


def test_a_status_word_may_lead_a_passphrase(redactor: Redactor) -> None:
    text = "password is correct pony staple battery"
    assert_secret_gone(
        redactor, "a passphrase led by a state word", text, "correct pony staple battery"
    )


def test_a_sign_in_with_products_is_no_pair(redactor: Redactor) -> None:
    text = "I log in with Google and Office365 most days"
    assert redactor.redact_text(text) == text
