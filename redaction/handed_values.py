"""Passwords no word names, read from what the message says the value is for (round 50).

Round 49's readings carried little to a new writer: they read phrasings. These read what
the writer does with the value, in terms any writer's phrasing holds:

- *an answer given in a transcript*: a line of the agent's or the bot's side asks for a
  security answer or a verification value ("Agent: What's your mother's maiden name?",
  "Bot: Please enter the verification value"), and the customer's line right after it gives
  it: the whole answer is the secret ("Customer: Juniper Lane"); a question about an
  invoice's name or a delivery street asks no secret;
- *digits keyed at a keypad*: a number right after a verb of keying ("punch 2580", "type
  14 08 91", "enter 90210 and press OK"), digits keyed one at a time ("6 1 6 1", "1-3-5-7
  drücken", "Rädchen auf 5-0-8"), where the message names what they open (a door, a gate, an
  alarm, a safe, a locker, a key box, a mailbox's inbox, a kiosk, a terminal): a time, a
  year, a phone number or a parking space named with its word stays;
- *a login's other part after the name*: a user's name or handle, then a word that goes on
  to the next part ("dahinter", "dazu", "then", "and then", "+", "second field", "and:"),
  then one token that ends the clause: what a writer adds to a login without naming it is
  its secret ("user reporting, then schema analytics_v2" goes on with a word and stays);
- *an own thing given as the value*: "it's his boat's name, X", "bei ihm ist es einfach sein
  Lieblingsdino, X", "Oma nimmt für alles ihren Lieblingsschlager: X" — the value is said to
  be a personal fact of the writer's (a name, a favourite, a place, a date), in a message
  about getting in;
- *a corrected value*: "it's X not Y", "not X, it's Y", "nicht X, sondern Y", the two
  spellings of one typed token (a letter changed, a digit for a letter): the writer corrects
  a value they gave, and a correction of an order number (capitals) or a product's name
  (words after it) stays.

Each form is behind its own literals (``LITERALS``), in ``situation_values``' gate.
"""

from __future__ import annotations

import re

from redaction import value_edges, words
from redaction.recognizers.base import literal_trie

# --- an answer given in a transcript ----------------------------------------------------------
# the asking side's line: what such a line asks for when it asks a secret
_ASKS_SECRET = (
    r"(?:security|sicherheits|recovery|memorable|maiden|m[äa]dchenname|first[ ]pet|haustier"
    r"|grew[ ]up|geburtsort|geboren|born|lieblings\w*|favou?rite|first[ ]car|erstes[ ]auto"
    r"|antwort[ ]auf[ ]ihre[ ]frage|answer[ ]to[ ]your[ ]question"
    r"|verification[ ](?:value|code|word|answer|question)|bestätigungs(?:code|wert|wort))"
)
_TRANSCRIPT = re.compile(
    r"(?i)(?:(?<=\n)|\A)[ \t]*(?:agent|support|bot|assistant|operator|mitarbeiter\w*"
    r"|berater\w*|service)"
    r"[ \t]*:[^\n]*?"
    rf"{_ASKS_SECRET}"
    r"[^\n]*\n[ \t]*(?:customer|kunde|kundin|user|client|caller|anrufer\w*|nutzer\w*)[ \t]*:"
    r"[ \t]*(?P<v>[^\n]{2,80}?)[ \t]*(?=\n|\Z)"
)
# (the asking line's secret words: one of them is in every match)
_TRANSCRIPT_LITERALS = (
    *("security", "sicherheits", "recovery", "memorable", "maiden", "mädchenname"),
    *("madchenname", "first pet", "haustier", "grew up", "geburtsort", "geboren", "born"),
    *("lieblings", "favorite", "favourite", "first car", "erstes auto", "verification"),
    *("antwort auf ihre frage", "answer to your question", "bestätigungs"),
)
# the answer's own part: after a label it repeats ("Geburtsort der Mutter… X", "Name: X"),
# before a remark after a comma ("Herr Dr. Kowalczyk, mit cz")
_ANSWER_LABEL = re.compile(r"^.*(?:…|\.\.\.|:)[ ]*")
_NO_ANSWER = frozenset(
    "i it its it's the a an that this yes no not ok okay sure please thanks sorry what which "
    "why how one my ich es das der die ein eine ja nein nicht bitte danke was wie moment "
    "sekunde mein meine hmm ähm um".split()
)


def _transcript_answer(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _TRANSCRIPT.finditer(text):
        s, e = m.span("v")
        line = text[s:e]
        label = _ANSWER_LABEL.match(line)
        if label is not None:
            s += label.end()
        comma = text.find(",", s, e)
        if comma >= 0:
            e = comma
        s, e = _trimmed(text, s, e)
        value = text[s:e]
        words = value.split()
        if (
            not 1 <= len(words) <= 4
            or "@" in value
            or not (value[:1].isupper() or value[:1].isdigit())
            or words[0].lower().strip("'’") in _NO_ANSWER
        ):
            continue
        out.append((s, e))
    return out


# --- digits keyed at a keypad -----------------------------------------------------------------
# what the message names that keyed digits open (or a keypad's own words)
_KEYED_THING = re.compile(
    r"(?i)(?:\b(?:haus|hinter|vorder|keller|garten|hof|roll|garagen|einfahrts|zufahrts|werks"
    r"|park)?(?:t[üu]r|tor)(?:code)?\b|door|gate|garage|alarm|safe\b|tresor|locker|spind"
    r"|schlie(?:ß|ss)f[äa]ch|keypad|pin[ ]?pad|tastenfeld|ziffernfeld|schlüsselkasten"
    r"|key[ ]?(?:box|safe)|briefkasten|rädchen|mailbox|voicemail|kiosk|terminal|\bpult\b"
    r"|schranke|intercom|sprechanlage|\block\b|schloss|padlock|combination|disarm"
    r"|scharf|unscharf)"
)
# (the gate's literals: a lock's words the pre-check already reads, and a few rare ones; a
# terminal, a desk or "scharf" alone are in much chat and open no gate)
_KEYED_THING_LITERALS = (
    *("tür", "tur", "tor", "door", "gate", "garage", "alarm", "safe", "tresor", "locker"),
    *("spind", "schließf", "schliessf", "keypad", "pinpad", "tastenfeld", "ziffernfeld"),
    *("schlüsselkasten", "key box", "keybox", "key safe", "briefkasten", "rädchen"),
    *("mailbox", "voicemail", "kiosk", "schranke", "intercom", "sprechanlage", "lock"),
    *("schloss", "combination", "disarm"),
)
# a number keyed one digit at a time ("6 1 6 1", "1-3-5-7", "5-0-8"), or in pairs ("14 08
# 91", "19 84")
_ONE_BY_ONE = r"\d(?:[ ]\d){3,7}|\d(?:-\d){2,7}"
_PAIRS = r"\d\d(?:[ ]\d\d){1,3}"
_KEY_VERB = (
    r"(?:punch(?:[ ]+in)?|type|key[ ]+in|enter|press|tap|tipp(?:e|en|t)?|eintipp(?:e|en|t)?"
    r"|drück(?:e|en|t)?|eingeben|geb(?:e|en)?[ ]+ein|geht['’]?s?(?:[ ]+(?:nur[ ]+)?(?:mit|über))?"
    r"|stehen[ ]+muss|muss[ ]+stehen|(?:rädchen|räder|ziffern|zahlen)[ ]+auf)"
)
_KEYED = re.compile(
    # the verb, then the number ("punch 2580", "type 14 08 91", "geht 2 2 0 6")
    rf"(?i:(?<!\w){_KEY_VERB})[ ]+(?:(?i:erst|dann|then|in|nur|einfach|mit)[ ]+)?"
    rf"(?P<v>{_ONE_BY_ONE}|{_PAIRS}|\d{{4,6}})(?![\d]|[ \-./:]\d)"
    # the number, then the verb ("erst 19 84 eintippen", "1-3-5-7 drücken")
    rf"|(?<![\w\-.:/])(?P<w>{_ONE_BY_ONE}|{_PAIRS})[ ]*#?[ ]+"
    r"(?i:eintipp\w*|tipp(?:en|e)|drücken|eingeben|(?:und|and)[ ]+(?:stern|raute|hash|star"
    r"|enter|ok))\b"
    # digits one by one after a comma or "dann/then" ("rückwärts, 8 0 3 1", "dann 0 4 2 6 #")
    r"|(?:,|(?i:\bdann|\bthen))[ ]+(?P<x>"
    rf"{_ONE_BY_ONE})[ ]*#?(?![\d]|[ \-./:]\d)"
)
_KEY_VERB_LITERALS = (
    *("punch", "type", "key in", "enter", "press", "tap ", "tipp", "drück", "eingeb"),
    *("geb ein", "gebe ein", "geben ein", "geht", "stehen muss", "muss stehen", "auf "),
    *(", ", "dann ", "then "),
)


# (the scan: each number first, then the words either side of it; ``_KEYED`` is the
# pre-check's fragment, one alternation read at every position of the text)
_NUMBER = re.compile(
    rf"(?<![\w\-.:/])(?:(?P<one>{_ONE_BY_ONE})|(?P<pair>{_PAIRS})|\d{{4,6}})(?![\d]|[ \-./:]\d)"
)
_VERB_BEFORE = re.compile(
    rf"(?i:(?<!\w){_KEY_VERB})[ ]+(?:(?i:erst|dann|then|in|nur|einfach|mit)[ ]+)?\Z"
)
_VERB_AFTER = re.compile(
    r"[ ]*#?[ ]+(?i:eintipp\w*|tipp(?:en|e)|drücken|eingeben|(?:und|and)[ ]+(?:stern|raute"
    r"|hash|star|enter|ok))\b"
)
_THEN_BEFORE = re.compile(r"(?:,|(?i:\bdann|\bthen))[ ]+\Z")


def _keyed(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _NUMBER.finditer(text):
        s, e = m.span()
        before = text[max(0, s - 40) : s]
        keyed = m.group("one") is not None or m.group("pair") is not None
        if _VERB_BEFORE.search(before) is not None:
            if not keyed and _YEAR.fullmatch(m.group()):
                continue  # "press 2024": a year
        elif not (
            (keyed and _VERB_AFTER.match(text, e) is not None)
            or (m.group("one") is not None and _THEN_BEFORE.search(before) is not None)
        ):
            continue
        out.append((s, e))
    if out and _KEYED_THING.search(text) is None:
        return []  # what the digits open is named nowhere
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")

# --- a login's other part after the name ------------------------------------------------------
_HANDLE = r"(?:[a-z][a-z0-9]*[._\-][a-z0-9._\-]*[a-z0-9]|[\w.+\-]+@[\w\-]+\.[\w.\-]+)"
_GOES_ON = (
    r"(?:and[ ]+then|und[ ]+dann|then|dahinter|dazu|danach|plus|\+|zweites[ ]+feld"
    r"|second[ ]+(?:field|box)|(?:and|und)[ ]*:)"
)
_LOGIN_THEN = re.compile(
    rf"(?:(?<![\w.@\-]){_HANDLE}"
    r"|(?i:\b(?:user(?:name)?|login(?:-id)?|benutzer(?:name)?|nutzer(?:name)?|kennung))"
    r"(?:[ ]+(?:ist|is))?[ ]+[^\n.!?,;]{1,30}?)"
    r"[\"'’]?[ ]*(?:,[ ]*|[ ]+|[ ]*\n[ ]*)"
    rf"(?i:{_GOES_ON})[ ]*:?[ ]*[\"'„“‘]?"
    r"(?P<v>[^\s,;\"'“”‘’]{4,48}?)[\"'“”’]?"
    r"(?=[.,;!?]?(?:\n|\Z)|[.,;!?][ ]|[ ]+[—–\-][ ])"
)
_GOES_ON_LITERALS = (
    *("then", "dann", "dahinter", "dazu", "danach", "plus", "+", "zweites feld"),
    *("second field", "second box", "and:", "und:", "and :", "und :"),
)
# (the gate's literals: the login's word or an address's "@", or " + " after a handle)
_LOGIN_LITERALS = ("user", "login", "benutzer", "nutzer", "kennung", "@", " + ")
_HOST = re.compile(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)+")


# (the scan: each word that goes on first, from ``_GOES_ON_SCAN``'s literals, then the login
# before it and the value after it)
_JOINER = re.compile(rf"(?i:{_GOES_ON})(?!\w)")
_LOGIN_BEFORE = re.compile(
    rf"(?:(?<![\w.@\-]){_HANDLE}"
    r"|(?i:\b(?:user(?:name)?|login(?:-id)?|benutzer(?:name)?|nutzer(?:name)?|kennung))"
    r"(?:[ ]+(?:ist|is))?[ ]+[^\n.!?,;]{1,30}?)"
    r"[\"'’]?[ ]*(?:,[ ]*|[ ]+|[ ]*\n[ ]*)(?:(?i:and|und)[ ]+)?\Z"
)
_VALUE_AFTER = re.compile(
    r"[ ]*:?[ ]*[\"'„“‘]?(?P<v>[^\s,;\"'“”‘’]{4,48}?)[\"'“”’]?"
    r"(?=[.,;!?]?(?:\n|\Z)|[.,;!?][ ]|[ ]+[—–\-][ ])"
)


def _login_then(text: str, low: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for hit in _GOES_ON_SCAN.finditer(low):
        j = _JOINER.match(text, hit.start())
        if j is None:
            continue
        start = max(0, hit.start() - 80)
        if _LOGIN_BEFORE.search(text[start : hit.start()]) is None:
            continue
        v = _VALUE_AFTER.match(text, j.end())
        if v is None:
            continue
        s, e = _trimmed(text, *v.span("v"))
        value = text[s:e]
        if not value or "@" in value or "://" in value or _HOST.fullmatch(value):
            continue
        letters = any(c.isalpha() for c in value)
        marks = any(c.isdigit() or c in "!#$%&*+?^~§=-_." for c in value[1:])
        if not letters or value.isupper():
            continue
        if marks or (value[:1].isupper() and value.isalpha() and len(value) >= 6):
            out.append((s, e))
    return out


# --- an own thing given as the value ---------------------------------------------------------
_POSSESSIVE = r"(?:my|his|her|our|their|mein\w*|sein\w*|ihr\w*|unser\w*)"
# a personal fact's word in what the value is said to be
_OWN_FACT = re.compile(
    r"(?i)(?:name|lieblings|favou?rite|birthday|geburtstag|hochzeit|wedding|village|dorf|ort\b"
    r"|town|stadt|street|straße|boat|boot|dog|hund|cat|katze|pet|car\b|auto|song|lied|schlager"
    r"|verein|club|team|jahr|year|date|datum|kid|kind|sohn|tochter|son\b|daughter|maiden"
    r"|grandm|grandf|oma|opa|mother|mutter|father|vater)"
)
_OWN_THING = re.compile(
    r"(?i:\b(?:it['’]?s|it[ ]+(?:is|was)|es[ ]+ist|ist[ ]+es|es[ ]+war|war[ ]+es|ist|is|was|war"
    r"|nimmt|nehme|nehmen|nimm|uses?|used|took|genommen"
    r"|['’]s[ ]+geändert[ ]+auf|es[ ]+geändert[ ]+auf|changed[ ]+it[ ]+to|set[ ]+it[ ]+to)"
    r"(?:[ ]+(?:sie|er|ich|wir|man|jetzt|einfach|immer|now|just|always|simply|für[ ]+alles"
    r"|for[ ]+everything))*)"
    rf"[ ]+(?i:{_POSSESSIVE})[ ]+(?P<t>[^\n,:.!?;\"„“]{{2,40}}?)[ ]*[,:][ ]*[\"'„“‘]?"
    r"(?P<v>[A-ZÄÖÜ][\w'’äöüß\-+!#$%&*]{1,30}(?:[ ][A-ZÄÖÜ0-9][\w'’äöüß\-]{0,30}){0,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}|[a-zäöüß]+\d[\w!#$%&*\-]*)"
    r"(?=[\"'“”’]?(?:[.,;!?]?(?:\s|\Z)|[ ]+[—–\-][ ]))"
)
# (the gate's literals: a word of getting in, one in every match of ``_GETTING_IN``)
_OWN_LITERALS = (
    *("log", "sign", "anmeld", "einlogg", "rein", "konto", "account", "zugang", "locked"),
    *("gesperrt", "identit", "verif", "geändert", "changed", "invalid"),
)
# a message about getting in (the own fact is its value, not a delivery's or an avatar's)
_GETTING_IN = re.compile(
    r"(?i)(?:log(?:ged)?[ ]?in|login|sign[ ]?in|anmeld|einlogg|\brein\b|konto|account"
    r"|zugang|locked|gesperrt|identity|identität|verif|geändert|changed|invalid)"
)


# (the scan: each possessive first, then the verb before it and the thing and value after)
_POSSESSIVE_AT = re.compile(rf"(?i)\b{_POSSESSIVE}[ ]+")
_OWN_BEFORE = re.compile(
    r"(?i:\b(?:it['’]?s|it[ ]+(?:is|was)|es[ ]+ist|ist[ ]+es|es[ ]+war|war[ ]+es|ist|is|was|war"
    r"|nimmt|nehme|nehmen|nimm|uses?|used|took|genommen"
    r"|['’]s[ ]+geändert[ ]+auf|es[ ]+geändert[ ]+auf|changed[ ]+it[ ]+to|set[ ]+it[ ]+to)"
    r"(?:[ ]+(?:sie|er|ich|wir|man|jetzt|einfach|immer|now|just|always|simply|für[ ]+alles"
    r"|for[ ]+everything))*)[ ]+\Z"
)
_OWN_AFTER = re.compile(
    r"(?P<t>[^\n,:.!?;\"„“]{2,40}?)[ ]*[,:][ ]*[\"'„“‘]?"
    r"(?P<v>[A-ZÄÖÜ][\w'’äöüß\-+!#$%&*]{1,30}(?:[ ][A-ZÄÖÜ0-9][\w'’äöüß\-]{0,30}){0,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}|[a-zäöüß]+\d[\w!#$%&*\-]*)"
    r"(?=[\"'“”’]?(?:[.,;!?]?(?:\s|\Z)|[ ]+[—–\-][ ]))"
)


def _own_thing(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    getting_in: bool | None = None
    for p in _POSSESSIVE_AT.finditer(text):
        if _OWN_BEFORE.search(text[max(0, p.start() - 40) : p.start()]) is None:
            continue
        m = _OWN_AFTER.match(text, p.end())
        if m is None or _OWN_FACT.search(m.group("t")) is None:
            continue
        if getting_in is None:
            getting_in = _GETTING_IN.search(text) is not None
        if not getting_in:
            return []
        s, e = _trimmed(text, *m.span("v"))
        if e > s:
            out.append((s, e))
    return out


# --- a corrected value ------------------------------------------------------------------------
_TOKEN = r"[^\s,;\"'“”‘’]{4,48}?"
_END = r"(?=[\"'“”’]?(?:[.,;!?](?:\s|\Z)|\Z|[ ]+[—–\-][ ]))"
_CORRECTED = re.compile(
    rf"(?i:\bit['’]?s|\bes[ ]+ist|\bdas[ ]+ist)[ ]+[\"'„“‘]?(?P<a>{_TOKEN})[\"'“”’]?,?[ ]+"
    rf"(?i:not|nicht)[ ]+[\"'„“‘]?(?P<b>{_TOKEN}){_END}"
    rf"|(?i:\bnot|\bnicht)[ ]+[\"'„“‘]?(?P<c>{_TOKEN})[\"'“”’]?,?[ ]+"
    rf"(?i:it['’]?s|sondern|es[ ]+ist)[ ]+[\"'„“‘]?(?P<d>{_TOKEN}){_END}"
)
# (the gate's literals: the clause that gives the right one)
_CORRECTED_LITERALS = ("it's", "it’s", "es ist", "das ist", "sondern")


def _typed_token(value: str) -> bool:
    letters = any(c.isalpha() for c in value)
    marks = any(c.isdigit() or c in "!#$%&*+?^~§=-_" for c in value)
    return letters and marks and any(c.islower() for c in value) and "@" not in value


def _alike(a: str, b: str) -> bool:
    """Two spellings of one value: the same first four letters, or the same length with at
    most two characters changed."""
    if a == b:
        return False
    if a[:4].lower() == b[:4].lower():
        return True
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= 2


# (the scan: each "not"/"nicht" first, then the clause before and after it)
_NOT_AT = re.compile(r"(?i)\b(?:not|nicht)[ ]+")
_CORRECTED_BEFORE = re.compile(
    rf"(?i:\bit['’]?s|\bes[ ]+ist|\bdas[ ]+ist)[ ]+[\"'„“‘]?(?P<a>{_TOKEN})[\"'“”’]?,?[ ]+\Z"
)
_CORRECTED_AFTER = re.compile(rf"[\"'„“‘]?(?P<b>{_TOKEN}){_END}")
_CORRECTING = re.compile(
    rf"[\"'„“‘]?(?P<c>{_TOKEN})[\"'“”’]?,?[ ]+"
    rf"(?i:it['’]?s|sondern|es[ ]+ist)[ ]+[\"'„“‘]?(?P<d>{_TOKEN}){_END}"
)


def _corrected(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in _NOT_AT.finditer(text):
        pairs = []
        start = max(0, n.start() - 60)
        a = _CORRECTED_BEFORE.search(text[start : n.start()])
        b = _CORRECTED_AFTER.match(text, n.end()) if a is not None else None
        if a is not None and b is not None:
            pairs.append(((start + a.start("a"), start + a.end("a")), b.span("b")))
        c = _CORRECTING.match(text, n.end())
        if c is not None:
            pairs.append((c.span("c"), c.span("d")))
        for one, two in pairs:
            first, second = text[one[0] : one[1]], text[two[0] : two[1]]
            if not (_typed_token(first) or _typed_token(second)) or not _alike(first, second):
                continue
            if first.lower() in _NO_ANSWER or second.lower() in _NO_ANSWER:
                continue
            out.extend((one, two))
    return out


# --- a thing that opens with a code it "has" (round 51) ----------------------------------------
# "Die Tür zum Serverraum hat den Code 2580", "the terminal has the default admin code 1234":
# a door, a lock, a safe or a terminal is the sentence's subject and "has" the code, digits
# right after the code's word (an error message or a product "has" a code that is none: no
# lock is its subject)
_HAS_CODE = re.compile(
    r"(?i)(?<![^\W\d_])(?:[^\W\d_]{0,12}(?:tür|door|gate|tresor|schloss|keypad|schließfach"
    r"|briefkasten)|(?:garagen|hof|haus|einfahrts)?tor|(?:pad|door|smart|code|bike)?lock"
    r"|alarm(?:anlage)?|terminal|safe|locker|mailbox)(?![^\W\d_])"
    r"(?:[ ]+(?:zum|zur|vom|von|im|am|to|of|at|in|on|for|für)[ ]+(?:the[ ]+|dem[ ]+|der[ ]+)?"
    r"[^\W\d_][\w\-]{1,30})?"
    r"[ ]+(?:hat|has|had|hatte|uses|nutzt|braucht|needs)[ ]+"
    r"(?:(?:den|die|the|a|an|einen|eine|noch|still|immer[ ]+noch)[ ]+){0,2}"
    r"(?:(?:default|standard|admin|master|factory|werks)[ ]+){0,2}"
    r"(?:code|pin|passcode|zahlencode|kombination|combination)[ ]*:?[ ]+"
    r"(?P<v>\d{4,8})(?![\d.,:/\-]\d|\d)"
)
_HAS_LITERALS = (" hat ", " has ", " had ", " hatte ", " uses ", " nutzt ", " braucht ", " needs ")
_HAS_SCAN = re.compile(literal_trie(_HAS_LITERALS))


# --- a router's key as its sticker prints it (round 51) ----------------------------------------
# "das Kennwort auf dem Aufkleber ist 4418 2290 7731 5562", "Schlüssel laut Aufkleber 4182 7730
# 9915 6624 0381": a key named where it is printed, digits in the sticker's groups of four
# (four or five groups), right after the sticker's words and a connector at most
_STICKER_KEY = re.compile(
    r"(?i)(?<![^\W\d_])(?:passwor[dt]|kennwort|[^\W\d_]{0,12}schlüssel|key|password)"
    r"(?![^\W\d_])[^\n.!?\d]{0,20}?"
    r"(?:aufkleber|sticker|etikett|typenschild|label)(?![^\W\d_])[ ]*"
    r"(?:(?:ist|is|lautet|says|sagt)[ ]+|[:=][ ]*)?"
    r"(?P<v>\d{4}(?:[ ]\d{4}){3,4})(?![\d\-./:]\d|\d)"
)
# ... or given as what the sticker says, in a message about a network or a router ("the
# sticker under the box says 8841-2290-7716", "drunter steht auf dem Aufkleber
# KaffeeMitMilch2x", "dort reicht 63920581 vom Aufkleber unten"): digits in groups or eight
# and more, or a token of letters and digits
_STICKER_WORD = r"(?:aufkleber|sticker|etikett|typenschild|label)"
_STICKER_TOKEN = (
    r"(?P<v>\d{3,5}(?:[ \-]\d{3,5}){2,4}|\d{8,20}"
    r"|(?=[^\s,;.]{0,39}\d)(?=[^\s,;.]{0,39}[^\W\d_])[^\s,;\"'„“”‘’]{6,40})"
)
_STICKER_SAYS = re.compile(
    rf"(?i)(?<![^\W\d_]){_STICKER_WORD}(?![^\W\d_])[^\n.!?\d:]{{0,30}}?"
    r"(?:says|sagt|reads|shows|zeigt|steht)[ ]*:?[ ]*"
    rf"{_STICKER_TOKEN}(?![^\s,;.!?)]|[.](?:\w))"
    rf"|(?i:steht[ ]+auf[ ]+dem[ ]+|on[ ]+the[ ]+){_STICKER_WORD}(?![^\W\d_])[ ]*:?[ ]+"
    rf"{_STICKER_TOKEN.replace('<v>', '<w>')}(?![^\s,;.!?)]|[.](?:\w))"
    rf"|(?<![^\s(:])(?P<u>\d{{8,20}})[ ]+(?i:vom|von[ ]+dem|from[ ]+the|off[ ]+the)[ ]+"
    rf"(?i:{_STICKER_WORD})(?![^\W\d_])"
)
_NETWORK_TALK = re.compile(r"(?i)wi-?fi|wlan|w-lan|router|netzwerk|network|fritz|hotspot|ssid")


def _sticker_says(text: str) -> list[tuple[int, int]]:
    if _NETWORK_TALK.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _STICKER_SAYS.finditer(text):
        group = "v" if m.group("v") else "w" if m.group("w") else "u"
        value = m.group(group)
        if value.isdigit() or any(c in " -" for c in value) or _typed_token(value):
            out.append(_trimmed(text, *m.span(group)))
    return out


_STICKER_LITERALS = ("aufkleber", "sticker", "etikett", "typenschild", "label")
_STICKER_SCAN = re.compile(literal_trie(_STICKER_LITERALS))


# --- a password said to be the login's name (round 51) -------------------------------------
# "Mein Konto: kunde4471 ⏎ Mein Kennwort: das gleiche wie mein Benutzername", "password is
# the same as my username": the login's value given on its label's line is the password too;
# or the password's label given the login's value itself ("E-Mail: x@y.de ⏎ Passwort:
# x@y.de"). The login's label and its one value end a line.
_LOGIN_LABEL = (
    r"(?:user(?:[ ]?name)?|login|benutzer(?:name)?|nutzer(?:name)?|konto|account|kennung"
    r"|e-?mail(?:[ ]?adresse)?|mail)"
)
_LOGIN_VALUE = re.compile(
    rf"(?im)^[ \t]*(?:(?:my|mein|meine)[ ]+)?{_LOGIN_LABEL}[ \t]*:[ \t]*"
    r"(?P<v>[\w.@+\-]{3,64})[ \t]*$"
)
_SAME_AS_LOGIN = re.compile(
    # (no denial between: "Password: not the same as my username")
    r"(?i)(?:passwor[dt]|kennwort|\bpw\b)(?:(?!\b(?:not|nicht|nie|never|no)\b)[^\n.!?]){0,24}?"
    r"(?:same[ ]+as|(?:das|dasselbe|der|die)[ ]+(?:gleiche|selbe)[ ]+wie|gleich[ ]+wie"
    r"|identisch[ ]+mit)"
    r"[ ]+(?:(?:my|the|mein(?:e|em)?|der|dem|die)[ ]+)?"
    rf"{_LOGIN_LABEL}"
)
_PASSWORD_IS_LOGIN = re.compile(
    r"(?im)^[ \t]*(?:(?:my|mein|meine)[ ]+)?(?:passwor[dt]|kennwort|pw)[ \t]*:[ \t]*"
    r"(?P<v>[\w.@+\-]{3,64})[ \t]*$"
)
_SAME_LITERALS = ("same as", "gleiche wie", "selbe wie", "gleich wie", "identisch mit", "\n")


def _same_as_login(text: str) -> list[tuple[int, int]]:
    logins = [m for m in _LOGIN_VALUE.finditer(text)]
    if not logins:
        return []
    out: list[tuple[int, int]] = []
    if _SAME_AS_LOGIN.search(text) is not None:
        out.extend(m.span("v") for m in logins[:1])
    names = {m.group("v") for m in logins}
    for m in _PASSWORD_IS_LOGIN.finditer(text):
        if m.group("v") in names:
            out.append(m.span("v"))
    return out


# --- a value judged by the password rules (r52-asked) -----------------------------------------
# "Is "Summer2025" strong enough for the team account?", "Passwort123 ist bei euch verboten?",
# "password123 won't be accepted anymore?", "would tigerlily88 pass your rules?", "your form
# says my password is on a banned list. I've used letmein2019 since 2019": a message that
# asks or tells whether a value passes the service's password rules talks about a password
# the writer uses, used or means to use (the labelling policy: each is a secret). The verdict
# (strong, weak, allowed, accepted, rejected, banned, too short, ...) is a closed class of
# words that judge a password; the value is a password-shaped token in the verdict's
# sentence, or in the next one when the verdict's has none; the message names a password or
# the rules (a verdict on a card, a file or a version names neither).
_VERDICT = re.compile(
    r"(?i)(?<![^\W\d_])(?:strong|stärker|stark|secure|sicher|safe|weak|schwach|allowed|erlaubt"
    r"|zulässig|accepted|akzeptiert|rejected|abgelehnt|refused|banned|verboten|forbidden"
    r"|blacklist\w*|blocklist\w*|(?:too|zu)[ ]+(?:short|kurz|simple|einfach|common|häufig)"
    r"|pass(?:es)?(?=[ ]+(?:[^\W\d_]+[ ]+){0,2}(?:rules|policy|check|requirements)))"
    r"(?![^\W\d_])"
)
# the verdict as a verb with its object ("Fail2ban banned our office", "blocked us"): what
# it did to someone, no password judged (unless the object is one: "rejected my password")
_VERDICT_OBJECT = re.compile(
    r"(?i)[ ]+(?:our|my|the|us|me|their|unser\w*|mein\w*|uns|mich)(?![^\W\d_])"
    r"(?![ ]+(?:[^\W\d_]+[ ]+)?(?:pass|kennw|pw|pin|code))"
)
_VERDICT_LITERALS = (
    *("strong", "stärker", "stark", "secure", "sicher", "safe", "weak", "schwach", "allowed"),
    *("erlaubt", "zulässig", "accepted", "akzeptiert", "rejected", "abgelehnt", "refused"),
    *("banned", "verboten", "forbidden", "blacklist", "blocklist", "too ", "zu ", "pass "),
)
_VERDICT_SCAN = re.compile(literal_trie(tuple(sorted(_VERDICT_LITERALS))))
# what the message judges: a password (the word, or a value spelled with it) or the rules
_JUDGES_PASSWORD = re.compile(
    r"(?i)passw|kennw|(?<![^\W\d_])(?:pw|pwd|passphrase|rules|regeln|policy|richtlinie\w*"
    r"|requirements|anforderungen|(?:banned|block|deny|black|sperr)[ -]?list\w*)(?![^\W\d_])"
)
_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"'“”’)]|\Z)|\n")
_JUDGED_TOKEN = re.compile(r"[^\s,;()]+")
# "Passwörter wie x", "something like x", "etwa x": a kind of password, right before a value
_KIND_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:like|wie|etwa)[ ]+[\"'„“‘«]?\Z")
_JUDGED_SYNTAX = re.compile(r"[=:{}\[\]\"$@/\\<>|`]|\.\w")
# a message that presents its values as samples or disowns them ("passwords like x", "z. B.
# x", "x-style", "just testing", "not passwords we use", "ich nutze sowas nicht"): a closed
# class of such cues, read on the whole message (a sample's cue often stands a sentence off)
_JUDGED_DISOWNED = re.compile(
    r"(?i)(?<![^\W\d_])(?:example\w*|\w*beispiel\w*|z\.[ ]?b\.|e\.g\.|sowas"
    r"|so[ ]+etwas|such[ ]+as|style|testing|test|tests|getestet|teste|reporting|said[ ]+no"
    r"|just[ ]+curious|nur[ ]+(?:aus[ ]+)?neugier\w*|hypothetical\w*|theoretisch"
    r"|(?:not|nicht|never|nie|won't|don't)(?![^\W\d_])[^.?!\n]{0,30}?(?<![^\W\d_])(?:use"
    r"|using|set|setting|nutze\w*|verwende\w*|benutze\w*|setze\w*|mine|meins))(?![^\W\d_])"
)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence holding ``at`` (its line, cut at sentence ends; at most 400 characters
    read back)."""
    start = max(0, at - 400)
    for m in _SENTENCE_END.finditer(text, start, at):
        start = m.end()
    stop = _SENTENCE_END.search(text, at)
    return start, len(text) if stop is None else stop.start()


def _judged_value(core: str) -> bool:
    """A token shaped as a password a writer asks the rules about: letters with digits, as
    the shape judge reads a password ("Summer2025", "Apfelbaum!2025", "tigerlily88"); not a
    product's or a version's name, a program's syntax (``=``, ``:``, brackets), an address,
    a path, an algorithm's or an identifier's name (the judge's own exclusions)."""
    if len(core) < 5 or _JUDGED_SYNTAX.search(core) is not None:
        return False
    if not any(c.isdigit() for c in core) or not any(c.islower() for c in core):
        return False
    return words.secret_shape(core) != words.NOT_SECRET and not words.names_product(core)


def _in_sentence(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _JUDGED_TOKEN.finditer(text, start, end):
        s, e = _trimmed(text, m.start(), m.end())
        if (
            e > s
            and _judged_value(text[s:e])
            and _KIND_BEFORE.search(text, max(0, s - 14), s) is None
        ):
            out.append((s, e))
    return out


def _judged(text: str) -> list[tuple[int, int]]:
    if _JUDGES_PASSWORD.search(text) is None or _JUDGED_DISOWNED.search(text) is not None:
        return []
    out: list[tuple[int, int]] = []
    for v in _VERDICT.finditer(text):
        if _VERDICT_OBJECT.match(text, v.end()) is not None:
            continue
        start, end = _sentence(text, v.start())
        found = _in_sentence(text, start, end)
        if not found and end < len(text) and text[end] != "\n":
            # the verdict's sentence names no value: the next one gives it ("…is on a
            # banned list. I've used letmein2019 since 2019")
            after = _SENTENCE_END.match(text, end)
            next_start = after.end() if after is not None else end
            found = _in_sentence(text, *_sentence(text, min(len(text) - 1, next_start + 1)))
        out.extend(found)
    return out


# ---------------------------------------------------------------------------------------------
_TRIM = "\"'“”„‚‘’«»`()[]{}<>.,;:!?*…"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return value_edges.trimmed(text, start, end, _TRIM, "!?*#")


#: Every form's pattern (the pre-check's fragment holds each).
FORMS = (
    _TRANSCRIPT,
    _KEYED,
    _LOGIN_THEN,
    _OWN_THING,
    _CORRECTED,
    _SAME_AS_LOGIN,
    _PASSWORD_IS_LOGIN,
    _HAS_CODE,
    _STICKER_KEY,
    _STICKER_SAYS,
    _VERDICT,
)
#: Literals one of which every form's match holds, lower-cased (the gate's).
LITERALS = (
    *_TRANSCRIPT_LITERALS,
    *_KEYED_THING_LITERALS,
    *_LOGIN_LITERALS,
    *_OWN_LITERALS,
    *_CORRECTED_LITERALS,
    *_SAME_LITERALS,
    *_HAS_LITERALS,
    *_STICKER_LITERALS,
    *_VERDICT_LITERALS,
)
_TRANSCRIPT_SCAN = re.compile(literal_trie(tuple(sorted(_TRANSCRIPT_LITERALS))))
_KEYED_SCAN = re.compile(literal_trie(tuple(sorted(_KEYED_THING_LITERALS))))
_KEY_VERB_SCAN = re.compile(literal_trie(tuple(sorted(_KEY_VERB_LITERALS))))
_GOES_ON_SCAN = re.compile(literal_trie(tuple(sorted(_GOES_ON_LITERALS))))
_OWN_SCAN = re.compile(literal_trie(tuple(sorted(_OWN_LITERALS))))
_CORRECTED_SCAN = re.compile(literal_trie(tuple(sorted(_CORRECTED_LITERALS))))
_DIGIT_RUN = re.compile(r"\d[ \-]?\d")
# (a password's label and a login's, each with a colon)
_LOGIN_TWICE_SCAN = re.compile(r"(?:passwor[dt]|kennwort|pw)[^\n:]{0,40}:")


def _login_word(low: str) -> bool:
    """One of ``_LOGIN_LITERALS`` in ``low`` ("benutzer" holds "nutzer"): C-level substring
    tests, half the trie scan's cost on a chat message (r51-cpu)."""
    return (
        "user" in low
        or "login" in low
        or "nutzer" in low
        or "kennung" in low
        or "@" in low
        or " + " in low
    )


# Each form's cheap necessary test (its literals and the signs it needs: a line break,
# digits, a colon or comma, a possessive), written once: ``spans`` asks every one, and
# ``may_match`` the cheapest first.


def _transcript_may(text: str, low: str) -> bool:
    return "\n" in text and _TRANSCRIPT_SCAN.search(low) is not None


def _keyed_may(text: str, low: str) -> bool:
    return (
        _DIGIT_RUN.search(text) is not None
        and _KEYED_SCAN.search(low) is not None
        and _KEY_VERB_SCAN.search(low) is not None
    )


def _login_may(text: str, low: str) -> bool:
    return _login_word(low) and _GOES_ON_SCAN.search(low) is not None


def _own_may(text: str, low: str) -> bool:
    return (
        (":" in text or "," in text)
        and _OWN_SCAN.search(low) is not None
        and _POSSESSIVE_AT.search(text) is not None
    )


def _corrected_may(text: str, low: str) -> bool:
    return ("not " in low or "nicht " in low) and _CORRECTED_SCAN.search(low) is not None


def _same_may(text: str, low: str) -> bool:
    return "\n" in text and ":" in text and _LOGIN_TWICE_SCAN.search(low) is not None


def _has_may(text: str, low: str) -> bool:
    return ("code" in low or "pin" in low or "kombi" in low) and _HAS_SCAN.search(low) is not None


def _sticker_may(text: str, low: str) -> bool:
    return _STICKER_SCAN.search(low) is not None and any(c.isdigit() for c in text)


def _judged_may(text: str, low: str) -> bool:
    return _VERDICT_SCAN.search(low) is not None and _JUDGES_PASSWORD.search(low) is not None


#: The forms' tests in the order ``spans`` reads their answers.
_FORMS = (
    _transcript_may,
    _keyed_may,
    _login_may,
    _own_may,
    _corrected_may,
    _same_may,
    _has_may,
    _sticker_may,
    _judged_may,
)
#: The same tests, the cheapest first (``may_match`` stops at the first yes).
_CHEAP_FIRST = (
    _transcript_may,
    _corrected_may,
    _login_may,
    _own_may,
    _keyed_may,
    _same_may,
    _has_may,
    _sticker_may,
    _judged_may,
)


def _runs(text: str, low: str) -> tuple[bool, ...]:
    """Which forms may find a value in ``text`` (``low``: lower-cased), in ``_FORMS``' order."""
    return tuple(form(text, low) for form in _FORMS)


#: The last text ``may_match`` answered and its answer: ``situation_values`` asks it of
#: one text twice in a row on the event loop's path (its gate, then ``values``).
_last: tuple[str, bool] = ("", False)


def may_match(text: str, low: str) -> bool:
    """One of the forms may find a value in ``text`` (``situation_values``' gate asks it
    beside its own literals: the forms' literals alone are in much quiet chat, "user",
    "tor" in "history"). ``any(_runs(text, low))``, the cheap tests first and the first
    form that may match answering (r51-cpu)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    found = any(form(text, low) for form in _CHEAP_FIRST)
    _last = (text, found)
    return found


def spans(text: str, low: str) -> list[tuple[int, int]]:
    """The values the message hands over with what they are for (``low``: ``text``
    lower-cased; a text in plain case, see ``situation_values._plain_case``). Each form runs
    behind its own literals (``LITERALS``: the pre-check's hints) and signs."""
    transcript, keyed, login, own, corrected, same, has, sticker, judged = _runs(text, low)
    out: list[tuple[int, int]] = []
    if transcript:
        out.extend(_transcript_answer(text))
    if keyed:
        out.extend(_keyed(text))
    if login:
        out.extend(_login_then(text, low))
    if own:
        out.extend(_own_thing(text))
    if corrected:
        out.extend(_corrected(text))
    if same:
        out.extend(_same_as_login(text))
    if has:
        out.extend(m.span("v") for m in _HAS_CODE.finditer(text))
    if sticker:
        out.extend(m.span("v") for m in _STICKER_KEY.finditer(text))
        out.extend(_sticker_says(text))
    if judged:
        out.extend(_judged(text))
    return out
