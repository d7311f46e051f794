"""Passwords by proximity: a password-shaped token near a password word, whatever the words
between them.

The connector rules in ``password.py`` tie a value to its password word (``password: x``,
``x is my password``); customers also write the value three words, a clause or two lines
away (``in the password field I clicked the eye icon and it shows Lumen*2024*``, a table
whose header says "password", a list of test users under "creds"). Here the context is only
"a password or credential word is within reach", so the shape must say it alone: each token
in reach is judged by ``words.secret_like`` (digits or symbols mixed with letters, not an
identifier, host, file, code or anything ``likeness`` rejects). A user name given as such
(``Benutzername lautet Sonnenblume2024``) is not a password, however it looks.

A password spelled out item by item (``capital T, o, r, n, a, d, o, then 7 7``,
``Großbuchstabe M, dann ondschein, dann 2 0 2 4``) is masked as one run.
"""

from __future__ import annotations

import re as stdre
from bisect import bisect_left
from collections.abc import Generator, Sequence

import regex as re

from redaction import words
from redaction.named_values import called_password
from redaction.recognizers.base import literal_trie, run_steps

#: How far a password word reaches: characters after and before it, and lines after it.
REACH_AFTER = 320
REACH_BEFORE = 160
LINES_AFTER = 6

# What joins a user name to its password on one line: "anna / x", "anna | x", "anna - x"
# an example, not a value: "e.g. Abc!1234", "z.B. Sommer2024!", "such as Xy#1"
_EXAMPLE = re.compile(
    r"(?i)(?<!\w)(?:e\.?g\.?|z\.[ ]?b\.|zb\.?|such as|for example|zum beispiel)[ ]*:?[ ]+\Z"
)
# the password word names a thing about passwords: "my password manager is Bitwarden2"
_THING = re.compile(
    r"(?i)[ \-]?(?:manager|generator|hint|hinweis|policy|richtlinie|length|länge|strength|"
    r"stärke|tresor|safe|vault|app)(?!\w)"
)
# Google's and Apple's app-specific passwords: "abcd efgh ijkl mnop", "abcd-efgh-ijkl-mnop"
_APP_PASSWORD = re.compile(
    # (or the sixteen letters pasted without the spaces, round 63)
    r"(?<!\S)(?:[a-z]{4}([ \-])[a-z]{4}\1[a-z]{4}\1[a-z]{4}|[a-z]{16})(?![^\s.,;!?)])"
)
# a product and its model number: Windows11, Galaxy23 (a year or a longer number is not)
_PRODUCT = re.compile(r"[A-Z][a-z]{2,}\d{1,2}")
# "user:secret" in one token (chpasswd input, a pasted login), quotes around it allowed
_USER_PASS = re.compile(r"[\"'`]?[a-z][\w.\-]{0,31}:(?P<v>[^\s:\"'`]{5,64})[\"'`]?")
_PAIR_NEXT = re.compile(r"[ ]*(?:/{1,2}|\||-{1,2}|:|;|,)[ ]*(?P<v>[^\s;|,]+)")
_PREV_WORD = re.compile(r"(\w+)[ ]+\Z")
_NEXT_WORD = re.compile(r"[ ]+([\w\-]+)")
_PREPOSITIONS = frozenset(
    """
    to on in at from with via since for of into onto under over by
    auf in im unter mit von vom seit für bei beim zu zum zur nach über aus
    """.split()
)
# a password or login word right after the token: the token qualifies it
_QUALIFIED = re.compile(r"(?i)pass|pw|kennw|login|konto|account|zugang|anmeld|cred|pin")
# a mail address cut after its "@" ("an support@ geschickt"): letters only, no password
_MAIL_LOCAL = re.compile(r"[^\W\d_][^\W\d]*(?:[.\-][^\W\d_]+)*@[,;.:)]?")
# told to use the token: "try Swordfish_1410, … for the admin login", "nimm X" (a sign-in
# word in reach then says what it is for)
_USE_BEFORE = re.compile(
    r"(?i)(?:^|(?<=[\n.!?,;:(]))[ ]*(?:(?:pls|please|bitte|then|dann|just|einfach)[ ]+)?"
    r"(?:try|use|nimm|probier(?:e|'s|s)?(?:[ ]+mal)?)[ ]+[\"'“„]?\Z"
)
# the object ends its clause ("try x, that should …"; not "try x for the login page")
_OBJECT_ENDS = re.compile(r"[\"'”“]?(?:[,;.!?]|[ ]+[-–—]|[ ]*(?:\n|\Z))")
# a symbol among letters and digits: "Wald%Weg3", "P@ss1"
_SYMBOL_AMONG = re.compile(r"(?=.*\d)(?=.*[^\W\d_])(?=.*[!#$%&*+?@^~§=<>|\\/])")
# an address or a Message-ID in angle brackets, as mail headers write them
_ANGLED_ADDRESS = re.compile(r"<[^\s<>@]{1,200}@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}>[,;.]?")
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|\Z)|\n")
#: How far a word with a number may be from its password word, in characters.
NAMED_REACH = 80
#: How far a password word may be from lower-case words joined by hyphens with a number.
HYPHEN_REACH = 16
# Tokens: split at whitespace and at the separators of tables, CSV lines and lists.
_TOKEN = re.compile(r"[^\s;|,→⇒➔➜]+")
# "Benutzername lautet X", "my username is X", "login: X", "user X": X names a user.
_USER_VALUE = re.compile(
    r"(?<!\w)(?:user(?:[ _\-]?name)?|benutzer(?:[ _\-]?name)?|nutzer(?:name)?|login(?:[ _\-]?name)?"
    r"|account(?:[ _\-]?name)?|konto|e-?mail|username|userid|user[ _\-]id)"
    # (the connector whole: "ist" read as "is" left "t" as the user name)
    r"(?:[ ]+(?:is|ist|lautet|was|war|heißt|heisst)(?!\w))?(?:[ ]*[:=]|[ ]+-)?[ ]*[\"'„“]?"
    r"(?P<v>[^\s\"'“”,;]+)",
    re.IGNORECASE,
)
_CONNECTED = re.compile(r"[:=]|[ ]-|(?i:[ ](?:is|ist|lautet|was|war|heißt|heisst)[ ])")
_LIST_FIRST = re.compile(
    r"(?i)(?:cred|zugang|zugäng|login|anmelde|access|account)[^\s:]*(?:[ ]+[^\s:]+){0,3}[ ]*:"
    r"[ ]*(?P<v>[^\s/|,;]+)(?=[ ]*(?:/|\||-[ ]|,|;|[ ]und[ ]|[ ]and[ ]))"
)
# One item of a spelled-out password: a character (with its case said), a symbol's name,
# digits typed apart; "then"/"dann" may lead it.
_CASE = (
    # (the case said in two words too: "lower case r", "capital letter B", "kleines b")
    r"(?:(?:upper|lower)[ \-]case(?:[ ]+letter)?|(?:capital|small|big)[ ]+letter|"
    r"capital|upper(?:case)?|lower(?:case)?|small|big|groß(?:es|er)?|gross(?:es|er)?|"
    r"klein(?:es|er)?|großbuchstabe|grossbuchstabe|kleinbuchstabe)"
)
_SYMBOL_NAME = (
    # (an article may lead it: "an exclamation mark", "ein Dollarzeichen")
    r"(?:(?:an?|the|ein(?:e|en)?|das)[ ]+)?"
    r"(?:exclamation(?:[ ]+mark|[ ]+point)?|question[ ]+mark|hash|pound|"
    r"dollar(?:[ ]+sign)?|percent|ampersand|asterisk|star|at[ ]+sign|underscore|hyphen|dash|"
    r"dot|period|plus|ausrufezeichen|fragezeichen|raute|doppelkreuz|dollarzeichen|prozent|"
    r"sternchen|stern|unterstrich|bindestrich|punkt|at-zeichen|klammeraffe)"
    # "hash sign", "plus symbol", "Rautezeichen": the name and the word for a sign
    r"(?:[ ]+(?:sign|symbol|key)|[ \-]?zeichen)?"
)
_LEAD = r"(?:(?:then|dann|und|and|danach|also|followed[ ]+by)[ ]+)?"
# digits said as words: "eins zwei drei", "seven seven"
_DIGIT_WORD = (
    r"(?:null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zero|oh|one|two|"
    r"three|four|five|six|seven|eight|nine)"
)
# a digit named as one: "the number four", "die Ziffer 7"
_NUMBER_ITEM = (
    r"(?:(?:the|a|die|eine?)[ ]+)?(?:number|digit|zahl|ziffer)[ ]+"
    rf"(?:\d{{1,4}}|{_DIGIT_WORD}(?:[ ]+{_DIGIT_WORD}){{0,5}})(?!\w)"
)
_SPELLED_ITEM = (
    rf"{_LEAD}(?:{_NUMBER_ITEM}|{_CASE}[ ]+\S(?![^\s,.])|\d(?:[ ]+\d)+(?![^\s,.])|"
    rf"{_SYMBOL_NAME}(?!\w)|"
    rf"{_DIGIT_WORD}(?:[ ]+{_DIGIT_WORD})+(?!\w)|"
    # a letter and the word that spells it ("B as in bravo", "K wie Kaufmann")
    r"[^\W\d_][ ]+(?:as[ ]+in|like|wie)[ ]+[^\W\d_]{2,20}(?!\w)|"
    # letters (or letter names) said apart: "a n a n a", "Ka Ah Ze Ee"
    r"[^\W\d_]{1,2}(?:[ ][^\W\d_]{1,2}){2,}(?![^\s,.])|"
    r"[^\s,.](?![^\s,.]))"
)
_WORD_ITEM = rf"{_LEAD}[^\s,.]{{2,30}}"
_SPELLED_RUN = re.compile(
    rf"(?<![^\s:(])(?:{_SPELLED_ITEM})(?:[ ]*,[ ]*(?:{_SPELLED_ITEM}|{_WORD_ITEM}))+",
    re.IGNORECASE,
)
_SPELLED_ONE = re.compile(_SPELLED_ITEM, re.IGNORECASE)
# a run of letters outside ASCII only, each alone ("ä, ö, ü", "é, è, à"): which characters
# a password may hold, said as a list; a spelled value has ASCII letters or digits too
_CHARACTER_SET = re.compile(
    r"(?i)(?:(?:also|und|and|oder|or|then|dann)[ ]+)?[^\W\d_a-z]"
    r"(?:[ ]*,[ ]*(?:(?:und|and|oder|or)[ ]+)?[^\W\d_a-z])+"
)
# A password dictated item by item with spaces only: "capital M a r t h a one nine
# exclamation mark", "groß A klein n n a eins neun": a case word leads, four items at least.
_DICTATED_ITEM = rf"(?:{_CASE}[ ]+\S|{_SYMBOL_NAME}|{_DIGIT_WORD}|\d|[^\W\d_])(?!\S)"
_DICTATED = re.compile(
    rf"(?<!\S){_CASE}[ ]+\S(?!\S)(?:[ ]+{_DICTATED_ITEM}){{3,40}}", re.IGNORECASE
)
# ... or a capital and the word it starts, then two or more items each after "then":
# "capital B bluebird then the number 5 then exclamation mark"
_THEN_ITEM = (
    r"(?:then|dann|and|und|followed[ ]+by)[ ]+"
    rf"(?:{_NUMBER_ITEM}|{_SYMBOL_NAME}(?!\w)|\d{{1,4}}(?!\w))"
)
_DICTATED_THEN = re.compile(
    rf"(?<!\S){_CASE}[ ]+(?:[^\W\d_](?!\S)(?:[ ]+[^\W\d_]{{2,20}})?|[^\W\d_]{{2,20}})"
    rf"(?:[ ]*,?[ ]+{_THEN_ITEM}){{2,6}}",
    re.IGNORECASE,
)

# A value spelled in a spelling alphabet, its items apart by dashes, commas or spaces
# ("Zacharias – Ulrich – Gustav – Ida – Eins – Sieben – Ausrufezeichen", "bravo, romeo, 7,
# hash"): a run of four items or more, two of them the alphabet's words and one a digit or a
# sign (a list of first names such as "Anton, Berta, Emil" has neither); ``_phonetic`` counts.
_PHONETIC_WORD = (
    r"(?:anton|berta|cäsar|caesar|charlotte|dora|emil|friedrich|gustav|heinrich|ida|julius"
    r"|kaufmann|ludwig|martha|nordpol|otto|paula|quelle|richard|samuel|siegfried|theodor"
    r"|ulrich|viktor|wilhelm|xanthippe|ypsilon|zacharias|zeppelin|alpha|alfa|bravo|charlie"
    r"|delta|echo|foxtrot|golf|hotel|india|juliett?|kilo|lima|mike|november|oscar|papa"
    r"|quebec|romeo|sierra|tango|uniform|victor|whiske?y|x-?ray|yankee|zulu)"
)
_PHONETIC_ITEM = (
    rf"(?:(?:{_CASE})[ ]+)?(?:{_PHONETIC_WORD}|{_DIGIT_WORD}|{_SYMBOL_NAME}|\d{{1,4}})(?!\w)"
)
_PHONETIC_RUN = re.compile(
    rf"(?<![\w\-]){_PHONETIC_ITEM}(?:(?:[ ]*[,\-][ ]*|[ ]+){_PHONETIC_ITEM}){{3,30}}",
    re.IGNORECASE,
)
# the alphabet's words as a set: one C-level split of the reach before any regex search
_PHONETIC_WORDS = frozenset(
    """
    anton berta cäsar caesar charlotte dora emil friedrich gustav heinrich ida julius kaufmann
    ludwig martha nordpol otto paula quelle richard samuel siegfried theodor ulrich viktor
    wilhelm xanthippe ypsilon zacharias zeppelin alpha alfa bravo charlie delta echo foxtrot
    golf hotel india juliet juliett kilo lima mike november oscar papa quebec romeo sierra
    tango uniform victor whiskey whisky xray x-ray yankee zulu
    """.split()
)
# what every ``_CASE`` word holds, in lower case
_CASE_LITERALS = ("capital", "upper", "lower", "small", "big", "groß", "gross", "klein")
_CASE_SCAN = stdre.compile(literal_trie(_CASE_LITERALS))  # (one scan, not a loop)
_PHONETIC_ONE = re.compile(rf"(?i)(?:(?:{_CASE})[ ]+)?{_PHONETIC_WORD}")
_PHONETIC_SPLIT = re.compile(r"[ ]*[,\-][ ]*")
_PHONETIC_ITEM_RE = re.compile(_PHONETIC_ITEM, re.IGNORECASE)


def _phonetic(run: str) -> bool:
    """Two of the run's items or more are the alphabet's words and one is not."""
    items = [i for i in _PHONETIC_SPLIT.split(run) if i]
    if len(items) == 1:
        # apart by spaces only ("sierra oscar mike two zero two four"): each item as the
        # run's regex reads it (a case word belongs to the item it leads)
        items = [i.group() for i in _PHONETIC_ITEM_RE.finditer(run)]
    if len(items) < 4:
        return False
    letters = sum(1 for i in items if _PHONETIC_ONE.fullmatch(i))
    return letters >= 2 and letters < len(items)


# (``any(w in low for w in …)`` of ``user_values``' two lists, each as one scan)
_USER_HINT_SCAN = stdre.compile(
    literal_trie(("user", "nutzer", "login", "account", "konto", "mail"))
)
_NETWORK_HINT_SCAN = stdre.compile(
    literal_trie(("ssid", "wlan", "wifi", "wi-fi", "network", "netzwerk"))
)


def user_values(text: str) -> set[int]:
    """Start offsets of tokens given as a user name: after a user word, or first of a pair
    after a credentials word ("Zugangsdaten: kd48213 / …")."""
    low = text.lower()
    users = {m.start("v") for m in _LIST_FIRST.finditer(text)} if ":" in text else set()
    if _USER_HINT_SCAN.search(low) is not None:
        users.update(
            m.start("v")
            for m in _USER_VALUE.finditer(text)
            # 'failed for user "x"' (no connector) still names the user; but "Kennwort vom
            # Admin-Konto x", "password for the admin account x": the password word's
            # account, the value after it
            if (
                not (f := _FOR_ACCOUNT.search(text, max(0, m.start() - 30), m.start()))
                or not _CONNECTED.search(text, m.start(), m.start("v"))
            )
            and not (
                f is not None
                and _PASSWORD_BEFORE.search(text, max(0, f.start() - 12), f.start())
                and not _CONNECTED.search(text, m.start(), m.start("v"))
                and not _CONNECTED.match(text, m.end("v"), m.end("v") + 8)
            )
            # "master is username x is the password": the label after its value, twice
            and not called_password(text, m.end("v"))
        )
    if _NETWORK_HINT_SCAN.search(low) is not None:
        users.update(m.start("v") for m in _NETWORK_NAME.finditer(text))
    return users


# "SSID: Praxis-3", "WLAN: Halle-7, Passwort: …": the network's name, beside its key
_NETWORK_NAME = re.compile(
    r"(?i)(?<!\w)(?:ssid[ ]*[:=][ ]*(?P<v>[^\s,;]+)|(?:wlan|wi-?fi|network|netzwerk)"
    r"(?:[ _\-]?name)?[ ]*[:=][ ]*(?P<v>[^\s,;]+)(?=[ ]*[,;]?[ ]*\n?[ ]*(?:\w+[ \-])?"
    r"(?:pass|kenn|key|pw|schl|wpa|psk)))"
    # "Das WLAN heißt X", "the Wi-Fi network name is X", "network called X": named as one
    r"|(?<!\w)(?:wlan|wi-?fi|network|netzwerk|ssid)(?:[ _\-]?name[ ]+(?:is|ist|lautet)"
    r"|[ ]+(?:heißt|heisst|is[ ]+called|called|named|nennt[ ]+sich))[ ]+[\"'„“‚‘]?"
    r"(?P<v>[^\s,;\"'“”‘’]+)"
)
# "PW für das Büro-Konto: x", "password for the shop account: x": the account word says
# whose password follows, it is no user-name slot
_FOR_ACCOUNT = re.compile(
    r"(?i)(?<!\w)(?:für|fürs|for|zum|zur|vom|of)[ ]+(?:\w+[ ]+){0,2}[\w\-]*\Z"
)


# a device's or a record's label right before a token: its serial, product or model number
#: (the password rules read the same labels at a value's start: ``ID_LABELS``)
ID_LABELS = r"(?:sn|s/n|serial|serien-?nr\.?|seriennummer|model|modell|sku|imei|mac)"
_ID_LABEL_BEFORE = re.compile(rf"(?i)(?<![^\W\d_])(?:no\.|nr\.|{ID_LABELS})[ ]*[:#]?[ ]*\Z")


def id_labelled(text: str, start: int) -> bool:
    """A device's or a record's label stands right before ``start`` ("sn", "product no.")."""
    return _ID_LABEL_BEFORE.search(text, max(0, start - 14), start) is not None


# a password word right before "for/vom … account": the account is the password's
_PASSWORD_BEFORE = re.compile(r"(?i)(?:pass\w*|kennw\w*|pw|pwd)[ ]+\Z")


def _reach(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of ``text`` a password word at ``start:end`` reaches."""
    lo = max(0, start - REACH_BEFORE)
    line_start = text.rfind("\n", lo, start)
    prev_line = text.rfind("\n", lo, line_start) if line_start > lo else -1
    lo = max(lo, prev_line + 1 if prev_line >= 0 else lo)
    hi = min(len(text), end + REACH_AFTER)
    pos = end
    for _ in range(LINES_AFTER):
        nl = text.find("\n", pos, hi)
        if nl < 0:
            break
        pos = nl + 1
    else:
        hi = pos
    return lo, hi


def _spelled(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    low = text[lo:hi].lower()
    if _CASE_SCAN.search(low) is not None:  # both dictations start with a case word
        out.extend(m.span() for m in _DICTATED.finditer(text, lo, hi))
        out.extend(m.span() for m in _DICTATED_THEN.finditer(text, lo, hi))
    if not _PHONETIC_WORDS.isdisjoint(low.replace(",", " ").replace("-", " ").split()):
        runs = _PHONETIC_RUN.finditer(text, lo, hi)
        out.extend(m.span() for m in runs if _phonetic(m.group()))
    if text.find(",", lo, hi) < 0:
        return out  # a comma-spelled run holds a comma: skip the slow scan of every position
    for m in _SPELLED_RUN.finditer(text, lo, hi):
        items = re.split(r"[ ]*,[ ]*", m.group())
        spelled = sum(1 for it in items if _SPELLED_ONE.fullmatch(it))
        if len(items) >= 3 and spelled >= 2 and spelled * 2 >= len(items):
            if _CHARACTER_SET.fullmatch(m.group()) is not None:
                continue  # "Also ä, ö, ü und ß?": the letters of a script named, no value
            out.append(m.span())
    return out


# a model's or a release's number after a product's name: "FRITZ!Box 7590", "FRITZ!OS 7.57"
_MODEL_NUMBER_AFTER = re.compile(r"[ ]+v?\d{1,5}(?:\.\d{1,3}){0,3}(?![\w!#$%&*@/:\-])")
# a product line's name in capitalised parts right before a token: "LaserJet M404dn"
_PRODUCT_LINE_BEFORE = re.compile(r"(?<![\w\-])(?P<w>[A-Z][a-z]+[A-Z][A-Za-z]*)[ ]+\Z")
# a model's code: capitals, digits, a few small letters ("M404dn", "T480s", "G15")
_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{2,5}[a-z]{0,3}")
# a capitalised word whose parts name a secret or where one goes ("MqttPassword", "WiFi",
# "PassWord"), not a product line
_SECRET_PARTS = frozenset(
    "pass password passwort kennwort word wort pw pwd pin key secret token code auth login "
    "log user wi fi wifi wlan lan".split()
)
_CAPITAL_PART = re.compile(r"[A-Z][a-z]*")


_CLOSING = ")]},.;:\"'"
# a price by the period: "£8/month", "€12,50/Monat", "$99/yr"
_PRICE = re.compile(
    r"(?i)[£$€¥][\d]{1,6}(?:[.,]\d{1,2})?/(?:month|mo|monat|year|yr|jahr|week|woche|day|tag)"
)


def model_named(text: str, start: int, end: int) -> bool:
    """The token is a price by the period ("£8/month") or names a product by its model
    (round 49): a name without digits, two capitals or more, right before a model's or a
    release's number ("FRITZ!Box 7590", "FRITZ!OS 7.57"), or a model's code right after a
    product line's capitalised name ("HP LaserJet M404dn"). "MqttPassword Ed9-Box!mq" (a
    password word's parts) and "Sommer!x 2024" (one capital) stay."""
    token = text[start:end]
    if token[-1:] in _CLOSING:
        token = token.rstrip(_CLOSING)
        end = start + len(token)
    if _PRICE.fullmatch(token):
        return True  # "still pays you £8/month": a price by the period
    if any(ch.isdigit() for ch in token):
        if _MODEL_CODE.fullmatch(token) is None:
            return False
        line = _PRODUCT_LINE_BEFORE.search(text, max(0, start - 32), start)
        return line is not None and not any(
            p.lower() in _SECRET_PARTS for p in _CAPITAL_PART.findall(line.group("w"))
        )
    return (
        sum(ch.isupper() for ch in token) >= 2 and _MODEL_NUMBER_AFTER.match(text, end) is not None
    )


#: Tokens judged per slice of ``near_spans_steps`` (about 5-10 µs each on hostile text).
STEP_TOKENS = 32


def near_spans(
    text: str,
    contexts: Sequence[tuple[int, int]],
    logins: Sequence[tuple[int, int]] = (),
    pins: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """``near_spans_steps`` in one go."""
    return run_steps(near_spans_steps(text, contexts, logins, pins))


def near_spans_steps(
    text: str,
    contexts: Sequence[tuple[int, int]],
    logins: Sequence[tuple[int, int]] = (),
    pins: Sequence[tuple[int, int]] = (),
) -> Generator[None, None, list[tuple[int, int]]]:
    """Spans of password-shaped tokens within reach of the password words at ``contexts``;
    sign-in words (``logins``: "login", "Anmeldung") reach only tokens with a symbol among
    letters and digits (``Wald%Weg3``; not ``HTTP_Request_2`` or ``L0ck3d``). A word with a
    number (``NAMED``) is judged by ``named_score``; a PIN word (``pins``) reaches a number
    a connector introduces in its clause or the next (``die PIN … meine ist 4711``)."""
    out_pins = _pin_values(text, pins) if pins else []
    if not contexts and not logins:
        return out_pins
    users = user_values(text)
    contexts = sorted(contexts)
    every = sorted([*contexts, *logins])
    words_at = {start for start, _ in every}
    found: list[tuple[int, int]] = []
    out: list[tuple[int, int]] = []
    strong = _merged(text, sorted(contexts))
    yield
    for lo, hi in _merged(text, every):
        for i, m in enumerate(_TOKEN.finditer(text, lo, hi), 1):
            if i % STEP_TOKENS == 0:
                yield  # (2,000 hostile characters in reach were one slice of up to 4.8 ms)
            shape = words.secret_shape(m.group())
            if m.start() in users or (m.start() + 1 in users and m.group()[0] in "\"'„“"):
                continue  # also quoted: 'failed for user "kd2x"'
            if model_named(text, m.start(), m.end()):
                continue  # "FRITZ!Box 7590", "HP LaserJet M404dn": a product and its model
            if shape == words.NOT_SECRET and ":" in m.group():
                pair = _USER_PASS.fullmatch(m.group())
                if pair is not None and words.secret_shape(pair.group("v")) == words.SHAPED:
                    # 'echo "deploy:x" | chpasswd', "anna:x": the user's password after a colon
                    found.append((m.start() + pair.start("v"), m.start() + pair.end("v")))
                    continue
            if (
                shape == words.NOT_SECRET
                and m.group()[0] == "<"
                and _ANGLED_ADDRESS.fullmatch(m.group())
            ):
                continue  # "Reply-To: <a+b=c@host.de>", a Message-ID: a header's address
            if shape == words.NOT_SECRET or shape == words.NAMED:
                # "ich kenne es: Eichhörnchen5": a colon after a function word announces
                # a value; a word with a digit is then enough
                if _introduced(text, m) and any(a <= m.start() < b for a, b in strong):
                    found.append(m.span())
                    continue
            if shape == words.NOT_SECRET:
                after = m.end() + 1
                if text[after : after + 1].isdigit():  # a number after the word (cheap test)
                    phrase = _number_phrase(text, contexts, m)
                    if phrase is not None:
                        found.append(phrase)  # "… es ist Wolkenkuchen 3141"
                continue
            if any(i in words_at for i in range(m.start(), m.end())):
                continue
            if other_label(text, m.start(), m.end()):
                continue  # 'your form asks "RFC": GODE561231GR8', "SSID: x": that field's value
            if _other_key_value(text, m.start()) or plain_key_value(text, m.start()):
                continue  # "DB_PASSWORD:⏎DB_ADMIN_USER: x": the next key's value, not its
            if "</" in m.group() or "/>" in m.group():
                continue  # "testing</password>": markup's words and its closing tag
            if words.is_product(m.group()):
                continue  # "Outlook365", "Windows11", "1Password": a product and its number
            if _stack_frame(text, m.start(), m.end()):
                continue  # "    at processTicksAndRejections (node:…)": a function's name
            if text.endswith("• ", 0, m.start()):
                continue  # the last four digits a masked card shows, "•••• 0005"
            if _MAIL_LOCAL.fullmatch(m.group()):
                continue  # "die Mail an support@": an address's user part, not a value
            if _EXAMPLE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "must contain e.g. Abc!1234 style characters": an example
            if _qualifies_next(text, m.end()):
                continue  # "rejects P@ssw0rd-style passwords": it describes the word after
            if (
                shape == words.SHAPED
                and not any(a <= m.start() < b for a, b in strong)
                and not (
                    _USE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    and _OBJECT_ENDS.match(text, m.end())
                )
            ):
                if not _SYMBOL_AMONG.search(m.group()) or not any(c.islower() for c in m.group()):
                    # only a sign-in or typing word in reach: the strongest shapes only, and
                    # no code in capitals ("I entered the coupon SAVE50!")
                    continue
            if shape == words.NAMED and words.is_hyphen_words_number(m.group()):
                if not _beside(text, contexts, m.start(), m.end()):
                    continue  # "we use node-exporter-2": a name unless the word is beside it
            if shape == words.SHAPED or (
                shape == words.NAMED
                and (
                    _alone_below(text, strong, m)
                    or named_score(text, contexts, m) >= 2
                    or _typed_in_reach(text, strong, m)
                )
            ):
                found.append(m.span())
        out.extend(_spelled(text, lo, hi))
        if any(a <= lo < b or lo <= a < hi for a, b in strong):
            # an app password as the provider prints it: four groups of four letters
            out.extend(m.span() for m in _APP_PASSWORD.finditer(text, lo, hi) if _random(m))
        yield
    out.extend(out_pins)
    for s, e in found:
        if id_labelled(text, s):
            continue  # "product no. 7MD72B", "sn 6LA1234X00599": a label names it (r63)
        # "kunde4711 / Winter!2023", "qa1 / Testing!One1": the first of a pair is the user
        # (also once the second is masked, so redacting twice changes nothing)
        pair = _PAIR_NEXT.match(text, e)
        if pair is not None and (
            words.secret_like(pair.group("v")) or "[PASSWORD]" in pair.group("v")
        ):
            continue
        out.append(_strip(text, s, e))
    return out


# a field named by an abbreviation in capitals right before a token of capitals and digits
# ('"RFC": GODE561231GR8', "VAT: GB244188219X"): an identifier of that field (a system's name
# labels its password as often, "OCA: ocaMitte#23", "VPN: x": a lower-case letter or a
# symbol in the value keeps it)
_CAPITALS_LABEL = re.compile(r"(?<![\w\-])[\"'“„]?(?P<l>[A-Z]{2,6})[\"'”“]?[ ]*:[ ]*\Z")
# abbreviations that name a secret themselves: their value is the password's
_SECRET_ABBREVIATIONS = frozenset("PSK WPA OTP TAN MFA PW PWD PIN PINS KEY".split())


def other_label(text: str, start: int, end: int) -> bool:
    """The token is an identifier in a field whose label is an abbreviation naming no
    secret."""
    if start < 2 or text[start - 1] not in ": " or ":" not in text[max(0, start - 4) : start]:
        return False
    value = text[start:end].rstrip(".,;")
    if not value.isalnum() or not value.isascii() or value.upper() != value:
        return False
    m = _CAPITALS_LABEL.search(text, max(0, start - 12), start)
    return m is not None and m.group("l") not in _SECRET_ABBREVIATIONS


# Round 37: a config line's key before its value ("MONGODB_ADMIN_USER: x", "db.host = x"):
# an identifier in a code style (joined by "_" or ".", or camel case)
_CONFIG_KEY_LINE = re.compile(
    r"[ \t]*(?:-[ ]+)?[\"']?"
    r"(?P<key>[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+)"
    r"[\"']?[ ]*[:=][ ]*[\"']?"
)
# a device's command list, each command its setting's name and value after a space
# ("Backlog MqttUser x; MqttClient y; Topic z", a console's "set a b; set c d")
_COMMAND_KEY = re.compile(r";[ \t]*(?P<key>[A-Za-z][A-Za-z0-9_.\-]{1,40})[ \t]+\Z")
_SECRET_KEY_PART = re.compile(r"(?i)pass|pw|secret|kennw|token|key|cred|pin|auth")


def _other_key_value(text: str, start: int) -> bool:
    """The token is the value of a config line whose key is another setting's name, no
    password word in it (``MONGODB_CLUSTER_ADMIN_USER: x`` below an empty
    ``…_PASSWORD:``): a line's key names its own value."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 80:
        return other_command(text, start)
    m = _CONFIG_KEY_LINE.fullmatch(text, line_start, start)
    if m is None:
        return other_command(text, start)
    return _SECRET_KEY_PART.search(m.group("key")) is None


# a config block's line with a plain word for its key, assigned with "=" (wpa_supplicant's
# 'ssid="x"', a plan's '+ size = "x"'); a diff's or a plan's mark may lead it
_PLAIN_KEY_LINE = re.compile(r"[ \t]*(?:[+~\-][ ]+)?(?P<key>[a-z][a-z0-9]{1,20})[ ]*=[ ]*[\"']?")
# words that name a secret or a sign-in as a plain key ("psk=", "login=", "code="), or hold
# the value of a block that names it (Terraform's 'variable "db_password" { default = x }')
_PLAIN_SECRET_KEY = re.compile(
    _SECRET_KEY_PART.pattern + r"|psk|login|code|otp|default|value|wert"
    # (German's words, a phrase or seed, and an account the line gives the password of:
    # "admin = x", "root = x")
    r"|geheim|schl|phrase|seed|mnemonic|admin|root|master|wpa|wlan|wifi"
)


def plain_key_value(text: str, start: int) -> bool:
    """The token is the value of a config line whose key is a plain word naming no secret
    ('ssid="Lager-Halle3"', '+ size = "Standard_B2ms"' under a plan's hidden password):
    a line's key names its own value (round 63)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 40:
        return False
    m = _PLAIN_KEY_LINE.fullmatch(text, line_start, start)
    return m is not None and _PLAIN_SECRET_KEY.search(m.group("key")) is None


def other_command(text: str, start: int) -> bool:
    """The token is the value of a command in a device's list whose name is another
    setting's (``…; MqttClient x; Topic y``): a command names its own value."""
    lo = max(0, start - 48)
    if ";" not in text[lo:start]:
        return False
    m = _COMMAND_KEY.search(text, lo, start)
    return m is not None and _SECRET_KEY_PART.search(m.group("key")) is None


def _stack_frame(text: str, start: int, end: int) -> bool:
    """The token names the function of a stack trace's line: ``at name (file:line)``."""
    if not text.endswith("at ", 0, start) or not text.startswith(" (", end):
        return False
    return not text[text.rfind("\n", 0, start) + 1 : start - 3].strip()


def _random(m: re.Match[str]) -> bool:
    """Four letter groups drawn at random, not four words ("this will take some")."""
    groups = re.split(r"[ \-]", m.group())
    if len(groups) == 1:  # joined: drawn letters have few vowels, a long word has many
        value = groups[0]
        return value not in words.dictionary() and sum(c in "aeiouy" for c in value) <= 5
    if any(g in words.STOP_WORDS for g in groups):
        return False
    return sum(g in words.dictionary() for g in groups) <= 1


def _merged(text: str, contexts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reaches of every password word, overlapping ones joined (each token is judged
    once, however many password words a flood holds)."""
    out: list[tuple[int, int]] = []
    for start, end in contexts:
        lo, hi = _reach(text, start, end)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# "… kenne es: X", "… is this: X", "… ist: X" (the word before the colon is a function word)
_INTRO = re.compile(r"(?<!\w)(\w+)[ ]*:[ ]+\Z")


def _introduced(text: str, m: re.Match[str]) -> bool:
    """The token follows a colon after a function word and ends its line."""
    i = m.start() - 1
    if i < 0 or text[i] != " ":
        return False  # ``_INTRO`` needs a space right before the token (a cheap first test)
    while i > 0 and text[i] == " ":
        i -= 1
    if text[i] != ":":
        return False  # ... and a colon before those spaces
    before = _INTRO.search(text, max(0, m.start() - 24), m.start())
    if before is None or before.group(1).lower() not in words.FUNCTION_WORDS:
        return False
    rest = text[m.end() : m.end() + 2]
    return (rest == "" or rest[0] == "\n") and words.likeness(m.group()) >= words.STRONG


# a label glued to its number: "order12345", "kdnr4711", "ticket99"
_LABEL_HEAD = re.compile(
    r"(?:order|bestell|kunde|kdnr|customer|invoice|rechnung|ticket|case|fall|vorgang|ref|id|nr)"
)
# someone typing the token right before it: "I enter x", "ich tippe x ein", "typed in x"
_TYPED_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:i|ich|we|wir)[ ]+(?:(?:always|still|then|immer|dann|nur)[ ]+)?"
    r"(?:enter|type|typed|entered|put|gebe|tippe|tippte|gab)(?:[ ]+in)?[ ]+\Z"
)


# German perfect: "ich hab doch X eingegeben", the participle after the value
_TYPED_PERFECT = re.compile(
    r"(?i)(?<!\w)(?:ich|wir)[ ]+(?:hab|habe|haben|hatte)(?:[ ]+(?:doch|halt|ja|auch|nur|dann|"
    r"immer|genau|schon|extra))?[ ]+\Z"
)
_TYPED_PARTICIPLE = re.compile(r"(?i)[ ]+(?:eingegeben|eingetippt|getippt|ausprobiert)(?!\w)")


def _typed_in_reach(text: str, reaches: Sequence[tuple[int, int]], m: re.Match[str]) -> bool:
    """A word with a number someone says they type ("I enter Kranich77 and …", "ich hab
    Kranich77 eingegeben") within a password word's reach: the password they type, however
    far the word is."""
    if not _TYPED_BEFORE.search(text, max(0, m.start() - 32), m.start()) and not (
        _TYPED_PARTICIPLE.match(text, m.end())
        and _TYPED_PERFECT.search(text, max(0, m.start() - 32), m.start())
    ):
        return False
    head = m.group().rstrip("0123456789.,;:!?").lower()
    if head in _LABEL_WORDS or _LABEL_HEAD.match(head):
        return False  # "I enter order12345": a number with its label
    return any(a <= m.start() < b for a, b in reaches)


def _alone_below(text: str, reaches: Sequence[tuple[int, int]], m: re.Match[str]) -> bool:
    """The token is a line of its own below a password word's line ("pw kommt gleich" then
    "Schulte.Dortmund09"; "pw: x", "sorry, vertippt", then the right one)."""
    start, end = m.span()
    if not (start == 0 or text[start - 1] == "\n") or text[end : end + 1] not in ("", "\n"):
        return False
    if _PRODUCT.fullmatch(m.group()):
        return False  # "Windows11", "Galaxy23": a model's name on a line of its own
    nl = text.find("\n", end + 1)
    nxt = text[end + 1 : nl if nl >= 0 else len(text)]
    if nxt and len(nxt.split()) < 2:
        return False  # one item of a list ("Windows11" / "Chrome"), not a late value
    return any(a <= start < b for a, b in reaches)


# A word that introduces a value right before it: "is", "ist", "lautet", a colon
_CONNECTOR_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?:is|ist|lautet|heißt|heisst|was|war|wäre|are|sind|be|sei|now|jetzt|nun)"
    r"|[:=])[ ]*\Z"
)
# the sentence ends between two points: ". ", "! ", "? ", a new line
_ENDS = re.compile(r"[.!?](?:\s|\Z)|\n")
# "Login mit X", "sign in with X", "anmelden mit X": a preposition that takes the value
_SIGN_IN_WITH = re.compile(
    r"(?i)(?:log-?in|logon|sign-?in|anmeld\w*|einlogg\w*|log(?:ge)?[ ]+(?:me[ ]+)?in|"
    r"eingeloggt|access|zugang)[ ]+(?:\w+[ ]+)?(?:mit|with|using|via|per)[ ]+\Z"
)


# the rest of the sentence is a question
_QUESTION_AFTER = re.compile(r"[^.!?\n]{0,80}\?")


def named_score(text: str, contexts: Sequence[tuple[int, int]], m: re.Match[str]) -> float:
    """How sure a word with a number (``Kranich77``, ``marigold55``) is a password, from
    where the nearest password word stands and what explains the token otherwise:

    - a password word in the same clause, before or after the token, within
      ``NAMED_REACH`` characters: 2 (the abbreviation's dot of "passw." ends nothing); in
      the adjacent sentence: 1; a password word that names a thing ("password manager
      Bitwarden2") does not count;
    - introduced by a connector ("is", "ist", ":") or by "Login mit": +0.5;
    - after a preposition ("since the update to Build2024", "neues Handy mit Akku5"): -2;
    - a product or release word with its number (``is_product``): never.

    A score of 2 or more is a password (see ``near_spans``)."""
    start, end = m.span()
    if words.is_product(m.group()):
        return 0.0
    best = _proximity(text, contexts, start, end)
    if not best:
        return 0.0
    before = text[max(0, start - 40) : start]
    if _SIGN_IN_WITH.search(before):
        return best + 0.5
    conn = _CONNECTOR_BEFORE.search(before)
    if conn is not None:
        # "…, is x", "es ist x": a connector whose subject is the password itself (left
        # out, or a pronoun) says more than one after another noun
        head = before[: conn.start()].rstrip()
        word = _PREV_WORD.search(head + " ")
        elided = (
            not head
            or head[-1] in ",;:(-–—"
            or (word is not None and word.group(1).lower() in _PRONOUNS)
        )
        if elided and _QUESTION_AFTER.match(text, end):
            elided = False  # "…, is x still needed?": a question about x, not x given
        return best + (1.0 if elided else 0.5)
    if _names_a_thing(text, m):
        return best - 2
    return best


def _beside(text: str, contexts: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """A password word within ``HYPHEN_REACH`` characters of ``start:end``, nothing that
    ends a sentence between ("it's x the password", "Passwort: x")."""
    first = bisect_left(contexts, (start - HYPHEN_REACH - 64, 0))
    for c_start, c_end in contexts[first:]:
        if c_start > end + HYPHEN_REACH:
            break
        lo, hi = (c_end, start) if c_end <= start else (end, c_start)
        if 0 <= hi - lo <= HYPHEN_REACH and not any(ch in ".!?\n" for ch in text[lo:hi]):
            return True
    return False


def _proximity(text: str, contexts: Sequence[tuple[int, int]], start: int, end: int) -> float:
    """2 for a password word in the same clause as ``start:end`` (before or after it, within
    ``NAMED_REACH``), 1 in the adjacent sentence, else 0."""
    best = 0.0
    # only the password words within reach (``contexts`` is sorted: a flood of them costs
    # a bisection, not a loop over all)
    first = bisect_left(contexts, (start - NAMED_REACH - 64, 0))
    for c_start, c_end in contexts[first:]:
        if c_start > end + NAMED_REACH:
            break
        if c_end <= start:
            gap, lo, hi = start - c_end, c_end, start
            if _THING.match(text, c_end):
                continue
            if text.startswith(".", lo):
                lo += 1  # "passw. X", "Pw. X": an abbreviation's dot
        elif end <= c_start:
            gap, lo, hi = c_start - end, end, c_start
        else:
            continue
        if gap > NAMED_REACH:
            continue
        ends = len(_ENDS.findall(text, lo, hi))
        if ends <= 1:
            best = max(best, 2.0 if ends == 0 else 1.0)
    return best


# a number a PIN word reaches: four to eight digits, nothing glued to it but punctuation
_PIN_VALUE = re.compile(
    r"(?<![\w.,:/\-])(?:\d{4,8}|\d(?:[ ]\d){3,7})(?![\w.,:/\-]\d|[ ]\d|[\w%€$])"
)
# what counts a number instead of being one: "4-stellig", "6 digits", "3 Versuche"
_COUNTED_AFTER = re.compile(
    r"(?i)[ \-]*(?:stellig|stellen|digits?|ziffern|zeichen|characters?|chars?|versuche?|"
    r"attempts?|tries|mal|times|euro|eur|dollar|minuten|minutes|tage|days)(?!\w)"
)
PIN_REACH = 60


def _pin_values(text: str, pins: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Numbers a PIN word reaches (the value rules in ``password.py`` take the one right
    after it): in the PIN word's clause or the next, introduced by a connector ("die App
    will eine PIN, meine ist 4711", "(PIN) lautet 90210"), not counted ("6-stellig")."""
    out = []
    for _, p_end in pins[:16]:
        for v in _PIN_VALUE.finditer(text, p_end, min(len(text), p_end + PIN_REACH)):
            if len(_ENDS.findall(text, p_end, v.start())) > 1:
                break
            conn = _CONNECTOR_BEFORE.search(text, max(p_end, v.start() - 12), v.start())
            if conn is None:
                continue
            if not _says_it(text, conn.start(), p_end):
                continue  # "my customer number is 400183": another number's label
            if _COUNTED_AFTER.match(text, v.end()):
                continue
            out.append(v.span())
    return out


# who "is" the value: a pronoun standing for the password ("es ist", "mine is", "das ist")
_PRONOUNS = frozenset(
    """
    it its it's this that mine one es das dies meine meins meines deine seine ihre sie er
    """.split()
)


def _says_it(text: str, conn_start: int, word_end: int) -> bool:
    """The verb at ``conn_start`` has the password (or PIN) word or a pronoun standing for
    it as its subject ("die PIN … meine ist", "(PIN) lautet", "er meint, es ist"), not
    another noun ("my room is", "die Kundennummer ist")."""
    if conn_start - word_end <= 3:
        return True
    before = _PREV_WORD.search(text, max(word_end, conn_start - 24), conn_start)
    return before is not None and before.group(1).lower() in _PRONOUNS


# A word and a number as one value: "Wolkenkuchen 3141", "Mondschein 2024!"
_PHRASE_TAIL = re.compile(r"[ ](?P<n>\d{2,6}[!?#*$%&+.]{0,3})(?=[\s,;)]|\Z)")
# a word that labels a number instead of being part of a value
_LABEL_WORDS = frozenset(
    """
    error fehler code version update build release ticket order bestellung rechnung invoice
    nummer number nr no id seite page step schritt kapitel chapter option modell model
    kunde customer raum room zimmer haus house strasse straße street platz weg tag day
    januar februar märz april mai juni juli august september oktober november dezember
    january february march june july october december jahr year windows office iphone
    android galaxy ios punkt punkte points minute minuten minutes euro dollar prozent
    around about approximately roughly circa etwa ungefähr rund zirka
    """.split()
)


# a verb that introduces a value (a colon before a phrase is ``password.line_phrase``'s)
_VERB_BEFORE = re.compile(r"(?i)(?<!\w)(?:is|ist|lautet|heißt|heisst|was|war|wäre|sei)[ ]+\Z")


def _number_phrase(
    text: str, contexts: Sequence[tuple[int, int]], m: re.Match[str]
) -> tuple[int, int] | None:
    """A word and a number right after a connector, near a password word ("er meint, es
    ist Wolkenkuchen 3141"): the two as one value; not a label and its number ("ist
    Fehler 1234"), a date, or a word the dictionary knows in lower case with a year."""
    end = m.end()
    if not text[end + 1 : end + 2].isdigit() or text[end : end + 1] != " ":
        return None  # the common case, first: no number after the word
    word = m.group()
    if not word.isalpha() or len(word) < 4 or word.lower() in _LABEL_WORDS:
        return None
    if word.lower() in words.STOP_WORDS:
        return None
    tail = _PHRASE_TAIL.match(text, m.end())
    if tail is None or not _VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _COUNTED_AFTER.match(text, tail.end()) or words.is_product(text[m.start() : tail.end()]):
        return None  # "ist Seite 12 Zeichen", "is Firefox 131"
    verb = _VERB_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if verb is None or not any(
        c_end <= verb.start() and _says_it(text, verb.start(), c_end) for _, c_end in contexts
    ):
        return None  # "my room is Suite 4410": another noun's value
    if _proximity(text, contexts, m.start(), tail.end()) < 2:
        return None
    return m.start(), tail.end("n")


def _names_a_thing(text: str, m: re.Match[str]) -> bool:
    """A word with a number is a product or version after a preposition ("since the update
    to Windows11") or right before the password word it qualifies ("my Office365
    password"); "the field shows Sommer2024" is a password."""
    before = _PREV_WORD.search(text, max(0, m.start() - 16), m.start())
    return before is not None and before.group(1).lower() in _PREPOSITIONS


def _qualifies_next(text: str, end: int) -> bool:
    """Right before a password or login word, a token qualifies it ("my Office365
    password", "P@ssw0rd-style passwords")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and _QUALIFIED.search(after.group(1)) is not None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The token without the quotes, brackets and sentence punctuation around it."""
    while end > start and text[end - 1] in ".,;:)]}>\"'“”’»`":
        end -= 1
    while start < end and text[start] in "(\"'“„‘«[<`":
        start += 1
    return start, end
