"""The recognizers the redactor runs, one per module."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.card import CreditCardRecognizer
from redaction.recognizers.card_details import CardDetailsRecognizer
from redaction.recognizers.credential import CredentialRecognizer
from redaction.recognizers.named_number import NamedNumberRecognizer
from redaction.recognizers.one_time_code import OneTimeCodeRecognizer
from redaction.recognizers.password import PasswordRecognizer
from redaction.recognizers.password_model import PasswordModelRecognizer

__all__ = [
    "CardDetailsRecognizer",
    "CredentialRecognizer",
    "CreditCardRecognizer",
    "NamedNumberRecognizer",
    "OneTimeCodeRecognizer",
    "PasswordModelRecognizer",
    "PasswordRecognizer",
    "build_recognizers",
]


def build_recognizers() -> list[EntityRecognizer]:
    """Fresh instances of every recognizer the redactor uses."""
    return [
        CreditCardRecognizer(),
        PasswordRecognizer(),
        PasswordModelRecognizer(),
        CardDetailsRecognizer(),
        CredentialRecognizer(),
        OneTimeCodeRecognizer(),
        NamedNumberRecognizer(),
    ]
