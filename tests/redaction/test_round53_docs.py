"""Round 53 (docs): a card number the message places in documentation or test data.

Labelling addendum (stop 53): a processor's published test number, or a number the message
calls a test card / test number / test Visa / Testkarte / Testnummer, beside a
documentation, sandbox, test-mode or test-data word, is a documentation example and no
secret, nor are the expiry and the code typed with it. It stays a card where the message
calls that number the customer's own or real card, or denies it is a test card.

Corpus items: v53b-164, public-av-088, -094, -097, public-au-193, -298 (read sets); the rest
are our own paraphrases (EN and DE, other words and order, typos). Each must fail on round
52's code; the twins must stay masked.
"""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.types import CARD_CVC, CARD_EXPIRY, CREDIT_CARD
from tests.redaction.helpers import assert_masked_as, assert_unchanged

DOCUMENTED = [
    # the corpus items
    "Documentation example from your API page: card 4242 4242 4242 4242, exp 12/34, cvc 123",
    "for the sandbox I used the test card 5451 9515 7492 5480 (Don Draper) cvc 123 exp 11/22 "
    "and it was approved",
    "your docs say the 4444444444444448 number gives a card that is tokenized but declined — "
    "I get the same with my real one",
    "Amex 3787 344936 71000 mit CVV 1234 – das ist doch die Testkarte aus eurer Doku, oder?",
    "your docs list 4242 4242 4242 4242 as the test Visa for sandbox - does it work with the "
    "staging workspace?",
    "Die Testkarte 5577000055770004 aus eurer Doku funktioniert im Sandbox-Modus nicht",
    # paraphrases: a test card with its date and code, the place before or after
    "In test mode we typed 5555 5555 5555 4444, 09/31, CVC 321 – straight from Stripe's docs.",
    "Im Testmodus nehme ich die Testkarte 5451 9515 7492 5480 mit Ablauf 10/29 und CVC 555, "
    "trotzdem 'declined'.",
    "the readme's test number 4000 0000 0000 0002 exp 01/30 cvv 999 never gets declined in "
    "the sandbox",
    "Unsere Fixtures nutzen 4111-1111-1111-1111 (Gültig bis 12/27, CVV 737), die Unit-Tests "
    "schlagen fehl.",
    "sandbox: testkarte 5451951574925480 geht nicht, laut Dokumentation sollte sie gehen",
    "is 3787 344936 71000 the test Amex from the test data? cid 1234 exp 03/30",
]


@pytest.mark.parametrize("text", DOCUMENTED)
def test_a_test_card_placed_in_docs_or_test_data_stays(text: str) -> None:
    assert_unchanged(text)


OWN = [
    # the message calls that number the customer's own or real card
    ("test card 4111111111111111 works in sandbox but my real one 6011284773019561 fails",
     "6011284773019561", CREDIT_CARD),
    ("my card 4242 4242 4242 4242 from your docs gets declined", "4242 4242 4242 4242",
     CREDIT_CARD),
    ("Die Sandbox geht, aber meine echte Karte 4917 3043 4839 5484 nicht.",
     "4917 3043 4839 5484", CREDIT_CARD),
    # denied to be a test card
    ("5451 9515 7492 5480 is not a test card, it's in the docs only as a bad example",
     "5451 9515 7492 5480", CREDIT_CARD),
    # a real card's details beside a documented test card stay
    ("the docs' test card 4242 4242 4242 4242 works, mine 4917 3043 4839 5484 exp 07/29 not",
     "07/29", CARD_EXPIRY),
    ("Sandbox mit Testkarte 4111 1111 1111 1111 ok, unsere Firmenkarte 4917304348395484 "
     "CVC 829 nicht", "829", CARD_CVC),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "etype"), OWN)
def test_the_customers_own_card_stays_a_card(
    redactor: Redactor, text: str, value: str, etype: str
) -> None:
    assert_masked_as(redactor, text, value, etype)
