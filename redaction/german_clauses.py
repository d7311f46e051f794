"""German clauses whose verb stands apart from the password word, read in main-clause order.

The password rules read a value where a main clause puts it: after the password word and
its verb ("das Passwort ist x", "Kennwort auf x geändert"). German moves the verb:

- **verb-final**: a subordinate clause ends in its verb, so the value stands between the
  password word and the copula ("…, weil mein Passwort x ist", "ob das Kennwort x lautet",
  "dass die Passwörter x und y sind");
- **the clause bracket**: a setting verb's participle or particle closes the clause and the
  value stands before it, whatever stands between the word and the preposition ("das
  Kennwort wurde von der IT auf x zurückgesetzt", "setz das Passwort bitte auf x zurück");
  or the participle comes first and the value follows it, on the same line or the next
  ("Das Passwort haben wir geändert auf\\nx", "Ich habe das Kennwort geändert in: x").

Each clause found is said again in main-clause order ("Passwort ist x.", "Passwort lautet
x.") and that sentence is judged by the password rules themselves (``judge``), so a
verb-final clause gets exactly the judgement of its main-clause twin: "weil mein Passwort
abgelaufen ist" is "Passwort ist abgelaufen." (a state, no value), "weil mein Passwort
Distelfink ist" is "Passwort ist Distelfink." (a value). What only the bracket adds: a
preposition before an article or a possessive opens a place or a reason ("auf dem Handy
geändert", "auf Ihren Wunsch zurückgesetzt"), a lone word of the language after it a manner
("auf Anfrage", "auf Deutsch"), a setting's name a state ("auf Werkseinstellungen"), and
"in" a form ("in Großbuchstaben"): none gives a value; the value set is what stands there
otherwise.

Runs only when a password word was found and the text holds a subordinator with a copula or
a setting verb's participle or particle (``may_hold``).
"""

from __future__ import annotations

import re as stdre
from collections.abc import Callable

import regex as re

from redaction import words

#: Conjunctions that open a verb-final clause.
_SUBORDINATORS = frozenset(
    "weil da dass daß ob obwohl obgleich wenn falls nachdem sodass damit seitdem sobald "
    "solange während bevor wobei".split()
)
#: The copula and its likes, in the forms a verb-final clause ends in.
_COPULAS = frozenset(
    "ist war wäre waere sei sind waren wären lautet lautete lauten lauteten heißt heisst "
    "hieß hiess".split()
)
#: A setting verb's participle, or its separable particle ("setzt … zurück", "stellt …
#: um"), that closes the bracket.
_SET_PARTICIPLES = frozenset(
    "geändert geaendert abgeändert abgeaendert gesetzt zurückgesetzt zurueckgesetzt "
    "umgestellt gestellt festgelegt eingestellt".split()
)
_SET_PARTICLES = frozenset("zurück zurueck um".split())
_SET_VERBS = _SET_PARTICIPLES | _SET_PARTICLES
_QUOTES = "\"'„“‚‘»«"
_SET_PREPOSITIONS = frozenset(("auf", "in", "zu"))
#: Words that open a noun phrase of a place, a reason or an owner, or say "something"
#: ("auf etwas Sicheres geändert"), never a value.
_DETERMINERS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    mein meine meinen meinem meiner dein deine deinen deinem deiner sein seine seinen seinem
    ihr ihre ihren ihrem ihrer unser unsere unseren unserem euer eure euren eurem
    dieser diese diesen diesem dieses jener jene jenen jenem jedes jeden jedem
    etwas irgendwas irgendetwas nichts alles
    """.split()
)
#: Negations: before the participle they negate the verb ("gar nicht gesetzt").
_NEGATIONS = frozenset("nicht nie niemals kein keine noch".split())
#: Heads of a setting's name: reset to a state, not to a value.
_STATE_HEADS = ("einstellung", "einstellungen", "zustand", "standard", "default")
#: Where a clause ends: a comma, semicolon, colon, question mark, a line's end, or a full
#: stop or "!" before a capital, a line's end or the text's end ("auf Birkenweg 9! gesetzt"
#: goes on).
_CLAUSE_END = re.compile(r"[,;:?\n]|[.!](?=[ ]*(?:\n|\Z)|[ ]+[A-ZÄÖÜ])|\Z")
#: Conjunctions that join the next clause after a closing verb ("… ist und …").
_CONJUNCTIONS = frozenset("und aber oder doch sondern denn".split())
_TOKEN = re.compile(r"\S+")
#: Words that open a clause of their own right after "und": a personal pronoun, an article
#: or a demonstrative starting a new subject ("… und das habe ich seit Jahren", "… und es
#: hat immer geklappt"). (Not "dann": "x mit großem S und dann 55" goes on describing.)
_CLAUSE_OPENERS = frozenset("das es ich er sie wir ihr man der die".split())
#: The same after English "and" (round 46): a subject pronoun, an article or a possessive
#: opens the next clause ("is violet river under moonlight and the import says …"); not
#: "and then", which goes on describing the value, as "und dann" does
_CLAUSE_OPENERS_EN = frozenset("it i the my we they he she you this that now its".split())
_OPENERS_AFTER = {"und": _CLAUSE_OPENERS, "and": _CLAUSE_OPENERS_EN}
#: The object pronoun for a password named before: "es", or glued to the verb ("hab's").
_PRONOUN = re.compile(r"(?i)es|[^\W\d_]+['’]s")
#: Adverbs of time before a preposition put after its verb ("…, zuletzt auf „x“").
_AFTERTHOUGHT_ADVERBS = frozenset("zuletzt jetzt nun diesmal dann danach schließlich".split())
#: "es ist x": the pronoun for a password named just before, and its copula
_PRONOUN_COPULA = re.compile(
    r"(?<![^\W\d_])es[ ]+(?P<verb>ist|war|lautet|lautete)(?![^\W\d_])[ ]*", re.IGNORECASE
)
_PRONOUN_REACH = 2  # clauses back to the password word "es" stands for
_LOOKBACK = 200  # characters back to those clauses
_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)(?![^\W\d_])")
_TRIM = ".,;:!?\"'„“”‚‘’»«()"
#: A participle before its preposition, the value after it (Ausklammerung)
_PARTICIPLE_FIRST = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(_SET_PARTICIPLES, key=len, reverse=True)) + r")"
    r"[ ]+(?P<prep>auf|in|zu)[ ]*(?P<colon>:)?[ ]*(?:\n[ ]*)?",
    re.IGNORECASE,
)
_HOLD_SCAN = stdre.compile(
    r"(?:weil|dass|daß|ob|wenn|falls|da) |geändert|geaendert|gesetzt|gestellt|festgelegt"
    r"| zurück| zurueck| um"
)
_MOST_VALUE_TOKENS = 6
_SUBJECT_REACH = 4  # tokens after the subordinator up to the password word
_BRACKET_REACH = 10  # tokens from the password word to the preposition

Judge = Callable[[str], tuple[tuple[int, int], ...]]
SecretWord = Callable[[str], bool]


def may_hold(low: str) -> bool:
    """Whether ``low`` (lower-cased) holds a subordinator or a setting verb every clause read
    here needs (one C-level scan, not a test per word)."""
    return _HOLD_SCAN.search(low) is not None


def _core(token: str) -> str:
    return token.strip(_TRIM)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The text cut at its clause ends: (start, end) of each stretch."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_END.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    return out


def _judged(
    word: str, verb: str, text: str, start: int, end: int, judge: Judge, *, clip: bool = False
) -> list[tuple[int, int]]:
    """The value ``text[start:end]`` said in main-clause order after ``word`` and ``verb``,
    judged by ``judge``: the spans it finds inside the value, at their places in ``text``
    (with ``clip``, a span that took the full stop added to close the sentence ends before
    it: "Haus am See 2019." is the value "Haus am See 2019")."""
    lead = f"{word} {verb} "
    sentence = lead + text[start:end] + "."
    out = []
    for s, e in judge(sentence):
        if clip and e == len(sentence):
            e -= 1
        if s >= len(lead) and e <= len(lead) + (end - start):
            out.append((start + s - len(lead), start + e - len(lead)))
    return out


def _closing(
    cores: list[str], after: int, verbs: frozenset[str], raw: list[str] | None = None
) -> int:
    """The index of the verb that closes the clause after ``after``: one of ``verbs``,
    last in the clause or before a conjunction (given the ``raw`` tokens, also before a
    note in brackets: "auf „x“ geändert (mit Leerzeichen)"); -1 when none."""
    for q in range(after + 1, len(cores)):
        if cores[q].lower() in verbs and (
            q + 1 == len(cores)
            or cores[q + 1] in _CONJUNCTIONS
            or (raw is not None and raw[q + 1].startswith("(") and raw[-1].endswith(")"))
        ):
            return q
    return -1


def verb_final_values(text: str, secret_word: SecretWord, judge: Judge) -> list[tuple[int, int]]:
    """Values in verb-final clauses: "…, weil mein Passwort x ist" (module docstring)."""
    out: list[tuple[int, int]] = []
    for c_start, c_end in _clauses(text):
        tokens = [m.span() for m in _TOKEN.finditer(text, c_start, c_end)]
        cores = [_core(text[s:e]) for s, e in tokens]
        if len(tokens) < 4 or cores[0].lower() not in _SUBORDINATORS:
            continue
        w = next(
            (i for i in range(1, min(len(cores), _SUBJECT_REACH + 1)) if secret_word(cores[i])), 0
        )
        q = _closing(cores, w + 1, _COPULAS) if w else -1
        if q < 0 or not 1 <= q - w - 1 <= _MOST_VALUE_TOKENS:
            continue
        out += _judged(cores[w], cores[q], text, tokens[w + 1][0], tokens[q - 1][1], judge)
    return out


def _opens_phrase(value: list[str], prep: str, *, announced: bool = False) -> bool:
    """The words after the preposition are a place, a reason, a manner, a state or the
    verb's own adverbs, no value: an article or a possessive among them ("auf dem Handy",
    "auf Grund der Warnung"), a negation ("in Firefox gar nicht gesetzt"), a version or a
    date ("in Version 2.9"), one bare word ("auf Anfrage": unquoted, it may be a manner), a
    setting's name ("auf Werkseinstellungen"); after "in", anything but a quoted value or
    one token shaped as a password ("in Großbuchstaben", "in Version 2.9": a form, a
    release); after a colon ("geändert in: x") the value is announced, and only a
    negation, an article, a version or a state's name is no value."""
    cores = [_core(v) for v in value]
    lows = [c.lower() for c in cores]
    if any(c in _DETERMINERS or c in _NEGATIONS for c in lows):
        return True
    if lows[0] in words.FUNCTION_WORDS or any(
        c and not c.isdigit() and words.is_non_secret_shape(c) for c in cores
    ):
        return True
    quoted = value[0][:1] in _QUOTES or announced
    if prep == "in" and not quoted and (len(value) > 1 or cores[0].isalpha()):
        return True
    if len(value) == 1 and cores[0].isalpha() and not quoted:
        return True
    return cores[-1].isalpha() and lows[-1].endswith(_STATE_HEADS)


def _subject(cores: list[str], secret_word: SecretWord, before: str | None) -> tuple[int, str]:
    """The index of the clause's password word and the word; with none, the object pronoun
    standing for ``before``, the password word of the clause before ("Das WLAN-Passwort war
    alt, ich habe es auf x geändert", "hab's auf x gesetzt"); (-1, "") when neither."""
    w = next((i for i, c in enumerate(cores) if c and secret_word(c)), -1)
    if w >= 0:
        return w, cores[w]
    if before is not None:
        p = next((i for i, c in enumerate(cores) if _PRONOUN.fullmatch(c)), -1)
        if p >= 0:
            return p, before
    return -1, ""


def _afterthought(cores: list[str], tokens: list[tuple[int, int]], text: str) -> int:
    """The index of the preposition opening a clause that only adds where the setting verb
    of the clause before went ("Ich habe das Passwort geändert, zuletzt auf „x“"): the
    clause is that preposition and its value, an adverb of time before it; -1 otherwise."""
    p = 1 if len(cores) > 1 and cores[0].lower() in _AFTERTHOUGHT_ADVERBS else 0
    if len(cores) <= p + 1 or cores[p].lower() not in _SET_PREPOSITIONS:
        return -1
    return p if text[slice(*tokens[p])] == cores[p] else -1


def bracket_values(text: str, secret_word: SecretWord, judge: Judge) -> list[tuple[int, int]]:
    """Values in a setting verb's bracket: "das Kennwort wurde … auf x zurückgesetzt",
    "… geändert auf\\nx" (module docstring); the password named in the clause before and
    the bracket's object a pronoun ("…, habe es auf x geändert"), or its preposition put
    after the verb in a clause of its own ("… geändert, zuletzt auf „x“")."""
    out: list[tuple[int, int]] = []
    prev_word: str | None = None  # the password word of the clause before
    set_before = False  # ... and that clause ended in a setting verb
    for c_start, c_end in _clauses(text):
        tokens = [m.span() for m in _TOKEN.finditer(text, c_start, c_end)]
        cores = [_core(text[s:e]) for s, e in tokens]
        w, subject = _subject(cores, secret_word, prev_word)
        p = _afterthought(cores, tokens, text) if set_before and prev_word is not None else -1
        if p >= 0 and prev_word is not None and w < 0:
            value = [text[s:e] for s, e in tokens[p + 1 : p + 1 + _MOST_VALUE_TOKENS + 1]]
            if len(value) <= _MOST_VALUE_TOKENS and not _opens_phrase(value, cores[p].lower()):
                out += _judged(prev_word, "ist", text, tokens[p + 1][0], tokens[-1][1], judge)
        named = w >= 0 and subject == cores[w]
        prev_word = subject if named else None
        set_before = named and bool(cores) and cores[-1].lower() in _SET_PARTICIPLES
        if w < 0:
            continue
        for p in range(w + 1, min(len(cores) - 2, w + _BRACKET_REACH + 1)):
            if cores[p].lower() not in _SET_PREPOSITIONS or text[slice(*tokens[p])] != cores[p]:
                continue
            q = _closing(cores, p + 1, _SET_VERBS, [text[s:e] for s, e in tokens])
            value = [text[s:e] for s, e in tokens[p + 1 : q]] if q > 0 else []
            if 1 <= len(value) <= _MOST_VALUE_TOKENS and not _opens_phrase(value, cores[p].lower()):
                out += _judged(subject, "ist", text, tokens[p + 1][0], tokens[q - 1][1], judge)
            break
    for m in _PARTICIPLE_FIRST.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = [_core(t) for t in text[line_start : m.start()].split()]
        word = next((t for t in before if t and secret_word(t)), None)
        if word is None:
            continue
        end_m = _CLAUSE_END.search(text, m.end())
        end = end_m.start() if end_m is not None else len(text)
        value = text[m.end() : end].split()
        cut = next((i for i, v in enumerate(value) if v in _CONJUNCTIONS), len(value))
        value = value[:cut]
        if not 1 <= len(value) <= _MOST_VALUE_TOKENS:
            continue
        if _opens_phrase(value, m.group("prep").lower(), announced=bool(m.group("colon"))):
            continue
        start = m.end()
        stop = text.index(value[-1], start) + len(value[-1])
        out += _judged(word, "ist", text, start, stop, judge)
    return out


def next_clause_at(text: str, tokens: list[str], ends: list[int]) -> int:
    """Where a phrase read after a password word runs into the next clause: the index of
    an "und" among ``tokens`` (lower-cased words, ``ends`` their ends in ``text``) that a
    pronoun or an article follows ("lautet Blauer Himmel über Kiel und das habe ich seit
    Jahren"), or an English "and" that one follows ("is violet river under moonlight and
    the import says …"); 0 when none, or when fewer than two words stand before it."""
    for i in range(2, len(tokens)):
        openers = _OPENERS_AFTER.get(tokens[i])
        if openers is None:
            continue
        m = _NEXT_WORD.match(text, ends[i])
        if m is not None and m.group(1).lower() in openers:
            return i
    return 0


def pronoun_values(text: str, secret_word: SecretWord, judge: Judge) -> list[tuple[int, int]]:
    """Values after "es ist" whose "es" stands for the password named in one of the two
    clauses before ("Das Passwort hab ich nicht geändert, es ist weiterhin x", "Mein
    Passwort hat ein Leerzeichen, kann das das Problem sein? Es ist x y"), judged as
    "Passwort ist x" to the line's end. "Es ist" says so much else ("es ist dringend", "es
    ist Montag") that a lone word of the language is no value here: what is kept holds a
    word no dictionary has, a digit or a sign."""
    out: list[tuple[int, int]] = []
    for m in _PRONOUN_COPULA.finditer(text):
        lo = max(0, m.start() - _LOOKBACK)
        before = text[lo : m.start()]
        stretches = [c for c in _clauses(before) if before[c[0] : c[1]].strip()]
        stretches = stretches[-_PRONOUN_REACH:]
        word = next(
            (
                c
                for s, e in stretches
                for t in text[lo + s : lo + e].split()
                if (c := _core(t)) and secret_word(c)
            ),
            None,
        )
        if word is None:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        for s, e in _judged(word, m.group("verb"), text, m.end(), end, judge):
            if any(words.likeness(t) >= words.PLAIN for t in text[s:e].split()):
                out.append((s, e))
    return out


#: A perfect's auxiliary: it opens the clause's middle field, the participle closes it.
_AUXILIARIES = frozenset("habe hab hat haben hatte hatten hast".split())
#: Participles of choosing, setting or typing a value: in the clause's last place they
#: close the bracket the auxiliary opened, and the object stands between.
_CHOOSE_PARTICIPLES = frozenset(
    "gewählt gewaehlt gesetzt genommen vergeben festgelegt eingegeben eingetippt "
    "eingestellt eingetragen".split()
)
#: Subject pronouns right after the auxiliary ("habe ich x gesetzt"): no part of the object.
_SUBJECT_PRONOUNS = frozenset("ich er sie wir man du ihr".split())
#: Object pronouns and words that stand for no value ("ich habe es gesetzt", "keins").
_NO_VALUE = frozenset("es sie ihn ihm keins keines eins welches was nix".split())
_PERFECT_SCAN = stdre.compile(
    r"gew(?:ä|ae)hlt|gesetzt|genommen|vergeben|festgelegt|eingegeben|eingetippt|eingestellt"
    r"|eingetragen"
)
#: Prepositions that open a purpose, a place or a time, no value ("als Kennwort fürs Portal
#: genommen", "habe ich im Browser eingegeben").
_PREPOSITIONS = frozenset(
    "für fürs fuer zum zur bei beim im am auf aufs in ins mit von vom an ans aus nach über "
    "unter vor hinter seit gegen ohne um durch".split()
)
#: Words that describe a password's make-up, not a value ("Groß- und Kleinbuchstaben").
_MAKEUP_ENDS = ("buchstaben", "zeichen", "zahlen", "zahl", "ziffern", "ziffer", "wörter")


def may_hold_perfect(low: str) -> bool:
    """Whether ``low`` (lower-cased) holds a participle ``perfect_values`` closes on."""
    return _PERFECT_SCAN.search(low) is not None


def _describes(cores: list[str], talk: frozenset[str]) -> bool:
    """The object names a password's make-up or its quality, no value."""
    return any(c.lower() in talk or c.lower().endswith(_MAKEUP_ENDS) for c in cores)


def perfect_values(
    text: str, secret_word: SecretWord, judge: Judge, talk: frozenset[str]
) -> list[tuple[int, int]]:
    """Values in a perfect's bracket: the auxiliary opens the middle field and a participle
    of choosing or setting closes it, the value stands between, however many words it has
    ("Ich hab als neues Passwort Katze Hund Maus Baum gewählt", "Passphrase – ich habe
    Leuchtturm am Deich gesetzt", "Ich habe Blaue Tür 7 als Kennwort genommen"). The role
    is the password word: before the auxiliary in the clause, or inside the bracket after
    "als" ("als neues Passwort"), the value then on its other side. Judged as "Passwort ist
    x."; an object with an article, a possessive, a negation or a pronoun ("das Passwort
    gesetzt", "ich habe keins gesetzt"), or one naming the password's make-up ("Groß- und
    Kleinbuchstaben gewählt"), is no value."""
    out: list[tuple[int, int]] = []
    for c_start, c_end in _clauses(text):
        tokens = [m.span() for m in _TOKEN.finditer(text, c_start, c_end)]
        if len(tokens) < 3:
            continue
        cores = [_core(text[s:e]) for s, e in tokens]
        lows = [c.lower() for c in cores]
        a = next((i for i, c in enumerate(lows) if c in _AUXILIARIES), -1)
        if a < 0:
            continue
        q = _closing(cores, a, _CHOOSE_PARTICIPLES, [text[s:e] for s, e in tokens])
        if q < 0:
            continue
        lo, hi = a + 1, q  # the middle field
        if lo < hi and lows[lo] in _SUBJECT_PRONOUNS:
            lo += 1
        w = next((i for i in range(len(cores)) if cores[i] and secret_word(cores[i])), -1)
        if w < 0 or w >= q:
            continue
        word = cores[w]
        if w > a:
            # "als (neues) Passwort" inside the bracket: the value on its other side
            als = next((i for i in range(max(lo, w - 3), w) if lows[i] == "als"), -1)
            if als < 0:
                continue
            if als == lo:
                lo = w + 1
            elif w + 1 == hi:
                hi = als
            else:
                continue
        value = cores[lo:hi]
        if not 2 <= len(value) <= _MOST_VALUE_TOKENS:
            continue  # one word: the finder's own reading ("als Passwort x gewählt")
        if any(v in _DETERMINERS or v in _NEGATIONS or v in _NO_VALUE for v in lows[lo:hi]):
            continue
        if lows[lo] in words.FUNCTION_WORDS or lows[lo] in _PREPOSITIONS:
            continue
        if _describes(value, talk):
            continue
        out += _judged(word, "ist", text, tokens[lo][0], tokens[hi - 1][1], judge, clip=True)
    return out
