"""Round 51 (false hits): what the message says a value is — a processor's test card called
an example, a placeholder pair, a program's variable, an example nobody would use.

- a processor's published test card (or one of a test card's patterns) that the message
  calls an example or says is no real card, with no card details beside it
  (``sample_cards.published_test_card``); a test card merely named one stays, as does any
  other number;
- base64 of a placeholder pair in a Basic header ("username:password") (``stand_ins``);
- a program's variable right before its assignment ("$merchantId = …"), a long
  instruction with a number glued on ("SET_A_SECRET_HERE_42"), an example file's path
  ("…/app.json.example") (``stand_ins``);
- a value offered as an example the writer would never use ("just an example, I'd never
  use that") (``value_claims._never_used_example``);
- a vendor's own documented sample key where the message names a document
  (``published_values``); a template's warning words in its value
  ("an_insecure_token") where the message says the template is unfilled
  (``placeholders``).

Each with a twin: the same shape with a real secret stays masked. Values and names are our
own."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.placeholders import template_shaped
from redaction.stand_ins import stand_in, stands_in

# --- messages that hold no secret: left exactly as they are --------------------------------

UNCHANGED = [
    # a test card named one in the sandbox (labelling addendum, stop 53)
    "the test card 4000 0566 5566 5556 fails in the sandbox",
    # a published test card called an example, or said to be no real card
    "Our signup page shows 5555 5555 5555 4444 — that's the example card from the gateway "
    "readme, do you render it the same way?",
    "Im Screenshot steht 4000 0566 5566 5556, das ist nur die Beispielkarte aus dem Handbuch.",
    "the widget prints 6011111111111117 by default, it's the processor's test number, not my card",
    "Die Testnummern der Bank (z. B. 378282246310005) werden im Formular als ungültig markiert.",
    # a placeholder pair
    "Your guide writes the header as\n  Authorization: Basic dXNlcjpwYXNz\nis that the format?",
    # a value offered as an example the writer would never use
    "is Herbst2030 ok as a password? only an example, I'd never use that",
    "Nur so als Beispiel, das würde ich nie verwenden: Passwort 'Kiwi98765' – warum nimmt "
    "euer Formular das an?",
    # a vendor's documented sample key
    "code step: stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc' as the README has it, "
    "fails with 401",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_no_secret_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- the same shapes with a real secret: masked -------------------------------------------

MASKED = [
    # a real card beside an example's words, a card with details
    ("Beispiel aus meinem Alltag: meine Karte 4539 1488 0343 6467 wird abgelehnt", "0343 6467"),
    ("the example card 5555 5555 5555 4444 exp 09/29 cvc 417 fails, not my card", "5555 5555"),
    ("4539 1488 0343 6467 is my sister's card, not my card", "0343 6467"),
    ("4111 1111 1111 1111 is my sister's card, not my card", "1111 1111 1111"),
    # a Basic header of a real pair; a placeholder pair pasted bare
    ("our webhook sends Authorization: Basic dXNlcjpwYXNz", "dXNlcjpwYXNz"),
    (
        "Authorization: Basic YWxpY2U6V2ludGVyMjAyNSE= fails since Monday",
        "YWxpY2U6V2ludGVyMjAyNSE=",
    ),
    # a variable's value, a mixed-case numbered phrase
    ("my password is $ecretHouse9 for the admin", "$ecretHouse9"),
    ("the passphrase is Put_The_Kettle_On_42", "Put_The_Kettle_On_42"),
    # an example of one's own password
    ("Just an example of my password: Winter2031, I'd never use that elsewhere", "Winter2031"),
    # a vendor's sample key shape, a real one
    (
        "our StripeClient('sk_test_9xQm2LpR7vTzK3wYb8NcJd4F') fails since the readme update",
        "9xQm2LpR7v",
    ),
]


@pytest.mark.parametrize(("text", "secret"), MASKED)
def test_a_secret_of_the_same_shape_stays_masked(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in redactor.redact(text).text


# --- stand-ins read on their own (whatever finder flags them) ------------------------------


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # a program's variable right before its assignment; a value after "is" stays
        ("$merchantKey = getenv('KEY') ?: '';", "$merchantKey", True),
        ("$total .= $line;", "$total", True),
        ("my password is $ecretHouse9 now", "$ecretHouse9", False),
        ("if ($token == 'x')", "$token", False),
        # a long one-case instruction with a number glued on; mixed case or short stays
        ("Password=SET_A_SECRET_HERE_42;", "SET_A_SECRET_HERE_42", True),
        ("pass: Put_The_Kettle_On_42", "Put_The_Kettle_On_42", False),
        ("pass: love_you_2", "love_you_2", False),
        # an example file's path
        ("copy conf/secrets.yml.dist first", "conf/secrets.yml.dist", True),
    ],
)
def test_stand_in(text: str, value: str, expected: bool) -> None:
    start = text.index(value)
    assert stand_in(text, start, start + len(value)) is expected


def test_an_example_files_path_stands_in() -> None:
    assert stands_in("dev/app.json.example")
    assert not stands_in("Dev/App.Json.Example9")


def test_a_templates_warning_words_are_template_words() -> None:
    assert template_shaped("some_very_important_key")
    assert template_shaped("insecure-secret")
    assert not template_shaped("very_important_Kiwi7")
