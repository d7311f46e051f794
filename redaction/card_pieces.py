"""A card number's first piece as it arrives, when words lead into it.

Customers type a card in pieces, one message each, and say what comes: "Ich diktiere die
Karte: 3530" ⏎ "7405" ⏎ …, "ok the card number is 4532 0198" ⏎ "7654 3215", "erste Hälfte
2315 5412" ⏎ "zweite Hälfte …". No message holds a card, so the card rules see none; the
hindsight masks the pieces only once the last one completes the number (the stored copy),
while the bot and the first delivery saw them. A piece is masked on arrival when:

- it ends the message, after a few words that lead into it and name a card (its word or a
  brand: "it's a diners card, 3012", "Amex, 3759"), or that order a number's pieces from
  its start ("first four", "erste Hälfte"); or the line before named the card or gave its
  expiry or code ("exp 10/30" ⏎ "6219885795");
- its digits start a real issuer's number shorter than the brand's (at least a group of
  four: "3530" is JCB's, "2024" and "0171" are no issuer's);
- no word names another number ("Bestellung 4471", "order number 4000 2211") or a card's
  part that is no piece of its number ("card ending 4417", "PIN der Karte 4471"): a count of
  a card's whole length ("amex so it's 15 digits") names no part.

The pieces after it go on in ``Continuation`` as after any announced first piece.
"""

from __future__ import annotations

import re

from redaction import resend
from redaction.hindsight import OTHER_NUMBER
from redaction.recognizers.card import CARD_WORD_LITERALS, brand_lengths, is_card_number

#: A line's last words and the piece of digits ending it ("Amex, 3759", "Die Nummer ist
#: 3400 158722", "Field 1 card number: 4917 6120"): groups apart by spaces, dots or dashes.
_LED = re.compile(r"(?P<lead>[^\n]{1,80}?)[\s:,#=]+(?P<d>[0-9]+(?:[ .\-][0-9]+)*)[ \t]*[.!]?")
#: An amount with its cents after a point or a comma ("45.90", "1.299,00"): a card's groups
#: are never cut to two digits at the end.
_AMOUNT = re.compile(r"[0-9]{1,5}(?:\.[0-9]{3})*[.,][0-9]{2}")
#: At most this many words lead into a piece (more is a story with a number at its end).
LEAD_WORDS = 9
#: A card's word or brand, inflected or compounded with its number or details
#: ("Kartennummer", "Discover-Karte", "diners card", "Mastercard", "Kartendaten").
CARD_NAMED = re.compile(
    rf"(?i)(?<![^\W\d_-]){CARD_WORD_LITERALS}(?:n|s)?(?:-?(?:nummer|number|nr|no|num)\.?)?"
    r"(?![^\W\d_])|(?<![^\W\d_])(?:discover|diners|jcb|union\s*pay|american\s+express"
    r"|karten(?:daten|zahlung|details|angaben))(?![^\W\d_])"
)
#: What a line that gave a card's details shows of them once masked ("exp [EXPIRY]").
_DETAILS_MASKED = re.compile(r"\[(?:EXPIRY|CVC)\]")
#: Words that order a number's pieces from its start ("first four", "erste Hälfte", "first
#: half:"): the first piece of a number given in parts.
_FIRST_PIECE = re.compile(
    r"(?i)(?<![^\W\d_])(?:first|erste[nrs]?)\s+(?:half|part|block|group|hälfte|teil|gruppe"
    r"|four|vier|six|sechs|eight|acht|[0-9]{1,2})(?![^\W\d_])"
    r"(?:\s+(?:digits|ziffern|stellen|numbers|zahlen)(?![^\W\d_]))?"
)
#: Words naming a part of a card that is no piece of its number, or a number beside it
#: ("the one ending in", "last 4 of the card", "PIN der Karte", "old card", "3 digits").
_NAMES_PART = re.compile(
    r"(?i)(?<![^\W\d_])(?:end\w*|last|letzte\w*|pin|geheimzahl|code|cvc|cvv|old|alte\w*"
    r"|digits|ziffern|stellen)(?![^\W\d_])"
)
#: A count of a whole card's digits ("15 digits", "14 Stellen", "16-stellig"): the length
#: of the number coming, no part of it.
_WHOLE_COUNT = re.compile(
    r"(?i)(?<!\d)1[2-9][ \t-]*(?:digits|ziffern|stellen|stellig|-stellig)(?![^\W\d_])"
)
#: What else a number ending a line may be: an amount, a date, a charge.
_OTHER_TOPIC = re.compile(
    r"(?i)(?<![^\W\d_])(?:amount|betrag|summe|price|preis|total|fee|gebühr|date|datum"
    r"|charged|abgebucht|bezahlt|paid|kostet|costs?|stück|pieces?|qty|menge|jahr|year)"
    r"(?![^\W\d_])"
)
#: A card that pays nothing, whose number is no payment card's ("gift card number",
#: "Payback-Karte", "SIM card").
_OTHER_CARD = re.compile(
    r"(?i)(?:gift|loyalty|bonus|geschenk\w*|gutschein\w*|sim|payback|student\w*|library"
    r"|bibliotheks?|key|schlüssel|access|zugangs?)[ \t-]*(?:card|karte)"
)
#: What a card's digits shown masked are written with ("****", "XXXX", "••••").
_SHOWN_MASKED = re.compile(r"[*•xX#]{3,}|•")
#: Words that only lead into a number, beyond ``resend``'s ("die Nummer ist", "my number").
_LEAD_MORE = frozenset(
    "number nummer nr no the die der my meine mein is yes ja sure klar goes comes kommt here's "
    "heres".split()
)
#: Words that order a number's pieces after the first ("weiter", "the rest", "second half").
_ORDER_WORDS = frozenset(
    "weiter rest next then dann danach noch more und and second zweite zweiter third dritte "
    "dritter last letzte letzter part teil half hälfte block group gruppe piece stück bit "
    "bits the die der das".split()
)
#: At most this many such words before the next piece.
_NEXT_WORDS_MAX = 4
#: The digits of a card's first half as printed (two groups of four), masked when words
#: that order a number's pieces lead into it without naming a card.
_HALF_MIN = 8
#: A piece of a group alone, the least a first piece holds (a card's printed group).
_GROUP = 4


def names_part(line: str) -> bool:
    """Does ``line`` name a part of a card or a number beside it ("ending in", "last 4",
    "PIN")? A count of the whole card's digits ("15 digits") names none."""
    return _NAMES_PART.search(_WHOLE_COUNT.sub(" ", line)) is not None


def names_card(line: str) -> bool:
    """Does ``line`` name a card (its word or a brand), or show its masked details?"""
    return CARD_NAMED.search(line) is not None or _DETAILS_MASKED.search(line) is not None


def starts_card(digits: str) -> bool:
    """Could ``digits`` (a group of four at least) begin a card number: a real issuer's
    prefix, fewer digits than the brand's length?"""
    lengths = brand_lengths(digits)
    return len(digits) >= _GROUP and bool(lengths) and len(digits) < max(lengths)


#: How a piece is taken: masked as a card's, masked if printed as a card's first half
#: (``continuation._printed_head``), or only remembered as a number's beginning.
MASKED, PRINTED, REMEMBERED = "masked", "printed", "remembered"


def led_piece(text: str, cue: str) -> tuple[int, int, str] | None:
    """The span of a card's first piece that ends ``text`` (one line) after words leading
    into it, and how it is taken (``MASKED``, ``PRINTED``, ``REMEMBERED``); or None.
    ``cue``: the line before (masked), which may have named the card. A piece only ordered
    ("first four: 4661", no card named) is remembered, not masked, for a house number is
    typed so too ("erste 4: 3456"); it begins a number whose next piece is masked ("next:
    6630"). Words that only lead in ("die Nummer ist 3400 158722") make it a piece when it
    is printed as a card's first half, as a bare message would."""
    if not text[-1:].isdigit() and text[-1:] not in ".!":
        return None  # (cheap: most messages end on a letter)
    m = _LED.fullmatch(text)
    if m is None:
        return None
    if _AMOUNT.fullmatch(m["d"]):
        return None  # "ok it's 45.90": an amount with its cents, no piece
    lead, digits = m["lead"], re.sub(r"\D", "", m["d"])
    # the piece's own sentence leads into it ("fehler 500. neue karte ist 5375 4411"; r63)
    cut = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "))
    if cut >= 0:
        lead = lead[cut + 2 :]
    if len(lead.split()) > LEAD_WORDS or re.search(r"\d{2,}", _WHOLE_COUNT.sub(" ", lead)):
        return None  # a story, or another number before the piece ("Handy +49 151")
    if _SHOWN_MASKED.search(lead) or not starts_card(digits):
        return None  # "**** **** **** 4821", "Visa •••• 4422": a card's last four shown
    # ("the first 6 digits" name the number's first piece, no part beside it)
    if names_part(_FIRST_PIECE.sub(" ", lead)) or names_part(cue):
        return None
    if OTHER_NUMBER.search(lead) is not None:
        return None
    if _OTHER_TOPIC.search(lead) is not None or _OTHER_CARD.search(lead) is not None:
        return None
    if names_card(lead):
        return (*m.span("d"), MASKED)
    only_leads = all(_leads_in(token) for token in lead.split())
    if names_card(cue) and only_leads:
        # "can i pay the invoice by card here?" ⏎ "ok its 5167 3340": words that only
        # lead in (not "Limit 5000", "frage für kunde 6241": a thing of its own)
        return (*m.span("d"), MASKED)
    first = _FIRST_PIECE.search(lead) is not None
    if first and names_card(cue):
        return (*m.span("d"), MASKED)  # "ich zahl mit Mastercard" ⏎ "die ersten vier: 5412"
    if OTHER_NUMBER.search(cue) is not None or resend.names_other(cue):
        return None  # "lange Nummern werden gefiltert, die Sendung hängt" ⏎ "erste Hälfte …"
    if first:
        # a first half as printed ("first half: 2300 4651") is masked; a first group
        # alone is remembered
        return (*m.span("d"), MASKED if len(digits) >= _HALF_MIN else REMEMBERED)
    return (*m.span("d"), PRINTED) if only_leads else None


def next_piece(text: str) -> tuple[int, int] | None:
    """The span of the piece that ends ``text`` (one line) after words that only lead in
    or order the pieces ("weiter: 1283", "the rest: 0151 1283", "und dann noch 0366"):
    the next piece of a card whose first piece came before; or None."""
    if not text[-1:].isdigit() and text[-1:] not in ".!":
        return None
    m = _LED.fullmatch(text)
    if m is None or _AMOUNT.fullmatch(m["d"]):
        return None
    tokens = m["lead"].split()
    if len(tokens) > _NEXT_WORDS_MAX or not all(_leads_in(t) or _orders(t) for t in tokens):
        return None
    return m.span("d")


def last_digits(text: str) -> str:
    """The digits of the piece that ends ``text`` (one line) after any words ("Field 2:
    7429 5934"), or ""."""
    if not text[-1:].isdigit():
        return ""
    m = _LED.fullmatch(text)
    return "" if m is None else re.sub(r"\D", "", m["d"])


def _orders(token: str) -> bool:
    return token.strip(".,;:!?\"'()").lower() in _ORDER_WORDS


def _leads_in(token: str) -> bool:
    core = token.strip(".,;:!?\"'()").lower()
    return not core or resend.leads_in(core) or core in _LEAD_MORE


#: How the brands print a card of each length, group by group, and the first digit of the
#: brands that print it so (Visa's 13 as 4-3-3-3, a 19-digit card's last group of three,
#: American Express 4-6-5, Diners 4-6-4; a Maestro of any length is printed in fours):
#: customers who type a card in pieces break it where the card breaks it.
_PRINTED = {
    13: (((4, 3, 3, 3), "4"), ((4, 4, 4, 1), "4")),
    14: (((4, 6, 4), "3"),),
    15: (((4, 6, 5), "3"),),
    16: (((4, 4, 4, 4), ""),),
    19: (((4, 4, 4, 4, 3), ""),),
}


def _groups(piece: str) -> list[int]:
    return [len(g) for g in re.split(r"[ .\-/]+", piece.strip()) if g]


def in_printed_groups(head: str, piece: str) -> bool:
    """Do the digits ``head`` (pieces before, digits only; "" for none) and ``piece`` (as
    typed) follow a card's printed groups from its start: ``head`` ends on a group's end
    and each of ``piece``'s groups is one printed group or several glued ("3782" ⏎ "822463"
    ⏎ "10005": 4-6-5; "2223" ⏎ "3786": 4-4; not "4482 9910 22": 4-4-2), fewer digits than
    the card or all of them, the whole starting a real issuer's number? A run typed so is
    a card's pieces unless a message says what else it is."""
    sizes = _groups(piece)
    digits = head + re.sub(r"\D", "", piece)
    if not sizes or len(digits) < _GROUP:
        return False
    # (``brand_lengths``: not the lengths a card has only beside its word, Maestro's twelve
    # and UATP's fifteen)
    for length in sorted(brand_lengths(digits)):
        if len(digits) > length:
            continue
        for printed, first in _PRINTED.get(length, ()):
            if digits.startswith(first) and _aligned(len(head), sizes, printed):
                return True
    return False


def _aligned(offset: int, sizes: list[int], printed: tuple[int, ...]) -> bool:
    """Do groups of ``sizes`` starting ``offset`` digits in cover whole groups of
    ``printed``?"""
    ends, at = set(), 0
    for size in printed:
        at += size
        ends.add(at)
    if offset and offset not in ends:
        return False
    at = offset
    for size in sizes:
        at += size
        if at not in ends:
            return False
    return True


#: A number of another kind than a card's, as a word's start ("Artikelnummern",
#: "Rückrufnummer", "order no"): what a customer calls digits that are no card.
_OTHER_KIND = re.compile(
    r"(?i)(?<![^\W\d_])(?:order|bestell|auftrag|ticket|invoice|rechnung|kunden|customer"
    r"|tracking|sendung|paket|parcel|referen|phone|telefon|handy|mobil|rückruf|callback|iban"
    r"|konto|account|imei|artikel|article|serial|serien|vertrag|contract|mitglied|member"
    r"|versicherung|steuer|tax|plz|zip|postleitzahl|filial|branch)"
)


def names_other_number(line: str) -> bool:
    """Does ``line`` say the digits around it are a number of another kind (an order, an
    account, a phone, a reference: "order number in parts", "das sind Artikelnummern", a
    card that pays nothing) without naming a payment card?"""
    if _OTHER_CARD.search(line) is not None:
        return True  # "Payback-Karte", "gift card": a card that pays nothing
    return _OTHER_KIND.search(line) is not None and not names_card(line)


#: A line that is nothing but a piece of digits ("3010", "2334 3010").
_BARE_LINE = re.compile(r"[ \t]*[0-9]+(?:[ .\-][0-9]+)*[ \t]*")


def led_lines(text: str, cue: str) -> list[tuple[int, int]] | None:
    """The spans of a card's pieces over the last lines of ``text`` when a line whose
    words name the card ends on its first piece and each line after it is a piece alone,
    the whole in the card's printed groups and shorter than the card ("card is 5425 2334"
    ⏎ "3010" in one message, its rest in the next); or None."""
    lines = text.split("\n")
    at = len(lines) - 1
    while at > 0 and _BARE_LINE.fullmatch(lines[at]):
        at -= 1
    if at == len(lines) - 1:
        return None
    found = led_piece(lines[at].rstrip(), cue)
    if found is None or found[2] != MASKED or not names_card(lines[at]):
        return None
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    spans = [(starts[at] + found[0], starts[at] + found[1])]
    head = re.sub(r"\D", "", lines[at][found[0] : found[1]])
    for k in range(at + 1, len(lines)):
        piece = lines[k].strip()
        if not in_printed_groups(head, piece) or not starts_card(head + re.sub(r"\D", "", piece)):
            return None
        head += re.sub(r"\D", "", piece)
        begin = starts[k] + lines[k].index(piece)
        spans.append((begin, begin + len(piece)))
    return spans


#: Each digit's words, as a phone's dictation types them ("four eight three seven",
#: "vier acht drei sieben").
_SAID_DIGITS = {
    word: str(value)
    for value, names in enumerate(
        (
            "zero null oh",
            "one eins",
            "two zwei zwo",
            "three drei",
            "four vier",
            "five fünf fuenf",
            "six sechs",
            "seven sieben",
            "eight acht",
            "nine neun",
        )
    )
    for word in names.split()
}
#: A group said in words has this many digits (a card's printed group, Amex's six).
_SAID_GROUP = (4, 6)


def said_piece(line: str, cue: str) -> tuple[int, int, str] | None:
    """The span and digits of a card's first group said in words ("four eight three
    seven") after a line that named the card and no part of it ("Zahlung bitte mit dieser
    Karte:"), starting a real issuer's number; or None."""
    tokens = line.split()
    if not _SAID_GROUP[0] <= len(tokens) <= _SAID_GROUP[1]:
        return None
    digits = "".join(_SAID_DIGITS.get(t.strip(".,;:!").lower(), "x") for t in tokens)
    if "x" in digits or not starts_card(digits) or not names_card(cue) or names_part(cue):
        return None
    start = line.index(tokens[0])
    return start, start + len(line.strip()), digits


#: Words a customer (or a phone's dictation) puts between a card's groups in one message:
#: "4291 4177 comma 7631 7063", "4111 1111 und dann 1111 1111", "then", "dash".
_JOINER = (
    r"(?:comma|komma|dash|bindestrich|strich|space|leerzeichen|and\s+then|und\s+dann|then"
    r"|dann|danach)"
)
_GROUPS_APART = re.compile(
    rf"(?i)(?<![\w.,/])[0-9]{{3,6}}(?:(?:[ \t]*,?[ \t]+|[ \t]*,[ \t]*)(?:{_JOINER}[ \t]*,?[ \t]+)?"
    r"[0-9]{3,6})+(?![\w/]|[.,][0-9])"
)
#: A message holds such a joiner when one of these occurs (lower case).
JOINER_LITERALS = ("comma", "komma", "dash", "strich", "space", "leerzeichen", "then", "dann")


def groups_apart(text: str) -> list[tuple[int, int]]:
    """The spans of card numbers typed as groups with words between them in a message that
    names a card ("the card number is 4291 4177 comma 7631 7063 comma expiry …"): the
    groups from the first to the last of a run that is a card (issuer, length, Luhn)."""
    if not names_card(text):
        return []
    found = []
    for m in _GROUPS_APART.finditer(text):
        groups = list(re.finditer(r"[0-9]+", m[0]))
        best = None
        for i in range(len(groups)):
            for j in range(len(groups), i, -1):
                digits = "".join(g[0] for g in groups[i:j])
                if is_card_number(digits) and (best is None or j - i > best[1] - best[0]):
                    best = (i, j)
        if best is not None:
            found.append(
                (m.start() + groups[best[0]].start(), m.start() + groups[best[1] - 1].end())
            )
    return found
