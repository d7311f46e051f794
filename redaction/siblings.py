"""Siblings: a value coordinated with a masked password takes its mask.

Customers name the values they tried, half remember or changed together: "either 4417 or
9281", "vorher Rocky2015, jetzt Rocky2016", "my PIN isn't 3190, it's 8264", "tried
Ferrari_F40 and ferrari_f40". Once the recognizers mask one of them as a password or
credential, the other is the same kind of thing, yet its own context ("or 9281") names
nothing. This module masks such a *sibling*: a token joined to a masked value by a
coordination form (an alternative, a sequence, a contrast, an old and a new one, a list of
values tried) that has the masked value's shape class (digits, a word, letters mixed with
digits or signs, a key with the same prefix).

A sibling is never an identifier (after "ticket", "Rechnung", "Nr", "#"), a user name, an
amount (a currency beside it), a piece of a phone number, a date, a year, a version, or a
dictionary word unless the masked value is one too (``words`` judges the shapes). Only a
masked value can have siblings, so a message with nothing masked is never changed here:
the cost is a few regular expressions per masked value.
"""

from __future__ import annotations

import re as std_re

import regex as re

from redaction import masking, words
from redaction.password_features import word_kind
from redaction.types import CARD_CVC, CREDENTIAL, PASSWORD, Entity, RedactionResult, _seal

#: The types whose values have siblings (a PIN is masked as a password; a card's code has
#: only a slip of itself: "nicht 772, sondern 727").
_TYPES = frozenset({PASSWORD, CREDENTIAL, CARD_CVC})
#: The most card codes in a text whose slips are looked for.
_MAX_CVCS = 4
#: How far (characters, on one line) a sibling may stand from the masked value.
_REACH = 80
#: The most words between the two values, and after the last coordinating word.
_GAP_WORDS = 8
_TAIL_WORDS = 3
#: How much of the line before the first value and after the second is read for a marker.
_SIDE = 48
_NAME = "siblings"

#: Any text that may hold a coordination form (the cheap gate before any other work).
_GATE = std_re.compile(
    r"(?i)\b(?:or|oder|bzw|beziehungsweise|then|dann|danach|later|später|but|sondern|not|"
    r"nicht|isn't|isnt|wasn't|instead|statt|anstatt|rather|from|von|old|alt\w*|vorher|früher|"
    r"previously|before|bisher|new|neu\w*|now|jetzt|nun|tried|probiert|versucht|both|beide\w*|"
    r"neither|weder|either|entweder)\b|/"
)
_QUOTES = "\"'“”„‚‘’«»`()[]{}<>"
#: A token: what a value may be (list punctuation and quotes are trimmed afterwards).
_TOKEN = re.compile(r"[^\s,;]+")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d+")

# --- the coordination forms, read on the gap between the two values (lower case, quotes
# and brackets removed) and on the line around them
#: "A or B", "A oder vielleicht B", "A bzw. B", "A / B"
_ALTERNATIVE = re.compile(
    r"\s*,?\s*(?:(?:or|oder|bzw\.?|beziehungsweise)(?:\s+(?:maybe|vielleicht|perhaps|probably|"
    r"possibly|wahrscheinlich|eher|auch|also|even|sogar|else|sonst|it\s+was|it's|its|war\s+es|"
    r"es\s+war))?"
    r"|(?:but|aber|or|oder)\s+(?:(?:it|es)\s+)?(?:(?:might|could|may)\s+(?:also\s+)?be|maybe|"
    r"vielleicht|eventuell|evtl\.?)(?:\s+(?:auch|also|even))?"
    r")\s*"
)
#: "A / B": a masked value and one after it only (before it, "admin / x" is its user)
_SLASH = re.compile(r"\s*/\s*")
#: "A, then B", "A und dann B", "A and a minute later B": at most three words before the
#: marker, only ``_FILLERS`` after it
_SEQUENCE = re.compile(
    r"[\s,;:.\-–—]*(?:(?:and|und)\s+)?(?:[^\W\d_]+\s+){0,3}?"
    r"(?:then|dann|danach|anschließend|afterwards|later|später|next)\b"
)
#: What may stand between a marker ("then", "the new one") and the value it introduces:
#: pronouns, copulas, articles, a verb of trying or setting, a word naming a secret.
_FILLERS = frozenset(
    """
    it it's its is was i i've ich es war ist hab habe had have tried typed entered set
    probiert versucht eingegeben getippt gesetzt mit with maybe vielleicht auch also nochmal
    again the das den die der one eins einmal once to auf now jetzt nun that's thats one's
    mine meins meine meiner lautet heißt heisst is: ist: a an ein eine einen was: war:
    key keys token schlüssel secret code
    """.split()
)
#: "not A but B", "isn't A, it's B", "nicht A sondern B" (with the negation before A)
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bnicht|\bisn'?t|\bisn’t|\bwasn'?t|\bwasn’t|\bkein\w*|\bno\s+longer|"
    r"\bnicht\s+mehr)\s*(?:[^\W\d_]+\s+)?\Z"
)
_CONTRAST = re.compile(
    r"\s*[,;\-–—]?\s*(?:(?:but|sondern|aber|rather|eher)\s*)?"
    r"(?:(?:it|it's|its|it\s+is|it\s+was|es|ist|is|was|war|ist\s+es|war\s+es|es\s+ist|es\s+war|"
    r"that's|thats|the\s+right\s+one\s+is|richtig\s+ist)\s*)*"
)
#: "A, not B", "A statt B", "A instead of B"
_CORRECTION = re.compile(
    r"\s*,?\s*(?:(?:and|und)\s+)?(?:not|nicht|instead\s+of|statt|anstatt|anstelle\s+von|"
    r"rather\s+than|and\s+not|und\s+nicht)\s*"
)
#: "from A to B", "von A auf B" (with "from" before A)
_FROM_BEFORE = re.compile(r"\b(?:from|von)\s*\Z")
_TO = re.compile(r"\s*(?:to|into|auf|zu|in|nach|->|→|=>)\s*")
#: an old value and a new one: one marker before the first value (or in the gap) and the
#: other in the gap, the second value close after it
_OLD = re.compile(
    r"\b(?:old|older|alt|alte|alter|altes|alten|vorher|früher|previously|before|bisher|former|"
    r"ehemalig\w*|original|ursprünglich\w*|first|erst|zuerst|erstes|ersten|default|standard\w*|"
    r"werkseitig\w*|voreingestellt\w*)\b"
)
_NEW = re.compile(
    r"\b(?:new|newer|neu|neue|neuer|neues|neuen|jetzt|now|nun|nachher|current|currently|"
    r"aktuell\w*|inzwischen|mittlerweile|(?:changed|set|reset|geändert|gesetzt|umgestellt)"
    r"(?:\s+(?:it|es|das|mine))?\s+(?:to|auf|in|zu))\b"
)
_THEN = re.compile(r"\b(?:then|dann|danach|later|später)\b")
#: values tried: a verb of trying before the first value or after the second, the gap a
#: list ("tried A and B", "A und B probiert", "A, B, neither works") or the verb again
#: ("tried A as pw, rejected. tried B")
_TRY = re.compile(
    r"\b(?:tried|try|trying|tested|typed|entered|probiert|probiere|versucht|versuche|getippt|"
    r"eingegeben|both|beide\w*|neither|weder|either|entweder|none|keins|keines|keiner)\b"
)
_LIST = re.compile(r"\s*(?:,|&|\+|and|und|sowie|as\s+well\s+as|noch|nor)\s*(?:(?:also|auch)\s+)?")
_TRIED_AGAIN = re.compile(
    r"[\s,.;:]*(?:[^\W\d_][\w'’]*[\s,.;:]+){0,4}?(?:(?:and|und|then|dann)\s+)?(?:tried|probiert|"
    r"versucht|tested|typed|entered|getippt|eingegeben)\s*"
)

# --- what a sibling never is
#: A word that names the number after it: an identifier, a user, a phone, a price.
_LABEL = re.compile(
    r"(?i)(?:ticket|order|invoice|rechnung|bestell\w*|auftrag\w*|vertrag\w*|contract|case|"
    r"vorgang\w*|kunden\w*|customer|tracking|sendung\w*|ref|referenz\w*|reference|nr|no|"
    r"nummer|number|id|iban|bic|konto\w*|account|tel|telefon\w*|phone|fax|handy|mobil\w*|"
    r"mobile|plz|zip|version|build|release|error|fehler\w*|artikel\w*|item|sku|serial|"
    r"serien\w*|imei|user(?:name)?|benutzer\w*|nutzer\w*|login\w*|e-?mail|mail|room|raum|"
    r"zimmer|seite|page|step|schritt|port|ip|uid|pid|code-?nr|nummer\w*|inv|ord|tkt|po|rg|re)"
    r"\.?:?"
)
_CURRENCY = re.compile(
    r"(?i)^(?:[€$£¥₺₹₽₩%]|eur|euro|euros|usd|chf|gbp|dollar|dollars|franken|cent|cents|ct|"
    r"pounds?|pfund|prozent|percent|stück|pcs|mal|times|tage?|days?|min|minuten|minutes|"
    r"stunden|hours?|jahre?|years?|mb|gb|kb|ms|zeichen|characters?|chars|digits?|stellen)$"
)
#: A user and a password named together ("Zugangsdaten: x und dann y").
_CREDENTIAL_SET = re.compile(
    r"(?i)zugangsdaten|credentials?|creds|anmeldedaten|login-?daten|access|zugang|account|konto"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT_GROUP_BEFORE = re.compile(r"(?:[+\d][\d]*[ \-/.]|\d[ \-/.]?\(?\)?)\Z")
_DIGIT_GROUP_AFTER = re.compile(r"[ \-/.]\d")


def siblings(text: str, entities: list[Entity]) -> list[Entity]:
    """The siblings of ``entities``' passwords and credentials in ``text`` (offsets in
    ``text``), not overlapping any of ``entities``, and a masked password's last sign the
    text says is its own; empty when there are none."""
    kept = _signs_kept(text, entities) + _listed(text, entities)
    if not any(e.type in _TYPES for e in entities) or _GATE.search(text) is None:
        return kept  # (one scan of the whole text: a flood of masked values costs no more)
    # a card's code has a slip of itself only among a card's few details, not in a flood
    cvcs = sum(e.type == CARD_CVC for e in entities)
    sources = [
        e
        for e in entities
        if e.type in _TYPES
        and (e.type != CARD_CVC or cvcs <= _MAX_CVCS)
        # a coordinating word near the value (the stdlib engine: its scan is the faster)
        and _GATE.search(text, max(0, e.start - _REACH), e.end + _REACH) is not None
    ]
    if not sources:
        return []
    taken = [(e.start, e.end) for e in entities]
    found: list[Entity] = []
    while sources:  # a sibling's siblings: "first A, then B, then C"
        new: list[Entity] = []
        for e in sources:
            for start, end in _of(text, e, taken):
                entity = Entity(e.type, start, end, 0.6, _NAME)
                taken.append((start, end))
                new.append(entity)
        found += new
        sources = new
    return kept + found + _signs_kept(text, found)


#: A list's item: its marker, the value, and at most a note in brackets ("3. 1029 4478",
#: "- 7810 6655 (used)")
_ITEM = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?P<v>[^\s()]+(?:[ ][^\s()]+){0,3}?)"
    r"(?:[ \t]+\([^()\n]{1,40}\))?[ \t]*$"
)
#: How many masked items of one shape make the rest of the list theirs.
_LISTED_LEAST = 2


def _signature(value: str) -> str:
    """A value's shape: each digit a 9, each letter an a, signs and spaces as they are."""
    return "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in value)


def _listed(text: str, entities: list[Entity]) -> list[Entity]:
    """The items of a list whose other items of the same shape are masked passwords (codes
    written one a line: "1. 3391 0024", "2. 7810 6655 (used)", "3. 1029 4478"): an item
    that a note or a marker kept from the recognizers' list is one of them all the same."""
    if "\n" not in text or sum(e.type == PASSWORD for e in entities) < _LISTED_LEAST:
        return []
    items = [m for m in _ITEM.finditer(text) if any(c.isdigit() for c in m.group("v"))]
    if len(items) <= _LISTED_LEAST:
        return []
    masked: dict[str, int] = {}
    free: list[tuple[str, int, int]] = []
    for m in items:
        start, end = m.span("v")
        sig = _signature(m.group("v"))
        if any(e.type == PASSWORD and e.start <= start and end <= e.end for e in entities):
            masked[sig] = masked.get(sig, 0) + 1
        elif not any(e.start < end and start < e.end for e in entities):
            free.append((sig, start, end))
    return [
        Entity(PASSWORD, start, end, 0.6, _NAME)
        for sig, start, end in free
        if masked.get(sig, 0) >= _LISTED_LEAST
    ]


#: A sign after a value said to be part of it: "Tulip.Field. (with the period)", "… with
#: the dot at the end", "mit dem Punkt am Ende", "the ! is part of it"
_SIGN_KEPT = re.compile(
    r"(?i)[\"'”’»“]?[ ]*[,(\-–—]?[ ]*(?:(?:with|incl\.?|including|inklusive|inkl\.?|mit|plus)"
    r"[ ]+(?:the[ ]+|a[ ]+|dem[ ]+|einem[ ]+|den[ ]+)?(?:dot|period|full[ ]stop|point|punkt"
    r"|exclamation[ ](?:mark|point)|ausrufezeichen|question[ ]mark|fragezeichen)"
    r"(?![^\W\d_])(?![ ]+(?:in|im|after|nach|between|zwischen|before|vor)(?!\w))"
    r"|(?:the|that|der|das)[ ]+(?:dot|period|full[ ]stop|punkt|exclamation[ ]mark"
    r"|ausrufezeichen|question[ ]mark|fragezeichen|sign|zeichen)[ ]+(?:is[ ]+part|belongs"
    r"|gehört|is[ ]+included|counts|zählt))"
)
#: The signs a value may end on that a sentence ends on too.
_END_SIGNS = ".!?"


def _signs_kept(text: str, entities: list[Entity]) -> list[Entity]:
    """Masked passwords extended by the sign after them that the text says they hold."""
    out: list[Entity] = []
    for e in entities:
        if (
            e.type == PASSWORD
            and e.end < len(text)
            and text[e.end] in _END_SIGNS
            and _SIGN_KEPT.match(text, e.end + 1, min(len(text), e.end + 64)) is not None
        ):
            out.append(Entity(e.type, e.start, e.end + 1, e.score, _NAME))
    return out


def extend(text: str, result: RedactionResult) -> RedactionResult:
    """``result`` (a redaction of ``text`` made outside the engine: a conversation's) with
    its masked values' siblings masked too."""
    more = siblings(text, result.entities)
    if not more:
        return result
    entities = masking.merge([*result.entities, *more])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


def _of(text: str, masked: Entity, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The siblings of one masked value."""
    value = text[masked.start : masked.end].strip(_QUOTES)
    kind = shape_class(value, masked.type)
    if kind is None or (kind == "digits" and _phone_piece(text, masked.start, masked.end)):
        return []
    line_start = text.rfind("\n", 0, masked.start) + 1
    line_end = text.find("\n", masked.end)
    if line_end < 0:
        line_end = len(text)
    out: list[tuple[int, int]] = []
    squashed = _squashed(value)
    left = max(line_start, masked.start - _REACH)
    right = min(line_end, masked.end + _REACH)
    for m in _TOKEN.finditer(text, left, right):
        start, end = _core(text, m.start(), m.end())
        if end <= start or (masked.start < end and start < masked.end):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        token = text[start:end]
        if respelled(value, token, squashed):
            # the masked value again, spelled another way ("14061998, oder mit Punkten
            # 14.06.1998", "Zürich!2019 … Zuerich!2019", "B0ot5haus oder BOot5haus"): the
            # same secret whatever its shape, unless the words beside it name a thing
            if not _not_a_value(text, start, end, line_start, line_end, "respelled"):
                out.append((start, end))
            continue
        varied = not same_class(kind, value, token, masked.type)
        if varied and not variant(value, token):
            continue
        if _not_a_value(text, start, end, line_start, line_end, kind):
            continue
        after = start >= masked.end
        if after:
            if _SLASH.fullmatch(text, masked.end, start):
                out.append((start, end))  # "x / y": the masked value's alternative
                continue
            how = _coordination(
                text, (masked.start, masked.end), (start, end), line_start, line_end
            )
        else:
            if _names_credentials(text, line_start, start):
                continue  # "Zugangsdaten: kunde4471 und dann …": the user before its password
            how = _coordination(
                text, (start, end), (masked.start, masked.end), line_start, line_end
            )
        if how is None:
            continue
        if varied and _TRY.search(text[line_start:line_end].lower()) is None:
            continue  # a variant counts among values tried ("Kennwort ist X7 oder X?" asks)
        if how == (_SECOND_DENIED if after else _FIRST_DENIED) and not slip(value, token):
            continue  # "not 0815 but 7294": what the secret is not, unless a slip of it
        out.append((start, end))
    return out


#: How a value is spelled again: umlauts written out, digits that stand for letters
#: ("B0ot" and "BOot"), any case; separators and signs dropped
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "0": "o", "1": "l"})
#: The fewest letters and digits two spellings must share to be one value.
_RESPELLED_LEAST = 5


_NOT_ALNUM = std_re.compile(r"[\W_]+")


def _squashed(value: str) -> str:
    return _NOT_ALNUM.sub("", value.lower().translate(_FOLD))


def respelled(value: str, token: str, squashed: str | None = None) -> bool:
    """Is ``token`` the value ``value`` spelled another way: the same letters and digits in
    the same order, with other separators, another case, umlauts written out or a zero for
    an O? (Five of them at least: "1234" and "12.34" say too little.) ``squashed``: the
    value's ``_squashed`` form, when known."""
    if token == value or len(token) < _RESPELLED_LEAST:
        return False
    if squashed is None:
        squashed = _squashed(value)
    if len(squashed) < _RESPELLED_LEAST:
        return False
    if token[0].isalnum() and token[0].lower().translate(_FOLD)[0] != squashed[0]:
        return False  # (the cheap look first: most tokens start otherwise)
    return _squashed(token) == squashed


#: The fewest letters two variants of one value share ("sonne" and "Sonne7!").
_VARIANT_LEAST = 5


def _letters(value: str) -> str:
    return "".join(c for c in value.lower() if c.isalpha())


def variant(value: str, token: str) -> bool:
    """Is ``token`` a variant of ``value``: the same letters (any case), the digits or
    signs around them changed, added or left off ("Tulpenfeld", "tulpenfeld7",
    "Tulpenfeld!!")? Customers list such variants of one password when they try them all;
    coordinated with the masked one (``_coordination``) on a line that says values were
    tried (``_TRY``), each is the secret too."""
    if token == value:
        return False
    letters = _letters(value)
    return len(letters) >= _VARIANT_LEAST and _letters(token) == letters


def _names_credentials(text: str, line_start: int, start: int) -> bool:
    """Do the few words before ``start`` name a user or a set of credentials ("login",
    "Zugangsdaten:", "user")? Then the value there is the user's name."""
    for w in text[max(line_start, start - 32) : start].split()[-3:]:
        w = w.strip(_QUOTES + ".,;:")
        if word_kind(w) in ("user", "login") or _CREDENTIAL_SET.fullmatch(w):
            return True
    return False


def slip(value: str, token: str) -> bool:
    """``token`` is ``value`` typed with a slip: a digit or two, a letter or two, the case."""
    if value.isdecimal() and token.isdecimal():
        # one digit, or two neighbours swapped: a PIN has few digits, two of four changed
        # make another PIN
        if len(value) != len(token):
            return False
        diff = [i for i, (a, b) in enumerate(zip(value, token, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and value[diff[0]] == token[diff[1]]
        )
    return words.retyped(value, token)


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    """A token's value: quotes, brackets and sentence punctuation trimmed (a value's own
    "!" kept; a question's "?" not)."""
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES + ".,;:":
        end -= 1
    if end - start > 1 and text[end - 1] == "?" and text[end - 2] != "?":
        end -= 1
        while end > start and text[end - 1] in _QUOTES:
            end -= 1
    return start, end


def shape_class(value: str, etype: str) -> str | None:
    """The masked value's shape class, or None when it has no siblings (a passphrase,
    spaced digits, a value too short to judge)."""
    if etype == CREDENTIAL:
        return "key" if len(value) >= 16 and " " not in value else None
    if etype == CARD_CVC:
        return "cvc" if value.isdecimal() and value.isascii() and 3 <= len(value) <= 4 else None
    if not value or any(c.isspace() for c in value):
        return None
    if value.isdecimal() and value.isascii():
        return "digits" if 4 <= len(value) <= 10 else None
    if value.isalpha():
        return "word" if len(value) >= 4 else None
    if any(c.isalpha() for c in value) and len(value) >= 5:
        return "mixed"
    return None


def _case(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    return "title" if word[0].isupper() and word[1:].islower() else "mixed"


def same_class(kind: str, value: str, token: str, etype: str) -> bool:
    """Is ``token`` of the masked ``value``'s shape class, and shaped as a value?"""
    if kind == "cvc":
        # a card's code coordinated with another only as a slip of it (same length)
        return token.isdecimal() and token.isascii() and slip(value, token)
    if len(token) < 4 or (kind != "word" and words.is_non_secret_shape(token)):
        return False
    if kind == "digits":
        return (
            token.isdecimal()
            and token.isascii()
            and abs(len(token) - len(value)) <= 2
            and (_YEAR.fullmatch(token) is None or _YEAR.fullmatch(value) is not None)
        )
    if kind == "word":
        low = token.lower()
        return (
            token.isalpha()
            and _GATE.fullmatch(low) is None  # a coordinating word: "x or later"
            and _case(token) == _case(value)
            and low not in words.STOP_WORDS
            and not word_kind(token)
            and (low not in words.dictionary() or value.lower() in words.dictionary())
        )
    if kind == "key":
        # a key of the same family (its prefix), or random text as long as a key
        classes = (
            any(c.islower() for c in token)
            + any(c.isupper() for c in token)
            + any(c.isdigit() for c in token)
        )
        return (
            etype == CREDENTIAL
            and len(token) >= 16
            and words.likeness(token) == words.STRONG
            and (token[:3] == value[:3] or classes == 3)
        )
    # letters mixed with digits or signs: password-shaped itself, or the masked value
    # spelled another way ("Ferrari_F40" or "ferrari_f40")
    if token.isalpha() or not any(c.isalpha() for c in token):
        return False
    if words.likeness(token) != words.STRONG or words.names_product(token):
        return False
    if words.secret_shape(token) != words.NOT_SECRET:
        return True
    stem = 0
    for a, b in zip(token.lower(), value.lower(), strict=False):
        if a != b:
            break
        stem += 1
    return stem >= 4


def _phone_piece(text: str, start: int, end: int) -> bool:
    """Digits that are one group of a longer number ("0171 555 6071")."""
    return (
        _DIGIT_GROUP_BEFORE.search(text, max(0, start - 8), start) is not None
        or _DIGIT_GROUP_AFTER.match(text, end) is not None
    )


def _not_a_value(
    text: str, start: int, end: int, line_start: int, line_end: int, kind: str
) -> bool:
    """A token that the words beside it show is no value: an identifier's, a user's, a
    phone's or an amount's number, or a date's year."""
    if text[start - 1 : start] == "#" or text[end : end + 1] in ("%", "€", "$", "@"):
        return True
    if "#" in text[start:end] and _LABEL.fullmatch(text[start:end].split("#", 1)[0]):
        return True  # "Inv#12aB", "ORD#4471x": a reference with its label
    before = text[max(line_start, start - 24) : start].split()
    after = text[end : min(line_end, end + 16)].split()
    if before and (_LABEL.fullmatch(before[-1].strip(_QUOTES)) or before[-1] in ("#", "Nr.")):
        return True
    if before and _CURRENCY.match(before[-1].strip(_QUOTES + ".,:")):
        return True
    if after and _CURRENCY.match(after[0].strip(_QUOTES + ".,:;!?")):
        return True
    return kind == "digits" and _phone_piece(text, start, end)


def _gap_text(text: str, start: int, end: int) -> str:
    """``text[start:end]`` in lower case with quotes and brackets removed."""
    return text[start:end].lower().translate(_DROP_QUOTES)


_DROP_QUOTES = str.maketrans("", "", _QUOTES)


#: How two coordinated values stand: equal, or the first or the second one denied ("not
#: A but B": A is what the secret is not).
_EQUAL, _FIRST_DENIED, _SECOND_DENIED = "equal", "first denied", "second denied"


def _coordination(
    text: str,
    first: tuple[int, int],
    second: tuple[int, int],
    line_start: int,
    line_end: int,
) -> str | None:
    """How the two values are joined, or None when no coordination form joins them."""
    gap = _gap_text(text, first[1], second[0])
    if len(_WORD.findall(gap)) > _GAP_WORDS:
        return None
    if _ALTERNATIVE.fullmatch(gap):
        return _EQUAL
    then = _SEQUENCE.match(gap)
    if then is not None and _fillers(gap[then.end() :]):
        return _EQUAL
    if _CORRECTION.fullmatch(gap):
        return _SECOND_DENIED
    before = _gap_text(text, max(line_start, first[0] - _SIDE), first[0])
    if _NEGATION_BEFORE.search(before) and _CONTRAST.fullmatch(gap):
        return _FIRST_DENIED
    if (_FROM_BEFORE.search(before) and _TO.fullmatch(gap)) or _old_and_new(before, gap):
        return _EQUAL
    after = _gap_text(text, second[1], min(line_end, second[1] + _SIDE))
    tried = _TRY.search(" ".join(before.split()[-4:])) or _TRY.search(" ".join(after.split()[:5]))
    if tried is not None and (_LIST.fullmatch(gap) or _TRIED_AGAIN.fullmatch(gap)):
        return _EQUAL
    return None


def _old_and_new(before: str, gap: str) -> bool:
    """An old value and a new one: "alt A, neu B", "A was my old one, now it's B", "die alte
    PIN war A (…), die neue B"; the second value at most a few words after its marker."""
    near = " ".join(before.split()[-3:])
    marks = [(m.end(), "old") for m in _OLD.finditer(gap)]
    marks += [(m.end(), "new") for m in _NEW.finditer(gap)]
    if not marks:
        return False
    last_end, last = max(marks)
    if not _fillers(gap[last_end:]):
        return False
    other = "new" if last == "old" else "old"
    if any(kind == other for _, kind in marks):
        return True
    if last == "new" and _THEN.search(gap, 0, last_end) is not None:
        return True  # "A, then … changed it to B": the value before it is the old one
    return (_NEW if other == "new" else _OLD).search(near) is not None


def _fillers(tail: str) -> bool:
    """Is ``tail`` (text between a marker and a value) at most ``_TAIL_WORDS`` words, each
    a filler or a word naming a secret ("the new one is", "new password:", "dann die PIN")?"""
    found = _WORD.findall(tail)
    return len(found) <= _TAIL_WORDS and all(
        w in _FILLERS or word_kind(w) in ("pw", "pin", "wifi") for w in found
    )
