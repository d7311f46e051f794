"""CreditCardRecognizer: positives, negatives and near misses, one table."""

from __future__ import annotations

import pytest

from redaction.recognizers.card import CreditCardRecognizer, is_card_number, luhn_valid
from tests.redaction.helpers import assert_finds

NBSP = "\u00a0"

CASES: list[tuple[str, list[str]]] = [
    # positives: brands and lengths
    ("4111111111111111", ["4111111111111111"]),
    ("visa 13 4222222222222", ["4222222222222"]),
    ("visa 19 4111 1111 1111 1111 003", ["4111 1111 1111 1111 003"]),
    ("mc 5555 5555 5555 4444", ["5555 5555 5555 4444"]),
    ("mc 2-series 2221 0000 0000 0009", ["2221 0000 0000 0009"]),
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
    ("discover 6011-1111-1111-1117", ["6011-1111-1111-1117"]),
    ("jcb 3530111333300000", ["3530111333300000"]),
    ("diners 3056 930902 5904", ["3056 930902 5904"]),
    ("maestro 6759649826438453", ["6759649826438453"]),
    ("unionpay 6200000000000005", ["6200000000000005"]),
    # positives: separators and grouping
    ("dots 5555.5555.5555.4444", ["5555.5555.5555.4444"]),
    ("double 4111  1111  1111  1111", ["4111  1111  1111  1111"]),
    (f"nbsp 4111{NBSP}1111{NBSP}1111{NBSP}1111", [f"4111{NBSP}1111{NBSP}1111{NBSP}1111"]),
    ("narrow 4111\u202f1111\u202f1111\u202f1111", ["4111\u202f1111\u202f1111\u202f1111"]),
    ("spaced dash 4111 - 1111 - 1111 - 1111", ["4111 - 1111 - 1111 - 1111"]),
    ("pairs 41 11 11 11 11 11 11 11", ["41 11 11 11 11 11 11 11"]),
    ("irregular 411 1111111 11 1111", ["411 1111111 11 1111"]),
    ("Karte:4111111111111111.", ["4111111111111111"]),
    # positives: neighbours do not hide or swallow the card
    ("4111 1111 1111 1111 12/25 123", ["4111 1111 1111 1111"]),
    ("on 01.02.2024 4111 1111 1111 1111 paid", ["4111 1111 1111 1111"]),
    ("4111111111111111 and 5500 0000 0000 0004", ["4111111111111111", "5500 0000 0000 0004"]),
    ("4111 1111 1111 1111 4242 4242 4242 4242", ["4111 1111 1111 1111", "4242 4242 4242 4242"]),
    # negatives
    ("invoice 4111111111111112", []),  # Luhn fails
    ("order 123456789012", []),  # too short
    ("ticket OCA-000123", []),
    ("+49 151 23456789", []),
    ("+4111111111111111", []),  # leading + is a phone number
    ("0000 0000 0000 0000", []),  # leading zero: no issuer
    ("IBAN DE89 3704 0044 0532 0130 00", []),
    ("RE4111111111111111", []),  # glued to letters: an identifier
    ("1.234.567,89 €", []),
    ("version 10.0.19045.3693", []),
    ("12/25/2024 10:30", []),
    # near misses
    ("4111 1111 1111 111", []),  # 15 digits, Luhn fails
    ("41111111111111111111", []),  # 20 digits in one run
    ("4111 1111 1111 1111 / 2025", ["4111 1111 1111 1111"]),
    ("4111, 1111, 1111, 1111", ["4111, 1111, 1111, 1111"]),  # any separator groups a card
]


@pytest.fixture(scope="module")
def recognizer() -> CreditCardRecognizer:
    return CreditCardRecognizer()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_card_recognizer(recognizer: CreditCardRecognizer, text: str, expected: list[str]) -> None:
    assert_finds(recognizer, text, expected)


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("4111111111111111", True), ("4111111111111112", False), ("79927398713", True)],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


def test_card_number_needs_length_and_issuer() -> None:
    assert not is_card_number("79927398713")  # Luhn-valid but 11 digits
    assert not is_card_number("0" * 16)
    assert is_card_number("4111111111111111")


def test_validate_result_ignores_separators(recognizer: CreditCardRecognizer) -> None:
    assert recognizer.validate_result("4111-1111 1111.1111")
    assert not recognizer.validate_result("4111-1111 1111.1112")
