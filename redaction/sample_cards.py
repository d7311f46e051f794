"""Card numbers that payment processors publish as test cards, named so by the message.

The labelling policy masks a Luhn-valid number of a real issuer's range as a card "unless
the message names it … a documentation example". A processor's published test card
(Stripe's ``4242 4242 4242 4242``, Braintree's ``4111 1111 1111 1111``, a readme's
``5555 6666 7777 8884``) is such an example when the message calls it one or says it is
no real card: "that's the readme example", "die Beispielkarte aus eurer Doku", "das
Demo-Beispiel, keine echte Karte", "Stripe's test number, not my card".

Both must hold, and nothing may speak against it:

- the number is one a processor publishes (``_PUBLISHED``) or has a test card's pattern
  (one four-digit group three times or more, or three groups each of one repeated digit):
  a real card's digits are none of these;
- the message calls it an example ("that's the readme example", "nur die Beispielkarte",
  "das Demo-Beispiel", "z. B. 3714…") or denies it is a real card ("not my card", "keine
  echte Karte", only beside a test's or an example's word: "my husband's card, not my
  card" stays) (``_SOURCE``, ``_NOT_REAL``; the cheap gate is a literal scan of the
  lower-cased message).
  A test card merely named one ("the test card from your docs 4111… fails in sandbox")
  stays masked: the tuning sets label it a card, a customer typing it as any card;
- the message brings no card details (an expiry, a security code: a number typed with its
  date and code is a card whatever it is called) and does not deny it is a test card
  ("not a test card", "meine echte Karte") — a customer's own card in a sandbox, or any
  number no processor publishes, stays masked.
"""

from __future__ import annotations

import re

#: Test card numbers published by payment processors (Stripe, Braintree, Adyen, Heartland,
#: Authorize.net, PayPal, Worldpay, Checkout.com): public values, in their docs and SDKs.
_PUBLISHED = frozenset(
    (
        # Stripe
        "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
        "5200828282828210", "5105105105105100", "378282246310005", "371449635392376",
        "6011111111111117", "6011000990139424", "6011981111111113", "3056930009020004",
        "36227206271667", "6555900000604105", "3566002020360505", "6200000000000005",
        "4000002500003155", "4000000000003220", "4000000000000002", "4000000000009995",
        "4000000000000077", "4000000000000069", "4000000000000127", "4000000000000119",
        "4000002760003184", "4000003720000278", "4000000000000101", "4000000000000341",
        # Braintree, Authorize.net, PayPal, Cybersource
        "4111111111111111", "4012888888881881", "4222222222222", "4005519200000004",
        "4009348888881881", "4012000033330026", "4012000077777777", "4217651111111119",
        "4500600000000061", "5431111111111111", "5500000000000004", "5454545454545454",
        "5424000000000015", "2223000048400011", "378734493671000", "6011601160116611",
        "6011000000000012", "3530111333300000", "3566111111111113", "30569309025904",
        "38520000023237", "4007000000027", "370000000000002",
        # Heartland
        "4012002000060016", "5473500000000014", "6011000990156527", "372700699251018",
        "4012000098765439", "5146315000000055", "36256000000725",
        # Adyen, Worldpay, Checkout.com
        "4111111145551142", "5555341244441115", "2222400070000005", "4988438843884305",
        "4444333322221111", "4917610000000000", "4462030000000000", "4543474002249996",
        "5436031030606378", "345678901234564",
        # PayPal's and others' Amex
        "371449635398431",
    )
)  # fmt: skip

#: Literal gate: the message names an example, or denies the number is a real card.
_SOURCE_LITERALS = (
    "beispiel", "example", "demo", "z. b", "z.b", "e.g", "not my", "keine echte", "not a real",
    "no real", "nicht meine",
)  # fmt: skip
#: The message calls the number an example (not merely a test card: "test card from your
#: docs 4111… doesn't work in sandbox" is labelled a card in the tuning sets, a customer
#: typing it as any card).
_SOURCE = re.compile(
    r"(?i)\b(?:beispielkarten?|beispielnummer|example[ ]+(?:card|number)s?"
    r"|(?:readme|demo|docs?|doku|documentation|dokumentation)[ \-]?(?:example|beispiel)"
    r"|als[ ]+beispiel|as[ ]+an[ ]+example"
    r"|(?:nur|just|only)[ ]+(?:die|das|eine?|the|an?)[ ]+(?:\w+[ \-])?(?:beispiel\w*|demo\w*"
    r"|example)"
    r"|(?:that'?s|it'?s|this[ ]+is|that[ ]+is|das[ ]+ist|es[ ]+ist)[ ]+(?:just[ ]+|only[ ]+"
    r"|nur[ ]+)?(?:the|an?|das|die|ein)[ ]+(?:\w+[ ]+)?(?:example|beispiel\w*))\b"
)
#: The number denied to be a real card: counts only beside a test's or an example's word
#: ("Stripe's test number, not my card"); "… is my husband's card, not my card" stays.
_NOT_REAL = re.compile(
    r"(?i)\b(?:not[ ]+my[ ]+(?:real[ ]+|own[ ]+)?card|not[ ]+a[ ]+real[ ]+card|no[ ]+real[ ]+card"
    r"|keine[ ]+echte[ ]+(?:karte|kreditkarte)|nicht[ ]+meine[ ]+(?:echte[ ]+)?karte)\b"
)
_TEST_WORD = re.compile(r"(?i)test|beispiel|example|demo|sample|dummy")
#: "e.g." or "z. B." right before the number: one of a kind the sentence names.
_FOR_INSTANCE_BEFORE = re.compile(r"(?i)(?:\bz\.[ ]?b\.|\be\.g\.|\bzum[ ]+beispiel)[ ,:]*\(?\Z")

#: A card's details in the message: an expiry or a security code.
_DETAILS = re.compile(
    r"(?i)\b(?:exp\w*|cvc\d?|cvv\d?|cv2|cid|csc|gültig\w*|ablauf\w*|security[ ]code"
    r"|prüfnummer|prüfziffer)\b|(?<![\d/.])\d{1,2}[ ]?/[ ]?(?:\d{2}|20\d{2})(?![\d/.])"
)
#: "any" before a detail: the docs' words for a test card's date and code.
_ANY = re.compile(r"(?i)\b(?:any|beliebige?[nrs]?)[ ]+(?:(?:future|valid|gültige?s?)[ ]+)?\Z")
#: The message says the number is no test card, or is the customer's own real card.
_DENIED = re.compile(
    r"(?i)\b(?:not|nicht|kein\w*|isn't|no)[ ]+(?:a[ ]+|an[ ]+|the[ ]+|eine?[ ]+|die[ ]+)?"
    r"(?:\w+[ ]+)?(?:test|beispiel|example|demo|sample|dummy)"
    r"|(?<!not[ ])(?<!keine[ ])(?<!nicht[ ])\b(?:my|meine)[ ]+(?:own[ ]+|eigene[ ]+)?"
    r"(?:real|actual|echte)[ ]+(?:card|karte|kreditkarte)\b(?![^.!?\n]{0,40}\b(?:later|später"
    r"|im[ ]+portal|separately|separat))"
)


def _patterned(digits: str) -> bool:
    """A test card's pattern: one four-digit group three times or more, or three groups
    each of one repeated digit ("4242 4242 4242 4242", "5555 6666 7777 8884")."""
    if len(digits) != 16:
        return False
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    if max(groups.count(g) for g in groups) >= 3:
        return True
    return sum(1 for g in groups if len(set(g)) == 1) >= 3


def may_name(low: str) -> bool:
    """Cheap gate on the lower-cased message: does it name a test or a document at all?"""
    return any(w in low for w in _SOURCE_LITERALS)


def published_test_card(text: str, start: int, end: int) -> bool:
    """Is the card number ``text[start:end]`` a processor's published test card that the
    message names as one (see the module's doc)?"""
    digits = "".join(ch for ch in text[start:end] if ch.isdigit())
    if digits not in _PUBLISHED and not _patterned(digits):
        return False
    if (
        _SOURCE.search(text) is None
        and _FOR_INSTANCE_BEFORE.search(text, max(0, start - 12), start) is None
        and (_NOT_REAL.search(text) is None or _TEST_WORD.search(text) is None)
    ):
        return False
    return not _details(text) and _DENIED.search(text) is None


def _details(text: str) -> bool:
    """Does the message bring a card's details: an expiry or a security code that is not
    "any" ("with any future date and any CVC" is what the docs say of a test card)?"""
    for m in _DETAILS.finditer(text):
        if _ANY.search(text, max(0, m.start() - 20), m.start()) is None:
            return True
    return False


# -- Documented test cards (labelling addendum, stop 53) ------------------------------------
# A card number the message places in documentation or test data is a documentation
# example, whatever else it brings: the number is a processor's published test card (or has
# a test card's pattern), or the message calls that very number a test card, and a
# documentation, sandbox, test-mode or test-data word stands beside it. The expiry and the
# code typed with it go with it (``engine`` drops them when no other card stays).

#: Cheap gate: a documentation, sandbox, test-mode or test-data word in the lower-cased text.
_PLACE_LITERALS = (
    "doc", "doku", "readme", "api page", "api-seite", "sandbox", "test mode", "test-mode",
    "testmodus", "test data", "testdaten", "fixture", "unit test", "unit-test", "test list",
    "test-list", "test table", "test-cards", "test cards", "testing", "testliste",
    "test environment", "test-environment", "testumgebung", "testsystem", "test system",
    "sample code", "sample.", "demo",
)  # fmt: skip
#: The place itself: a closed class of where test cards are published or used.
_PLACE = re.compile(
    r"(?i)(?<![/\\])(?:\b(?:docs?|documentation|dokumentation|doku|readme|api[ -](?:page|seite)"
    r"|\w*sandbox\w*|test[ -]?mode|testmodus|test[ -]?dat(?:a|en)|testdaten|fixtures?"
    # (round 62) a test environment ("Testumgebung", "test environment") and a sample file
    # of an SDK ("sample.php", "sample code")
    r"|test[ -]?(?:environment|umgebung|system)|testumgebung|testsystem"
    r"|sample[ -]?code|sample\.\w{1,4}|demo[ -]?(?:shop|gateway|credentials|account|konto)"
    r"|unit[ -]?tests?|test[ -]?(?:cards?[ -]?)?(?:list|table|page)s?|testliste|testtabelle"
    r"|for[ ]+testing)\b|\w-doku\b)"
    # (a path's folder is no place a message names: ".../r53-docs/tests/…" in a traceback)
    r"(?![/\\])"
)
#: The message calls a number a test card: "test card", "test Visa", "Testkarte",
#: "RuPay-Testkarte", "Testnummer", "the Amex test number".
_CALLED_TEST = re.compile(
    r"(?i)\b(?:\w+-)?(?:test[ -]?(?:cards?|numbers?|visa|mastercard|amex|discover|jcb|diners"
    r"|maestro|karte)|testkarten?|testnummern?|testkreditkarte"
    # "the one from your test list": a number taken from the docs' list (round 60)
    r"|test[ -]?(?:cards?[ -]?)?(?:list|table)|testliste|testkartenliste"
    # (round 62) a documentation table's numbered case ("Test Case 2 (Failed …)"), a
    # number said to be listed to test something ("… is listed to test 3D Secure"), a card
    # taken from the docs' list ("the failed-payment card from your list")
    r"|test[ -]?case|listed[ ]+(?:to|for)[ ]+test\w*"
    r"|cards?[ ]+from[ ]+(?:your|the|eurer|der)[ ]+(?:\w+[ ]+)?(?:list|table|liste|tabelle))\b"
)
#: A card number in a list between a test card's name and the number: "the test-cards
#: table's Mastercard 5413… returns OK and 4570… fails": both are the table's
_LISTED_CARD = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
#: A card's expiry as a row prints it ("10/2028", "06/26")
_EXPIRY = re.compile(r"(?<!\d)\d{1,2}/(?:20)?\d{2}(?!\d)")
#: Another number between the name and the number: the name is another number's.
_DIGIT_RUN = re.compile(r"\d{4}")
#: Right before the number: the customer's own card ("my card", "our real one", "meine
#: echte Karte", "Mine:").
_OWNER_BEFORE = re.compile(
    r"(?i)(?:\b(?:my|our|meine?[nrs]?|unsere?[nrs]?)[ ]+(?:(?:real|own|actual|echte|eigene)"
    r"[ ]+)?(?:\w+[ ]+)?(?:card|one|karte|kreditkarte|visa|amex|mastercard)\b"
    r"|\b(?:my|our|meine|unsere)[ ]+(?:real|own|actual|echte|eigene)\b|\bmine\b)"
    r"[^.!?\d]{0,12}\Z"
)
#: Right after the number: "… is my card", "… ist meine Karte".
_OWNER_AFTER = re.compile(
    r"(?i)\A[^.!?\n\d]{0,12}\b(?:is|ist|=)[ ]+(?:my|our|meine|unsere)[ ]+(?:\w+[ ]+)?"
    r"(?:card|karte|kreditkarte|one)\b"
)
#: The message denies a number is a test card ("not a test card", "keine Testkarte").
_NOT_TEST = re.compile(
    r"(?i)\b(?:not|nicht|kein\w*|isn't)[ ]+(?:a[ ]+|an[ ]+|the[ ]+|eine?[ ]+|die[ ]+)?"
    r"(?:\w+[ ]+)?(?:test[ ]?(?:card|number)|testkarte|testnummer)"
)
_WINDOW = 160


def may_place(low: str) -> bool:
    """Cheap gate on the lower-cased message: a documentation or test place named at all?"""
    return any(w in low for w in _PLACE_LITERALS)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The text around a number up to ``_WINDOW`` each side, not across a blank line."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    cut = text.rfind("\n\n", lo, start)
    if cut >= 0:
        lo = cut + 2
    cut = text.find("\n\n", end, hi)
    if cut >= 0:
        hi = cut
    return lo, hi


def _called_test(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Does the message call the number at ``start:end`` a test card: a name before it with
    no other number between, or "… is the test card" after it?"""
    for m in _CALLED_TEST.finditer(text, lo, start):
        if _DIGIT_RUN.search(_LISTED_CARD.sub(" ", text[m.end() : start])) is None:
            return True
    after = _CALLED_TEST.search(text, end, min(hi, end + 70))
    # (the card's own expiry between: "5200 … | 10/2028 | 237 aus eurer Testkartenliste")
    return (
        after is not None and _DIGIT_RUN.search(_EXPIRY.sub(" ", text[end : after.start()])) is None
    )


def documented_test_card(text: str, start: int, end: int) -> bool:
    """Is the card number ``text[start:end]`` one the message places in documentation or
    test data (see the block's comment), and not the customer's own card?"""
    lo, hi = _clause(text, start, end)
    if _PLACE.search(text, lo, hi) is None:
        return False
    digits = "".join(ch for ch in text[start:end] if ch.isdigit())
    if digits not in _PUBLISHED and not _patterned(digits):
        if not _called_test(text, start, end, lo, hi):
            return False
    if _OWNER_BEFORE.search(text, max(0, start - 40), start) is not None:
        return False  # "my real one 6011…", "Mine:\n3758…"
    if _OWNER_AFTER.search(text, end, min(len(text), end + 40)) is not None:
        return False
    return _NOT_TEST.search(text, lo, hi) is None
