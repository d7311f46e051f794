"""Round 22: values named a secret only afterwards (``redaction.hindsight``) and bare
values after a cue (``redaction.continuation``), in the classes round 21 still got wrong:
chatter between the value and its naming (and a secret already masked in reach), a field
or box of another kind, where a password is kept (a password manager's name), a pointer
such as "that number", a short last sentence of a long remark, a denial in an earlier
clause, "same as for my email", usage remarks in German, a code named by where it came
from, a recovery key, an emoji beside the value. Cases in our own words; each positive
fails on round 21, each guard is a look-alike that must stay as sent."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import stored


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # chatter between the value and its naming: the value-shaped token is meant
        (("Wacholderbeere55", "augenblick", "das ist das Passwort vom Router"), "Wacholderbeere55"),
        (("Marzipan!42", "momentchen", "so, das war mein Kennwort"), "Marzipan!42"),
        (("Quokka_Hill8", "sekunde", "that's the wifi password btw"), "Quokka_Hill8"),
        # a pointer that names what it points at
        (("6614", "hang on", "ok, that number is my card PIN"), "6614"),
        (("7731", "diese Zahl ist meine Handy-PIN"), "7731"),
        (("Ravenhill_3", "hmm", "ok so that first bit was my pw"), "Ravenhill_3"),
        # a long remark ending in a short sentence that names it
        (
            (
                "5093",
                "sorry I was not sure if you wanted the one from the card or the one from "
                "the app? it's the PIN",
            ),
            "5093",
        ),
        # a denial in an earlier clause is about something else
        (("Zitronenfalter8", "nein, nicht das alte, das ist das neue Passwort"), "Zitronenfalter8"),
        (("Weasel_River3", "no not the old one, that's my current password"), "Weasel_River3"),
        # named as the same as another account's
        (("Lindenblatt.88", "ist das gleiche wie bei meinem Online-Banking"), "Lindenblatt.88"),
        (("Orca-Bay44", "same one as for my netflix"), "Orca-Bay44"),
        (("Wiesel.1984", "that's my password"), "Wiesel.1984"),
        # what one uses it for or typed, in German with an adverb between
        (("Pflaumenbaum7", "das verwende ich eigentlich überall"), "Pflaumenbaum7"),
        (("Seerose_12", "moment", "das hab ich so eingetippt, geht trotzdem nicht"), "Seerose_12"),
        (("Gannet77!", "i use it basically everywhere"), "Gannet77!"),
        # a code named by where it came from
        (("418 226", "that's from the sms"), "418 226"),
        (("551209", "steht so in der Authenticator-App"), "551209"),
        (("771903", "das ist was die App gerade anzeigt"), "771903"),
        # a recovery or backup key
        (("7FQK-22MZ-P0RT-XW4L", "that's my backup key for the 2fa"), "7FQK-22MZ-P0RT-XW4L"),
        # an emoji beside the value is no word of its own
        (("Pusteblume_7 🙈", "das Passwort, ja, ich weiß"), "Pusteblume_7"),
    ],
)
def test_a_value_named_later_is_stored_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    first = stored(redactor, *messages)[0]
    assert value not in first, first


@pytest.mark.parametrize(
    "messages",
    [
        # chatter is not what a later remark names when the secret was masked already
        ("Kx9!mQ2#vTe", "warte", "hab eben nachgesehen", "ja, das ist mein Passwort"),
        ("Kx9!mQ2#vTe", "moment", "hab grad nachgeschaut", "ja genau, das ist mein Passwort"),
        # a plain filler before the naming, nothing value-shaped in reach
        ("sekunde", "das ist das WLAN-Passwort im Büro, geht nicht"),
        # what was put into a field of another kind
        ("ORD-7781-2290", "that's what I typed into the search box"),
        ("RE-2023-4471", "das hab ich ins Referenzfeld eingetragen"),
        ("INV-88-1204", "that's what I put in the reference line"),
        # "the same as" something that is no account
        ("48817", "same as for my last order"),
        ("Hamburg", "same as for my email"),
        ("KD-4471-B", "same as for my other ticket"),
        ("marc.weber", "same as for my email"),
        # a number named as no secret, by a pointer
        ("40223", "that number is my order number"),
        # where it came from, but no code's source
        ("44791", "that's from the email you sent"),
        # a password manager's name after a remark about where the password is
        ("Ich hab das Passwort im Passwortmanager", "KeePassXC"),
        ("my password is saved in my manager", "Dashlane"),
    ],
)
def test_look_alikes_stay_as_sent(redactor: Redactor, messages: tuple[str, ...]) -> None:
    out = stored(redactor, *messages)
    for text, kept in zip(messages, out, strict=True):
        if "#" in text and "!" in text:
            continue  # the real secret, masked on arrival
        assert kept == text, out


def test_denial_in_the_same_clause_still_denies(redactor: Redactor) -> None:
    assert stored(redactor, "Weasel_River3", "no, that's not my password")[0] == "Weasel_River3"


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # the value repeated in a later message that is masked: the first one too
        (("Moorhuhn_58", "bitte löscht Moorhuhn_58 wieder, das ist mein Passwort"), "Moorhuhn_58"),
        (("Vixen&Oak2", "oops please remove Vixen&Oak2, it's my real password"), "Vixen&Oak2"),
        # a value among words that say nothing, named later
        (("it's 448 209 now", "that's from the authenticator"), "448 209"),
        (("Code: 61-2290", "aus der SMS vorhin"), "61-2290"),
        (("sorry, 558120", "that's from the text message"), "558120"),
    ],
)
def test_values_in_short_lines_are_stored_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    first = stored(redactor, *messages)[0]
    assert value not in first, first


def test_codes_that_keep_changing_are_all_masked(redactor: Redactor) -> None:
    out = stored(redactor, "jetzt steht 551 093", "nee jetzt 220 418", "der ändert sich dauernd")
    assert "551 093" not in out[0] and "220 418" not in out[1], out


@pytest.mark.parametrize(
    ("messages", "value_at"),
    [
        (("mein Kennwort lautet", "öhm", "Kastanie7"), 2),
        (("my pin is", "ummm", "4482"), 2),
        (("das Passwort ist", "ähm", "Ginster_41"), 2),
    ],
)
def test_a_hesitation_between_cue_and_value_is_no_value(
    redactor: Redactor, messages: tuple[str, ...], value_at: int
) -> None:
    out = stored(redactor, *messages)
    assert out[1] == messages[1], out
    assert messages[value_at] not in out[value_at], out


@pytest.mark.parametrize(
    "messages",
    [
        ("gives 404 error", "that's from the app"),
        ("order 55812", "the one from the text message"),
        ("my order number is", "umm", "48213"),
        ("room 4B", "that's what the app shows"),
    ],
)
def test_look_alikes_of_short_values_stay_as_sent(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert stored(redactor, *messages) == list(messages)


# Luhn-valid numbers of real issuers, made up for these tests.
VISA = "4241 5920 6611 2571"
MASTERCARD_2 = "2221 0000 0000 0009"


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (VISA[:9], VISA[10:] + ", exp 04/28"),
        (VISA[:9], VISA[10:] + " gültig bis 11/29 cvc 314"),
        (MASTERCARD_2[:9], MASTERCARD_2[10:] + " 08/27"),
    ],
)
def test_a_card_in_pieces_whose_last_piece_carries_its_details(
    redactor: Redactor, first: str, last: str
) -> None:
    out = stored(redactor, first, last)
    digits = "".join(ch for ch in " ".join(out) if ch.isdigit())
    assert first.replace(" ", "") not in digits and last[:4] not in out[1], out


@pytest.mark.parametrize(
    "messages",
    [
        # no card: Luhn fails (the first typed without its space: a half printed as on
        # the card is masked on arrival since round 35)
        ("42415920", "1234 5678 exp 04/28"),
        ("ticket 4471", "room 2210 valid 10/27"),
    ],
)
def test_pieces_that_complete_no_card_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    out = stored(redactor, *messages)
    assert out[0] == messages[0] and out[1].startswith(messages[1][:9]), out
