"""Values with spaces that the message says have spaces (round 48, r48-pw).

A customer who gives a password of several words tells the reader where it starts and
ends by saying so: "new one is Tangerine  Skies 88 (two spaces between the words)", "neues:
Maus im Haus 2025 (mit Leerzeichen)", "it's 'Sunny Days 2023' with the spaces", "b@se3ball
rocks - that has a symbol, a number and a space!", "Mein Passwort enthält ein Leerzeichen:
Haus am See". The remark on the spaces names the words before it (or, after a colon, the
words after it) one value; the password rules read such a value only up to its first
space, or not at all.

The value's words run back from the remark to what introduces them: a colon, a copula
("is", "ist", "lautet"), a password word ("pw Hafen 2019 Kiel"), "to"/"auf", a slash, the
line's start, or its quotes. Not a value: words that open with a function word or hold a
state ("my password is too long (with spaces)"), a password word among them ("Geht ein
Passwort mit Leerzeichen?"), a remark that denies the spaces ("ohne Leerzeichen", "no
spaces"), one word alone, more than six. The text must speak of a password (a password
word, a new or changed one).
"""

from __future__ import annotations

import re

from redaction import words

#: where a text speaks of spaces (the gate: one literal scan of the lower-cased text)
_SPACE = re.compile(r"space|leerzeichen", re.IGNORECASE)
#: the text speaks of a password (or of a new or changed one)
_PASSWORD_TALK = re.compile(
    r"pass|kennw|(?<![a-z])pwd?(?![a-z])|login|zugang|new[ ]one|neue[sn]?(?![a-z])"
    r"|changed[ ]it|reset|geändert|phrase",
    re.IGNORECASE,
)
#: a remark on the spaces right after the value: in brackets, after a dash, or "with
#: (the) spaces" itself
_REMARK_AFTER = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}"
    # ("space" opens its word: "- OCA Workspace Owner" is no remark, round 60)
    r"(?:\([^()]{0,40}?(?:(?<![a-z])space|leerzeichen)"
    r"|[—–\-][ ]+[^.!?\n()]{0,40}?(?:(?<![a-z])space|leerzeichen)"
    r"|,?[ ]+(?:(?:yes|ja)[, ]+)?(?:with|mit|incl\w*|inkl\w*)[ ]+(?:the[ ]+|den[ ]+)?"
    r"(?:spaces?|leerzeichen)"
    r"|[ ]+spaces[ ]+(?:included|inklusive))",
    re.IGNORECASE,
)
#: a remark that denies the spaces
_DENIED = re.compile(r"(?i)(?<![a-z])(?:ohne|without|no|keine?|not|nicht|never|nie)(?![a-z])")
#: a remark on the spaces, then a colon and the value ("enthält ein Leerzeichen: Haus am
#: See", "Leerzeichen am Anfang? nein, aber in der Mitte: Blauer Montag 14 – …")
_REMARK_BEFORE = re.compile(
    r"(?<![a-z])(?:enthält|enthaelt|hat|has|contains|with|mit)[ ]+(?:ein(?:e[nm]?)?[ ]+|a[ ]+"
    r"|zwei[ ]+|two[ ]+|\d[ ]+)?(?:leerzeichen|spaces?)(?![a-z])[^:\n]{0,40}:[ \t]+",
    re.IGNORECASE,
)
#: words that introduce a value right after them
_INTRODUCERS = frozenset(
    """is ist lautet was war sind are to zu auf one new neues neue neuer type enter
    pw pwd pass password passwort kennwort passphrase phrase its it's""".split()
)
_PASSWORD_WORDS = frozenset(
    """pw pwd pass passwd password passwords passwort passwörter kennwort kennwörter
    passphrase passphrasen passcode pin login""".split()
)
#: words that say how a password is, not what it is ("my password is too long (with spaces)")
_JUDGING = frozenset(
    """too zu very sehr so quite really ganz long short lang kurz weak strong schwach stark
    simple einfach wrong falsch invalid ungültig different anders""".split()
)
_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“", "‚": "‘", "‘": "’", "«": "»"}
#: what a value may be named before it: a password word, or another thing's name (a user
#: name, a folder, a file, a network's name, an address: no secret, spaces or not)
_SECRET_NAMED = re.compile(
    r"(?i)pass|kennw|(?<![a-z])(?:pwd?|pin|code|key|schlüssel|phrase)(?![a-z])"
)
_OTHER_NAMED = re.compile(
    r"(?i)(?<![a-z])(?:user\w*|\w*nutzer\w*|\w*name[n]?|ordner|folder|file\w*|datei\w*|ssid"
    r"|pfad|path|titel|title|account|konto|e-?mail|adresse|address|straße|street|city|stadt"
    r"|firma|company|produkt|product)(?![a-z])"
)
_NAMED_REACH = 60
_ORDINAL = re.compile(r"\d{1,3}\.")
#: a quote closed, then the German verb that ends the clause: what was tried or typed
_TRIED_LAST = re.compile(
    r"[\"'”“’»][ ]+(?:probiert|ausprobiert|versucht|eingegeben|eingetippt|getippt|genommen"
    r"|benutzt|verwendet|gesetzt|geändert)\Z",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.,;!?]\Z")
_MAX_WORDS = 6
#: words that make words after a colon a sentence (a value of words holds none)
_SENTENCE_WORDS = frozenset(
    """das dies es ist sind war geht kann darf muss soll ich wir man nicht überhaupt wie
    was it this that is are was does do can may must i we you not how what""".split()
)
_AFTER_COLON = re.compile(
    r"[^\s,;]+(?:[ ]{1,2}[^\s,;]+){1,5}?(?=[ ]*(?:[.,;!?](?:\s|\Z)|[ ][—–\-][ ]|\n|\Z))"
)


def _names_other(text: str, pos: int) -> bool:
    """Whether the nearest naming word before ``pos`` (same line) names no secret ("the
    folder name is Old Backups 2024 (with spaces)")."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - _NAMED_REACH)
    other = [m.end() for m in _OTHER_NAMED.finditer(text, lo, pos)]
    if not other:
        return False
    secret = [m.end() for m in _SECRET_NAMED.finditer(text, lo, pos)]
    return not secret or other[-1] > secret[-1]


def gate(low: str) -> bool:
    """Whether the rule may find anything in a text (lower-cased ``low``)."""
    return ("space" in low or "leerzeichen" in low) and _PASSWORD_TALK.search(low) is not None


#: The pre-check's fragment (``password.PRECHECK_PATTERNS``), its hints and its gate: a
#: text the rule reads speaks of spaces (the fragment) and of a password (``gate``; its own
#: words such as "neues", "geändert", "phrase" need no trigger literal)
PRECHECK_FRAGMENT = r"space|leerzeichen"
PRECHECK_HINTS: tuple[str, ...] = ("space", "leerzeichen")


def precheck_gate(text: str) -> bool:
    """``gate`` of a text not yet lower-cased (the pre-check's gate for the fragment)."""
    return gate(text.lower())


def _words_value(tokens: list[str], labelled: bool = False) -> bool:
    """Whether the words read as one value with spaces, not a sentence's words.
    ``labelled``: a password's label and its colon introduce them ("Neues Passwort: mein
    Hund heißt Bello 2019 – mit Leerzeichen"): a passphrase written as a sentence may open
    with a function word when it ends in a number and names something with a capital."""
    if not 2 <= len(tokens) <= _MAX_WORDS:
        return False
    lows = [t.lower().strip("\"'“”„‚‘’«»()") for t in tokens]
    if lows[0] in words.FUNCTION_WORDS and not (
        labelled
        and any(c.isdigit() for c in tokens[-1])
        and any(t[:1].isupper() for t in tokens[1:])
    ):
        return False
    if any(w in _PASSWORD_WORDS or w in _JUDGING for w in lows):
        return False
    return not tokens[-1].endswith("?")


def _sentence(value: str) -> bool:
    """Whether words after a colon read as a sentence ("enthält Leerzeichen: geht das
    überhaupt", "… : is that a problem"): a pronoun, a copula, a modal or a negation."""
    return any(w.strip(".,!?").lower() in _SENTENCE_WORDS for w in value.split())


def _quoted_before(text: str, end: int) -> tuple[int, int] | None:
    """The words of a quote that closes at ``end`` (its closing mark just before it)."""
    close = text[end - 1]
    line_start = text.rfind("\n", 0, end - 1) + 1
    for i in range(end - 2, max(line_start, end - 80) - 1, -1):
        if _QUOTES.get(text[i]) == close:
            inner = text[i + 1 : end - 1]
            s = i + 1 + (len(inner) - len(inner.lstrip()))
            e = end - 1 - (len(inner) - len(inner.rstrip()))
            if e > s and _words_value(text[s:e].split()):
                return s, e
            return None
    return None


def _words_before(text: str, end: int) -> tuple[int, int] | None:
    """The value's words that end at ``end``, run back to what introduces them."""
    if text[end - 1] in _QUOTES.values():
        return _quoted_before(text, end)
    line_start = text.rfind("\n", 0, end) + 1
    tokens: list[str] = []
    labelled = False
    start = end
    pos = end
    while True:
        # the token before ``pos`` and the spaces before it
        i = pos
        while i > line_start and not text[i - 1].isspace():
            i -= 1
        token = text[i:pos]
        if not token:
            return None
        if token.endswith(":") or token.lower() in _INTRODUCERS or token == "/":
            if tokens and token.lower() in _PASSWORD_WORDS:
                head = tokens[-1].lower()
                if head in words.STATE_WORDS:
                    return None  # a compound's head: "the password policy now allows …"
            labelled = token.endswith(":") and token[:-1].lower() in _PASSWORD_WORDS
            break  # what introduces the value
        if tokens and token[-1] in _QUOTES.values():
            return None  # a quote, then words: 'auf "Werkseinstellungen" gesetzt (…)'
        if token.startswith("("):
            return None  # a bracket's words, not a value's
        if tokens and _SENTENCE_END.search(token) and not _ORDINAL.fullmatch(token):
            return None  # a sentence before the words: nothing introduces them
        tokens.append(token)
        start = i
        if len(tokens) > _MAX_WORDS:
            return None
        j = i
        while j > line_start and text[j - 1] == " ":
            j -= 1
        if j == line_start:
            break  # the line's start
        if i - j > 2:
            # a gap of three spaces or more parts the value only from its introducer
            k = j
            while k > line_start and not text[k - 1].isspace():
                k -= 1
            before = text[k:j]
            if not (before.endswith(":") or before.lower() in _INTRODUCERS or before == "/"):
                return None
        pos = j
    tokens.reverse()
    return (start, end) if _words_value(tokens, labelled) else None


def values(text: str) -> list[tuple[int, int]]:
    """Spans of values with spaces that the text says have spaces."""
    found: list[tuple[int, int]] = []
    for cue in _SPACE.finditer(text):
        # the remark after the value: try each word end before the cue, nearest first
        lo = max(0, cue.start() - 60)
        for end in range(cue.start(), lo, -1):
            if text[end - 1].isspace() or not (end == len(text) or text[end] in " \t\n"):
                continue
            if text[end - 1] in ",;:(":
                continue  # "(yes, with spaces)": inside the remark
            if text[end - 1] in "—–-" and (end == 1 or text[end - 2].isspace()):
                continue  # "… 2019 – ja, mit Leerzeichen": the remark's dash alone
            m = _REMARK_AFTER.match(text, end)
            if m is None or not cue.end() <= m.end() <= cue.end() + 1:
                continue
            if _DENIED.search(text, end, cue.end()) is not None:
                break
            span = _words_before(text, end)
            tried = _TRIED_LAST.search(text, max(0, end - 40), end)
            if span is None and tried is not None:
                # 'hab's mit "Maus im Haus 7" probiert (mit Leerzeichen)': the German
                # verb closes the clause between the quoted value and the remark
                span = _quoted_before(text, tried.start() + 1)
            if span is not None and not _names_other(text, span[0]):
                found.append(span)
            break
    for m in _REMARK_BEFORE.finditer(text):
        if _DENIED.search(m.group()) is not None or _names_other(text, m.start() + 1):
            continue
        v = _AFTER_COLON.match(text, m.end())
        if v is not None and _words_value(v.group().split()) and not _sentence(v.group()):
            found.append(v.span())
    return found
