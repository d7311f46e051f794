"""Round nine of issue 10, cards: the causes behind red-team v9's card, CVC and expiry
misses, each checked through the whole redactor (pre-check included) on phrasings written
here (none of them is a corpus item), English and German, with hard negatives beside them."""

from __future__ import annotations

import pytest

from redaction import Redactor

VISA = "4012 8888 8888 1881"
MC = "5555 5555 5555 4444"


# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    # letters typed for digits inside a card number (O/o for 0, I/l for 1)
    ("look-alike", "my visa is 4O12 8888 8888 l881 thanks", ["4O12", "8888"]),
    ("look-alike", "Kreditkarte: 6011 OOO9 9O13 9424 bitte belasten", ["6011", "OOO9"]),
    ("look-alike", "amex 3782 822463 lOOO5 for the deposit", ["3782", "822463"]),
    # announced as another number, then named a card right after
    ("named after", "order number 5555555555554444 - wait no, that is my credit card", ["5555"]),
    ("named after", "Kontonummer 4012888888881881 - ach Quatsch, das ist meine Karte", ["4012"]),
    # typed over two chat lines, each with its time and speaker
    ("two lines", "[09:15] Tom: my card 5555 5555\n[09:16] Tom: 5555 4444", ["5555 5555"]),
    ("two lines", "10:02 Lena: Karte 4012 8888\n10:02 Lena: 8888 1881", ["4012", "8888"]),
    # read out in two halves of eight digits
    ("halves", "the first eight are 40128888, the rest 88881881", ["40128888", "88881881"]),
    ("halves", "erste Hälfte 55555555, zweite Hälfte 55554444", ["55555555", "55554444"]),
    # emoji and symbols between the card and its details
    ("emoji", f"{MC} 🗓️ 08/29 🔒 417", ["08/29", "417"]),
    ("emoji", f"Karte {VISA} 📅 11/30 ✨ 905", ["11/30", "905"]),
    # the details as fields of a dump right after the card
    ("dump fields", f"{VISA}|11|2029|802", ["11|2029", "802"]),
    ("dump fields", f"{MC};07;31;119", ["07;31", "119"]),
    # short CVC words next to a card
    ("short cvc word", f"{VISA} exp 02/30 sec 4410", ["4410"]),
    ("short cvc word", f"Karte {MC}, KPN 318", ["318"]),
    # an expiry read out in words
    ("spoken expiry", f"card {VISA} expires oh-three thirty-one", ["oh-three thirty-one"]),
    ("spoken expiry", f"Karte {MC} gültig bis null vier achtundzwanzig", ["null vier"]),
    # the year alone, as the end of the validity
    ("year end", f"{VISA} cvc 554, I think it is valid until the end of 2030", ["2030"]),
    ("year end", f"Karte {MC} gilt bis Ende 2029", ["2029"]),
    # month, comma, year
    ("month comma", f"{MC}, expires Nov, 2029", ["Nov, 2029"]),
    ("month comma", f"Karte {VISA} gültig bis Mai, 30 danke", ["Mai, 30"]),
    # look-alike letters in the expiry or the CVC
    ("look-alike details", f"card {MC} exp l2/3O cvv 4O7", ["l2/3O", "4O7"]),
    ("look-alike details", f"Visa {VISA}, gültig bis O9/28, Prüfziffer 6l9", ["O9/28", "6l9"]),
    # a quoted reply's marks at the start of the next line
    ("quoted lines", "> 5555 5555 5555\n> 4444 is the card", ["5555 5555"]),
    # a label abbreviated with a dot, the expiry before the card
    ("dotted label", f"exp. 06/2031 visa {MC}", ["06/2031"]),
    ("dotted label", f"Verfall.: 03/30 - meine Visa {VISA}", ["03/30"]),
    # year first, then month
    ("year first", f"card {VISA} expiration: 2030/04 security: 812", ["2030/04", "812"]),
    ("year first", f"Karte {MC}, Ablauf 2031.09", ["2031", ".09"]),
    # month and year each named by a word
    ("worded", f"Card {MC}, month 05 year 30", ["05 year 30"]),
    ("worded", f"Karte {VISA} Monat 11 Jahr 2029", ["11 Jahr 2029"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_card_data_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    out = redactor.redact_text(text)
    for value in gone:
        assert value not in out, f"{cause}: {value!r} survives in {out!r}"


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("denied card", "Meine Kontonummer lautet 4012888888881881, nicht die Karte"),
    ("denied card", "order 4012888888881881 - I paid by bank transfer, no card involved"),
    ("card only mentioned", "Bestellung 4012888888881881 - welche Karte soll ich nehmen?"),
    ("card only mentioned", "ticket 5555555555554444: my card was declined twice"),
    ("look-alike", "Produktcode 4O12 8888 8888 l882 (Luhn fails)"),
    ("look-alike", "Ticket 4O12 8888 8888 l881 is closed"),
    ("look-alike", "room l0l, floor 2, door code 0O11"),
    ("two lines", "[10:00] Max: Bestellung 4012 8888\n[10:01] Max: 8888 1881 wird geliefert"),
    ("two lines", "[09:00] ann: 4012 8888\n[09:01] bob: 8888 1882"),
    ("dump fields", "Bestellung|11|2029|802"),
    ("emoji", "Paket kommt 📦 08/29 um 10 Uhr"),
    ("spoken", "meeting at oh-nine thirty, card details later"),
    ("halves", "first part 20240115 and the rest is 20240116"),
    ("look-alike details", "lol 2OO ok, exp l2/3O was the old plan"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_not_card_data(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


# a card is masked, the words around it are not card data
KEPT: list[tuple[str, str, str]] = [
    ("year without validity", f"Karte {MC}, Kunde seit Ende 2021", "Ende 2021"),
    ("range of years", f"{VISA} von 2019 bis 2023 genutzt", "2023"),
    ("month comma not expiry", f"card {MC}, see you in May, 2029", "May, 2029"),
    ("a year, not a CVC", f"card {VISA}, statement 2029/13 pending", "2029/13"),
    ("an amount, not a CVC", f"Karte {MC} paid 2029 items", "2029 items"),
]


@pytest.mark.parametrize(("cause", "text", "kept"), KEPT)
def test_card_neighbours_kept(redactor: Redactor, cause: str, text: str, kept: str) -> None:
    out = redactor.redact_text(text)
    assert "•" in out and kept in out, f"{cause}: {out!r}"
