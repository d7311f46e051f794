"""Round 47 (credentials, cards, CVCs, expiry dates still missed): an expiry a card prints
or a customer writes in more forms (day first, year first, without the slash, a curled
apostrophe, a lower-case camelCase key), a card shown masked by a dashboard as the card
its expiry belongs to, card numbers named by a network's name or after "just in case",
CVC labels in more languages, and made-up secrets (words joined into
one token, a mash of letters) given to a key that names a secret. Each with twins of the
same wording whose answer is the opposite. Values are our own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# --- expiry dates in more forms --------------------------------------------------------

EXPIRIES = [
    # a full date, day first, beside the card's number
    ("Visa 4539 1488 0343 6467, valid till 30/06/2028 as printed", ["30/06/2028"]),
    ("Karte 4539 1488 0343 6467 läuft am 30.06.2028 ab, bitte prüfen", ["30.06.2028"]),
    ("card: 4539 1488 0343 6467\nExpires: 28/02/2029\nname: J. Doe", ["28/02/2029"]),
    # year first, the card named as the subject (no number)
    ("Meine neue Karte, Ablauf 2029-04. Sonst alles gleich.", ["2029-04"]),
    # without the slash, month and four-digit year
    ("my card 4539 1488 0343 6467 expires 112029, the bank prints it so", ["112029"]),
    # a phone's curled apostrophe before the year
    ("Karte 4539 1488 0343 6467 – läuft im Juni ’29 ab", ["Juni ’29"]),
    # a password manager's export key, lower-case camelCase, beside a card word
    ("Die Karte im Export hat expirationDate 2029-11 und sonst nichts", ["2029-11"]),
    # a card shown masked by a dashboard: its expiry is the card's
    ("Payment method   Mastercard •••• 4417   Expires 10 / 2029", ["10 / 2029"]),
    ("default source: Visa **** 9921 (exp 07/28)", ["07/28"]),
    # the label's value words later, closed by a full stop
    (
        "Card 4539 1488 0343 6467 is the new one. Expiry we typed on both forms: 09/2030.",
        ["09/2030"],
    ),
    # the card named as the label's owner
    ("Das Ablaufdatum der Kreditkarte ist 2029-06, bitte anpassen.", ["2029-06"]),
    ("the expiry of my card: 04/29", ["04/29"]),
]


@pytest.mark.parametrize(("text", "gone"), EXPIRIES)
def test_expiry_masked(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "card expiry", text, gone)


EXPIRY_TWINS = [
    # a full date without a card is a date (a subscription's, an appointment's)
    "Your trial is valid till 30/06/2028, after that it renews",
    "Der Vertrag läuft am 30.06.2028 ab, danach monatlich kündbar",
    # a year-month with no card named
    "Release 2029-04 brings the new export",
    # a masked card's number talked about without an expiry
    "Visa •••• 4417 was declined twice today",
    # a card the label is not of
    "Ablaufdatum der Bahncard ist 2029-07",
    "the expiry of my subscription is 04/29",
    # a lower-case key of something else
    "The token's expirationDate is in the JSON, see 2029-11 docs",
]


@pytest.mark.parametrize("text", EXPIRY_TWINS)
def test_expiry_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- card numbers ----------------------------------------------------------------------

CARDS = [
    # a network's name right before the number, after a word that announces another number
    (
        "so you can find the transaction: JCB 3566 0020 2036 0505, exp 09/29",
        ["3566 0020 2036 0505"],
    ),
    ("for the booking reference, Diners 3056 9309 0259 04", ["3056 9309 0259 04"]),
    # "just in case" is no case number
    ("sending the card again just in case 5425 2334 3010 9903", ["5425 2334 3010 9903"]),
]


@pytest.mark.parametrize(("text", "gone"), CARDS)
def test_card_masked(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "card number", text, gone)


CARD_TWINS = [
    # a case number is still one
    "Please look at case 5425 2334 3010 9903 again",
    # a transaction's id with no network named
    "transaction: 3566 0020 2036 0506 failed",
    # a number in JCB's older range: no issuer this reads (generators' fake numbers)
    "3088 1234 5678 9014",
]


@pytest.mark.parametrize("text", CARD_TWINS)
def test_card_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- CVC labels in more languages ------------------------------------------------------

CVCS = [
    ("kort 4539 1488 0343 6467 udløb 04/29 kontrolcifre 318", ["318"]),
    ("kort 4539 1488 0343 6467, sikkerhetskode 271", ["271"]),
    ("kaart 4539 1488 0343 6467 beveiligingscode 604", ["604"]),
    ("カード 4539 1488 0343 6467 セキュリティコード 925", ["925"]),
]


@pytest.mark.parametrize(("text", "gone"), CVCS)
def test_foreign_cvc_label(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "CVC", text, gone)


def test_foreign_cvc_label_without_value_unchanged(redactor: Redactor) -> None:
    text = "Hvor finder jeg kontrolcifre på kortet?"
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    ["kortet 4539 1488 0343 6467 säkerhetskod 318", "kortet 4539 1488 0343 6467 saekerhetskod 318"],
)
def test_swedish_cvc_label_both_spellings(redactor: Redactor, text: str) -> None:
    assert_all_gone(redactor, "CVC", text, ["318"])


def test_swedish_cvc_label_is_a_word_not_a_character_class(redactor: Redactor) -> None:
    # the label was once ``s[äa]kerhetskod`` under the umlaut expansion, a class that took
    # "(" or "e" for the "ä": a bracket is no letter of the label
    text = "kortet 4539 1488 0343 6467 s(kerhetskod 318"
    assert "318" in redactor.redact(text).text


# --- made-up secrets given to a key ----------------------------------------------------

MADE_UP = [
    (
        "the signing secret for the shop is mango_with_chili, both sides use it",
        ["mango_with_chili"],
    ),
    ("our api key is purple_otter_dances, rotated today", ["purple_otter_dances"]),
    ("Der Secret Key lautet qpwoeirutyalskdjfhg (nur Test)", ["qpwoeirutyalskdjfhg"]),
    ("webhook secret: zmxncbvlaksjdhfgq.", ["zmxncbvlaksjdhfgq"]),
    # a program's name for the key and a weak value after a space
    ("Auszug:\nadmin / api_key pass456", ["pass456"]),
]


@pytest.mark.parametrize(("text", "gone"), MADE_UP)
def test_made_up_secret_masked(redactor: Redactor, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, "made-up secret", text, gone)


MADE_UP_TWINS = [
    # a status or a variable's name joined by underscores
    "the secret is not_set_yet in the config",
    "the api key is your_api_key_here in the sample",
    "the webhook secret is missing_in_prod, says the log",
    # words joined by hyphens: an option's value
    "the secret is read-only-access, you cannot change it",
    # a long word or compound, and an alphabet
    "der Schlüssel lautet Zugangsberechtigungen",
    "the secret is abcdefghijklmnopqrst",
    # a prose word after the key's name and a space; a token's count
    "the api_key field is empty",
    "model config: max_tokens 2048, temperature 0.2",
    "accessTokenLifespan 300, ssoSessionIdleTimeout 1800",
]


@pytest.mark.parametrize("text", MADE_UP_TWINS)
def test_made_up_secret_twin_unchanged(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
