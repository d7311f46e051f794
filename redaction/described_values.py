"""A value spelled with the names of its letters, joined by hyphens ("Ha-ee-ell-ell-o").

A customer who fears the chat masks or mangles a value spells it as it is said aloud, each
letter by its name and each digit by its word: "zum Einloggen: Ha-ee-ell-ell-o",
"PIN: Ka-Ha-Vier-Zwo-Acht", "password: aitch-ee-el-el-oh". No word of it looks like a
secret, but the run's make-up does: items joined by hyphens, every one a letter's name
(German "Ha", "Ka", "Ell", "Zett"; English "aitch", "double-u"), a single character or a
digit's word, two of them at least a letter's name longer than the letter itself. A
hyphenated word ("Max-Planck-Straße", "Baden-Württemberg") or a dashed reference
("A-B-7-7") is none of that.

Spelling is how names are given too ("Em-ee-i-ee-er" for Meier), so the run is a secret only
when the message names what it is for before it: a password or PIN word (the password
recognizer's trigger spans) or logging in ("zum Einloggen", "to log in"), and no name,
address or order word stands right before it.
"""

from __future__ import annotations

import re

from redaction import resend, spoken, words
from redaction.spoken import DIGIT_WORDS

# the names of the letters, German (DIN 5009 read aloud) and English, as people write them
LETTER_NAMES = frozenset(
    """
    ah be beh ce ze zeh de deh ee eh ef eff ge geh ha hah ie jot ka kah el ell em emm en enn
    oh pe peh ku kuh qu er err es ess te teh uh vau fau we weh ix ypsilon zett zet äh öh üh
    eszett
    ay bee cee see dee gee aitch haitch eye jay kay pee cue queue ar are tee you vee
    double-u doubleyou ex wye why zed zee
    """.split()
)
# a run of four items or more joined by single hyphens, alone as a word
_RUN = re.compile(r"(?<![\w-])[^\W_]{1,7}(?:-[^\W_]{1,7}){3,23}(?![\w-])")
# what names the run's purpose before it: logging in, unlocking (not "login", a label of
# the user's name as often as of the password)
_PURPOSE = re.compile(
    r"(?i)(?<![^\W\d_])(?:einloggen|anmelden|log[ ]in|sign[ ]in|entsperren|unlock)"
    r"(?![^\W\d_])"
)
# a name's, an address's spelling: the words right before it say so
_NAME_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:vor|nach|sur|first[ ]|last[ ]|family[ ]|user[ ]?)?namen?"
    r"|heiße|heisse|called|straße|strasse|street|stadt|city|ort)(?![^\W\d_])"
)
_NAMED_REACH = 40
_MIN_NAMES = 2
# what else is spelled letter by letter and is no secret: a serial, a plate, a reference
_THING_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:serial|serien\w*|kennzeichen|plate|kfz|buchung\w*|booking"
    r"|reference|referenz\w*|vorgang\w*|aktenzeichen|produkt\w*|product|modell?|model"
    r"|gerät\w*|device|lizenz\w*|license|licence)(?![^\W\d_])"
)
_LINE_REACH = 200
# a digit or a sign said among the letters: names are spelled without them
_DIGIT_OR_SIGN = re.compile(
    r"(?i)\d|(?<![^\W\d_])(?:number|zahl|ziffer|exclamation|ausrufezeichen|hash|raute"
    r"|stern\w*|asterisk|dollar\w*|underscore|unterstrich|percent|prozent|ampersand"
    r"|question[ ]mark|fragezeichen|klammeraffe|at[ ]sign|bindestrich|hyphen|dash|punkt|dot"
    r"|null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zero|one|two|three"
    r"|four|five|six|seven|eight|nine)(?![^\W\d_])"
)
_MIN_CASED = 2
# a case said for a single letter, in the words that say nothing else ("capital S",
# "lowercase b", "großes A", "kleines b"; not "big", "small", "klein": words of their own)
CASED_LETTER_PATTERN = (
    r"(?<![^\W\d_])(?:capital|upper[ ]?case|lower[ ]?case|gro(?:ß|ss)e[smr]|kleine[smr])"
    r"[ ]+[^\W\d_](?![^\W\d_])"
)
_CASED_LETTER = re.compile(CASED_LETTER_PATTERN, re.IGNORECASE)
#: The pre-check's fragment for ``cased_runs``: two letters said with their case, as close
#: as a run holds them (not the gap of the pre-check's two-words-with-a-number fragments:
#: its cheap test of that shape asks for a digit and a case-bound word).
CASED_PAIR_FRAGMENT = CASED_LETTER_PATTERN + rf"[\s\S]{{0,{_LINE_REACH}}}?" + CASED_LETTER_PATTERN
#: Literals one of which every match of ``CASED_LETTER_PATTERN`` holds (lower-cased).
CASED_HINTS = ("capital", "case", "groß", "gross", "kleine")


def _spelled_by_names(run: str) -> bool:
    """Every item a letter's name, a character or a digit's word; two names at least."""
    items = run.lower().replace("double-u", "doubleyou").split("-")
    if len(items) < 4:
        return False
    names = 0
    for item in items:
        if item in LETTER_NAMES:
            names += 1
        elif not (len(item) == 1 or item in DIGIT_WORDS):
            return False
    return names >= _MIN_NAMES


def letter_name_run(text: str) -> tuple[int, int] | None:
    """The first value in ``text`` spelled by its letters' names, whatever surrounds it
    (for callers that know the secret is being spelled: after a complaint of masking, a
    word for spelling)."""
    if text.count("-") < 3:
        return None
    for m in _RUN.finditer(text):
        if _spelled_by_names(m.group()):
            return m.span()
    return None


def letter_name_runs(text: str, said: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of values spelled by their letters' names in ``text``, after a password
    or PIN word (``said``: the trigger spans) or a word for logging in."""
    if text.count("-") < 3:
        return []  # the cheap test first: a run holds three hyphens at least
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        if not _spelled_by_names(m.group()):
            continue
        start = m.start()
        named = any(end <= start for _, end in said) or (
            _PURPOSE.search(text, 0, start) is not None
        )
        if not named:
            continue
        if _names_thing(text, start):
            continue
        out.append(m.span())
    return out


def _names_thing(text: str, start: int, *, names: bool = True) -> bool:
    """Whether the words right before ``start`` name a thing spelled that is no secret
    (``names``: a person's or a place's name too)."""
    before = text[max(0, start - _NAMED_REACH) : start]
    return (
        resend.names_other(before)
        or (names and _NAME_BEFORE.search(before) is not None)
        or _THING_BEFORE.search(before) is not None
    )


def cased_runs(text: str) -> list[tuple[int, int]]:
    """Values dictated letter by letter with their cases, in a message that names no
    password ("it was: lowercase b, lowercase l, number 4, lowercase z, …, exclamation"):
    two letters said with their case at least and a digit or a sign among them (a name is
    spelled without either: "großes S, c, h, m, i, d, t"), not after words that name what
    is spelled (a name, an address, an order, a serial)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CASED_LETTER.finditer(text):
        if m.start() < pos:
            continue
        line_end = text.find("\n", m.start())
        stop = min(len(text) if line_end < 0 else line_end, m.start() + _LINE_REACH)
        span = spoken.run_at(text, m.start(), stop)
        if span is None:
            continue
        pos = span[1]
        run = text[span[0] : span[1]]
        if len(_CASED_LETTER.findall(run)) < _MIN_CASED:
            continue
        if _DIGIT_OR_SIGN.search(run) is None or _names_thing(text, span[0]):
            continue
        out.append(span)
    return out


# A password described by its parts, the literal parts given among the description: "the
# password is our dog's name Bello then 2019 and an exclamation mark, all one word",
# "Kennwort = Kennzeichen vom Firmenwagen ohne Leerzeichen, also MKXY482, dann ein
# Ausrufezeichen", "first part is Ostsee, second part the year we founded (1998), then a
# dollar sign at the end". What makes the sentence a recipe is that it assembles one value
# from pieces: a sign said as a piece after "then"/"and", or words of assembly ("all one
# word", "ohne Leerzeichen", "at the end", "second part"). In such a sentence the literals
# are the value's pieces: a number, a token of letters and digits, the word a name or a
# part is said to be. Rules about passwords ("must contain a digit, then a symbol at the
# end") give no literal and speak in talk verbs; both keep a sentence out.
_ASSEMBLY = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:all|in)[ ]+one[ ]+word|ohne[ ]+leerzeichen|without[ ]+(?:any[ ]+)?"
    r"spaces|no[ ]+spaces|zusammen(?:geschrieben)?"
    r"|(?:at[ ]+the[ ]+end|am[ ]+ende)(?![ ]+(?:of|des|der|vom))"  # (not "at the end of 2023")
    r"|(?:first|second|third|last)[ ]+part|(?:erste|zweite|dritte|letzte)[rnms]?[ ]+teil)"
    r"(?![^\W\d_])"
)
# a sign said as a piece: "then a dot", "and an exclamation mark", "dann ein Ausrufezeichen"
_JOINED_SIGN = re.compile(
    r"(?i)(?<![^\W\d_])(?:then|dann|danach|and|und)[ ]+(?:(?:an?|ein|eine|einen|the)[ ]+)?"
    rf"(?:{'|'.join(sorted(spoken.SIGN_WORDS, key=len, reverse=True))})(?![^\W\d_])"
)
# literals one of which every match of ``_ASSEMBLY`` holds (lower-cased), and the joiners
# one of which every match of ``_JOINED_SIGN`` holds
_ASSEMBLY_HINTS = ("one word", "leerzeichen", "spaces", "zusammen", " end", " ende", "part", "teil")
_JOINER_HINTS = ("then", "dann", "and", "und")


def might_assemble(low: str) -> bool:
    """False only when the lower-cased message ``low`` holds no recipe's cue (substring
    tests, for the password recognizer's gate before ``recipe_pieces``)."""
    return any(hint in low for hint in _ASSEMBLY_HINTS) or (
        any(joiner in low for joiner in _JOINER_HINTS)
        and any(sign in low for sign in spoken.SIGN_WORDS)
    )


_TOKEN = re.compile(r"[^\s,;:!?()\"]+")
# the word a piece is said to be: "our dog's name Bello", "der Hund heißt Bello", "first part
# is Ostsee", "zweiter Teil ist Kiel"
_NAMED_AS = re.compile(
    r"(?i)(?<![^\W\d_])(?:name|namens|named|called|heißt|heisst|part[ ]+is|teil[ ]+ist)"
    # whose name: "the name of our dog Bello", "der Name meines Hundes Bello"
    r"(?:[ ]+(?:of[ ]+(?:my|our|the|his|her)|des|der|meines|meiner|unseres|unserer|vom|von)"
    r"[ ]+[^\W\d_]+)?[ ]+\Z"
)
# a number said as a date: "in 2019", "seit 2021", "at the end of 2023"
_DATE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:in|im|seit|since|of|des|bis|until|from|ab|um|at|am|vor|ago|jahr|year)"
    r"[ ]+\Z"
)
# a modal of a rule: "must", "should", "muss", "soll" (with the talk verbs of ``spoken``)
_RULE_WORDS = frozenset("must should muss müssen soll sollte mindestens least".split())
# a value made from another field's value ("the same as the username but with 88 at the
# end"): it is given by reference, and the number added is no secret of its own (a token of
# letters and digits said with it, "so w.sset9", still is the value)
_DERIVED = re.compile(
    r"(?i)(?<![^\W\d_])(?:same[ ]+as|identical[ ]+to|(?:genauso|gleich)[ ]+wie"
    r"|wie[ ]+(?:der|die|das|beim|bei)[ ]+(?:user|benutzer|login|e-?mail|nutzer)\w*)"
)
_LITERAL_DIGITS = re.compile(r"\(?(?P<v>\d{2,8})\)?")
_MIXED = re.compile(
    r"(?=[\w.!#$%&*+=?^~-]*\d)(?=[\w.!#$%&*+=?^~-]*[^\W\d_])[^\W_][\w.!#$%&*+=?^~-]*[\w!#$%&*+=?^~]"
)
_WORD_VALUE = re.compile(r"[^\W\d_]{2,30}")
# the field a literal may belong to instead: "user lager01", "Kundennummer 5501882"
_OTHER_FIELD_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:user(?:[ ]?name)?|benutzer(?:name)?|login|host|server|konto|account"
    r"|id|port)[ ]*(?:is|ist|:|=)?[ ]*\Z"
)


def _assembles(text: str, start: int = 0, stop: int | None = None) -> bool:
    """Whether ``text[start:stop]`` says how pieces make one value (``_ASSEMBLY``)."""
    stop = len(text) if stop is None else stop
    return (
        _ASSEMBLY.search(text, start, stop) is not None
        or _JOINED_SIGN.search(text, start, stop) is not None
    )


def _recipe(sentence: str) -> bool:
    """Whether ``sentence`` assembles a value from pieces and states no rule."""
    if not _assembles(sentence):
        return False
    said = [t.lower().strip(".") for t in sentence.split()]
    return not any(spoken.is_talk(w) or w in _RULE_WORDS for w in said)


def recipe_pieces(text: str, said: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The literal pieces of passwords described by their parts after the password words
    at ``said`` (see ``_ASSEMBLY``)."""
    out: list[tuple[int, int]] = []
    if not _assembles(text):
        return out  # (one scan of the message first: most say nothing of pieces)
    for _, end in said:
        stop = spoken.sentence_reach(text, end)
        if not _recipe(text[end:stop]):
            continue
        derived = _DERIVED.search(text, end, stop) is not None
        for m in _TOKEN.finditer(text, end, stop):
            start, tok = m.start(), m.group().rstrip(".")
            before = text[max(0, start - 24) : start]
            if "@" in tok or "://" in tok or _OTHER_FIELD_BEFORE.search(before) is not None:
                continue  # an address, or another field's value
            number = _LITERAL_DIGITS.fullmatch(tok)
            if number is not None:
                if not (
                    derived
                    or spoken.counts_something(text, start + len(tok))
                    or _DATE_BEFORE.search(before) is not None
                ):
                    out.append((start + number.start("v"), start + number.end("v")))
            elif _MIXED.fullmatch(tok) is not None:
                out.append((start, start + len(tok)))  # "MKXY482", "Orchid.55"
            elif (
                _WORD_VALUE.fullmatch(tok) is not None
                and tok[0].isupper()  # a name given ("name Bello"), not words about it
                and _NAMED_AS.search(before) is not None
            ):
                out.append((start, start + len(tok)))  # "name Bello", "first part is Ostsee"
    return out


# A value given beside the recipe it was made by, from things of one's own, with no password
# word: "Rex1987, my dog's name and the year I was born", "its my dog's name plus the year...
# fine: Biscuit2019", "the first letters of my grandchildren and then 1234, so TAL1234". The
# recipe names a name (or initials) joined to a year, a number or digits; a word joined to
# digits beside it ("Rex1987") is what it made. The recipe without such a token ("my dog's
# name and the year I was born") gives nothing: no value is there.
_RECIPE_NAME = (
    r"(?:(?:first|maiden|vor|nach)?[ ]?names?|namen|initials|first[ ]letters|anfangsbuchstaben"
    r"|ersten[ ]buchstaben)"
)
_RECIPE_JOIN = r"(?:(?<![^\W\d_])(?:and|plus|und|mit|with|then|dann|followed[ ]by)[ ]+|[ ]?\+[ ]?)"
# the number's part, an article and a word before it ("the founding year", "my lucky number")
_RECIPE_NUMBER = (
    r"(?:(?:then|dann|the|my|our|his|her|das|die|mein|meinem|unser|dem|ihr|sein)[ ]+)?"
    r"(?:[^\W\d_]{3,12}[ ]+)?(?:birth[ ]?year|year|birthday|jahr|geburtsjahr|geburtstag"
    r"|jahreszahl|numbers?|zahl|zahlen|digits|ziffern|house[ ]number|hausnummer|\d{2,8})"
)
PERSONAL_RECIPE_PATTERN = (
    rf"(?<![^\W\d_]){_RECIPE_NAME}(?![^\W\d_])[^.!?\n]{{0,40}}?{_RECIPE_JOIN}{_RECIPE_NUMBER}"
    r"(?![^\W\d_])"
    # (or the number first: "my birthday + name", "Geburtsjahr und Name")
    r"|(?<![^\W\d_])(?:birth[ ]?year|birthday|geburtsjahr|geburtstag|year|jahr)(?![^\W\d_])"
    rf"[^.!?\n]{{0,20}}?{_RECIPE_JOIN}(?:(?:my|her|his|the|der|die|ihr|sein|mein)[ ]+)?"
    rf"{_RECIPE_NAME}(?![^\W\d_])"
)
_PERSONAL_RECIPE = re.compile(PERSONAL_RECIPE_PATTERN, re.IGNORECASE)
#: Literals one of which every match of ``PERSONAL_RECIPE_PATTERN`` holds (lower-cased).
PERSONAL_RECIPE_HINTS = ("name", "initials", "letters", "buchstaben")
# what the recipe made: a word joined to its digits ("Rex1987", "buddy2021", "TAL1234")
# (a year apart too, "Seagull 2011"; the pair said twice, "Tiger7Tiger7")
_MADE_VALUE = re.compile(
    r"(?<![\w@./\-])(?:[^\W\d_]{2,20}(?:\d{2,8}|\d(?=[^\W\d_]))(?:[^\W\d_]{2,20}\d{1,8})*"
    r"|[^\W\d_]{3,20}[ ]\d{4})(?![\w@/\-]|\.\w)"
)


def _made_value(value: str) -> bool:
    """Whether ``value`` (a ``_MADE_VALUE`` match) is a value made, not words: a year apart
    only after a capitalised word that is no function word ("Seagull 2011", not "in 2019")."""
    word, _, year = value.partition(" ")
    return not year or (word[0].isupper() and word.lower() not in words.STOP_WORDS)


# another field the recipe may be for: a user's, a login's, a network's name
_OTHER_FIELD = re.compile(
    r"(?i)(?<![^\W\d_])(?:user(?:[ ]?name)?|benutzer(?:name)?|login|e-?mail|ssid|nick(?:name)?"
    r"|handle|account[ ]?name|kontoname|netzwerkname|network[ ]name|wifi[ ]name|wlan[ ]name)"
    r"(?![^\W\d_])"
)
_RECIPE_REACH = 80


def personal_recipe_values(text: str) -> list[tuple[int, int]]:
    """Values beside a recipe of one's own things, in the recipe's line (see
    ``PERSONAL_RECIPE_PATTERN``), where no other field (a user's name, an e-mail, a
    network's name) is named."""
    out: list[tuple[int, int]] = []
    for recipe in _PERSONAL_RECIPE.finditer(text):
        line_start = text.rfind("\n", 0, recipe.start()) + 1
        line_end = text.find("\n", recipe.end())
        start = max(line_start, recipe.start() - _RECIPE_REACH)
        stop = min(len(text) if line_end < 0 else line_end, recipe.end() + _RECIPE_REACH)
        if _OTHER_FIELD.search(text, start, stop) is not None:
            continue
        out.extend(
            m.span()
            for m in _MADE_VALUE.finditer(text, start, stop)
            # (not "order AB2019", "Kennzeichen MK482"; the recipe's own "name" before it
            # is no name's spelling)
            if _made_value(m.group()) and not _names_thing(text, m.start(), names=False)
        )
    return out


# A password given in halves or parts, each named ("first half: Wolken, second half:
# Burg#88", "erste Hälfte Wolken, zweite Hälfte …", "the first part is Sonnen"): the word
# after a part's name is a piece of the value when a password word stands in the line. What
# the part is said to be instead ("the first half is fine", "erster Teil ist der Name …",
# "the first half of the year") is a state or a function word.
HALF_HINTS = ("half", "hälfte", "haelfte", "part", "teil")
_HALF_PIECE = re.compile(
    r"(?i)(?<![^\W\d_])(?:first|second|other|last|1st|2nd|erste[nrs]?|zweite[nrs]?"
    r"|andere[nrs]?|letzte[nrs]?)[ ]+(?:half|part|hälfte|haelfte|teil)"
    r"(?:[ ]+(?P<verb>is|was|ist|war|lautet)(?![^\W\d_]))?[ ]*(?P<colon>[:=])?[ ]*"
    r"(?P<v>[^\s,;]+)"
)
# where a part's piece ends: the clause's end or the next part ("…, second half …", "and")
_PIECE_END = re.compile(r"(?i)[ ]*(?:[,;)\n]|[.!?]?(?:[ ]|\Z)(?:and|und|then|dann)?(?![^\W\d_]))")
_HALF_REACH = 120


def half_pieces(text: str, said: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of a value given in named halves or parts, near a password word
    (``said``: the trigger spans) on the same line."""
    out: list[tuple[int, int]] = []
    for m in _HALF_PIECE.finditer(text):
        start, end = m.span("v")
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not any(
            line_start <= s and e <= line_end and abs(s - m.start()) <= _HALF_REACH for s, e in said
        ):
            continue
        value = m.group("v").rstrip(".!?:")
        low = value.lower().strip("\"'")
        if _PIECE_END.match(text, end) is None and end < len(text):
            continue  # "second part failed to load": the sentence goes on about the part
        if not (m.group("verb") or m.group("colon")) and not (
            value[:1].isupper() or any(not c.isalpha() for c in value)
        ):
            continue  # "the second part failed": a plain word straight after is a verb
        if (
            not value
            or low in words.STOP_WORDS
            or low in words.STATE_WORDS
            or spoken.is_talk(low)
            or low in _PART_WORDS
        ):
            continue
        out.append((start, start + len(value) if value[-1] not in "!?" else end))
    return out


# what a part is said to be that is no piece of it ("the first part is the name")
_PART_WORDS = frozenset("name word number year date half part teil hälfte".split())
