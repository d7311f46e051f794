"""Round 44 (passwords in conversations on arrival): what an earlier message of the same
customer said about the password decides its value when it arrives, not only when a later
message names it. The talk of a password holds while the customer goes on about the login
("the login fails", "hab es dreimal probiert"); a password said to be made of words takes a
few plain words as its value; a security question's answer is a name; a network device's
bare "key" is its wifi password. Twins that stay: a user name after "cant log in", chatter,
a description of the password, "no spaces", a configuration line, an answer given to an
agent who verifies a caller, a door's or a lock box's key. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [str(thread.redact(text).text) for text in messages]


MASKED = [
    # the talk of the login holds the password named before it
    (
        [
            "Hallo, ich sende Ihnen gleich mein Passwort, damit Sie es prüfen",
            "Es erscheint immer 'ungültige Zugangsdaten', obwohl es stimmt",
            "Hab es viermal versucht",
            "also hier ist es: Lavendel 2021!",
        ],
        "Lavendel 2021",
    ),
    # a password of words joined into one token
    (["jetzt kommt das Passwort, bitte nicht speichern", "Tanne-Wiese-Bach"], "Tanne-Wiese-Bach"),
    (["here comes the password, please don't keep it", "Otter-Maple-Cloud"], "Otter-Maple-Cloud"),
    # a password said to be made of words: the words are its value
    (["my passphrase is", "green lantern", "copper kettle"], "copper kettle"),
    (
        [
            "I'll type my pw so you can see if some char breaks it",
            "it's got a space in it actually",
            "Lemon Harbor 42",
        ],
        "Lemon Harbor 42",
    ),
    (
        [
            "Ich tippe mal mein Passwort ab, vielleicht stört ein Zeichen",
            "es hat ein Leerzeichen drin",
            "Hafen Möwe 51",
        ],
        "Hafen Möwe 51",
    ),
    (["recovery words", "amber falcon", "quiet harbour"], "quiet harbour"),
    # a security question's answer after the question was named
    (["the answer to my security question", "Pickles"], "Pickles"),
    (["die Sicherheitsfrage ist mein erstes Auto", "ein Käfer"], "Käfer"),
    (['it asks "name of your first teacher"', "Mrs Abernathy"], "Abernathy"),
    (["Antwort auf die Frage nach dem Geburtsort", "Castrop-Rauxel"], "Castrop-Rauxel"),
    # a network device's bare key is its wifi password
    (
        ["Den Schlüssel vom Router lese ich Ihnen vor", "Moment", "5520 1847 9036 2214 7781"],
        "5520 1847 9036 2214 7781",
    ),
    (
        ["the key? it's printed under the router", "0913 5527 4480 1162 3395"],
        "0913 5527 4480 1162 3395",
    ),
    (["der Schlüssel fürs WLAN", "Moment", "Birke-Ahorn-Eiche"], "Birke-Ahorn-Eiche"),
]


@pytest.mark.parametrize(("messages", "value"), MASKED)
def test_value_after_its_talk_is_masked_on_arrival(
    redactor: Redactor, messages: list[str], value: str
) -> None:
    assert value not in _talk(redactor, messages)[-1]


KEPT = [
    # a login under way opens no password's talk: the user name comes as often
    ["cant sign in since yesterday", "falcon_1990"],
    ["logging in now", "heron_2004"],
    # chatter, a description of the password, a configuration line, a template
    ["my passphrase is not accepted", "on the mobile app"],
    ["my passphrase is not accepted", "works fine on desktop though"],
    ["new password has spaces", "capital A, B and C"],
    ["recovery words", "the first two"],
    ["the password field", "is empty"],
    ["DB_PASSWORD=", "DB_HOST=db.internal"],
    ["my config has password: ${PW}", "and token <your-token>"],
    ["das Passwort geht nicht", "ok", "danke"],
    ["my password doesn't work", "Help!"],
    ["mein Passwort geht nicht", "Hilfe!!"],
    ["my password doesn't work", "version 4.2.1"],
    ["mein Passwort wird nicht akzeptiert", "seit dem Update"],
    # a verifying agent's question is no security question: its answer is personal data
    ["mother's maiden name... really?", "ok, it's Hollister"],
    ["first pet", "we had a dog"],
    # a door's key is no network's
    ["der Schlüssel für den Keller", "Moment", "Birke-Ahorn-Eiche"],
    ["the lock box by the door has the key", "Birke-Ahorn-Eiche"],
    # an answer names something: lower-case chatter after the question is none
    ["the answer to my security question", "no idea now"],
    # a password said to have no spaces is no phrase
    ["my password has no spaces", "Tangerine Dream"],
    ["Passwort ohne Leerzeichen eingegeben", "alles klein"],
    # an order named ends the talk
    ["my password doesn't work", "order 884412"],
]


@pytest.mark.parametrize("messages", KEPT)
def test_twin_stays(redactor: Redactor, messages: list[str]) -> None:
    assert _talk(redactor, messages) == messages
