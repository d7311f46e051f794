"""Round 40 (phrase): passphrases of many ordinary words, and values without a label
right beside them. A label that announces words (a count of words, a seed or recovery
phrase, a word generator, a password "ist ein Satz:") reaches over the whole run of words
after it, up to where the customer talks again; a note with the count of words or on the
value's form (spaces, capitals) marks the words before it; a PIN before a dash and a
clause naming it; in a conversation, card pieces apart by slashes or after a compounded
card word, and a later line that names a value set, meant, or said in digit words.
Twins: the same labels followed by talk, a description of the password, a count of words
as the value, numbers of other kinds. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import stored, thread

POSITIVES = [
    # a list of words announced by its count, as a seed or recovery phrase, or a generator's
    (
        "Die 12 Wörter vom Ledger: pilot ember canyon willow rocket tundra ivory maple "
        "garlic hazel onion violin - brauche ich die für den Import?",
        "pilot ember canyon willow rocket tundra ivory maple garlic hazel onion violin",
    ),
    (
        "the 12-word list from the wallet: lemon orbit cactus window pepper glove ranch tiger "
        "lava sugar mule koala",
        "lemon orbit cactus window pepper glove ranch tiger lava sugar mule koala",
    ),
    (
        "Der Wiederherstellungsschlüssel lautet: nebel fuchs kiesel anker tulpe wolke",
        "nebel fuchs kiesel anker tulpe wolke",
    ),
    (
        "the diceware tool gave me: quilt 2231 brisk otter lamp ferry — strong enough?",
        "quilt 2231 brisk otter lamp ferry",
    ),
    # a password said to be a sentence, then the sentence up to its end
    (
        "Das Passwort ist ein Satz: Im Garten blüht der alte Apfelbaum – passt das?",
        "Im Garten blüht der alte Apfelbaum",
    ),
    (
        "Das Kennwort ist ein Satz: Mein Fahrrad steht im Keller neben dem alten Schrank – ok?",
        "Mein Fahrrad steht im Keller neben dem alten Schrank",
    ),
    # a note with the count of words after them
    (
        "Mein Kennwort ist jetzt sie kam nie nach Graz – das sind fünf Wörter, ok?",
        "sie kam nie nach Graz",
    ),
    # a note on the value's form after words and a number
    ("Passwort Lissabon 1755 mit Leerzeichen dazwischen", "Lissabon 1755"),
    ("the router code is ocean drive 77 with spaces", "ocean drive 77"),
    # a PIN before a dash and a clause naming it, a possessive in a PIN's purpose
    ("3917 — das ist die PIN fürs Diensthandy", "3917"),
    ("8264 - that's the PIN for the gate", "8264"),
    ("The PIN for the club's shared phone 4826, the one for the 2FA", "4826"),
]

NEGATIVES = [
    # the same labels, then talk
    "Die 24 Wörter vom Wallet-Backup: habe ich verloren, was nun?",
    "my seed phrase is on a piece of paper in my drawer",
    "the recovery phrase is stored offline somewhere safe",
    "I wrote down 12 words: but I lost them",
    "Das Passwort ist ein Satz: das sage ich Ihnen aber nicht.",
    "My password is a sentence: can your system handle that?",
    "a sentence: the quick brown fox jumps over the lazy dog",
    # a description of the password, a count of words as its value
    "Das Passwort sind vier Wörter",
    "The password is four words",
    "the password policy now allows phrases with spaces",
    "Password managers with spaces in the name",
    "my password is required with capitals",
    # a number before a dash that is another number's
    "2024 - that was the year the PIN changed",
    "The PIN for the team's shared phone is on the fridge",
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_the_whole_value_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact(text).text
    assert secret not in out, out
    for word in secret.split():
        if len(word) >= 4:
            assert word not in out, out


@pytest.mark.parametrize("text", NEGATIVES)
def test_talk_about_the_phrase_is_no_value(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        (("kartennr", "4929 6012 7745"), "4929 6012 7745"),
        (("Kreditkartennummer", "5555 3412 4444"), "5555 3412 4444"),
        (("karte 4532/0151", "1283/0366"), "4532/0151"),
        (("karte 4532/0151", "1283/0366"), "1283/0366"),
        # the wifi's "key" alone, its value in the next message
        (("wifi in the back office", "key", "Kelp-Harbor-3318"), "Kelp-Harbor-3318"),
    ],
)
def test_card_pieces_on_arrival(redactor: Redactor, messages: tuple[str, ...], secret: str) -> None:
    assert not any(secret in out for out in thread(redactor, *messages))


@pytest.mark.parametrize(
    "messages",
    [
        ("termin am", "2024/2025"),
        ("Rechnung 4532/0151", "1283/0366"),
        ("Kundennummer", "4929 6012 7745 abgelehnt?"),
        ("wifi in the back office", "key", "Donnerstag"),
        ("key", "Kelp-Harbor-3318"),
    ],
)
def test_numbers_of_other_kinds_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages) == list(messages)


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        (("Nordwind77", "G groß", "das pw meine ich"), "Nordwind77"),
        (("ugh", "Kaktus-Blüte9", "that's what i set yesterday"), "Kaktus-Blüte9"),
        (("sieben drei null vier", "das ist die PIN vom Tablet"), "sieben drei null vier"),
    ],
)
def test_a_later_line_names_the_value(
    redactor: Redactor, messages: tuple[str, ...], secret: str
) -> None:
    assert not any(secret in out for out in stored(redactor, *messages))


@pytest.mark.parametrize(
    "messages",
    [
        ("Montag", "thats what i set for the meeting"),
        ("Kiesel55", "that's what I chose as my username"),
        ("drei vier fünf", "das ist die Hausnummer"),
    ],
)
def test_a_later_line_naming_no_secret_changes_nothing(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert stored(redactor, *messages) == list(messages)
