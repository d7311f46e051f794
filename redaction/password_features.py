"""Features of a candidate password token and of its context, for the learned scorer
(``redaction.recognizers.password_model``) and its training script
(``redaction/data/train_password_model.py``): one definition for both, so what is trained
is what runs.

A text is split into tokens (whitespace, list separators, and a ``key=`` or
``password:`` glued to its value). Only texts with a password, login, PIN or Wi-Fi-key word
have candidates, and only tokens within reach of such a word are candidates. Each feature
is a number in [0, 1]; ``FEATURES`` names them in vector order.
"""

from __future__ import annotations

import re as std_re
from functools import lru_cache
from typing import NamedTuple

import regex as re

from redaction import words
from redaction.recognizers.base import literal_trie

# What counts as a password word, by kind. Kept to stems so typos and compounds count
# (Passwortfeld, db_password, WLAN-Schlüssel).
_PW_WORD = re.compile(
    r"(?i)passw|paßw|kennw[oö]rt|passphrase|passcode|pass[ -]?phrase|pass[ -]word|^pw$|^pwd$|"
    r"^pass$|^passwd$|^pw\.?:?$|^pwd:?$|^pass:?$|geheimwort|losungswort|codewort|secret[ _-]?word|"
    r"zugangs(?:daten|code)|credentials?|creds|anmeldedaten|logindaten"
)
_LOGIN_WORD = re.compile(r"(?i)^(?:log-?ins?|logon|anmeld\w*|sign-?in|einlogg\w*|eingeloggt|sudo)$")
# (not "code" alone: "Code L0ck3d" names an error)
_PIN_WORD = re.compile(r"(?i)^(?:pin|pins|pincode|pin-\w+|\w+-pin|geheimzahl|tan|otp|2fa)$")
_WIFI_WORD = re.compile(
    r"(?i)wlan|wi-?fi|wpa2?|netzwerkschlüssel|netzwerkschluessel|network[ -]?key"
)
_USER_WORD = re.compile(
    r"(?i)^(?:user(?:name)?|benutzer(?:name)?|nutzer(?:name)?|login(?:name)?|e-?mail|account|"
    r"konto|username|userid|user-id|mail)$"
)
_CONNECTORS = frozenset(
    "is ist lautet was war are sind isch heißt heisst: = be wäre sei: es's it's its".split()
)
_TYPING = frozenset(
    """
    typed entered enter type use used using tried try tippe tippte gebe gab eingegeben
    eingetippt probiert versucht nehme nutze benutze verwende to auf in zu set changed
    geändert gesetzt reset into
    """.split()
)
# Verbs of entering or choosing a value (round 37): "tried X", "typed X", "set it to X",
# "X is what I've always used", "ich tippe X", "auf X geändert". In a text with no password,
# login, PIN or Wi-Fi word they reach their neighbours (``ENTRY_BEFORE``, ``ENTRY_AFTER``),
# which the model weighs by their own weights (the "far:" features); their distance is a
# feature of every candidate. (Not "type": a noun as often, "tax type OUTPUT2", "card type".)
_ENTRY = frozenset(
    """
    tried try trying typed typing entered entering used using chose chosen picked set
    changed reset tippe tippte getippt eingegeben eingetippt eingeben gebe probiert probiere
    versucht geändert geaendert gesetzt gewählt gewaehlt verwendet benutzt
    """.split()
)
# Words of talk about a password's quality or its acceptance (round 38): "is Hamster#12
# strong enough?", "warum lehnt euer System X ab? hat doch Sonderzeichen", "would X pass
# your rules?", "meets the complexity requirements". A value the customer asks about there
# is the one they mean to use: such a word reaches like a verb of entering (in a text with
# no password word, the "far:" model judges the token's shape), and a question holding one
# is no question about what a token is (``password_model._asked_about``).
TALK = frozenset(
    """
    strong stronger strength weak weaker secure safer insecure unsafe obvious guessable
    complexity requirements requirement rules policy allowed accepted accepts accept
    reject rejects rejected validator meter uppercase lowercase characters chars symbol
    symbols digit digits special length minimum maximum similar guessable
    sicher sicherer unsicher stark stärker schwach schwächer erlaubt zulässig akzeptiert
    akzeptieren abgelehnt lehnt ablehnen sonderzeichen großbuchstaben kleinbuchstaben
    umlaute anforderungen richtlinie richtlinien regeln zeichen ziffer ziffern länge
    mindestens maximal
    """.split()
)
_REACHING = _ENTRY | TALK
# one of them where a word starts, in a lower-cased text (``any_entry``: the pre-check's
# gate of the learned stage, ``password_model.might_enter``): the literals nested by prefix
# (``base.literal_trie``), one stdlib scan; each hit's whole word is then looked up
_ENTRY_SCAN = std_re.compile(literal_trie(tuple(sorted(_REACHING))))
ENTRY_SCAN = _ENTRY_SCAN  # (public: the pre-check's quiet scan reads it)
_LETTERS = std_re.compile(r"[^\W\d_]+")
ENTRY_BEFORE = 4
ENTRY_AFTER = 8


def any_entry(low: str) -> bool:
    """Lower-cased ``low`` holds a verb of entering or choosing (``_ENTRY``) or a word of
    talk about a password's quality (``TALK``) as a word."""
    for m in _ENTRY_SCAN.finditer(low):
        start = m.start()
        if start and low[start - 1].isalpha():
            continue
        word = _LETTERS.match(low, start)
        if word is not None and word.group() in _REACHING:
            return True
    return False


# a token listed beside another as a variant: "X or Y", "X oder Y", "X und Y", "X, Y"
_VARIANT_JOIN = frozenset("or oder and und bzw. bzw / vs vs. sowie".split())
_PREPOSITIONS = frozenset(
    "on at from with via since for of onto under over by im unter mit von vom seit für bei "
    "beim zum zur nach über aus".split()
)
_SEPARATORS = std_re.compile(r"[^\s,;|→⇒]+")
# "password=bar", "pw:x", "PASS=x": a key glued to its value, split in two tokens
#: a cell holding a key and its value ('"password": ""', "pass=x"): a JSON object's or a
#: config's line, no table column's name (rows' header and the password table's)
KEY_VALUE_CELL = re.compile(r"[ \t]*[\"']?[\w.\-]+[\"']?[ \t]*(?::[ \t]*[\"']|=[ \t]*[\"'\w])")


def keyed_cell(cells: list[str]) -> bool:
    """Does any of ``cells`` hold a key and its value rather than a column's name?"""
    return any(KEY_VALUE_CELL.match(cell) is not None for cell in cells)


_GLUED_KEY = re.compile(r"(?P<k>[A-Za-z_][\w.\-]{0,40})(?P<s>[=:])(?P<v>[^=:].*)")
_KEYISH = re.compile(r"(?i)pass|pw|kennw|pin|user|login|key|secret|wlan|wifi|mail|host|name")
_TRIM = "\"'“”„‚‘’«»`()[]{}<>.,;:!?"
_QUOTES = "\"'“”„‚‘’«»`"
_SYMBOLS = frozenset("!#$%&*+?@^~§=<>|\\/;'\"()[]{}_-.")
_TEMPLATEISH = re.compile(r"[{}$%<>]|\bxxx|\*\*\*|changeme|placeholder|example|secret\b", re.I)
_WORD_DIGITS = re.compile(r"[^\W\d_]{3,}\d{1,6}[!?#*$%&+.]{0,3}")
_DIGITS_ONLY = re.compile(r"\d+")
_SPELLED_DIGIT = re.compile(
    r"(?i)(?:null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zero|one|two|three|"
    r"four|five|six|seven|eight|nine)"
)


class Token(NamedTuple):
    """One token: its whole span, its core (without quotes and punctuation) and what
    separated it from the token before (a glued ``=`` or ``:``, or space). A named tuple:
    immutable like a frozen dataclass, and ten times cheaper to build (every token of every
    message the learned stage reads)."""

    start: int
    end: int
    core_start: int
    core_end: int
    core: str
    glued: str
    line: int
    quoted: bool


def tokens(text: str) -> list[Token]:
    """``text`` split into tokens (see the module docstring)."""
    out: list[Token] = []
    line = 0
    last = 0
    has_newline = "\n" in text
    for m in _SEPARATORS.finditer(text):
        if has_newline:
            line += text.count("\n", last, m.start())
            last = m.start()
        raw = m.group()
        pieces = [(m.start(), m.end(), "")]
        lead = len(raw) - len(raw.lstrip(_TRIM))  # '"Host={0}': the quote before the key
        g = _GLUED_KEY.fullmatch(raw, lead) if ("=" in raw or ":" in raw) else None
        if g is not None and (g.group("s") == "=" or _KEYISH.search(g.group("k"))):
            if "://" not in raw:
                pieces = [
                    (m.start() + lead, m.start() + g.end("k"), ""),
                    (m.start() + g.start("v"), m.end(), g.group("s")),
                ]
        for s, e, glued in pieces:
            # the core: the piece without the quotes and punctuation around it (C-level
            # strips, not a loop per character: r46-speed)
            if len(pieces) == 1:
                piece = raw
            else:
                piece = text[s:e]
            kept = piece.lstrip(_TRIM)
            cs = e - len(kept)
            ce = cs + len(kept.rstrip(_TRIM))
            # keep a value's own trailing symbols ("Winter!", "abc?") unless it ends a sentence
            while ce < e and text[ce] in "!?#*$%&" and (e - ce == 1 or text[ce + 1] in "!?#*$%&"):
                ce += 1
            if cs >= ce:
                continue
            quoted = text[s : s + 1] in _QUOTES or text[s - 1 : s] in _QUOTES
            out.append(Token(s, e, cs, ce, text[cs:ce], glued, line, quoted))
    return out


@lru_cache(maxsize=8192)
def word_kind(core: str) -> str:
    """``pw``, ``login``, ``pin``, ``wifi``, ``user`` or '' for a token's core."""
    if any(c.isdigit() for c in core) and core.lower() not in ("wpa2", "2fa"):
        return ""  # "Passw0rd!", "pass123": a value that spells the word, not the word
    if _PW_WORD.search(core):
        return "pw"
    if _WIFI_WORD.search(core):
        return "wifi"
    if _PIN_WORD.match(core):
        return "pin"
    if _LOGIN_WORD.match(core):
        return "login"
    if _USER_WORD.match(core):
        return "user"
    return ""


#: Tokens a password word reaches, before and after it.
REACH_BEFORE = 8
REACH_AFTER = 14

#: Each token's own features (the crossed and the far copies are added below).
_OWN_FEATURES: tuple[str, ...] = (
    "bias",
    "len_1_3",
    "len_4_5",
    "len_6_7",
    "len_8_11",
    "len_12_20",
    "len_21_up",
    "has_lower",
    "has_upper",
    "has_digit",
    "has_symbol",
    "classes_1",
    "classes_2",
    "classes_3",
    "classes_4",
    "all_digits",
    "digits_4_8",
    "single_digit",
    "all_alpha_lower",
    "all_alpha_title",
    "word_digits",
    "dictionary_word",
    "stop_word",
    "shape_shaped",
    "shape_named",
    "likeness_reject",
    "likeness_word",
    "likeness_strong",
    "non_secret_shape",
    "templateish",
    "product",
    "spelled_digit",
    "quoted",
    "is_password_word",
    "is_other_trigger",
    "ends_colon",
    "glued_eq",
    "glued_colon",
    "pw_before_1",
    "pw_before_2",
    "pw_before_3_5",
    "pw_before_6_up",
    "pw_after_1",
    "pw_after_2_4",
    "pw_after_5_up",
    "pw_prev_line",
    "login_before_1_3",
    "login_before_4_up",
    "login_after",
    "pin_before_1_3",
    "pin_before_4_up",
    "wifi_before_1_3",
    "wifi_before_4_up",
    "user_before_1_2",
    "prev_colon",
    "prev_connector",
    "prev_typing",
    "prev_preposition",
    "prev_stop_word",
    "prev_is_pw_word",
    "next_stop_word",
    "next_is_pw_word",
    "next_typing",
    "sentence_end_after",
    "line_first",
    "line_alone",
    "clause_break_before",
    "after_connector_1",
    "after_connector_2_4",
    "question_mark_after",
    "many_pw_words",
    "in_quotes",
    "colon_tail_short",
    "colon_tail_long",
    "question_later",
    "entry_before_1_2",
    "entry_before_3_6",
    "entry_after_1_6",
    "variant_pair",
    "variant_similar",
)
_BASE = len(_OWN_FEATURES)
# A linear model cannot say "a dictionary word counts only right after 'password is'": the
# products of these shape and context features can.
_SHAPE_CROSS = (
    "dictionary_word",
    "all_alpha_lower",
    "all_alpha_title",
    "all_digits",
    "digits_4_8",
    "single_digit",
    "word_digits",
    "shape_shaped",
    "shape_named",
    "likeness_reject",
    "stop_word",
    "quoted",
    "classes_3",
    "spelled_digit",
)
_CONTEXT_CROSS = (
    "pw_before_1",
    "pw_before_2",
    "pw_before_3_5",
    "pw_before_6_up",
    "pw_after_1",
    "pw_after_2_4",
    "pw_prev_line",
    "login_before_1_3",
    "pin_before_1_3",
    "wifi_before_1_3",
    "user_before_1_2",
    "prev_colon",
    "prev_connector",
    "prev_typing",
    "after_connector_1",
    "after_connector_2_4",
    "sentence_end_after",
    "line_alone",
    "glued_eq",
    "entry_before_1_2",
    "variant_similar",
)
_NEAR_FEATURES = _OWN_FEATURES + tuple(f"{a}*{b}" for a in _SHAPE_CROSS for b in _CONTEXT_CROSS)
#: A token of a text without a password, login, PIN or Wi-Fi word (round 37: reached by a
#: verb of entering) has its own copy of every feature ("far:" and the name): two models in
#: one vector, so the tokens near such a word are weighed as before and a far one by what
#: the far ones were (a verb of entering, a variant listed beside it, quotes).
_FAR = len(_NEAR_FEATURES)
FEATURES = _NEAR_FEATURES + tuple(f"far:{name}" for name in _NEAR_FEATURES)
_INDEX = {name: i for i, name in enumerate(FEATURES[:_FAR])}
_CROSS_INDEX = {
    (_INDEX[a], _INDEX[b]): _INDEX[f"{a}*{b}"] for a in _SHAPE_CROSS for b in _CONTEXT_CROSS
}
_SHAPE_CROSS_SET = frozenset(_INDEX[a] for a in _SHAPE_CROSS)
_CONTEXT_CROSS_SET = frozenset(_INDEX[b] for b in _CONTEXT_CROSS)


@lru_cache(maxsize=8192)
def shape_features(core: str) -> tuple[int, ...]:
    """Indices of the active shape features of a token's core (cached: words repeat)."""
    f = _INDEX
    on: list[int] = []
    n = len(core)
    on.append(
        f[
            "len_1_3"
            if n <= 3
            else "len_4_5"
            if n <= 5
            else "len_6_7"
            if n <= 7
            else "len_8_11"
            if n <= 11
            else "len_12_20"
            if n <= 20
            else "len_21_up"
        ]
    )
    lower = any(c.islower() for c in core)
    upper = any(c.isupper() for c in core)
    digit = any(c.isdigit() for c in core)
    symbol = any(not c.isalnum() for c in core)
    for name, flag in (
        ("has_lower", lower),
        ("has_upper", upper),
        ("has_digit", digit),
        ("has_symbol", symbol),
    ):
        if flag:
            on.append(f[name])
    classes = lower + upper + digit + symbol
    if classes:
        on.append(f[f"classes_{classes}"])
    if core.isdigit():
        on.append(f["all_digits"])
        if 4 <= n <= 8:
            on.append(f["digits_4_8"])
        if n == 1:
            on.append(f["single_digit"])
    elif core.isalpha():
        if core.islower():
            on.append(f["all_alpha_lower"])
        elif core[0].isupper() and core[1:].islower():
            on.append(f["all_alpha_title"])
    if _WORD_DIGITS.fullmatch(core):
        on.append(f["word_digits"])
    low = core.lower()
    if low in words.dictionary():
        on.append(f["dictionary_word"])
    if low in words.STOP_WORDS:
        on.append(f["stop_word"])
    shape = words.model_shape(core)  # as trained: round 21's shape readings are the rules' only
    if shape == words.SHAPED:
        on.append(f["shape_shaped"])
    elif shape == words.NAMED:
        on.append(f["shape_named"])
    like = words.likeness(core)
    if like == words.REJECT:
        on.append(f["likeness_reject"])
    elif like == words.WORD:
        on.append(f["likeness_word"])
    elif like == words.STRONG:
        on.append(f["likeness_strong"])
    if words.is_non_secret_shape(core):
        on.append(f["non_secret_shape"])
    if _TEMPLATEISH.search(core):
        on.append(f["templateish"])
    if words.is_product(core):
        on.append(f["product"])
    if _SPELLED_DIGIT.fullmatch(core):
        on.append(f["spelled_digit"])
    return tuple(on)


def _nearest_table(kinds: list[str], kind: str, step: int, limit: int) -> list[int]:
    """Per token, the distance to the nearest ``kind`` word in direction ``step`` (0 when
    none within ``limit``): one pass over the tokens."""
    n = len(kinds)
    out = [0] * n
    if kind not in kinds:
        return out  # (most tables: no such word, nothing to fill)
    # each ``kind`` word writes the distances of the tokens it reaches, the nearest word
    # last (in slices: no Python loop over every token)
    positions = [i for i, k in enumerate(kinds) if k == kind]
    if step < 0:
        for p in positions:
            end = min(n, p + limit + 1)
            out[p + 1 : end] = range(1, end - p)
    else:
        for p in reversed(positions):
            start = max(0, p - limit)
            out[start:p] = range(p - start, 0, -1)
    return out


def candidates(
    toks: list[Token], kinds: list[str], limit: int, text: str = "", talk: bool = True
) -> list[int]:
    """Indices of tokens a password, login, PIN or Wi-Fi word reaches (at most ``limit``,
    from the first such word on: a flood of them is the rules' flood guard's). A sign-in
    word reaches in any text (round 36: held out over 16 writers it found four passwords
    more and altered no negative; up to round 35 only in a text that named a password
    too): the scorer weighs its distance, and ``password_model`` seeds nothing a label
    names as another value there ("Login page - Error-500x"). In a text with none of them,
    a verb of entering or choosing reaches its neighbours (round 37: "tried Meteor-7",
    "hab's auf 'X' geändert"; see ``_ENTRY``), and talk about a password's quality reaches
    the whole text (round 38, ``TALK``; not with ``talk=False``, see ``analyse``)."""
    if not any(k in _REACH_KINDS for k in kinds):
        return _entry_candidates(text, toks, kinds, limit, talk)
    out: set[int] = set()
    for i, k in enumerate(kinds):
        if k in _REACH_KINDS:
            out.update(range(max(0, i - REACH_BEFORE), min(len(toks), i + REACH_AFTER + 1)))
            if len(out) >= limit:
                break
    return sorted(j for j in out if kinds[j] != "pw" and not _masked(toks[j].core))[:limit]


_REACH_KINDS = ("pw", "login", "pin", "wifi")


def _entry_candidates(
    text: str, toks: list[Token], kinds: list[str], limit: int, talk: bool
) -> list[int]:
    """The tokens a verb of entering reaches in its sentence, in a text that names no
    password at all (not even as a thing: "Password reset worked. … Kino2024")."""
    if "thing" in kinds:
        return []
    n = len(toks)
    out: set[int] = set()
    if talk and talks_about_quality(text, toks):
        # talk about a password's quality concerns the values of the whole message ("is X
        # ok? the validator accepts it"): a chat message is short, the model judges shape
        out.update(i for i, t in enumerate(toks) if _talk_shaped(t.core))
    for i, t in enumerate(toks):
        if t.core.lower() in _ENTRY:
            lo = i
            while lo > max(0, i - ENTRY_BEFORE) and not _ends_sentence(text, toks, lo - 1):
                lo -= 1
            hi = i
            while hi < min(n - 1, i + ENTRY_AFTER) and not _ends_sentence(text, toks, hi):
                hi += 1
            out.update(range(lo, hi + 1))
            if len(out) >= limit:
                break
    return sorted(
        j for j in out if toks[j].core.lower() not in _ENTRY and not _masked(toks[j].core)
    )[:limit]


# a text that shows examples (the help page's, the docs') talks about passwords in general
_EXAMPLE_WORDS = frozenset(
    "example examples e.g. sample docs documentation beispiel beispiele hilfeseite doku junk"
    " dummy placeholder gibberish".split()
)


def talks_about_quality(text: str, toks: list[Token]) -> bool:
    """The text talks about a password's quality or its acceptance (a ``TALK`` word not
    used as a label: "Accept: application/json", "Requirement: min 8") and shows no
    examples."""
    talk = False
    for t in toks:
        low = t.core.lower()
        word = low.rstrip(_TRIM)  # (a core keeps the "?" that ends a text: "erlaubt?")
        if word in _EXAMPLE_WORDS or low in _EXAMPLE_WORDS:
            return False
        if word in TALK and not low.endswith(":") and not text.startswith(":", t.core_end):
            talk = True
    return talk


# a value a customer would choose: a lower-case letter (before any "'s") with a digit or a
# symbol; not a product's or a coupon's code in capitals (V01PAK, WINTER25, TYPO3's) nor a
# program's camel-case key (upperCaseCharacterRequired)
_CHOSEN_LOWER = re.compile(r"[^\W\d_A-Z]")
_DIGIT_OR_SYMBOL = re.compile(r"[\d\W_]")


# a placeholder's or the textbook weak password's look ("Example-Pass-2025", "pass123"):
# asked about, it is asked about as a sample, not as the customer's own
_SAMPLE_LOOK = re.compile(r"(?i)pass|example|beispiel|muster|sample|xxx|changeme|placeholder")


def sample_look(core: str) -> bool:
    """Token ``core`` looks like a sample value (``_SAMPLE_LOOK``)."""
    return _SAMPLE_LOOK.search(core) is not None


def _talk_shaped(core: str) -> bool:
    """Talk about a password's quality reaches token ``core``."""
    core = core.rstrip(_TRIM)  # "enough?" at the text's end
    head = core.split("'", 1)[0]
    return (
        _CHOSEN_LOWER.search(head) is not None
        and _DIGIT_OR_SYMBOL.search(core) is not None
        and not head.isupper()
        and not sample_look(core)
    )


def _ends_sentence(text: str, toks: list[Token], i: int) -> bool:
    """Token ``i`` ends a sentence or a line: a verb of entering reaches no further."""
    tok = toks[i]
    if i + 1 < len(toks) and toks[i + 1].line > tok.line:
        return True
    return any(c in ".!?" for c in text[tok.core_end : tok.end])


def reached(kinds: list[str]) -> bool:
    """Some token is a password, login, PIN or Wi-Fi word (candidates are within its
    reach; otherwise within a verb of entering's, and weighed as "far:")."""
    return any(k in _REACH_KINDS for k in kinds)


def _masked(core: str) -> bool:
    """Our own mask ("[PASSWORD]", "••••"): redacting twice changes nothing."""
    return "[" in core or "]" in core or "•" in core


class Context:
    """What every candidate of one text shares: tokens, kinds, distance tables, quotes."""

    def __init__(self, text: str, toks: list[Token], kinds: list[str]) -> None:
        self.text = text
        self.toks = toks
        self.kinds = kinds
        self.pw_before = _nearest_table(kinds, "pw", -1, 40)
        self.pw_after = _nearest_table(kinds, "pw", 1, 20)
        self.login_before = _nearest_table(kinds, "login", -1, 20)
        self.login_after = _nearest_table(kinds, "login", 1, 8)
        self.pin_before = _nearest_table(kinds, "pin", -1, 20)
        self.wifi_before = _nearest_table(kinds, "wifi", -1, 20)
        self.user_before = _nearest_table(kinds, "user", -1, 2)
        self.many_pw = sum(k == "pw" for k in kinds) >= 2
        self.near = reached(kinds)
        if not self.near:
            entry = ["e" if t.core.lower() in _ENTRY else "" for t in toks]
            self.entry_before = _nearest_table(entry, "e", -1, 6)
            self.entry_after = _nearest_table(entry, "e", 1, 6)
        self.quoted = [m.span(1) for m in _QUOTED.finditer(text)] if _ANY_QUOTE.search(text) else []

    def in_quotes(self, tok: Token) -> bool:
        return any(a <= tok.core_start and tok.core_end <= b for a, b in self.quoted)


_ANY_QUOTE = re.compile(r"[\"'“„‘«`]")


def active(ctx: Context, i: int) -> list[int]:
    """Indices of the active features of token ``i`` (all features are 0 or 1)."""
    f = _INDEX
    text, toks, kinds = ctx.text, ctx.toks, ctx.kinds
    tok = toks[i]
    on = [f["bias"], *shape_features(tok.core)]
    if tok.quoted:
        on.append(f["quoted"])
    kind = kinds[i]
    if kind == "pw":
        on.append(f["is_password_word"])
    elif kind:
        on.append(f["is_other_trigger"])
    if text.startswith(":", tok.core_end):
        on.append(f["ends_colon"])
    if tok.glued == "=":
        on.append(f["glued_eq"])
    elif tok.glued == ":":
        on.append(f["glued_colon"])
    before = ctx.pw_before[i]
    if before:
        on.append(
            f[
                "pw_before_1"
                if before == 1
                else "pw_before_2"
                if before == 2
                else "pw_before_3_5"
                if before <= 5
                else "pw_before_6_up"
            ]
        )
        if toks[i - before].line < tok.line:
            on.append(f["pw_prev_line"])
    after = ctx.pw_after[i]
    if after:
        on.append(
            f["pw_after_1" if after == 1 else "pw_after_2_4" if after <= 4 else "pw_after_5_up"]
        )
    for kname, table in (
        ("login", ctx.login_before),
        ("pin", ctx.pin_before),
        ("wifi", ctx.wifi_before),
    ):
        d = table[i]
        if d:
            on.append(f[f"{kname}_before_1_3" if d <= 3 else f"{kname}_before_4_up"])
    if ctx.login_after[i]:
        on.append(f["login_after"])
    if ctx.user_before[i]:
        on.append(f["user_before_1_2"])
    if i > 0:
        prev = toks[i - 1]
        between = text[prev.core_end : tok.core_start]
        if ":" in between or "=" in between:
            on.append(f["prev_colon"])
        plow = prev.core.lower()
        if plow in _CONNECTORS or text[prev.core_start : prev.end].lower() in _CONNECTORS:
            on.append(f["prev_connector"])
        if plow in _TYPING:
            on.append(f["prev_typing"])
        if plow in _PREPOSITIONS:
            on.append(f["prev_preposition"])
        if plow in words.STOP_WORDS:
            on.append(f["prev_stop_word"])
        if kinds[i - 1] == "pw":
            on.append(f["prev_is_pw_word"])
        if prev.line < tok.line or any(c in ".!?" for c in text[prev.core_end : prev.end]):
            on.append(f["clause_break_before"])
    else:
        on.append(f["clause_break_before"])
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        nlow = nxt.core.lower()
        if nlow in words.STOP_WORDS:
            on.append(f["next_stop_word"])
        if kinds[i + 1] == "pw":
            on.append(f["next_is_pw_word"])
        if nlow in _TYPING:
            on.append(f["next_typing"])
    tail = text[tok.core_end : tok.end + 1]
    if tok.end >= len(text) or any(c in ".!\n" for c in tail):
        on.append(f["sentence_end_after"])
    if "?" in tail:
        on.append(f["question_mark_after"])
    first = i == 0 or toks[i - 1].line < tok.line
    last = i + 1 == len(toks) or toks[i + 1].line > tok.line
    if first:
        on.append(f["line_first"])
        if last:
            on.append(f["line_alone"])
    # tokens since the last connector or colon in this clause: a passphrase's members
    for back in range(1, 5):
        j = i - back
        if j < 0 or toks[j].line < tok.line:
            break
        jt = toks[j]
        between = text[jt.core_end : toks[j + 1].core_start]
        if ":" in between or "=" in between or jt.core.lower() in _CONNECTORS:
            on.append(f["after_connector_1" if back == 1 else "after_connector_2_4"])
            break
        if any(c in ".!?" for c in text[jt.core_end : jt.end]):
            break
    if ctx.many_pw:
        on.append(f["many_pw_words"])
    if ctx.quoted and ctx.in_quotes(tok):
        on.append(f["in_quotes"])
    if "?" in text and _QUESTION_LATER.match(text, tok.core_end):
        on.append(f["question_later"])
    if not ctx.near:  # (near a password word these did not hold up held out: round 37)
        d = ctx.entry_before[i]
        if d:
            on.append(f["entry_before_1_2" if d <= 2 else "entry_before_3_6"])
        if ctx.entry_after[i]:
            on.append(f["entry_after_1_6"])
        if _variant_pair(text, toks, i):
            on.append(f["variant_pair"])
        if _variant_similar(toks, i):
            on.append(f["variant_similar"])
    tail_len = _colon_tail(text, toks, kinds, i)
    if tail_len:
        on.append(f["colon_tail_short" if tail_len <= 6 else "colon_tail_long"])
    shapes = [a for a in on if a in _SHAPE_CROSS_SET]
    if shapes:
        contexts = [b for b in on if b in _CONTEXT_CROSS_SET]
        on.extend(_CROSS_INDEX[(a, b)] for a in shapes for b in contexts)
    if not ctx.near:
        return [k + _FAR for k in on]
    return on


def _variant_pair(text: str, toks: list[Token], i: int) -> bool:
    """Token ``i`` is listed beside a shaped token as a variant of it: "X or Y", "X und Y",
    "X, Y", "X / Y"."""
    tok = toks[i]
    for j, join in ((i - 1, i), (i + 1, i + 1)):
        if 0 <= j < len(toks) and toks[j].line == tok.line:
            between = text[toks[join - 1].core_end : toks[join].core_start]
            if ("," in between or "/" in between) and shaped(toks[j].core):
                return True
    for j, mid in ((i - 2, i - 1), (i + 2, i + 1)):
        if (
            0 <= j < len(toks)
            and toks[j].line == tok.line
            and toks[mid].core.lower() in _VARIANT_JOIN
            and shaped(toks[j].core)
        ):
            return True
    return False


def _variant_similar(toks: list[Token], i: int) -> bool:
    """Another token nearby is a variant of token ``i``: the same letters in another case
    ("winterreifen" … "Winterreifen"), or one extends the other ("asdfgh", "asdfghjk")."""
    core = toks[i].core
    if len(core) < 5:
        return False
    low = core.lower()
    for j in range(max(0, i - 12), min(len(toks), i + 13)):
        other = toks[j].core
        if j == i or other == core or len(other) < 5:
            continue
        olow = other.lower()
        if olow == low:
            return True
        short, long_ = (olow, low) if len(olow) < len(low) else (low, olow)
        if len(long_) - len(short) <= 4 and long_.startswith(short) and len(short) >= 5:
            return True
    return False


_QUOTED = re.compile(r"[\"'“„‘«`]([^\"“”‘’«»`\n]{1,80})[\"'”“‘’»`]")


def _colon_tail(text: str, toks: list[Token], kinds: list[str], i: int) -> int:
    """When a colon (or ``=``) earlier on the token's line, after a password word, starts
    what the token is in: the number of tokens from that colon to the line's end, else 0."""
    line = toks[i].line
    start = i
    while start > 0 and toks[start - 1].line == line:
        between = text[toks[start - 1].core_end : toks[start].core_start]
        if ":" in between or "=" in between:
            break
        start -= 1
        if i - start > 12:
            return 0
    else:
        return 0
    j = start - 1
    while j >= 0 and toks[j].line == line and kinds[j] != "pw":
        j -= 1
    if j < 0 or toks[j].line != line:
        return 0
    end = i
    while end + 1 < len(toks) and toks[end + 1].line == line and end - start < 12:
        end += 1
    return end - start + 1


#: Literals of any password, login, PIN or Wi-Fi word: texts without one have no candidates.
_ANY_TRIGGER = re.compile(
    r"(?i)pass|pw|kennw|zugang|cred|anmeld|log-?[io]n|sign-?in|einlogg|sudo|pin|tan|otp|2fa|"
    r"geheim|losung|wlan|wi-?fi|wpa|netzwerk|network"
)
# In ASCII text the case-blind search is the plain one over the lower-cased text (the
# pattern is ASCII and lower case), which the stdlib engine scans several times faster.
_ANY_TRIGGER_LOW = std_re.compile(_ANY_TRIGGER.pattern.removeprefix("(?i)"))
TRIGGER_SCAN = _ANY_TRIGGER_LOW  # (public: the pre-check's quiet scan reads it)
# A PIN word is a whole token core (``_PIN_WORD`` is anchored at both ends): "TAN", "pins",
# "Pincode", "PIN-Nummer", "Support-PIN", never a word's inside ("Kastanie", "important",
# "shipping", "laptop"). A core's neighbours in the text are a separator, a quote or
# bracket it was trimmed of, a glued key's "=" or ":", or a trailing sign, none of them a
# word character; so a PIN literal found (``_PIN_LITERALS``) is a PIN word's only where this
# matches at its start (round 43: "tan" and "pin" inside words opened the learned stage, and
# with it the pre-check's ``LEARNED`` family, on much English prose).
_PIN_LITERALS = frozenset(("pin", "tan", "otp", "2fa"))
_PIN_CORE = r"(?<!\w)(?:pin(?:s|code)?|tan|otp|2fa)(?!\w)|(?<!\w)pin-|(?<=-)pin(?!\w)"
_PIN_CORE_AT = re.compile("(?i)" + _PIN_CORE)
_PIN_CORE_AT_LOW = std_re.compile(_PIN_CORE)  # (ASCII text, lower-cased: ``\w`` agrees)


def any_trigger(text: str) -> bool:
    """A literal of ``_ANY_TRIGGER`` is in ``text``, a PIN literal only as a PIN word."""
    if text.isascii():
        text, scan, core_at = text.lower(), _ANY_TRIGGER_LOW, _PIN_CORE_AT_LOW
    else:
        scan, core_at = _ANY_TRIGGER, _PIN_CORE_AT  # type: ignore[assignment]
    pos = 0
    while (m := scan.search(text, pos)) is not None:
        if m.group().lower() not in _PIN_LITERALS or core_at.match(text, m.start()) is not None:
            return True
        # (no other literal starts where a PIN literal does; one may start inside it)
        pos = m.start() + 1
    return False


# the rest of the sentence is a question: "ist Sonnenblume7 noch im Angebot?"
_QUESTION_LATER = re.compile(r"[^.!?\n]{0,60}\?")
# A password word that names a thing about passwords, not a password: "password manager",
# "Passwort-Richtlinie", "credentialId", "pw_length"
_PASS_OBJECTS = frozenset("the it this that these them him her on along".split())
_THING_AFTER = frozenset(
    """
    manager managers generator hint hinweis policy policies richtlinie richtlinien length
    länge strength stärke tresor safe vault app field feld reset rules regeln id
    encryption algorithm cipher
    """.split()
)
_KEY_PARTS = re.compile(r"[_.\-]|(?<=[a-z])(?=[A-Z])")


_SHAPED = re.compile(r"\d|[^\w\s'’.\-]|.[A-Z]")


# ``_SHAPED`` anywhere inside a token (a run of non-separators, see ``_SEPARATORS``): a
# token core is a substring of its token, and the regex engine's \s is a subset of the
# stdlib's, so no match here means no shaped core in the text (a sound, one-scan guard).
_SHAPED_IN_TOKEN = re.compile(r"\d|[^\w\s'’.\-,;|→⇒]|[^\s,;|→⇒][A-Z]")
# ``_SHAPED_IN_TOKEN`` for ASCII texts, in the stdlib engine (several times faster): its
# classes spelled in ASCII, ``\s`` as the regex engine's (the stdlib's also holds \x1c-\x1f)
_SHAPED_IN_TOKEN_ASCII = std_re.compile(
    r"[0-9]|[^A-Za-z0-9_\t\n\x0b\x0c\r '.\-,;|]|[^\t\n\x0b\x0c\r ,;|][A-Z]"
)


def has_shaped_token(text: str) -> bool:
    """Some token of ``text`` may have a ``shaped`` core (a sound, one-scan guard)."""
    shaped_in_token = _SHAPED_IN_TOKEN_ASCII if text.isascii() else _SHAPED_IN_TOKEN
    return shaped_in_token.search(text) is not None


@lru_cache(maxsize=8192)  # (a pure test of one core, asked again for the same ones)
def shaped(core: str) -> bool:
    """A digit, a symbol or a capital inside: the shape every token the model scored as a
    seed had, on every corpus. Plain words are scored only to grow a seed's run; a text
    whose candidates are all plain words is left to the rules ("I forgot my password")."""
    return _SHAPED.search(core) is not None


def _names_a_thing(toks: list[Token], i: int) -> bool:
    parts = [p for p in _KEY_PARTS.split(toks[i].core) if p]
    if len(parts) > 1 and parts[-1].lower() in _THING_AFTER:
        return True
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].core.lower()
    # "pass the id to …", "pass it on": the verb, no password at all
    return nxt in _THING_AFTER or (toks[i].core.lower() == "pass" and nxt in _PASS_OBJECTS)


# a password word said to be absent: "hat kein Passwort", "open network, no password",
# "ohne Kennwort", "without a password"
_ABSENT_BEFORE = re.compile(
    r"(?<!\w)(?:kein|keine|keinen|no|(?:ohne|without)(?:[ ]+(?:a|an|ein|einen|any))?)[ ]+\Z",
    re.IGNORECASE | re.REVERSE,
)
_ABSENT_AFTER = re.compile(
    r"[ ]*(?:[,.;!?)\n]|-[ ]|\Z|(?:und|and|but|aber|so|oder|or|sondern|mehr|at[ ]all|anymore|"
    # set up that way (not "no password worked", "kein Passwort funktioniert")
    r"gesetzt|set|needed|required|configured|assigned|nötig|notwendig|erforderlich|vergeben|"
    r"hinterlegt|eingerichtet|angelegt|konfiguriert|eingestellt|benötigt)(?!\w))",
    re.IGNORECASE,
)


def absent_password_word(text: str, start: int, end: int) -> bool:
    """The password word at ``start:end`` says there is none ("hat kein Passwort,",
    "without a password"), not that one is wrong ("no password works"): no value near it."""
    return (
        _ABSENT_BEFORE.search(text, max(0, start - 16), start) is not None
        and _ABSENT_AFTER.match(text, end) is not None
    )


_SENTENCE_END = re.compile(r"[.!?\n](?:\s|\Z)|\n")


def said_absent(text: str, pos: int, absent: list[int]) -> bool:
    """A password word at one of ``absent`` (see ``absent_password_word``) is in the
    sentence at ``pos``: that sentence says there is no password, nothing in it is one."""
    return any(_SENTENCE_END.search(text, min(pos, a), max(pos, a)) is None for a in absent)


def _absent(text: str, tok: Token) -> bool:
    return absent_password_word(text, tok.core_start, tok.core_end)


def analyse(text: str, limit: int = 10_000) -> tuple[list[Token], list[int], list[list[int]]]:
    """Tokens, the candidate indices (at most ``limit``) and their active features: the
    training's view. The tokens talk about a password's quality reaches (``TALK``) are
    left out: retrained with them the "far:" weights learn from the rule texts' shaped
    examples and lose more passwords than they gain (round 38); the committed far model
    judges their shape as it judges a verb of entering's neighbours."""
    if not any_trigger(text) and not any_entry(text.lower()):
        return [], [], []
    toks = tokens(text)
    kinds = [word_kind(t.core) for t in toks]
    for i, k in enumerate(kinds):
        if k == "pw" and (_names_a_thing(toks, i) or _absent(text, toks[i])):
            kinds[i] = "thing"
    cands = candidates(toks, kinds, limit, text, talk=False)
    if not cands:
        return toks, [], []
    ctx = Context(text, toks, kinds)
    return toks, cands, [active(ctx, i) for i in cands]


def may_have_seed(text: str, low: str) -> bool:
    """The learned stage's gate (``low``: ``text.lower()``): a password, login, PIN or Wi-Fi
    word or a verb of entering, and a token with a shaped core (without one no candidate can
    be a seed). The pre-check asks this same test (``password_model.might_find``)."""
    return (any_trigger(text) or any_entry(low)) and has_shaped_token(text)


def analyse_lazily(text: str, limit: int) -> tuple[list[Token], list[int], Context | None]:
    """Like ``analyse`` but without the features: the caller asks ``active`` for the
    candidates it needs (``shaped`` ones first; the others only to grow a run)."""
    if not may_have_seed(text, text.lower()):
        return [], [], None
    toks = tokens(text)
    kinds = [word_kind(t.core) for t in toks]
    for i, k in enumerate(kinds):
        if k == "pw" and (_names_a_thing(toks, i) or _absent(text, toks[i])):
            kinds[i] = "thing"
    cands = candidates(toks, kinds, limit, text)
    if not any(shaped(toks[i].core) for i in cands):
        return toks, [], None
    return toks, cands, Context(text, toks, kinds)


#: A mail server's reply code with its enhanced status ("535-5.7.8", "550 5.7.1")
_SERVER_REPLY = re.compile(r"(?<![\w.])[245]\d\d[ \-][245]\.\d{1,3}\.\d{1,3}(?![\w.])")


def in_server_reply(text: str, start: int) -> bool:
    """A token after a mail server's reply code on its line, not given after a key's "=" or
    a colon: the server's text and its trace id ("535 5.7.8 … BadCredentials d9443c01a7336-
    20b - gsmtp"; round 37), not what the customer typed."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[start - 1 : start] in ("=", ":") or text[start - 2 : start] in (": ", "= "):
        return False
    return _SERVER_REPLY.search(text, line_start, start) is not None
