"""CREDIT_CARD: Luhn-valid numbers of a real issuer, with a length valid for that brand.

Presidio's own card recognizer misses Mastercard 2-series, 19-digit numbers and most of the
ways customers split a number. This one runs on normalised text (every space and dash
variant is already `` `` or ``-``, zero-width characters and soft hyphens are gone) and
finds *chains* of digit groups joined by separators (spaces, including runs of them,
newlines, ``-`` ``.`` ``/`` ``_`` ``,``). Inside each chain it picks windows of whole
groups whose digits (a) start with a real issuer range (IIN), (b) have a length valid for
that brand and (c) pass Luhn. So an expiry, CVC or date typed next to a card neither hides
it nor is swallowed into it, and a CVC or expiry glued to the last group
(``4111 1111 1111 1111123``) is split off (``card_details`` masks it). A card read out in
parts across a sentence ("starts with 4539, then 1488, …, and last 6467") or over two chat
lines is found by its parts: chains joined by ordering words (or only by the next line's
time/speaker prefix) whose digits together are a card. Letters typed for digits (O/o for
0, I/l for 1) are read as the digits when the result is a card.

Not cards: an unknown issuer (IMEIs, order, tracking and invoice numbers mostly are), a
number after ``+`` (a phone), digits inside a valid IBAN, a number glued to an upper-case
identifier (``RE4111…``), a number announced as an IMEI, order, tracking or IBAN (unless
the words right after it say it is the card: "– no, that's my card"), a number the
customer names after it as another number and not a card ("it's our supplier id, not a
card").

Work per message is bounded and linear: each group is a window start at most once per
valid brand length, and Luhn is O(1) per window from prefix sums.
"""

from __future__ import annotations

import itertools
import re as stdre
from bisect import bisect_left
from collections.abc import Generator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import words
from redaction.recognizers.base import (
    ascii_twin,
    digits_at_least,
    literal_trie,
    run_steps,
    span_results,
)
from redaction.types import CREDIT_CARD

MIN_DIGITS = 12  # 12 only for Maestro with a card word nearby (see _CONTEXT_BRANDS)
#: Without a card word right before it, a card has at least this many digits.
MIN_DIGITS_WITHOUT_CARD_WORD = 13
MAX_DIGITS = 19
#: More digit groups than this in one chain is masked whole (bounded work per message).
MAX_GROUPS = 160

#: Characters that may separate digit groups in normalised text. The pre-check relies on
#: this exact set; ``redaction.testing`` removes them before looking for raw digits.
SEPARATOR_CHARS = (
    " \t\n\r.-/_,+\u00a0\u2007\u2009\u202f\u2010\u2011\u2012\u2013\u2014\u2015"
    "\u00b7\u2022\u2219\u22c5\u2027\u30fb"
)

# (a "+" between groups is a form-encoded space: "card=4012+8888+…"; before the first
# group it is a phone's country code)
# (a middle dot or a bullet as a banking app or a copied PDF prints it: "4484·0700·…",
# "5412 • 7512 • …"; NFKC leaves them as they are)
_SEP = r"[ \n\r.\-/_,+\u00b7\u2022\u2219\u22c5\u2027\u30fb]{1,8}"
CHAIN_REGEX = rf"(?<![\d+])\d+(?:{_SEP}\d+)*"
_CHAIN = re.compile(CHAIN_REGEX)
_GROUP = re.compile(r"\d+")
#: A list of five-digit numbers, each after a comma and a space: no issuer groups a card so
#: (postcodes, article numbers)
_FIVE_DIGIT_LIST = stdre.compile(r"\d{5}(?:,[ ]\d{5}){2,}")
# IBANs hold long digit runs that pass Luhn by chance; a valid IBAN is not a card.
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
)
# Letters a card number may be glued to: "cc4111…", "Karte4111…", "visa:4111…", any
# brand's name ("Discover6011…", "JCB3528…").
_CARD_WORDS = re.compile(
    r"(?:cc|kk|card|cardno|karte|kreditkarte|visa|mc|mastercard|amex|nr|no|num|number|"
    r"nummer|kartennummer|cardnumber|ccnum|discover|maestro|jcb|diners|dinersclub|unionpay|"
    r"girocard|eurocard|rupay)\Z",
    re.IGNORECASE,
)
# a German compound's "number" after the word: "Vorgang" + "s" + "nummer"
# (a mail's line may break after its hyphen: "Gutschein-" ⏎ "Nummer ist …", round 60)
_COMPOUND_NUMBER = r"(?:(?:s|es|n|en)?(?:-\n?)?(?:nummer|nr))?"
# A number announced as something else is not a card.
_NOT_CARD_CONTEXT = re.compile(
    r"(?<![^\W\d_])(?:imei|meid|iban|order|bestellung|bestellnummer|auftrag|invoice|rechnung|tracking|"
    r"sendung|sendungsnummer|paket|parcel|shipment|kundennummer|customer\s+(?:no|number|id)|"
    # a delivery note's number (round 59; not the English words: they cost a held-out card)
    r"lieferschein|"
    # ("just in case" is no case number: "card number again just in case 2367 …")
    r"serial|seriennummer|s/n|ticket|vorgang|referenz|reference|ref|aktenzeichen|(?<!in\s)case|"
    # a SEPA direct debit's numbers and any compound reference: "Mandatsreferenz",
    # "Zahlungsreferenz", "Gläubiger-ID" (a card's own is "Kartenreferenz": its card word
    # right before the number keeps it)
    r"mandat(?:s|e)?|mandate|(?![^\W\d_]*(?:karte|card))[^\W\d_]{2,20}referenz|gläubiger(?:-id|id)?|creditor\s+id|"
    r"phone|tel|telefon|handy|mobil|fax|isbn|ean|gtin|upc|vertragsnummer|contract|"
    # a path named right before ("path is 4147/2098/…/3459 on the bucket": round 61)
    r"path(?=[ ]+is[ ]|[ ]*[:=])|pfad(?=[ ]+ist[ ]|[ ]*[:=])|"
    r"transaction|transaktion|konto(?:nummer)?|account\s+number|"
    # membership and loyalty numbers: some are Luhn-valid in a card range (RuPay's 82…)
    r"member(?:ship)?|mitglied(?:s(?:nummer|nr))?|loyalty|bonus(?:nummer)?|payback|"
    # (German's "Kundenkarte" is a store's card; English's "customer card" as often the
    # customer's payment card a merchant types in: only "loyalty" or a store's name says so)
    r"kundenkarten?(?:nummer|nr)?|"
    # a store's gift card or voucher: its own numbers, no payment card's (a network's prepaid
    # card names its network: "my Visa gift card 4…" stays a card)
    r"(?<!(?:visa|mastercard|amex|prepaid)[ ])"
    # (a compound's last part too: "Geschenkgutschein", "Einkaufsgutschein")
    r"(?:gift[ ]?(?:card|voucher)|geschenkkarten?|[^\W\d_]{0,12}gutschein[^\W\d_]*|voucher)|"
    # an id's key in code or JSON: "client_id": "5877…", user_no=… (a card's key names it)
    r"(?!(?:card|cc|pan|kk|karte|kredit|credit)_)[a-z]+_(?:id|uid|no|nr)|"
    # goods' numbers: an article's, a model's, a part's, a product's (EN with its number word,
    # German as one compound: "Artikelnummer", "Modell-Nr.", "Teilenummer")
    r"(?:article|item|part|product|model)[ ]+(?:numbers?|no|nr|id)|"
    r"(?:artikel|modell|teile?|produkt)(?=[ \-]?(?:nummer|nr))|sku|"
    # any thing's id in prose: "publisher id 2231…", "Händler-ID" (an id is an identifier, a
    # card's number is never called one; no card word and no determiner as the thing)
    r"(?!(?:card|karte|kredit|credit|debit|visa|master|amex|the|my|your|our|this|that|its"
    r"|die|der|das|meine?|unsere?|ihre?|deine?)[ \-])[^\W\d_]{3,20}[ \-]id(?![^\W\d_]))"
    # German compounds them with their number: "Vorgangsnummer", "Ticketnummer", "Auftrags-Nr.";
    # English says the number word after ("serial number of the appliance: 5500-…")
    rf"{_COMPOUND_NUMBER}(?:[ ]+(?:numbers?|no|nr|id))?\b[^\d\n]{{0,24}}\Z",
    re.IGNORECASE,
)
# A literal each of ``_NOT_CARD_CONTEXT``'s words holds, in lower case ("seri": serial,
# seriennummer; "ref": every reference; "_": an id's key); "gläubiger" needs a letter no
# ASCII text has. An ASCII window with none of them skips the search.
_NOT_CARD_LITERALS = stdre.compile(
    literal_trie(
        tuple(
            """imei meid iban order bestell auftrag invoice rechnung tracking sendung paket
            parcel shipment kundennummer customer lieferschein seri s/n ticket vorgang
            ref aktenzeichen case
            mandat creditor phone tel handy mobil fax isbn ean gtin upc vertragsnummer contract
            transa konto account member mitglied loyalty bonus payback kundenkart _ gift
            geschenk gutschein voucher article artikel item part teil product produkt model
            modell sku id path pfad""".split()
        )
    )
)
# The customer corrects the announcement right after the number: "IBAN: 4111… - no wait,
# that's my card", "Bestellnummer 4111…? ach nein, das ist die Karte".
# It must say the number *is* the card ("that's my card", "das war die Kreditkarte"): a
# question or a mention ("welche Karte soll ich nehmen?") names nothing.
_CARD_NAMED_AFTER = re.compile(
    r"[^\d\n]{0,40}?(?<![^\W\d_])(?:(?:that|this|it|das|dies|es)(?:'s|’s|\s+(?:is|was|ist|war))"
    # ... or asks whether it is one: "Is that a card number?", "ist das meine Karte?" (a
    # question about the number itself, not which card to use)
    r"|(?:is|was|ist|war)\s+(?:that|this|das|dies)(?:\s+(?:a|an|eine?))?)"
    r"\s+(?:(?:the|my|actually|really|die|meine|eigentlich|doch|wohl)\s+){0,3}"
    # (a compound's first part: "die EC-Karte", "my debit-card")
    r"(?:[^\W\d_]{1,12}-)?"
    r"(?:credit\s*card|debit\s*card|card|kreditkarte|karte|visa|mastercard|amex)"
    r"(?:n?nummer)?(?![^\W\d_])",
    re.IGNORECASE,
)
# a denial in the two words before the card word: "nicht die Karte", "no card", "not my card"
_DENIED = re.compile(
    r"(?<![^\W\d_])(?:not|nicht|no|kein\w*|isn't|never|nie)\W+(?:[^\W\d_]+\W+)?\w+\Z",
    re.IGNORECASE,
)


# What a number announced as an IBAN or a phone number cannot be: an IBAN always starts with
# its country's letters, a phone number (E.164) has 15 digits at most, an article number
# (EAN/GTIN/UPC, ISBN) 14. A longer or bare number so announced is misnamed ("my IBAN is" and
# a Luhn-valid Discover number): judged as any other number, by issuer, length and Luhn.
_NAMED_IBAN = re.compile(r"(?i)(?<![^\W\d_])iban" + _COMPOUND_NUMBER + r"(?![^\W\d_])")
_NAMED_SHORT = re.compile(
    r"(?i)(?<![^\W\d_])(?:phone|tel|telefon|handy|mobil|fax|isbn|ean|gtin|upc)"
    + _COMPOUND_NUMBER
    + r"(?![^\W\d_])"
)
_MAX_SHORT_DIGITS = 15
# an IBAN's country code typed apart from its digits: "IBAN: DE 89 3704 …"
_COUNTRY_BEFORE = re.compile(r"[A-Z]{2}[ ]?\Z")
# Countries whose IBAN holds only digits after its letters, by IBAN length: a customer who
# leaves out the letters ("IBAN 89 3704 …") types one of these (mod-97 valid with the code).
_DIGIT_IBAN_COUNTRIES: dict[int, tuple[str, ...]] = {
    15: ("NO",),
    16: ("BE",),
    18: ("DK", "FI", "FO", "GL"),
    19: ("SI",),
    20: ("AT", "EE", "LT", "BA", "KZ"),
    21: ("HR", "CH", "LI", "LV"),
    22: ("DE", "RS", "ME"),
}


def _bare_iban(digits: str) -> bool:
    """``digits`` are an IBAN typed without its country's letters."""
    countries = _DIGIT_IBAN_COUNTRIES.get(len(digits) + 2, ())
    return any(iban_valid(code + digits) for code in countries)


# A card named for what it pays right before the announcing word: "new card for the
# invoice 3772…", "Karte für die Rechnung 4556…": the number is the card's, not the invoice's
_CARD_FOR = re.compile(
    r"(?<![^\W\d_])(?:card|karte|kreditkarte|credit\s*card|debit\s*card|visa|mastercard|amex)"
    r"(?:\s+(?:(?:number|nummer)\s+)?(?:for|für|fuer|zur|zum|to\s+pay)"
    # ... or the card number of that order: "card number on the failed order: 5167 …",
    # "Kartennummer der letzten Bestellung"
    r"|(?:\s+number|\s+nummer|n?nummer)\s+(?:on|of|from|in|bei|vom|von|aus|der|des))\s+"
    r"(?:(?:the|my|our|this|that|die|den|das|der|dem|meine[nr]?|unsere[nr]?|diese[nr]?)\s+)?"
    r"(?:(?:failed|declined|last|new|first|open|letzte[nr]?|neue[nr]?|offene[nr]?|"
    r"fehlgeschlagene[nr]?|abgelehnte[nr]?)\s+)?\Z",
    re.IGNORECASE,
)


# A number that carries an expiry and a security code is a card whatever announced it: no
# order, invoice or tracking number comes with them ("the card from the failed order:
# 3778… 04/27 1290"). The chain ends in them, joined by spaces, commas or bars only.
# (Not a count or a price after the date: "order 4111… 12/26 100 pcs".)
# (each may come after its label and a dash: "5438 … — exp. 07/27 — CVC 640", round 60)
_DETAILS = (
    r"[ ,;|—–\-]+(?:(?i:exp\w{0,8}|ablauf\w{0,5}|gültig(?:[ ]bis)?|valid(?:[ ]thru)?)\.?:?[ ]+)?"
    r"(?:0[1-9]|1[0-2])/(?:20)?[2-4]\d"
    r"[ ,;|—–\-]+(?:(?i:cvc2?|cvv2?|cid|csc|prüfziffer|prüfnummer|kpn)\.?:?[ ]+)?\d{3,4}"
)
_DETAILS_TAIL = re.compile(r"\d" + _DETAILS + r"\Z")
_DETAILS_AFTER = re.compile(_DETAILS + r"(?![\d/]|\.\d)")  # (a sentence's full stop may follow)
#: A count's or a price's word after a number (shared with ``card_details``' CVC).
COUNT_UNITS = r"€|eur|euro|usd|\$|%|chf|items?|stück|x\b"
_COUNTED = re.compile(rf"\s*(?:pcs|pieces?|stk|units?|{COUNT_UNITS})", re.IGNORECASE)


def _carries_details(text: str, start: int, end: int) -> bool:
    """The chain ``text[start:end]`` ends in an expiry and a security code, or they follow it
    (``_DETAILS``)."""
    if _DETAILS_TAIL.search(text, start, end) is not None:
        return _COUNTED.match(text, end) is None
    after = _DETAILS_AFTER.match(text, end)
    return after is not None and _COUNTED.match(text, after.end()) is None


# The announcing word denied right before it, after the card was named: "refund to the card,
# not to the account: 4539 …", "auf die Karte, nicht aufs Konto: …", "Kreditkarte statt
# Geschenkkarte: …" (round 59). Only words that point
# may stand between the denial and the word ("nicht, bitte aufs Konto" denies nothing of it).
_DENIED_OTHER = re.compile(
    r"(?<![^\W\d_])(?:not|nicht|never|nie|statt|anstatt|instead\s+of|rather\s+than)\s+"
    r"(?:(?:to|on|onto|into|the|my|our|auf|aufs|an|ans|die|das|den|dem|der|mein\w{0,2}"
    r"|unser\w{0,2})\s+)"
    r"{0,2}\Z",
    re.IGNORECASE,
)


def _announced_other(before: str, text: str, start: int, end: int) -> bool:
    """The words before the chain ``text[start:end]`` announce another kind of number
    (IMEI, order, IBAN, …) that this number can be."""
    if before.isascii() and _NOT_CARD_LITERALS.search(before.lower()) is None:
        return False  # no announcing word's letters (the search is the slow part)
    m = _NOT_CARD_CONTEXT.search(before)
    if m is None:
        return False
    if _CARD_FOR.search(before, 0, m.start()) is not None:
        return False  # "card for the invoice 3772…": the card pays the invoice
    if _DENIED_OTHER.search(before, 0, m.start()) is not None and (
        _CARD_CONTEXT.search(before, 0, m.start()) is not None
    ):
        return False  # "auf die Karte, nicht aufs Konto: 4539 …": the card, the account denied
    announced = m.group()  # from the first announcing word on
    if _NOT_CARD_CONTEXT.search(before, m.start() + 1) is not None:
        return True  # another word announces it too ("phone IMEISV …"): it stands
    digits = "".join(_GROUP.findall(text, start, end))
    if _NAMED_IBAN.match(announced):
        return _COUNTRY_BEFORE.search(before) is not None or _bare_iban(digits)
    if _NAMED_SHORT.match(announced):
        return len(digits) <= _MAX_SHORT_DIGITS
    return True


def names_card(text: str) -> bool:
    """Does ``text`` open by calling what came before it a card ("ups, das war die
    EC-Karte", "oh no that's my amex")?"""
    return _card_named_after(text, 0)


def _card_named_after(text: str, end: int) -> bool:
    """The words right after a number call it a card ("…, sorry, that's my card"), not
    denying it ("…, nicht die Karte")."""
    m = _CARD_NAMED_AFTER.match(text, end)
    return m is not None and _DENIED.search(m.group()) is None


# The customer says after the number what it is instead of a card: "8143 … keeps being
# rejected — that's because it's our supplier id, not a card", "… das ist unsere
# Lieferantennummer, keine Kreditkarte". Only this form counts: the number named as
# another kind of number (an id, a "…nummer", a reference) and then denied as a card, the
# clause ending there; "it's not the card", "a debit, not a credit card" or "not my card"
# deny nothing about the number.
_OTHER_NUMBER_NOUN = (
    r"(?![^\W\d_]{0,12}(?:karte|card|credit|debit))"  # (not "the card number")
    r"(?:[^\W\d_]{0,24}(?:nummer|nr)|(?:[^\W\d_]{1,24}[ \-])?(?:id|number|code|reference|ref"
    r"|referenz|kennung))"
)
_NAMED_OTHER_NOT_CARD = re.compile(
    r"[^\d\n]{0,100}?(?<![^\W\d_])(?:it'?s|it\s+is|that'?s|that\s+is|this\s+is|das\s+ist"
    r"|es\s+ist|is|ist)\s+(?:(?:our|my|the|a|an|their|your|unsere?|meine?|die|eine?|der|ein"
    r"|ihre?)\s+)?" + _OTHER_NUMBER_NOUN + r"\s*,?\s*(?:(?:and|und)\s+)?"
    r"(?:not|nicht|keine?)\s+(?:a\s+|an\s+|eine\s+)?(?:credit\s*|debit\s*|kredit|bank|payment\s+)?"
    r"(?:card|karte)(?:n?nummer|\s+number)?(?=\s*(?:[.!,;)\n]|\Z))",
    re.IGNORECASE,
)


# A number the sentence calls a test card and places in documentation: "test cards like
# 4111… are listed in your docs", "card 4242… which is Stripe's documented test card".
# Both must be said: a test card alone, or one pasted into a sandbox or test mode, may be
# typed by the customer as any card is ("ist doch eure test card?", "the stripe test card
# 4242… into your sandbox checkout"), and a number with an expiry or a code is a card
# whatever it is called.
_TEST_HINT = stdre.compile(r"test", stdre.IGNORECASE)
_TEST_CARD = (
    r"(?<![^\W\d_])(?:test[ \-]?(?:cards?|numbers?|karten?|nummern?|kreditkarten?)"
    r"|(?:sample|test)[ \-]?data|testdaten|beispieldaten)(?![^\W\d_])"
)
_TEST_CARD_BEFORE = re.compile(
    _TEST_CARD + r"(?:[ ]+(?:like|such[ ]as|wie|e\.[ ]?g\.|z\.[ ]?b\.))?[ ]*:?[ ]*[\"'(]?\Z",
    re.IGNORECASE,
)
_TEST_CARD_AFTER = re.compile(r"[^.!?\n]{0,60}?" + _TEST_CARD, re.IGNORECASE)
_DOCUMENTED = re.compile(
    r"(?<![^\W\d_])(?:docs?|documented|documentation|doku\w*|dokumentiert\w*|user[ ]?guide"
    r"|quick[ \-]?start|handbuch|manual"
    r"|as[ ]+examples?|als[ ]+beispiel\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
# what keeps such a number a card: a denial in its sentence ("not a test card"), or a
# card's details anywhere in the message (an expiry, a code, their labels)
_NOT_TEST_CARD = re.compile(
    r"(?<![^\W\d_])(?:not|nicht|kein\w*|no|isn't|ist's)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:exp\w*|cvc|cvv|cv2|cid|csc|gültig\w*|ablauf\w*|läuft|valid\w*"
    r"|security[ ]code|prüf\w*)(?![^\W\d_])|(?<!\d)\d{1,2}[/\-]\d{2,4}(?!\d)",
    re.IGNORECASE,
)


def _documented_test_card(text: str, start: int, end: int) -> bool:
    """The sentence around the number ``text[start:end]`` calls it a test card and says
    it is documented (``_DOCUMENTED``), and nothing denies it or brings a card's details."""
    if _TEST_HINT.search(text) is None:
        return False  # (cheap: nearly every message says no "test")
    lo, hi = words.sentence_bounds(text, start, end)
    named = (
        _TEST_CARD_BEFORE.search(text, max(lo, start - 40), start) is not None
        or _TEST_CARD_AFTER.match(text, end, hi) is not None
    )
    return (
        named
        and _DOCUMENTED.search(text, lo, hi) is not None
        and _NOT_TEST_CARD.search(text, lo, hi) is None
        and _NOT_TEST_CARD.search(text, 0, lo) is None
        and _NOT_TEST_CARD.search(text, hi) is None
        and not _carries_details(text, start, end)
    )


# The clause right after the number says it is printed on a store's or a club's card: a
# membership, loyalty or customer card, no payment card ("— das steht auf unserer
# Mitgliedskarte", "(from our loyalty card)")
_STORE_CARD_AFTER = re.compile(
    r"[ ]*[—–\-,:(][ ]*(?:(?:das|it|that|this|which|die|sie|es)[ ]+)?[^\d\n.!?]{0,30}?"
    r"(?<![^\W\d_])(?:mitglieds(?:karte|ausweis)|kundenkarte|bonuskarte|clubkarte|"
    r"(?:membership|member|loyalty|club|store)[ ]card)(?![^\W\d_])",
    re.IGNORECASE,
)


def _named_other_not_card(text: str, end: int) -> bool:
    """After the number ending at ``end``, the customer names it as another number and
    denies that it is a card (``_NAMED_OTHER_NOT_CARD``)."""
    window = text[end : end + 200].lower()
    if "not" not in window and "nicht" not in window and "kein" not in window:
        return False
    return _NAMED_OTHER_NOT_CARD.match(text, end) is not None


_CARD_CONTEXT = re.compile(
    # (a store's own card is none: "Kundenkartennummer", "loyalty card number")
    r"(?<!kunden|bonus|treue|geschenk|gutschein|(?:customer|loyalty|store|gift)[ ]?)"
    # (the abbreviations as words of their own: "Geschenkkarte" holds a "kk", round 59)
    r"(?:card|karte|visa|master|amex|kredit|credit|debit|(?<![^\W\d_])(?:cc|kk))",
    re.IGNORECASE,
)
# the other networks' names, as close to the number: "transaction: JCB 3530 …" names the
# card last (not in a URL's segment, where "/discover/…" is a page's)
_NETWORK_NAME = re.compile(r"(?<![^\W\d_])(?:jcb|diners|discover|maestro|unionpay|rupay)", re.I)


def _card_word_close(before: str) -> bool:
    """A card word in the last few characters of ``before`` (the whole of it read, so a
    compound's start is seen: "Kundenkarten…" names a store's card), and no other number's
    word after it: "Card — IMEI 3569…" names the IMEI last, the number is the IMEI's."""
    lo = max(0, len(before) - 14)
    m = _CARD_CONTEXT.search(before, lo) or _NETWORK_NAME.search(before, lo)
    return m is not None and _NOT_CARD_CONTEXT.search(before, m.end()) is None


def iban_valid(candidate: str) -> bool:
    """ISO 13616 mod-97 check."""
    s = candidate.replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # Luhn's doubled digit, digits summed


#: A UUID standing alone (``words.UUID`` between non-word characters)
_UUID_AROUND = re.compile(
    rf"(?i)(?<![\w\-])(?:{words.UUID.pattern.removeprefix('(?i)')})(?![\w\-])"
)
#: An IMEI as a phone's label and settings print it: 2-6-6-1 digits.
_IMEI_GROUPS = re.compile(r"\d{2}[ \-]\d{6}[ \-]\d{6}[ \-]\d[ \t]*")


def _imei_line(text: str, start: int, line_end: int) -> bool:
    """The chain's first line is a whole IMEI: fifteen digits in its groups, Luhn-valid."""
    if _IMEI_GROUPS.fullmatch(text, start, line_end) is None:
        return False
    return luhn_valid("".join(c for c in text[start:line_end] if c.isdigit()))


def luhn_valid(digits: str) -> bool:
    """Luhn checksum over a string of decimal digits (any Unicode decimal digits)."""
    ds = [int(ch) for ch in reversed(digits)]
    return (sum(ds[0::2]) + sum(_DOUBLED[d] for d in ds[1::2])) % 10 == 0


# (low, high, lengths): an IIN range compared on as many leading digits as ``low`` has.
# Sources: the card networks' published IIN ranges (ISO/IEC 7812 registrations).
_BRANDS: tuple[tuple[str, str, frozenset[int]], ...] = (
    ("4", "4", frozenset({13, 16, 19})),  # Visa (incl. Electron)
    ("51", "55", frozenset({16})),  # Mastercard
    ("2221", "2720", frozenset({16})),  # Mastercard 2-series
    ("34", "34", frozenset({15})),  # American Express
    ("37", "37", frozenset({15})),
    ("6011", "6011", frozenset(range(16, 20))),  # Discover
    ("644", "649", frozenset(range(16, 20))),
    ("65", "65", frozenset(range(16, 20))),  # Discover, RuPay
    ("622126", "622925", frozenset(range(16, 20))),
    ("62", "62", frozenset(range(16, 20))),  # UnionPay
    ("81", "81", frozenset(range(16, 20))),  # UnionPay (new), RuPay
    ("3528", "3589", frozenset(range(16, 20))),  # JCB
    ("300", "305", frozenset(range(14, 20))),  # Diners Club
    ("3095", "3095", frozenset(range(14, 20))),
    ("36", "36", frozenset(range(14, 20))),
    ("38", "39", frozenset(range(14, 20))),
    ("50", "50", frozenset(range(13, 20))),  # Maestro
    # Switch (6333, 633110) and Solo (6334), issued in the UK as Maestro UK since: 16, 18 or
    # 19 digits (ISO/IEC 7812 registrations as the card networks published them)
    ("6333", "6334", frozenset({16, 18, 19})),
    ("633110", "633110", frozenset({16, 18, 19})),
    ("56", "58", frozenset(range(13, 20))),
    ("6304", "6304", frozenset(range(13, 20))),
    ("6390", "6390", frozenset(range(13, 20))),
    ("67", "67", frozenset(range(13, 20))),  # Maestro 67xx
    ("2200", "2204", frozenset(range(16, 20))),  # Mir
    ("60", "60", frozenset({16})),  # RuPay
    ("82", "82", frozenset({16})),
    ("636", "636", frozenset(range(16, 20))),  # InterPayment
    ("637", "639", frozenset({16})),  # InstaPayment
    ("9792", "9792", frozenset({16})),  # Troy
)


# Lengths that are valid but too common among other numbers to accept without a card word
# right before them: 12-digit Maestro, 15-digit UATP (airline cards, issuer digit 1).
_CONTEXT_BRANDS: tuple[tuple[str, str, frozenset[int]], ...] = (
    ("50", "50", frozenset({12})),
    ("56", "58", frozenset({12})),
    ("6304", "6304", frozenset({12})),
    ("6390", "6390", frozenset({12})),
    ("67", "67", frozenset({12})),
    ("1", "1", frozenset({15})),
    # JCB's older ranges (3088-3094, 3096-3102, 3112-3120, 3158-3159, 3337-3349), still on
    # cards JCB registered: only right after a card word ("JCB-Karte: 3088 …"), since bare
    # numbers in them are common in fake-data generators' tracking and order numbers
    ("3088", "3094", frozenset({16})),
    ("3096", "3102", frozenset({16})),
    ("3112", "3120", frozenset({16})),
    ("3158", "3159", frozenset({16})),
    ("3337", "3349", frozenset({16})),
)
# A card word in the words before a number: "Bankkarte (Maestro)", "my credit card:".
CARD_WORD_LITERALS = r"(?:card|karte|maestro|visa|mastercard|amex|kreditkarte|girocard|uatp|kk|cc)"
# The words right after a number name a security code typed onto it: "(card + cvc)",
# "- inkl. Prüfziffer", "incl. CVV", "mit Sicherheitscode"
# (the code's length may be said on the way: "(die letzten 3 sind der CVC)", "- last 4 = cvv")
_CVC_NAMED_AFTER = re.compile(
    r"(?:[^\d\n]|(?<!\d)[34](?!\d)){0,40}?(?<![^\W\d_])(?:cvc|cvv|cvn|csc|cid|prüf|pruef|sicherheits|"
    r"security[ _\-]?code|kpn)",
    re.IGNORECASE,
)
# (a card word may be inflected or compounded with its number: "Kartennummer",
# "Kreditkartennr.", "cards")
_CARD_WORD_NEAR = re.compile(
    CARD_WORD_LITERALS + r"(?:n|s)?\W{0,4}"
    r"(?:\([^()\n\d]{0,20}\)\W{0,4})?(?:(?:number|nummer|nr|no|is|ist|lautet)\W{0,4})?\Z",
    re.IGNORECASE,
)


# The brand named earlier in the same sentence: "my old maestro card has only 12 digits:",
# "my maestro is short:". The name is the issuer's own, so it vouches for a short Maestro
# further off than a generic card word may (its lengths only, never UATP's).
_MAESTRO_BEFORE = re.compile(r"(?i)(?<![^\W\d_])maestro(?![^\W\d_])[^\n.!?;]*\Z")


@lru_cache(maxsize=4096)
def context_lengths(digits: str) -> frozenset[int]:
    """Extra card lengths for a number right after a card word (``_CONTEXT_BRANDS``)."""
    out: frozenset[int] = frozenset()
    for low, high, lengths in _CONTEXT_BRANDS:
        head = digits[: len(low)]
        if len(head) == len(low) and low <= head <= high:
            out = out | lengths
    return out


@lru_cache(maxsize=4096)
def brand_lengths(digits: str) -> frozenset[int]:
    """The valid card lengths for a number starting with ``digits`` (empty: no issuer)."""
    out: frozenset[int] = frozenset()
    for low, high, lengths in _BRANDS:
        head = digits[: len(low)]
        if len(head) == len(low) and low <= head <= high:
            out = out | lengths
    return out


def is_card_number(digits: str) -> bool:
    """Digits-only string that is a card number: issuer, brand length, Luhn."""
    return len(digits) in brand_lengths(digits) and luhn_valid(digits)


@dataclass(frozen=True, slots=True)
class _Group:
    start: int
    end: int
    digits: str
    blocked: bool  # the tail of a date or time ("12/25", "10:30"): never starts a card


# Groupings people copy from the card itself; preferred when windows compete.
_CANONICAL = {
    (4, 4, 4, 4),
    (4, 4, 4, 4, 3),
    (4, 4, 4, 1),
    (4, 6, 5),
    (4, 6, 4),
    (4, 4, 4, 2),
    (4, 4, 4, 3),
    (6, 13),
    (4, 4, 4, 4, 2),
    (4, 4, 4, 4, 1),
}
_MAX_GLUED = 7  # CVC and/or expiry typed onto the last group: "1111123", "11111226"
# A card's head given with its count: "first 12 digits 4918 7255 1093", "die ersten 11
# Ziffern: 3759 876543 2" (the count the number's own, fewer than its issuer's length: the
# rest is kept back; a count of 10 to 15, so no BIN of 6 or 8 digits, which is no secret)
_HEAD_COUNT = re.compile(
    r"(?<![^\W\d_])(?:first|erste[nrs]?)\s+(?P<n>1[0-5])\s+(?:digits|ziffern|stellen|numbers|"
    r"zahlen)(?:\s+(?:of|der|von)\s+(?:(?:the|my|meiner|der)\s+)?(?:card|karte)[^\W\d_]*)?"
    r"[\s:=,\-]*\Z",
    re.IGNORECASE,
)


def _announced_head(before: str, groups: list[_Group]) -> bool:
    """The words right before the ``groups`` give them as the first digits of a card, their
    count said and right (``_HEAD_COUNT``), and they start a real issuer's number."""
    low = before.lower()
    if "first" not in low and "erste" not in low:
        return False
    m = _HEAD_COUNT.search(before)
    if m is None:
        return False
    digits = "".join(g.digits for g in groups)
    lengths = brand_lengths(digits[:6]) if digits[0] != "0" else frozenset()
    return len(digits) == int(m.group("n")) and bool(lengths) and len(digits) < max(lengths)


# a card and its CVC typed as one run: 16 + 3 digits, or an Amex's 15 + 4
_CARD_AND_CVC = 19
# a payment card's word or network anywhere in a line (a word's start: "Kreditkarte",
# "EC-Karte", "card+cvc"; not a store's, a SIM's or a gift card, not "cardboard")
_CARD_IN_LINE = re.compile(
    r"(?<![^\W\d_])(?<!(?:gift|sim|loyalty|bonus|key|store|id)[ \-])"
    r"(?:(?:kredit|credit|debit|giro|ec-?)?(?:card|karte)(?!board|inal|iac|igan|io)"
    r"|visa|mastercard|amex|maestro|discover|jcb|diners|unionpay|cvc|cvv|cvn|csc)",
    re.IGNORECASE,
)
_LINE_REACH = 160


def _card_in_line(text: str, start: int, end: int) -> bool:
    """A card word (``_CARD_IN_LINE``) in the line of ``text[start:end]``, at most
    ``_LINE_REACH`` characters either side."""
    lo = max(text.rfind("\n", max(0, start - _LINE_REACH), start) + 1, start - _LINE_REACH)
    hi = text.find("\n", end, end + _LINE_REACH)
    hi = min(len(text), end + _LINE_REACH) if hi < 0 else hi
    return (
        _CARD_IN_LINE.search(text, lo, start) is not None
        or _CARD_IN_LINE.search(text, end, hi) is not None
    )


# an IPv4 address: four groups of one to three digits joined by dots (a card's groups
# are of three digits or more, never four short ones dotted)
# One run of digits with two decimals after a point or a comma: an amount, not a card's
# groups (printed cards group by 3-6, never end on a group of two)
_AMOUNT = re.compile(r"\d{12,19}[.,]\d{2}")
# the gap between a table's columns (three spaces or more; a tab is a space once normalised)
_COLUMN_GAP = re.compile(r"[ ]{3,}")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d]|\.\d)")


#: ``find_card_spans``'s results of the last texts (the card-details recognizer asks again
#: for the same text right after, and the sliced path fills it as the plain path does)
_SPANS_CACHE: dict[str, tuple[tuple[int, int], ...]] = {}
_SPANS_CACHE_SIZE = 16


def find_card_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of every card number in (normalised) ``text`` (sorted, non-overlapping).

    A span may end inside a digit group: the rest of that group is a glued CVC/expiry.
    Cached: the card-details recognizer asks again for the same text right after.
    """
    spans = _SPANS_CACHE.get(text)
    return spans if spans is not None else run_steps(_card_span_steps(text, fine=False))


def card_spans_steps(text: str) -> Generator[None, None, tuple[tuple[int, int], ...]]:
    """``find_card_spans`` in slices (a yield per digit chain judged, and between the
    readings after them), sharing its cache: the same spans."""
    spans = _SPANS_CACHE.get(text)
    if spans is None:
        spans = yield from _card_span_steps(text, fine=True)
    return spans


def _remember(text: str, spans: tuple[tuple[int, int], ...]) -> None:
    if len(_SPANS_CACHE) >= _SPANS_CACHE_SIZE:
        try:  # the oldest goes (another thread may have taken it already)
            del _SPANS_CACHE[next(iter(_SPANS_CACHE))]
        except (KeyError, RuntimeError, StopIteration):
            pass
    _SPANS_CACHE[text] = spans


def _card_span_steps(
    text: str, *, fine: bool
) -> Generator[None, None, tuple[tuple[int, int], ...]]:
    """``find_card_spans``'s work, yielding between slices when ``fine``."""
    spans: list[tuple[int, int]] = []
    ibans = [m.span() for m in _IBAN.finditer(text) if iban_valid(m.group())]
    chains: list[tuple[int, int]] = []
    other_end = -1  # the end of the last number announced as something else
    for chain in _CHAIN.finditer(text):
        cs, ce = chain.span()
        chains.append((cs, ce))
        if ce - cs < MIN_DIGITS:
            continue
        if fine:
            yield
        if cs > 0 and text[cs - 1].isalpha() and not _glued_ok(text, cs):
            continue
        if cs > 1 and text[cs - 1] == "-" and text[cs - 2].isalnum() and not _hyphen_ok(text, cs):
            # part of a hyphenated identifier: "xoxp-5723…", "pat-eu1-5622…"; but a
            # column's gap after its first group starts the next cell ("B-88213   5167 …",
            # a receipt's row)
            gap = _COLUMN_GAP.search(text, cs, ce)
            if gap is None or ce - gap.end() < MIN_DIGITS:
                continue
            cs = gap.end()
        if any(s < ce and cs < e for s, e in ibans):
            continue
        if text[cs - 1 : cs] == "/" and _url_path_id(text, cs):
            continue  # ".../tickets/4111…", "/articles/4402…/en-us": a resource's id
        if "\n" in text[cs:ce] and _imei_line(text, cs, text.index("\n", cs)):
            continue  # a list of IMEIs, one a line ("35-290611-234567-5" ⏎ …; round 63)
        before = text[max(0, cs - 40) : cs]
        if (
            (
                _announced_other(before, text, cs, ce)
                or (other_end >= 0 and _LISTED_WITH.fullmatch(text, other_end, cs) is not None)
            )
            and not _card_word_close(before)
            and not _card_named_after(text, ce)
            and not _carries_details(text, cs, ce)
        ):
            other_end = ce
            continue
        if text[ce : ce + 1] in "@._+-" and _ADDRESS_REST.match(text, ce) is not None:
            continue  # an e-mail address's or a Message-ID's local part: "<4111….17012@mail.x>"
        if _named_other_not_card(text, ce):
            continue  # "… that's because it's our supplier id, not a card."
        if _STORE_CARD_AFTER.match(text, ce) is not None and not _card_word_close(before):
            continue  # "2348 … — das steht auf unserer Mitgliedskarte" (round 58)
        if _documented_test_card(text, cs, ce):
            continue  # "test cards like 4111… are listed in your docs as examples"
        if (
            _AMOUNT.fullmatch(text, cs, ce) is not None
            and _CARD_WORD_NEAR.search(text, max(0, cs - 40), cs) is None
        ):
            continue  # "4405771709596.26 EUR": one run with a decimal's cents is an amount
        if "." in text[cs:ce] and _IPV4.search(text, cs, ce) is not None:
            continue  # "allowlist: 35.88.121.75, 4.132.211.142": addresses, not a card's groups
        if (
            _FIVE_DIGIT_LIST.fullmatch(text, cs, ce) is not None
            and _CARD_WORD_NEAR.search(before) is None
        ):
            continue  # "postal codes: 39182, 44710, 88021": a list of five-digit numbers
        if len(_GROUP.findall(text, cs, ce)) > MAX_GROUPS:
            # A flood of digit groups no person types around a card: fail closed, mask it
            # whole (no digit survives) instead of searching thousands of windows.
            spans.append((cs, ce))
            continue
        groups = [
            _Group(
                m.start(),
                m.end(),
                m.group(),
                _date_tail(text, m.start()) or _fraction(text, m.start(), m.end() - m.start()),
            )
            for m in _GROUP.finditer(text, cs, ce)
        ]
        if _announced_head(before, groups):
            spans.append((cs, ce))  # "first 12 digits 4918 7255 1093": a card's head
            continue
        if sum(len(g.digits) for g in groups) < MIN_DIGITS:
            continue
        near = _CARD_WORD_NEAR.search(before) is not None
        maestro = not near and _MAESTRO_BEFORE.search(before) is not None
        # nothing but the number on its line so far: no word names it an id or a reference
        alone = not any(c.isalpha() for c in before[before.rfind("\n") + 1 :])
        # a CVC named right after one long run: "4929…1751884 (Karte+CVC)" is a card with
        # its code typed on (only a single run can hide the split; grouped numbers show it)
        cvc_after = len(groups[0].digits) > 16 and (
            (len(groups) == 1 and _CVC_NAMED_AFTER.match(text, ce) is not None)
            or _EXPIRY_RIGHT_AFTER.match(text, groups[0].end) is not None
        )
        # a card named anywhere in the number's line, the number one run of a card's and a
        # CVC's digits: "my card got declined: 4711…4190882", "… 4191…3077123? the card
        # ends in 3077" (a card word right before it or the code named after are read above)
        in_line = (
            not near
            and not cvc_after
            and len(groups) == 1
            and len(groups[0].digits) == _CARD_AND_CVC
            and _card_in_line(text, cs, ce)
        )
        spans.extend(
            _pick_windows(
                groups,
                text,
                near_card_word=near,
                cvc_named_after=cvc_after,
                card_in_line=in_line,
                maestro_named=maestro,
                alone=alone,
            )
        )
    if LOOKALIKE_HINT.search(text):
        if fine:
            yield
        spans.extend(_lookalike_cards(text, [*spans, *ibans]))
    if _TWO_PARTS.search(text):
        if fine:
            yield
        spans.extend(_spelled_out(text, chains, [*spans, *ibans]))
    if _might_speak_card(text):
        if fine:
            yield
        spans.extend(_spoken_cards(text))
    if spans and "-" in text:
        # "11111111-2222-3333-4444-555555555555": a UUID's groups, no card (round 63)
        uuids = [m.span() for m in _UUID_AROUND.finditer(text)]
        spans = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in uuids)]
    spans.sort()
    found = tuple(spans)
    _remember(text, found)
    return found


# Letters typed for digits inside a card number, as phone keyboards and hurried typing
# leave them: O/o for 0, I/l for 1 ("4O12 8888 8888 l881"). A chain of groups made of
# digits and these letters, each group holding a digit, most characters real digits;
# a window of it counts only when it holds a letter (the plain scan judged the rest).
_LOOKALIKES = str.maketrans("OoIl", "0011")
# a digit next to a look-alike letter (written class first: the cheaper scan)
LOOKALIKE_HINT = stdre.compile(r"[0-9OoIl](?:(?<=[0-9])[OoIl]|(?<=[OoIl])[0-9])")
_LOOKALIKE_GROUP = r"(?=[OoIl]*\d)[\dOoIl]+"
_LOOKALIKE_CHAIN = stdre.compile(
    rf"(?<![\w+]){_LOOKALIKE_GROUP}(?:[ \-./_]{{1,3}}{_LOOKALIKE_GROUP})*(?!\w)"
)
_LOOKALIKE_PART = stdre.compile(r"[\dOoIl]+")
_MAX_LOOKALIKES = 4


_LOOKALIKE_CHARS = frozenset("0123456789OoIl -./_")


def _lookalike_chains(text: str) -> list[stdre.Match[str]]:
    """The look-alike chains around each digit next to a look-alike letter (scanning only
    there: ``o`` and ``l`` are common letters)."""
    out: list[stdre.Match[str]] = []
    done = 0
    for hint in LOOKALIKE_HINT.finditer(text):
        if hint.start() < done:
            continue
        left, right = hint.start(), hint.end()
        while left > 0 and text[left - 1] in _LOOKALIKE_CHARS:
            left -= 1
        while right < len(text) and text[right] in _LOOKALIKE_CHARS:
            right += 1
        out.extend(_LOOKALIKE_CHAIN.finditer(text, left, min(len(text), right + 1)))
        done = right
    return out


def _lookalike_cards(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Card numbers with look-alike letters for digits (see ``_LOOKALIKES``)."""
    found: list[tuple[int, int]] = []
    for chain in _lookalike_chains(text):
        cs, ce = chain.span()
        raw = chain.group()
        if ce - cs < MIN_DIGITS_WITHOUT_CARD_WORD:
            continue
        letters = sum(1 for ch in raw if ch in "OoIl")
        if not letters or any(s < ce and cs < e for s, e in taken):
            continue
        groups = [
            _Group(m.start(), m.end(), m.group().translate(_LOOKALIKES), False)
            for m in _LOOKALIKE_PART.finditer(raw)
        ]
        digits = sum(len(g.digits) for g in groups)
        if letters > _MAX_LOOKALIKES or digits < MIN_DIGITS_WITHOUT_CARD_WORD:
            continue
        if len(groups) > MAX_GROUPS:
            continue
        before = text[max(0, cs - 40) : cs]
        if _NOT_CARD_CONTEXT.search(before) and not _card_word_close(before):
            continue
        groups = [_Group(g.start + cs, g.end + cs, g.digits, False) for g in groups]
        for s, e in _pick_windows(groups, text):
            if any(ch in "OoIl" for ch in text[s:e]):
                found.append((s, e))
    return found


# A card read out in parts across a sentence: "starts with 4539, then 1488, then 0343 and
# the last four 6467", "fängt mit 4539 an, danach 1488 …". Its parts are digit segments
# (groups of 3-6 digits, as printed or as read aloud) joined by words that only order them;
# together they are a card (issuer, brand length, Luhn), and one of the words orders
# (then, next, last, dann, zum Schluss, …) or a card word stands right before the first part.
# Each part is masked: the words between stay.
_SPELL_ORDER_WORDS = (
    "then next followed after afterwards finally last lastly second third fourth fifth "
    "ending ends rest remaining 1st 2nd 3rd 4th 5th "
    # where the number starts and stops: "starts with … and finishes with …"
    "final finish finishes finishing stops start starts starting begin begins beginning "
    "beginnt fängt anfang hört aufhört "
    "dann danach nächste nächsten nächster nächstes gefolgt zuletzt schluss schluß "
    "schließlich letzte letzten letzter zweite zweiten zweiter dritte dritten dritter "
    "vierte vierten vierter fünfte fünften anschließend dahinter endet restlichen "
    # a separator dictated as a word orders the groups as well: "4889 Strich 9711 …"
    "dash hyphen minus space slash strich bindestrich leerzeichen leertaste"
)
_SPELL_FILLER_WORDS = (
    "and the is are come comes with by that group groups block blocks part digits numbers "
    "four five six three at end so plus also it its it's ok okay half halves "
    "und ist sind kommt kommen mit von das die der dem den gruppe gruppen blöcke teil "
    "ziffern zahlen vier vierer fünf sechs drei an auf am ende zum zu sowie noch es hälfte "
    # a group's size in figures: "the next 4 are …", "die letzten 4: …"
    "3 4 5 6"
)


def _spellings(words: str) -> frozenset[str]:
    """The words, each also as typed without umlauts (``nächste``, ``naechste``)."""
    out = set(words.split())
    for word in list(out):
        ascii_word = word
        for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            ascii_word = ascii_word.replace(umlaut, plain)
        out.add(ascii_word)
    return frozenset(out)


_SPELL_ORDERING = _spellings(_SPELL_ORDER_WORDS)
_SPELL_JOINING = _SPELL_ORDERING | _spellings(_SPELL_FILLER_WORDS)
# the words of a gap: what punctuation and spaces leave
_SPELL_TOKEN = stdre.compile(r"[^\s,;:.!()\-]+")
_SPELL_GAP_WORDS = 6
_SPELL_GAP_MAX = 48
# a part: a chain of digit groups (3-6 digits each), not glued to letters ("2nd") or a
# "+", not a time ("10:30"); judged in Python, so the scan stays linear
_CHAIN_STD = stdre.compile(CHAIN_REGEX)
_GROUP_STD = stdre.compile(r"\d+")
# 3-6 digits as printed or read aloud, 7-8 as half of a card ("the first 8 …, the rest …")
_SPELL_GROUP_SIZES = range(3, 9)
# A card typed over two chat lines or pasted messages: the next line's own prefix (a time,
# a speaker) between the parts is no word of the customer's: "…5694\n[10:41] anna: 1810 …"
# The customer's own words may follow that prefix: "Ich: Karte fängt an mit 3461 946823\n
# Ich: und endet mit 08139" (the prefix is cut out, the words judged as any gap's).
# A chat export's stamp: a time, maybe after a date ("[01.12.26, 10:41:12]", "3/4/26 9:05
# pm -"); the speaker's name before or after it ("Anna (10:42):", "[10:42] Anna:").
_STAMP = (
    r"[\[(]?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ ])?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[ap]m)?"
    r"[\])]?(?:[ ]-)?"
)
_LINE_PREFIX = stdre.compile(
    rf"\n[ \t]*(?:>[ \t]*)*(?:{_STAMP}[ \t]*)?"
    rf"(?:[^\W\d][\w. -]{{0,23}}?[ \t]*(?:{_STAMP}[ \t]*)?:(?=[ \t]|\Z))?[ \t]*",
    stdre.IGNORECASE,
)


def _line_pieces(text: str, chains: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chains cut at line breaks: a part ends with its line (the next line may start
    with a time, "…8888\n10:02 Lena: 8888 1881", whose figures are no group)."""
    pieces = []
    for s, e in chains:
        cut = text.find("\n", s, e)
        while cut >= 0:
            stop = cut
            while stop > s and not text[stop - 1].isdecimal():
                stop -= 1
            if stop > s:
                pieces.append((s, stop))
            s = cut + 1
            while s < e and not text[s].isdecimal():
                s += 1
            cut = text.find("\n", s, e)
        if s < e:
            pieces.append((s, e))
    return pieces


def _spell_parts(
    text: str, chains: list[tuple[int, int]], skip: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``chains`` of ``text`` that may be a part of a card read out (none in ``skip``)."""
    parts = []
    for s, e in _line_pieces(text, chains):
        if e - s < 3 or any(a < e and s < b for a, b in skip):
            continue
        groups = [g.span() for g in _GROUP_STD.finditer(text, s, e)]
        # a figure glued to a word at either end is no group: "5312 2nd block"
        if s and (text[s - 1].isalpha() or text[s - 1] == "_"):
            groups = groups[1:]
        if groups and e < len(text) and (text[e].isalpha() or text[e] == "_"):
            groups = groups[:-1]
        if len(groups) > 1 and groups[0][1] - groups[0][0] == 1 and text[groups[0][1]] == " ":
            groups = groups[1:]  # a group's size before it: "the last 4 0123"
        if (
            not groups
            or any(b - a not in _SPELL_GROUP_SIZES for a, b in groups)
            or (text[groups[-1][1] : groups[-1][1] + 1] == ":" and text[e + 1 : e + 2].isdecimal())
        ):
            continue
        parts.append((groups[0][0], groups[-1][1]))
    return parts


_SPELL_CARD_WORD = re.compile(
    r"(?:card|karte|visa|mastercard|amex|maestro|girocard|(?<![^\W\d_])(?:cc|kk)(?![^\W\d_]))",
    re.IGNORECASE,
)
# A necessary condition of a spelled-out card, cheap: two parts (3+ digits each) with a
# short gap between them (which may name a group's size: "the next 4 are").
_TWO_PARTS = stdre.compile(rf"\d{{3}}\D(?:[\s\S]{{0,{_SPELL_GAP_MAX - 2}}}\D)?\d{{3}}")


# A card read out in words, digit by digit: "four zero one two, eight eight …", "vier null
# eins zwei …", with "double"/"triple" for repeats ("double eight"). The words become digits
# and are judged as any number (issuer, brand length, Luhn); the words themselves are the
# span. A run that starts with a phone's zero is no card (no issuer starts with 0).
_DIGIT_VALUES = {
    "zero": "0", "oh": "0", "null": "0",
    "one": "1", "eins": "1", "two": "2", "zwei": "2", "zwo": "2", "three": "3", "drei": "3",
    "four": "4", "vier": "4", "five": "5", "fünf": "5", "fuenf": "5", "six": "6",
    "sechs": "6", "seven": "7", "sieben": "7", "eight": "8", "acht": "8", "nine": "9",
    "neun": "9",
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3, "doppel": 2}
_DIGIT_WORD = "(?:" + "|".join(sorted(_DIGIT_VALUES, key=len, reverse=True)) + ")"
_SPOKEN_TOKEN = rf"(?:(?:double|triple|doppel)[ \-]?)?{_DIGIT_WORD}"
# a group of digits among the words: a card read out partly in words, partly off the
# embossing in its groups ("four five one seven 8128 6570 7042")
_SPOKEN_GROUP = r"\d{1,6}(?!\d)"
# between the parts: a comma, a dot, a dash, or a joiner said between groups read out in
# turn ("four one one one, then one one one one, then 1111 1111", "vier eins, dann …")
_SPOKEN_SEP = r"(?:[ ,;.\-]{1,3}(?:(?:and|und)[ ]+)?(?:then|dann|danach)[ ]+|[ ,;.\-]{1,3})"
_SPOKEN_ITEM = rf"(?:{_SPOKEN_TOKEN}|{_SPOKEN_GROUP})"
# words and digit groups in a run from its first word, two words at least (digit groups
# alone are the plain scan's), each a whole word (the first-letter lookahead keeps the scan
# cheap on ordinary text); ``_spoken_cards`` takes in the groups before the first word and
# wants seven words, or five items with groups (a card of 13+ digits)
SPOKEN_HINT = stdre.compile(
    rf"(?i)(?<!\w)(?=[zoentfsdvacg]){_SPOKEN_TOKEN}(?:{_SPOKEN_SEP}{_SPOKEN_GROUP}){{0,6}}"
    rf"{_SPOKEN_SEP}{_SPOKEN_TOKEN}(?:{_SPOKEN_SEP}{_SPOKEN_ITEM})*(?!\w)"
)
# the digit groups before a run's first word ("4012 8888 eight eight …")
_GROUPS_BEFORE = stdre.compile(rf"(?<!\w)(?:{_SPOKEN_GROUP}{_SPOKEN_SEP}){{1,6}}\Z")
# the same scan, case-sensitive over the lower-cased text: a third cheaper as a gate (only a
# yes or no: lower-casing may change the length of a text, so spans come from SPOKEN_HINT)
_SPOKEN_GATE = stdre.compile(SPOKEN_HINT.pattern.replace("(?i)", "", 1))
_SPOKEN_GATE_ASCII = stdre.compile(ascii_twin(_SPOKEN_GATE.pattern))  # (for an ASCII text)


def _might_speak_card(text: str) -> bool:
    low = text.lower()
    return (_SPOKEN_GATE_ASCII if low.isascii() else _SPOKEN_GATE).search(low) is not None


_SPOKEN_PART = stdre.compile(
    rf"(?i)(?P<rep>double|triple|doppel)?[ \-]?(?P<d>{_DIGIT_WORD})|(?P<g>{_SPOKEN_GROUP})"
)
#: the items a card read out takes: seven words at least (a card of 13+ digits with at most
#: a few repeats), five with digit groups among them ("four zero one two 8888 8888 1881")
_SPOKEN_WORDS_ALONE = 7
_SPOKEN_ITEMS_MIXED = 5
_SPOKEN_PREFERENCE = (16, 15, 19, 18, 17, 14, 13)
#: More digit words than this in one run is masked whole (a card, its expiry and its CVC
#: read out take some 30).
MAX_SPOKEN_WORDS = 80


def _spoken_cards(text: str) -> list[tuple[int, int]]:
    """The word spans of every card read out digit by digit (see ``_DIGIT_VALUES``)."""
    found: list[tuple[int, int]] = []
    for run in SPOKEN_HINT.finditer(text):
        groups = _GROUPS_BEFORE.search(text, max(0, run.start() - 50), run.start())
        start = run.start() if groups is None else groups.start()
        parts = list(_SPOKEN_PART.finditer(text, start, run.end()))
        said = sum(1 for p in parts if p.group("g") is None)
        if said == len(parts) < _SPOKEN_WORDS_ALONE or len(parts) < _SPOKEN_ITEMS_MIXED:
            continue  # too few words for a card
        if len(parts) > MAX_SPOKEN_WORDS:
            # a flood of digit words no person reads out around a card: fail closed, mask
            # it whole, instead of judging hundreds of windows (as ``MAX_GROUPS``)
            found.append((start, run.end()))
            continue
        digits = [
            p.group("g")
            or _DIGIT_VALUES[p.group("d").lower()] * _REPEATS.get((p.group("rep") or "").lower(), 1)
            for p in parts
        ]
        i = 0
        while i < len(parts):
            number = "".join(digits[i : i + MAX_DIGITS])  # a card's words at most
            lengths = brand_lengths(number[:6]) if number[:1] not in ("", "0") else frozenset()
            # every valid length, the usual ones first: a 16-digit card read out may also
            # pass as a 13-digit Visa by chance
            hits: dict[int, int] = {}
            length = 0
            for j in range(i, len(parts)):
                length += len(digits[j])
                if length > MAX_DIGITS:
                    break
                if length >= MIN_DIGITS_WITHOUT_CARD_WORD and length in lengths:
                    if luhn_valid(number[:length]):
                        hits[length] = j
            hit = next((hits[n] for n in _SPOKEN_PREFERENCE if n in hits), -1)
            before = text[max(0, parts[i].start() - 40) : parts[i].start()]
            if hit < 0 or _announced_other(before, text, parts[i].start(), parts[i].start()):
                i += 1
                continue
            found.append((parts[i].start(), parts[hit].end()))
            i = hit + 1
    return found


def might_spell_card(text: str) -> bool:
    """False only when ``text`` holds no card the pre-check's digit scan cannot see: one
    read out in parts or one typed with look-alike letters for digits (for the pre-check:
    the rules themselves, without the spans other rules took, find a superset)."""
    # (the look-alike hint holds a digit 0-9 in any text: a text without one skips its scan)
    if (
        _ASCII_DIGIT.search(text) is not None
        and LOOKALIKE_HINT.search(text) is not None
        and _lookalike_cards(text, [])
    ):
        return True
    if _might_speak_card(text) and _spoken_cards(text):
        return True
    return (
        not _too_few_to_spell(text)  # (a digit count, before the parts' scan)
        and _TWO_PARTS.search(text) is not None
        and bool(_spelled_out(text, [m.span() for m in _CHAIN_STD.finditer(text)], []))
    )


_ASCII_DIGIT = stdre.compile("[0-9]")
_SPELL_DIGITS_SCAN = digits_at_least(MIN_DIGITS_WITHOUT_CARD_WORD)


def _too_few_to_spell(text: str) -> bool:
    """``text`` holds too few digits for a card read out in parts (``_spelled_out``): such a
    card joins the digits of its parts, disjoint spans of the text, to at least
    ``MIN_DIGITS_WITHOUT_CARD_WORD``; in ASCII text a digit is one of 0-9, and counting them
    is cheaper than the parts' scan (speed pass 3: half the chat the pre-check asks has two
    parts, and nearly all of it fewer digits)."""
    return text.isascii() and _SPELL_DIGITS_SCAN.match(text) is None


def _spelled_out(
    text: str, chains: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of every card read out across a sentence (see ``_SPELL_ORDER_WORDS``):
    ``chains`` are the text's digit chains (``CHAIN_REGEX``), none in ``taken`` is a part."""
    if _too_few_to_spell(text):
        return []
    parts = _spell_parts(text, chains, taken)
    if len(parts) < 2:
        return []
    digits = ["".join(_GROUP_STD.findall(text, s, e)) for s, e in parts]
    # joined[k]: parts k and k+1 are joined by ordering words; order[k]: one of them orders
    joined: list[bool] = []
    order: list[bool] = []
    for (_, a), (b, _) in itertools.pairwise(parts):
        between = text[a:b]
        prefix = _LINE_PREFIX.search(between) if "\n" in between else None
        if prefix is not None:
            between = between[: prefix.start()] + " " + between[prefix.end() :]
        # (a gap too long joins nothing, whatever line break lies in it: "Artikel 4412)
        # …" and, lines below, "… kommt 401 Unauthorized" are two numbers of their own)
        near = len(between) <= _SPELL_GAP_MAX
        gap = _SPELL_TOKEN.findall(between.lower()) if near else []
        gap_ok = (
            near
            and (prefix is not None or 0 < len(gap))
            and (len(gap) <= _SPELL_GAP_WORDS and all(w in _SPELL_JOINING for w in gap))
        )
        joined.append(gap_ok)
        # nothing but the next line's prefix between: one number typed over two lines
        order.append(gap_ok and (not gap or any(w in _SPELL_ORDERING for w in gap)))
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(parts) - 1:
        # the joined digits from part i on, as far as a card can reach
        number, ends = digits[i], [len(digits[i])]
        for j in range(i + 1, len(parts)):
            if not joined[j - 1] or len(number) + len(digits[j]) > MAX_DIGITS:
                break
            number += digits[j]
            ends.append(len(number))
        lengths = brand_lengths(number[:6]) if number[0] != "0" else frozenset()
        hit = -1
        for k, length in enumerate(ends[1:], start=1):
            if (
                length >= MIN_DIGITS_WITHOUT_CARD_WORD
                and length in lengths
                and luhn_valid(number[:length])
                and _spelled_context(text, parts[i][0], any(order[i : i + k]))
            ):
                hit = i + k
                break
        if hit < 0:
            i += 1
            continue
        found.extend(parts[i : hit + 1])
        i = hit + 1
    return found


def _spelled_context(text: str, start: int, ordered: bool) -> bool:
    """A card read out from ``start``: an ordering word between its parts or a card word
    right before it, and nothing announcing another number (order, IMEI, …)."""
    before = text[max(0, start - 40) : start]
    if _NOT_CARD_CONTEXT.search(before) and not _card_word_close(before):
        return False
    return (
        ordered
        or _SPELL_CARD_WORD.search(before) is not None
        # (or named further back in the sentence that announces the parts: "die
        # Kartennummer in zwei Teilen aus Sicherheitsgründen: 2227 3105 und …")
        or _card_in_sentence(text, start)
    )


_SENTENCE_END = stdre.compile(r"[.!?\n](?=\s|\Z)|\n")


def _card_in_sentence(text: str, start: int) -> bool:
    """A card word (``_CARD_IN_LINE``) in the sentence before ``start`` (at most
    ``_LINE_REACH`` characters back)."""
    lo = max(0, start - _LINE_REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    return _CARD_IN_LINE.search(text, lo, start) is not None


# A number that is a whole path segment of a URL, after a segment naming what it points
# to ("…/tickets/4111…", "/knowledge/articles/4402…/en-us"): the resource's id. The run of
# text before it is a URL: a scheme or a host, or two named segments from a leading slash;
# the segment before it names no card ("/card/4111…", "Kreditkarte/Visa/4111…" stay cards).
_URL_BEFORE_ID = stdre.compile(
    r"[(\[<\"']*(?:[a-z][a-z0-9+.\-]*://[^\s/]+|(?:[a-z0-9\-]+\.)+[a-z]{2,}(?::\d{1,5})?"
    r"|/[^\s/?#]+)(?:/[^\s/?#]+)*/(?P<seg>[A-Za-z][\w\-.~%]*)/\Z",
    stdre.IGNORECASE,
)
_URL_ID_END = stdre.compile(r"\d+(?:[/?#)\]>\"'\s]|[.,;:!]?\Z|[.,;:!]\s)")
_URL_ID_REACH = 200


def _url_path_id(text: str, start: int) -> bool:
    """The digits at ``start`` are a whole path segment of a URL (``_URL_BEFORE_ID``)."""
    if _URL_ID_END.match(text, start) is None:
        return False
    lo = max(0, start - _URL_ID_REACH)
    gap = max(text.rfind(" ", lo, start), text.rfind("\t", lo, start), text.rfind("\n", lo, start))
    m = _URL_BEFORE_ID.match(text, gap + 1 if gap >= 0 else lo, start)
    return m is not None and _CARD_CONTEXT.search(m.group("seg")) is None


def _glued_ok(text: str, start: int) -> bool:
    """Letters glued before a number: card words and lower case yes, identifiers no;
    a magnetic stripe's track 1 opens with "%B" right before the number."""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    letters = text[i:start]
    if letters == "B" and text[i - 1 : i] == "%":
        return True
    return bool(_CARD_WORDS.search(letters)) or letters.islower()


# The digits after a decimal point or comma: "2.4111111111111111e2", "85.36370249136206%",
# "0,5500000000000004". No card is printed with a group of 7 or more digits after a short
# one (1-3 digits) and a point: such a group is a fraction, never a card's start or part.
_FRACTION_MIN = 7


def _fraction(text: str, start: int, length: int) -> bool:
    if length < _FRACTION_MIN or start < 2 or text[start - 1] not in ".,":
        return False
    i = start - 1
    while i > 0 and text[i - 1].isdecimal():
        i -= 1
    return 1 <= start - 1 - i <= 3  # (a version's last part too: "2.3.4111…")


# An expiry typed right after one long run: "4279…4876076 11/27" is a card with its code
# typed on, then its month and year (an id is not followed by a card's expiry)
_EXPIRY_RIGHT_AFTER = re.compile(
    r"[ ,;|]{1,3}(?:0[1-9]|1[0-2])[/.\-](?:20)?[2-4]\d(?![\d/.\-]\d|\d)"
)
# the rest of an e-mail address (or a Message-ID) after its local part's digits
_ADDRESS_REST = re.compile(r"[\w.+\-=]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# A number listed with one announced as something else: "member 1466… and 8225…"
_LISTED_WITH = re.compile(
    r"\s*(?:[,;/&]|and|und|or|oder|sowie)\s*(?:(?:die|the|a|an)\s+)?\Z", re.IGNORECASE
)


def _hyphen_ok(text: str, start: int) -> bool:
    """A number joined by a hyphen to a word: a card only after a card word ("visa-4111…")."""
    i = start - 1
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return bool(_CARD_WORDS.search(text[i : start - 1]))


def _date_tail(text: str, start: int) -> bool:
    return (
        start >= 2
        and text[start - 1] in "/:"
        and text[start - 2].isdecimal()
        and (start < 3 or not text[start - 3].isdecimal() or text[start - 1] == ":")
    )


def _glued_expiry(text: str, group: _Group, offset: int) -> bool:
    """``250077269169365412/28``: the last two digits of one long group and ``/YY`` after
    it are an expiry glued to an ungrouped card number (a CVC may be glued on too:
    ``…365412/28123``)."""
    rest = group.digits[offset:]
    return (
        len(rest) == 2 and 1 <= int(rest) <= 12 and _EXPIRY_TAIL.match(text, group.end) is not None
    )


# the years a card printed now may expire in ("…1228123": December 2028, CVC 123)
_YEARS = range(20, 50)


def glued_expiry_cvc(rest: str) -> bool:
    """``rest`` (the digits glued to a card number) is an expiry MMYY and a 3-4 digit CVC:
    ``4556…4676`` + ``1228`` + ``123`` typed without a single separator."""
    return len(rest) in (7, 8) and 1 <= int(rest[:2]) <= 12 and int(rest[2:4]) in _YEARS


def _glued_mmyy(rest: str) -> bool:
    """``rest`` (the digits glued to a card number) is an expiry MMYY alone: ``5317…4704``
    + ``0828`` typed as one run of 20 digits."""
    return len(rest) == 4 and 1 <= int(rest[:2]) <= 12 and int(rest[2:]) in _YEARS


_EXPIRY_TAIL = re.compile(r"[/.\-](?:20)?\d{2}(?:\d{3,4})?(?!\d)")


def _pick_windows(
    groups: list[_Group],
    text: str = "",
    *,
    near_card_word: bool = False,
    cvc_named_after: bool = False,
    maestro_named: bool = False,
    alone: bool = False,
    card_in_line: bool = False,
) -> list[tuple[int, int]]:
    digits = "".join(g.digits for g in groups)
    n = len(digits)
    # bounds[k] = offset in ``digits`` where group k starts; bounds[-1] = n
    bounds: list[int] = []
    pos = 0
    for g in groups:
        bounds.append(pos)
        pos += len(g.digits)
    bounds.append(n)
    # Luhn by prefix sums: plain[p][k] / doubled[p][k] sum the digits at offsets < k with
    # offset parity p, as they are or Luhn-doubled.
    vals = [ord(c) - 48 for c in digits]
    plain = [[0, *accumulate(v if k & 1 == p else 0 for k, v in enumerate(vals))] for p in (0, 1)]
    doubled = [
        [0, *accumulate(_DOUBLED[v] if k & 1 == p else 0 for k, v in enumerate(vals))]
        for p in (0, 1)
    ]

    blocked_before = [0, *accumulate(1 if g.blocked else 0 for g in groups)]
    candidates: list[tuple[int, int, int, int, int]] = []  # (rank, start, -len, i, end)
    for i, g in enumerate(groups):
        if g.blocked or g.digits[0] == "0":
            continue
        a = bounds[i]
        lengths = brand_lengths(digits[a : a + 6])
        # (a Maestro named further off vouches for its own lengths: not UATP's or JCB's)
        if (near_card_word or (maestro_named and digits[a] not in "13")) and i == 0:
            lengths = lengths | context_lengths(digits[a : a + 6])
        if not lengths:
            continue
        for length in lengths:
            b = a + length
            if b > n:
                continue
            j = bisect_left(bounds, b)  # first group boundary >= b
            if bounds[j] != b:
                # inside group j-1: allowed only as a glued CVC/expiry on a grouped number
                k = j - 1
                rest = bounds[j] - b
                if rest < 2:
                    continue
                if (
                    k == i
                    and not (
                        _glued_expiry(text, groups[k], b - bounds[k])
                        # "mycardis6011…828pls", "6011…828 incl. cvv"
                        or ((near_card_word or cvc_named_after) and rest in (3, 4))
                        # (a card named further off in the line: a card's own code length,
                        # three digits after 16, an Amex's four after its 15)
                        or (
                            card_in_line
                            and (rest, length) in ((3, 16), (4, 15))
                            and (rest == 3 or digits[a] == "3")
                        )
                        or glued_expiry_cvc(groups[k].digits[b - bounds[k] :])
                        # MMYY alone: only a number standing alone or after a card word
                        # ("id 4556…1228" is a 20-digit id)
                        or (
                            (alone or near_card_word)
                            and _glued_mmyy(groups[k].digits[b - bounds[k] :])
                        )
                    )
                ):
                    continue
                if k > i and (
                    rest > _MAX_GLUED or len(groups[k].digits) <= max(4, len(groups[k - 1].digits))
                ):
                    continue  # a printed group of its usual size carries nothing glued
                last = k
                end_char = groups[k].start + (b - bounds[k])
            else:
                last = j - 1
                end_char = groups[last].end
            if blocked_before[last + 1] - blocked_before[i + 1]:
                continue
            last_par = (b - 1) & 1  # Luhn: the check digit's parity is not doubled
            other = last_par ^ 1
            if (
                plain[last_par][b] - plain[last_par][a] + doubled[other][b] - doubled[other][a]
            ) % 10:
                continue
            # as printed: a glued CVC is not part of the shape, so "4972 2003 3224 5382123"
            # reads 4-4-4-4 plus a CVC rather than a 19-digit 4-4-4-7 number
            shape = (*(len(x.digits) for x in groups[i:last]), b - bounds[last])
            rank = 0 if (len(shape) == 1 or shape in _CANONICAL) else 1
            candidates.append((rank, g.start, -length, i, end_char))
    candidates.sort()
    taken: list[tuple[int, int]] = []
    used = bytearray(len(groups))
    for _, start, _, i, end in candidates:
        last = i
        while last + 1 < len(groups) and groups[last + 1].start < end:
            last += 1
        if not any(used[i : last + 1]):
            used[i : last + 1] = b"\x01" * (last + 1 - i)
            taken.append((start, end))
    return taken


class CreditCardRecognizer(PatternRecognizer):
    """Card numbers of every real brand, in any grouping, validated by IIN, length and Luhn."""

    NAME: str = "CreditCardRecognizer"

    ENTITY = CREDIT_CARD

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=self.NAME,
            supported_language=supported_language,
            # Kept for introspection and for Presidio's tooling; analyze() below does the
            # window search the single regex cannot express.
            patterns=[Pattern("card_chain", CHAIN_REGEX, 0.1)],
            context=["card", "credit", "visa", "mastercard", "amex", "karte", "kreditkarte"],
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Issuer, length and Luhn over the digits of a span; separators are ignored."""
        digits = "".join(ch for ch in pattern_text if ch.isdecimal())
        return is_card_number(digits)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find card numbers; every result is validated (score 1.0)."""
        return span_results(self.ENTITY, self.NAME, self.id, self.MAX_SCORE, find_card_spans(text))

    def analyze_steps(
        self, text: str, entities: list[str]
    ) -> Generator[None, None, list[RecognizerResult]]:
        """``analyze`` in slices (see ``card_spans_steps``); the same results."""
        spans = yield from card_spans_steps(text)
        return span_results(self.ENTITY, self.NAME, self.id, self.MAX_SCORE, spans)
