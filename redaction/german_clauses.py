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
    word: str, verb: str, text: str, start: int, end: int, judge: Judge
) -> list[tuple[int, int]]:
    """The value ``text[start:end]`` said in main-clause order after ``word`` and ``verb``,
    judged by ``judge``: the spans it finds inside the value, at their places in ``text``."""
    lead = f"{word} {verb} "
    sentence = lead + text[start:end] + "."
    out = []
    for s, e in judge(sentence):
        if s >= len(lead) and e <= len(lead) + (end - start):
            out.append((start + s - len(lead), start + e - len(lead)))
    return out


def _closing(cores: list[str], after: int, verbs: frozenset[str]) -> int:
    """The index of the verb that closes the clause after ``after``: one of ``verbs``,
    last in the clause or before a conjunction; -1 when none."""
    for q in range(after + 1, len(cores)):
        if cores[q].lower() in verbs and (q + 1 == len(cores) or cores[q + 1] in _CONJUNCTIONS):
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


def bracket_values(text: str, secret_word: SecretWord, judge: Judge) -> list[tuple[int, int]]:
    """Values in a setting verb's bracket: "das Kennwort wurde … auf x zurückgesetzt",
    "… geändert auf\\nx" (module docstring)."""
    out: list[tuple[int, int]] = []
    for c_start, c_end in _clauses(text):
        tokens = [m.span() for m in _TOKEN.finditer(text, c_start, c_end)]
        cores = [_core(text[s:e]) for s, e in tokens]
        w = next((i for i, c in enumerate(cores) if c and secret_word(c)), -1)
        if w < 0:
            continue
        for p in range(w + 1, min(len(cores) - 2, w + _BRACKET_REACH + 1)):
            if cores[p].lower() not in _SET_PREPOSITIONS or text[slice(*tokens[p])] != cores[p]:
                continue
            q = _closing(cores, p + 1, _SET_VERBS)
            value = [text[s:e] for s, e in tokens[p + 1 : q]] if q > 0 else []
            if 1 <= len(value) <= _MOST_VALUE_TOKENS and not _opens_phrase(value, cores[p].lower()):
                out += _judged(cores[w], "ist", text, tokens[p + 1][0], tokens[q - 1][1], judge)
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
