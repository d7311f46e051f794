"""Round ten of issue 10, cards: the causes behind red-team v10's and public-i's card, CVC
and expiry misses, checked through the whole redactor (pre-check included) on phrasings
written here (none of them is a corpus item), English and German, with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor

VISA = "4012 8888 8888 1881"
MC = "5555 5555 5555 4444"


# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # a card over two chat lines, the second line's speaker prefix followed by own words
    (
        "two lines, words",
        "Jo: the visa starts with 4012 8888\nJo: and it ends with 8888 1881",
        ["4012 8888", "8888 1881"],
    ),
    (
        "two lines, words",
        "[11:20] Kai: Amex fängt an mit 3782 822463\n[11:21] Kai: dann kommt 10005",
        ["3782", "822463", "10005"],
    ),
    # a chat export's stamp after the speaker's name, or with a date
    ("stamp", "Lea (08:14): meine Karte 5555 5555\nLea (08:15): 5555 4444", ["5555 5555"]),
    ("stamp", "[02.03.26, 19:07] Ben: card 4012 8888\n[02.03.26, 19:07] Ben: 8888 1881", ["4012"]),
    # read out by where it starts and where it stops
    ("start/stop", "it begins with 5555 5555 and finishes with 5555 4444", ["5555 5555", "4444"]),
    ("start/stop", "Karte beginnt mit 4012 8888, hört auf mit 8888 1881", ["4012", "1881"]),
    # a Luhn-valid number in a real issuer range that the customer calls something else
    ("misnamed", "my IBAN: 6011 0009 9013 9424, please use that one", ["6011", "9013"]),
    ("misnamed", "IBAN lautet 5105 1051 0510 5100", ["5105 1051"]),
    ("misnamed", "my phone number is 4012 8888 8888 1881", ["4012 8888"]),
    # expiry in words: a month's name and a spoken year
    ("spoken year", f"card {MC} good thru august twenty thirty", ["august twenty thirty"]),
    ("spoken year", f"visa {VISA}, expires may two thousand twenty nine", ["may two thousand"]),
    ("spoken year", f"Karte {MC} gültig bis Juli zweitausendneunundzwanzig", ["Juli zweit"]),
    ("spoken year", f"Karte {VISA}, Ablauf Mai zwanzig dreißig", ["Mai zwanzig"]),
    # card details as a list: bullets, arrows, numbered lines
    ("list", f"from my phone notes:\n• {MC}\n• 07/31\n• 662", ["07/31", "662"]),
    ("list", f"Karte:\n→ {VISA}\n→ 10/29\n→ 5071", ["10/29", "5071"]),
    ("list", f"details\n1) {MC}\n2) 04/30\n3) 918", ["04/30", "918"]),
    ("list", f"Kartendaten\n‣ {VISA}\n‣ 12/28\n‣ 303", ["12/28", "303"]),
    # a CVC read out digit by digit
    ("spoken cvc", "cvv on the back of my card is four seven two", ["four seven two"]),
    ("spoken cvc", f"Karte {MC}, Kartenprüfnummer: sechs null drei", ["sechs null drei"]),
    # other expiry and CVC phrasings
    ("qualifier", f"Karte {VISA} gültig bis einschließlich 06/29", ["06/29"]),
    ("qualifier", f"card {MC} valid thru inclusive 09/30", ["09/30"]),
    ("month of year", f"card {VISA} expiring october of 2028", ["october of 2028"]),
    ("verification value", f"card {MC}, verification value 271", ["271"]),
    # a card read out in words, digit by digit (repeats as "double")
    (
        "spoken card",
        "ok the card: five five five five, five five five five, five five five five, four"
        " four four four",
        ["five five five five, five", "four four four four"],
    ),
    (
        "spoken card",
        "Kreditkarte vier null eins zwei acht acht acht acht acht acht acht acht eins acht"
        " acht eins",
        ["vier null eins zwei", "eins acht acht eins"],
    ),
    (
        "spoken card",
        "it is four oh one two double eight double eight double eight double eight one"
        " double eight one",
        ["four oh one two", "double eight one"],
    ),
    # a form-encoded body: "+" for the spaces between groups
    ("form-encoded", "cc_number=5555+5555+5555+4444&cc_exp=0830", ["5555+5555", "0830"]),
    # more CVC and expiry words
    ("reverse", f"{VISA}, the digits on the reverse are 582", ["582"]),
    ("signature strip", f"card {MC} signature strip code 316", ["316"]),
    ("ablaufend", f"Karte {VISA} ablaufend 05/31", ["05/31"]),
    # the end of a validity range; an expiry read digit by digit; an article before a CVC
    ("range end", f"card {MC} valid from 03/25 to 03/30", ["03/30"]),
    ("range end", f"Karte {VISA} gültig von 01/26 – 01/31", ["01/31"]),
    ("digit by digit", f"card {MC}, expiry: zero four slash three one", ["zero four slash"]),
    ("digit by digit", f"Karte {VISA}, Ablauf null neun, zwei acht", ["null neun, zwei acht"]),
    ("article", "die Prüfnummer auf der Karte ist die 846", ["846"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_card_data_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    out = redactor.redact_text(text)
    for value in gone:
        assert value not in out, f"{cause}: {value!r} survives in {out!r}"


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("valid IBAN", "Bitte auf IBAN BE71 0961 2345 6769 überweisen"),
    ("IBAN without its letters", "my iban is 71096123456769 (Belgium)"),
    ("IBAN, code apart", "IBAN: DE 89 3704 0044 0532 0130 00"),
    ("IMEI", "IMEI of the tablet: 4901 5420 3237 518"),
    ("phone", "Rückruf bitte unter 0049 151 2345 6789"),
    ("order", "order #4012888888881881 is still not shipped"),
    ("tracking", "Sendungsnummer 5555 5555 5555 4444 laut DHL"),
    ("brandless Luhn", "reference 9012 3456 7890 1237 on the letter"),
    ("placeholder card", "the form shows 4XXX XXXX XXXX 1881 as an example"),
    ("two speakers", "[09:00] ann: 4012 8888\n[09:01] bob: 8888 1882"),
    ("year in words", "we opened in june twenty twenty, card details follow later"),
    ("list without card", "shopping list\n• 12/28 eggs\n• 303 g flour"),
    ("digits in words", "the meeting is at one two three, see you"),
    ("phone in words", "call me on zero one seven one two three four five six seven eight"),
    ("counting", "one two three four five six seven eight nine ten, ready or not"),
    ("order in words", "order four zero one two eight eight eight eight eight eight eight eight"),
    ("phone with a plus", "ruf an: +49 4012 8888 8888"),
    # a long number called a phone is misnamed, unless another word names it too
    ("phone and IMEI", "phone IMEI 3569 8403 5643 8099 (the SV form, 16 digits)"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_not_card_data(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_bare_mmyy_before_cvc_is_the_expiry(redactor: Redactor) -> None:
    # four digits typed bare after a card, with three more after them: month-year, then CVC
    text = f"{VISA} 1129 744"
    found = {text[e.start : e.end]: e.type for e in redactor.redact(text).entities}
    assert found.get("1129") == "CARD_EXPIRY" and found.get("744") == "CARD_CVC", found


def test_flood_of_digit_words_fails_closed(redactor: Redactor) -> None:
    # more digit words than anyone reads out around a card: masked whole, not searched
    text = "eight double one " * 110
    out = redactor.redact_text(text)
    assert "eight" not in out and "double one" not in out, out[:120]
