"""Round 17: a secret whose context sits in the same customer's earlier messages, in the
shapes the first continuation missed (``redaction.Continuation``). Cases in our own words;
each positive fails on the round-16 continuation."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .helpers import thread


@pytest.mark.parametrize(
    ("lead", "reply", "value"),
    [
        # a filler word before the value
        ("which pin do you need? the card pin is", "ok 5093", "5093"),
        ("the sms code", "anyway its 318204", "318204"),
        ("der Türcode fürs Büro", "also 7301", "7301"),
        # a remark after it
        ("Garagen-PIN ist", "6620, nicht weitersagen", "6620"),
        ("the authenticator code is", '"402917" hurry it runs out', "402917"),
        ("Tresor-Code", "81440# am Ende", "81440"),
        ("code for the back door", "3318 then press enter", "3318"),
    ],
)
def test_a_value_between_filler_and_remark_is_masked(
    redactor: Redactor, lead: str, reply: str, value: str
) -> None:
    assert redactor.redact(reply).text == reply
    assert value not in thread(redactor, lead, reply)[1]


@pytest.mark.parametrize(
    "messages",
    [
        ("the verification code from the bank app", "one sec", "672301"),
        ("mein Kennwort für die Cloud", "ist", "Wolkenkratzer77"),
        ("I reset the admin password", "new one is", "Lattice_Moon42"),
        ("Zugang fürs Warenlager", "Moment", "Hafenkran2021"),
        ("login", "t.vogel@example.org", "Vogelhaus1987"),
    ],
)
def test_a_short_message_that_gives_nothing_keeps_the_cue(
    redactor: Redactor, messages: tuple[str, str, str]
) -> None:
    out = thread(redactor, *messages)
    assert out[:2] == list(messages[:2])
    assert messages[2] not in out[2]


def test_a_keyword_split_over_two_messages_is_glued(redactor: Redactor) -> None:
    out = thread(redactor, "could you try my pass", "word", "Sandbank!204")
    assert out == ["could you try my pass", "word", "[PASSWORD]"]
    out = thread(redactor, "das Kenn", "wort lautet", "Ziegelstein")
    assert "Ziegelstein" not in out[2]


def test_several_values_one_per_message_are_all_masked(redactor: Redactor) -> None:
    out = thread(redactor, "my recovery codes:", "8k2m-p4xq", "3zt9-wq7n", "f6hd-2rsa")
    assert out[1:] == ["[PASSWORD]"] * 3
    out = thread(redactor, "Backup-Codes fürs Konto:", "5502 1187", "9034 6621")
    assert out[1:] == ["[PASSWORD]"] * 2


@pytest.mark.parametrize(
    ("lead", "reply", "answer"),
    [
        ("my security question is the name of my first teacher", "Pemberton", "Pemberton"),
        ("Sicherheitsfrage: Geburtsort der Mutter", "es war Quedlinburg", "Quedlinburg"),
        ("the answer to the security question is", "Berlin", "Berlin"),
        ("favourite band (that's the security question)", "it was Mandrake Moon", "Mandrake"),
    ],
)
def test_the_answer_to_a_named_security_question_is_masked(
    redactor: Redactor, lead: str, reply: str, answer: str
) -> None:
    assert answer not in thread(redactor, lead, reply)[1]


def test_a_passphrase_of_plain_words_after_a_line_naming_one_is_masked(
    redactor: Redactor,
) -> None:
    out = thread(redactor, "the vault passphrase (it has spaces)", "kiesel mond tanne fluss")
    assert out[1] == "[PASSWORD]"


@pytest.mark.parametrize("value", ["Quitte&Zimt84", "Pr4ha!Moldau", '"Kormoran$551"'])
def test_a_message_of_one_strongly_password_shaped_token_is_masked(
    redactor: Redactor, value: str
) -> None:
    # the explanation ("^ that's the wifi password") comes after it, too late
    out = thread(redactor, value, "^ that is the wifi password")
    assert value.strip('"') not in out[0]


@pytest.mark.parametrize(
    "messages",
    [
        # questions and complaints are no values
        ("how many words does a passphrase need", "maybe 5 words?"),
        ("seed phrase", "hardware wallet"),
        ("wo finde ich die recovery phrase", "Einstellungen Sicherheit Konto"),
        ("what's my security question again?", "no idea"),
        ("Sicherheitsfrage funktioniert nicht", "Hilfe"),
        ("ich hab die Sicherheitsfrage vergessen", "Mist"),
        ("can you remove my security question", "Account 5523"),
        # talk after a cue, with a number in it
        ("I forgot my PIN", "since 2019, can you reset"),
        ("the password", "it's 2024 now, time to change"),
        ("my pass", "port", "8080"),
        ("pin doesn't work", "tried 3 times"),
        ("der TAN-Generator", "geht nicht", "Fehler 0815"),
        ("s'Passwort", "gaht nöd", "merci"),
        # one token, not a password
        ("which python", "Python3.11!"),
        ("Win10#",),
        ("@Support123!",),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",),
        ("Hi5!",),
    ],
)
def test_talk_after_a_cue_keeps_its_words(redactor: Redactor, messages: tuple[str, ...]) -> None:
    assert thread(redactor, *messages) == list(messages)


def test_words_joined_by_hyphens_after_a_label_are_a_value(redactor: Redactor) -> None:
    out = thread(redactor, "guest wifi key for the lobby", "amber-falcon-lantern")
    assert out[1] == "[PASSWORD]"
    assert thread(redactor, "guest wifi key for the lobby", "state-of-the-art")[1] == (
        "state-of-the-art"
    )


@pytest.mark.parametrize(
    ("lead", "value"), [("code?", "508812"), ("ok I have the code now, here:", "319 442")]
)
def test_a_code_named_bare_then_its_number_alone_is_masked(
    redactor: Redactor, lead: str, value: str
) -> None:
    assert thread(redactor, lead, value)[1] == "[PASSWORD]"


@pytest.mark.parametrize(
    ("lead", "reply"),
    [("my zip code", "560034"), ("promo code", "202406"), ("Code", "wird nicht akzeptiert")],
)
def test_a_kind_of_code_nobody_keeps_secret_keeps_its_number(
    redactor: Redactor, lead: str, reply: str
) -> None:
    assert thread(redactor, lead, reply)[1] == reply
