"""Round 32 (integration), a merchant's "customer card": in English it is as often the
customer's payment card, typed in by the shop that took it, as a store's loyalty card; a
valid card number after it is masked unless "loyalty" or German's "Kundenkarte" says the
card is the store's own. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("customer card 4539148803436467 was declined at the terminal", "453914880343"),
        ("customer card: 4539 1488 0343 6467 exp 08/27, can you retry?", "4539 1488 0343"),
        ("customer card 4539-1488-0343-6467-exp-08/27", "4539-1488-0343"),
    ],
)
def test_customer_card_is_a_card(redactor: Redactor, text: str, digits: str) -> None:
    masked = redactor.redact(text).text
    assert digits not in masked, masked
    assert "6467" in masked  # the last four stay, as for every card


@pytest.mark.parametrize(
    "text",
    [
        "loyalty customer card 4539148803436467 shows no points",
        "Die Kundenkarte 4539148803436467 sammelt keine Punkte mehr",
    ],
)
def test_store_card_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
