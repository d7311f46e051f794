"""Round 19: secrets whose context sits in the same customer's earlier messages, in the
shapes round 18's continuation missed or misread (``redaction.Continuation``). Cases in
our own words; each positive fails on round 18's continuation, each guard is a near miss
that must stay as sent."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import thread


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        # a code named by the one-time-code rules' own words, its value on the next line
        (("the tan", "518 207"), "518 207"),
        (("login code?", "6 1 8 2 0 3"), "6 1 8 2 0 3"),
        (("verification code", "Q-551870"), "Q-551870"),
        (("der Code aus der Bestätigungsmail", "KP4-7QZ"), "KP4-7QZ"),
        (
            ("the backup code they gave me when I set up 2fa was", "W8RT-55KM-3XQA"),
            "W8RT-55KM-3XQA",
        ),
        # four or five digits when the cue leads straight into them
        (("if the siren starts when you come in, the code is", "70418"), "70418"),
        (("wenn die Alarmanlage beim Reinkommen piept: Code", "40 17 93"), "40 17 93"),
        # a message that brings a code ("I got an SMS"), the value behind fillers
        (("hab grad ne SMS bekommen", "729104"), "729104"),
        (("got the verification text", "it says 663018"), "663018"),
        # the value behind fillers, a remark after a comma
        (
            ("your app sent me a verification code for the payout", "it says 502913, valid 5 min"),
            "502913",
        ),
        (("Bestätigungscode kam gerade", "ist 447190, gilt nur 5 Minuten"), "447190"),
        # a question that only asks whether to give it keeps the cue
        (("the 2fa code just arrived", "want it?", "318 440"), "318 440"),
        (("TAN ist da", "soll ich die schicken?", "771 309"), "771 309"),
    ],
)
def test_a_code_in_a_follow_up_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # a numbered or bulleted list of codes, after the line naming them
        (("Backup-Codes:", "1) 6620-1173\n2) 9051-4486"), ("6620-1173", "9051-4486")),
        (("my backup codes", "1. 7731-0925\n2. 4410-6628"), ("7731-0925", "4410-6628")),
    ],
)
def test_items_of_a_list_in_a_follow_up_are_masked(
    redactor: Redactor, messages: tuple[str, ...], values: tuple[str, ...]
) -> None:
    out = thread(redactor, *messages)[-1]
    for value in values:
        assert value not in out, out


@pytest.mark.parametrize(
    ("messages", "values"),
    [
        # an expiry and a check number a message or two after the card
        (("card: 5555 5555 5555 4444", "– 09/28 – 552"), ("09/28", "552")),
        (("5555 5555 5555 4444", "11/29 is when it runs out"), ("11/29",)),
        (("4111 1111 1111 1111", "gültig bis?", "04/30"), ("04/30",)),
        (("4111 1111 1111 1111", "läuft ab Mai 2029", "Code 907"), ("907",)),
        (("meine Karte 4111 1111 1111 1111", "ah und Ablauf", "Okt 2028"), ("Okt 2028",)),
    ],
)
def test_card_details_after_a_card_are_masked(
    redactor: Redactor, messages: tuple[str, ...], values: tuple[str, ...]
) -> None:
    out = thread(redactor, *messages)[-1]
    for value in values:
        assert value not in out, out


def test_a_short_maestro_number_after_its_card_word_is_masked(redactor: Redactor) -> None:
    # 12 digits are a card only beside the word Maestro, here in the message before
    assert "9917" not in thread(redactor, "my maestro card", "6304 9917 7305")[-1]
    assert "9917" not in thread(redactor, "Kartennummer (Maestro)", "6304 9917 7305")[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("one moment", "ok it's Wq7#tLm2"),
        ("hang on", "ist Zk9!rFe4"),
    ],
)
def test_a_shaped_token_behind_fillers_is_masked_at_arrival(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    token = messages[-1].split()[-1]
    assert token not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        # a serial, a year, kinds of code nobody keeps secret
        ("the code on the sticker", "SN-88KQ-1204"),
        ("the code is", "2024"),
        ("zip code", "10115"),
        ("promo code", "SUMMER-2024"),
        ("2FA code", "ERR-TIMEOUT-504"),
        # a phone number after a code word (more digits than a code)
        ("PIN vergessen", "ruft mich an: 0151 2345 67"),
        # a question with a thing of its own ends the cue
        ("2FA code just came in", "is the portal down?", "440 318"),
        # a network's name is no key
        ("WLAN für den Techniker morgen", "Netzwerkname: Kanzlei-2OG"),
        ("our office wifi", "SSID: Cafe-Mokka7"),
        # a cue ending on a preposition: the next line names whose secret it is
        ("password reset for", "j.weber"),
        ("Kennwort zurücksetzen für", "m.kraus"),
        ("unsere Kennwörter stehen alle in", "Vaultwarden"),
        ("we keep our passwords in", "Bitwarden"),
        # a stored hash where hashes are talked about, or alone
        (
            "the hash in the dump looks odd:",
            "$2y$10$Qm4nB7kQ1xY.3mW9pLz0vOe5Z8nB7kQ1xY3mW9pLz0vR4tS6eH2d",
        ),
        ("$6$Xk2pQ9$Z7mB1vN4cR8tY3wQ6eU0iO5pA2sD9fG7hJ4kL1zX8cV5bN3mQ6wE9rT2yU",),
        # after a card: dates with a day, amounts, order numbers
        ("card 5555 5555 5555 4444", "charged twice on 03.12.2025"),
        ("card 5555 5555 5555 4444", "order 5521 came yesterday"),
        ("card 5555 5555 5555 4444", "I paid 49.99 on 03/12"),
        # check digits with no card before them
        ("the code", "code 448"),
    ],
)
def test_follow_ups_that_give_no_secret_stay(redactor: Redactor, messages: tuple[str, ...]) -> None:
    out = thread(redactor, *messages)
    assert out[-1] == messages[-1], out


def test_a_list_of_codes_keeps_its_first_item(redactor: Redactor) -> None:
    # the rules read the later lines as codes and the first as none: same shape, same list
    out = thread(
        redactor,
        "the backup codes from the 2fa settings, if you need them:",
        "7q2m-k8xd\n3vb9-w4pn\nr6t1-z5hc",
    )
    for value in ("7q2m-k8xd", "3vb9-w4pn", "r6t1-z5hc"):
        assert value not in out[-1], out


@pytest.mark.parametrize(
    "messages",
    [
        ("erste Hälfte: 5555 5555", "zweite Hälfte 5555 4444"),
        ("first part 5555 5555", "rest: 5555 4444"),
    ],
)
def test_the_piece_that_completes_a_card_behind_ordering_words_is_masked(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert "5555 4444" not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (
            ("Das WLAN-Passwort ist ein ganzer Satz", "der hund bellt um acht"),
            "der hund bellt um acht",
        ),
        (
            ("the wifi password is a whole sentence", "my dog barks at eight"),
            "my dog barks at eight",
        ),
        (("the password has spaces, it's", "Green Kettle 42"), "Green Kettle 42"),
    ],
)
def test_a_sentence_after_a_password_cue_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("my password is", "not accepted anymore"),
        ("password is", "the one from the letter"),
        ("mein Passwort ist", "seit gestern gesperrt"),
        ("my password has a space in it", "is that a problem for you"),
        ("first part 5555 5555", "order 2211"),
    ],
)
def test_sentences_that_describe_the_password_stay(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]


@pytest.mark.parametrize(
    ("messages", "value"),
    [
        (
            ("Kennwort ist Sonnenuhr41", "nein sorry falsch", "Sonnenuhr42! ist das richtige"),
            "Sonnenuhr42!",
        ),
        (
            ("my password is Fjord2024", "oops wrong one", "Fjord#2025 is the right one"),
            "Fjord#2025",
        ),
    ],
)
def test_a_correction_after_a_password_given_in_one_message_is_masked(
    redactor: Redactor, messages: tuple[str, ...], value: str
) -> None:
    assert value not in thread(redactor, *messages)[-1]


@pytest.mark.parametrize(
    "messages",
    [
        ("my password is Fjord2024", "oops wrong one", "Python3.12 is what I run"),
        ("Kennwort ist Sonnenuhr41", "nein sorry falsch", "Bestellung AB-22913 fehlt noch"),
    ],
)
def test_no_correction_after_a_password_stays(
    redactor: Redactor, messages: tuple[str, ...]
) -> None:
    assert thread(redactor, *messages)[-1] == messages[-1]
