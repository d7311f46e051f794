"""Redacting redacted text changes nothing: mask tokens are never a value, and a neighbour
that masking makes readable is masked in the first pass already."""

from __future__ import annotations

import asyncio

import pytest

from redaction import CREDIT_CARD, PASSWORD, Entity, Redactor, masking

# Texts (from the hypothesis test's fragments) whose first redaction once left something a
# second redaction found: a trigger word glued to a card stood alone once the card was dots,
# a mask became part of a value (``[[PASSWORD]``), a mask anchored a CVC.
ONCE_UNSTABLE = [
    "password378282246310005anna@example.com12/25passwords",
    "Sommer2024!is  378282246310005pin-nummer\nPrüfzifferPrüfzifferbenutzer03/2027passwordcsc",
    'benutzername378282246310005istpasswordpinPASSWORDanna@example.compasswörter12prüfziffer/"cvc2',
    "zugang378282246310005cardcard verification0Sommer2024!kennusernamecsc\u202f",
    "lautetus er:kennwörter:378282246310005passwörter:log-incvc2security codegültig bis"
    "logonpasswords",
    "passcodeSommer2024!credentials=benutzername//passwörter",
    "KENNWORT=,and12312card verificationus erpasswörterpass",
    "cvv2user\u202fanna@example.com+,password4111111111111111anmeldedatenpassphrasepasswörter"
    "gültig biskartenprüfnummer378282246310005",
    "credentials\ncvv212/254444expkennwortexp12/254444PIN378282246310005=",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", ONCE_UNSTABLE)
def test_second_redaction_changes_nothing(redactor: Redactor, text: str) -> None:
    once = redactor.redact(text)
    assert once.changed
    twice = redactor.redact(once.text)
    assert twice.text == once.text
    assert twice.entities == []


@pytest.mark.parametrize(
    "text",
    [
        "password: [PASSWORD]",
        "KENNWORT=[PASSWORD]",
        "my card is •••• •••• •••• 1111 cvc [CVC] exp [EXPIRY]",
        "Authorization: Bearer [CREDENTIAL]",
        'the password is "[PASSWORD]" and the pin is [PASSWORD]',
        "•••• •••• •••• •••• is my card, [PASSWORD] is my password",
    ],
)
def test_a_mask_is_never_a_value(redactor: Redactor, text: str) -> None:
    assert redactor.analyze(text) == []
    assert redactor.redact(text).text == text


def test_a_value_never_begins_inside_a_mask(redactor: Redactor) -> None:
    text = "credentials\ncvv212/254444expkennwortexp12/254444PIN378282246310005=" + " filler" * 9
    once = redactor.redact(text).text
    assert once.endswith(" filler" * 9)


def test_a_mask_beside_a_secret_leaves_the_secret_found(redactor: Redactor) -> None:
    res = redactor.redact("[PASSWORD] and my password is Hunter22!")
    assert res.text == "[PASSWORD] and my password is [PASSWORD]"
    assert [(e.type, e.start) for e in res.entities] == [(PASSWORD, 30)]


def test_a_finding_the_mask_revealed_is_in_original_offsets(redactor: Redactor) -> None:
    text = ONCE_UNSTABLE[0]
    res = redactor.redact(text)
    assert res.text == "password•••• •••• •••• 0005anna@example.com12/[PASSWORD]"
    # the second finding ("25passwords" in the masked text) maps back to the original
    assert [text[e.start : e.end] for e in res.entities] == ["378282246310005", "25passwords"]


def test_async_redaction_reaches_the_same_fixed_point(redactor: Redactor) -> None:
    text = " ".join(ONCE_UNSTABLE) + " filler" * 80
    assert len(text) > 512  # the sliced path
    res = asyncio.run(redactor.redact_async(text))
    assert res == redactor.redact(text)
    assert redactor.redact(res.text).text == res.text


def test_masked_maps_offsets_back() -> None:
    text = "card 4111111111111111 ok"
    masked = masking.Masked(text, [Entity(CREDIT_CARD, 5, 21)])
    assert masked.text == "card •••• •••• •••• 1111 ok"
    inside = masked.text.index("1111")
    assert masked.original(Entity(PASSWORD, inside, inside + 4)) == Entity(PASSWORD, 5, 21)
    ok = masked.text.index("ok")
    assert masked.original(Entity(PASSWORD, ok, ok + 2)) == Entity(PASSWORD, 22, 24)
    assert masked.original(Entity(PASSWORD, 0, 6)) == Entity(PASSWORD, 0, 21)


def test_a_finding_touching_a_mask_was_read_from_it() -> None:
    masks = [(0, 10), (11, 21)]
    assert masking.touches(masks, 0, 10)
    assert masking.touches(masks, 9, 11)
    assert masking.touches(masks, 20, 30)
    assert not masking.touches(masks, 10, 11)  # the space between two masks
    assert not masking.touches(masks, 21, 30)
    assert not masking.touches([], 0, 1)
