"""Round 37 (conversations and long letters): a passphrase typed again with one word
changed, a card's last piece followed by its code named by its digits, a card's code given
before the number, a value named later as meant for a password field, a pasted list of
backup codes named later, a pronoun pointing back ("the first one was the password"), and
backup codes listed a clause after their name in a long letter. Twins: the same with no
secret. Cases in our own words (``Continuation``, read as the chat server does)."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import stored, thread


@pytest.mark.parametrize(
    ("messages", "secret"),
    [
        # a passphrase typed again with one word changed by a letter
        (
            ("the router password is silver otter lantern", "no wait, silver otters lantern"),
            "silver otters lantern",
        ),
        (
            ("the router name is silver otter lantern", "no wait, silver otters lantern"),
            None,
        ),
        (("the router password is silver otter lantern", "no wait, golden hawk lantern"), None),
        # the card's last piece with its code named by its digits after it
        (
            ("3782", "822463", "10005 and the 4 digit code on the front is 3319"),
            "10005",
        ),
        (("3782", "822463", "10006 and the 4 digit code on the front is 3319"), None),
    ],
)
def test_a_secret_typed_again_or_completed_is_masked_on_arrival(
    redactor: Redactor, messages: tuple[str, ...], secret: str | None
) -> None:
    out = thread(redactor, *messages)
    if secret is None:
        assert "[PASSWORD]" not in out[-1] and "••••" not in out[-1], out
    else:
        assert secret not in out[-1], out


@pytest.mark.parametrize(
    ("messages", "back", "secret"),
    [
        # a card's code given before its number
        (("code is 418", "4111 1111 1111 1111"), 0, "418"),
        (("room is 418", "4111 1111 1111 1111"), 0, None),
        (("code is 418", "see you at 4 then"), 0, None),
        # a value named later as meant for a password field
        (
            ("heron_pond_1979", "argh that landed in the chat instead of the password box"),
            0,
            "heron_pond_1979",
        ),
        (("heron_pond_1979", "where is the password box on the new page?"), 0, None),
        (
            ("Fischteich_1979", "das sollte eigentlich ins Passwortfeld, sorry"),
            0,
            "Fischteich_1979",
        ),
        # a pasted list of backup codes named later
        (
            ("k2m9-x7qa\np4td-8wez\n6hnr-c3vu", "oops, those were my recovery codes, delete pls"),
            0,
            "p4td-8wez",
        ),
        (
            ("k2m9-x7qa\np4td-8wez\n6hnr-c3vu", "those are the parcel numbers for the 3 boxes"),
            0,
            None,
        ),
        # a pronoun pointing back at the value two messages before
        (
            (
                "Heron_Pond_22",
                "and yes i'm on firefox",
                "the first one was the password you wanted",
            ),
            0,
            "Heron_Pond_22",
        ),
    ],
)
def test_a_value_named_by_a_later_message_is_masked_as_stored(
    redactor: Redactor, messages: tuple[str, ...], back: int, secret: str | None
) -> None:
    out = stored(redactor, *messages)
    if secret is None:
        assert out[back] == messages[back], out
    else:
        assert secret not in out[back], out


def test_a_pointing_pronoun_is_no_password(redactor: Redactor) -> None:
    for text in ("the first one was the password you asked for", "that one is my password"):
        assert redactor.redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (
            "Guten Tag,\nmeine Tochter hat mir die Wiederherstellungscodes auf einen Zettel "
            "geschrieben. Hier sind sie, falls ich ihn verliere:\n7QW2-KD41  M8XP-2LTN\n"
            "Kundennummer 31-0077, Tel. 0511 48 22 19.\nGruß",
            ["7QW2-KD41", "M8XP-2LTN"],
        ),
        (
            "I saved the backup codes you sent me back then on my tablet: 40917-22815 and "
            "77301-55092. Can I use them abroad? Order 2291, flight on 19.08.",
            ["40917-22815", "77301-55092"],
        ),
    ],
)
def test_backup_codes_listed_after_their_name_in_a_letter(
    redactor: Redactor, text: str, secrets: list[str]
) -> None:
    out = redactor.redact_text(text)
    for value in secrets:
        assert value not in out, out
    assert "31-0077" in out or "2291" in out


@pytest.mark.parametrize(
    "text",
    [
        "Where do I find my recovery codes? Order numbers ORD-2024-1187 and ORD-2024-1188.",
        "The backup codes page is blank. Tickets: 4471-2231, 4471-2232",
        "Meine Notfallcodes sind weg. Sendungsnummern: 00340434-1888 und 00340434-1889",
    ],
)
def test_other_numbers_near_the_name_of_backup_codes_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text) == text
