"""Round 54 (false hits in the freshest readable sets, r54-false).

- **A number named another thing's number is no card** (``recognizers.card``): a card-
  shaped number after the name of a thing's identifier — goods' numbers (an article's, a
  model's, a part's, a product's: "model number", "Artikelnummer", "Modell-Nr.") and any
  thing's id in prose ("publisher id", "merchant id", "Händler-ID") — and an English
  number word after an announcing word, as German compounds it ("serial number of the
  appliance:", as "Seriennummer des Geräts:").
- **A value disowned while typed for show** (``value_claims``): a value the message names
  a joke where it stands ("the classic x joke", "der alte x Witz") or denies to be real
  ("it's not any real password of mine") is no secret even when the message tells of
  typing ("I typed …", "eingegeben"): typing a value one disowns tests a form. A use, a
  setting or an owning ("I use", "set it to", "my password is") keeps it masked.

Corpus items and paraphrases of our own (EN and DE, other words and order); twins stay
masked.
"""

from __future__ import annotations

import pytest

from redaction import Redactor

UNCHANGED = [
    # a number named another thing's number (corpus items, then paraphrases)
    "serial number of the appliance: 5500-0055-5555-5559, firmware 3.2.1",
    "serial number of our coffee machine 5500 0055 5555 5559, still under warranty?",
    "Artikelnummer:5236910744521183/0926/558 ist nicht lieferbar",
    "Artikel-Nr. 5236910744521183 ist nicht lieferbar",
    "Modell-Nr. 5236910744521183",
    "model number 5236910744521183 isn't in your list",
    "the part number on the box is 5500 0055 5555 5559",
    "publisher id 2231447088159033 on the mediation account has no revenue",
    "our merchant id 5500005555555559 shows no payouts",
    "Händler-ID: 5500005555555559, keine Auszahlungen",
    # a value disowned while typed for show
    "I typed my password and it showed as ******* lol, classic hunter2 joke, anyway the "
    "login button is greyed out",
    "I typed my pw and the field showed ******** lol, the classic hunter2 joke. anyway the "
    "login button stays grey",
    "Ich habe mein Passwort eingegeben und es kam nur ******* – der alte hunter2 Witz, "
    "egal, der Button bleibt grau",
    "Hi,\n\nI typed hunter2 into the password field as a joke to test the error message, "
    "it's not any real password of mine. The message says 'contact admin' - is that "
    "normal?\n\nBest, Quinn",
    "We typed letmein into the password box as a joke, it's not any real password here. "
    "The error says 'contact admin'.",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- twins: the same shapes holding a secret stay masked ------------------------------------

MASKED = [
    # a card named a card, or with its details, whatever id is near
    ("my card id 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("my card number 5500 0055 5555 5559", "5500 0055 5555 5559"),
    ("item number of my card 5500005555555559", "5500005555555559"),
    ("the id 5500 0055 5555 5559 is my visa", "5500 0055 5555 5559"),
    ("Kreditkarte 5500 0055 5555 5559, Händler-ID 12345", "5500 0055 5555 5559"),
    ("card for the product id 5500 0055 5555 5559", "5500 0055 5555 5559"),
    ("paid 4111 1111 1111 1111", "4111 1111 1111 1111"),
    # a value used, set or owned, or said to be real
    ("I typed hunter2 as a joke at first, but that's my real password now", "hunter2"),
    ("I set my password to hunter2 as a joke and now I can't log in", "hunter2"),
    ("I typed Kiwi-Baum-77 into the field as a joke, then kept it: I use it now", "Kiwi-Baum-77"),
    ("I typed Kiwi-Baum-77 into the field, it is my real password, not a joke", "Kiwi-Baum-77"),
    (
        "I typed hunter2 into the password field, the classic hunter2 joke. My password is "
        "Sommer2024!",
        "Sommer2024!",
    ),
    ("Passwort: Sonnenschein77 – kein Witz, das ist echt", "Sonnenschein77"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_secret_is_masked(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text
