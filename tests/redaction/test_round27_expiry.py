"""Round 27: a card's expiry given with the card named as its subject, no number in the
message ("meine Kreditkarte läuft 09/26 ab"). Stop 29 decided the label conflict between
redteam-v17b (negative) and redteam-v26a (CARD_EXPIRY): every fresh writer since labels it a
secret, the number may sit in another message, and masking it costs the agent little."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        ("Meine Kreditkarte läuft 10/27 ab, muss ich sie neu hinterlegen?", "10/27"),
        ("Hallo, die EC-Karte läuft leider 03/26 ab", "03/26"),
        ("hi, my debit card expires 07/28 - will the renewal still go through?", "07/28"),
        ("The Visa we use for billing is valid until 11/29.", "11/29"),
        ("our company credit card expired 01/25, so the renewal failed", "01/25"),
        ("die Mastercard ist gültig bis 05/30", "05/30"),
    ],
)
def test_a_payment_cards_expiry_is_masked_without_its_number(
    redactor: Redactor, text: str, expiry: str
) -> None:
    out = redactor.redact(text).text
    assert expiry not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "my SIM card expires 09/26, can I still use the app?",
        "Meine SIM-Karte läuft 09/26 ab",
        "my gift card expires 12/26 - can I still redeem it?",
        "my work visa expires 04/28, do I need to update my account?",
        "Mein Touristen-Visum läuft 05/27 ab",
        "Meine Kundenkarte läuft 09/26 ab",
        "my card was declined, and the plan expires 04/27",
        "the card arrived, the trial expires 03/27",
        "Die Karte wurde am 12/25 geliefert",
        "My Mastercard was charged on 03/26 and the subscription ends soon",
        "Meine Karte läuft nicht, der Vertrag läuft 09/26 ab",
        # (a month's name: as often a phishing text's claim as the card's)
        "An SMS says my card will expire March 2031 and asks me to re-enter it",
        "Laut einer Mail läuft meine Kreditkarte im Mai 2029 ab, ist das echt?",
    ],
)
def test_other_things_that_expire_and_dates_by_a_card_are_left(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).text == text
