"""CREDENTIAL named in the sentence beside its value (round 44).

Customers name the secret in one sentence and give it in the next: "Der Webhook braucht
das Secret im Header. Bei uns hinterlegt ist: 6b1e…", "Is it a problem that the API key is
the same as the old one? 8f3a…", "Shopware braucht ein Secret. Ich hab dort 'Hx7-…'
eingetragen"; or give it first and name it after: "der Wert asvW…Mn3R bleibt stehen. Das
ist unser NTP auth key". The keyed rules read a key word right before its value; here the
sentence that names the secret is the value's neighbour, and what the value's own sentence
does decides: it is nothing but the value, it hands one over after a colon, it says the
value was entered or set, or it points back at the sentence before ("das ist unser …").
The value is judged by its shape (a random token, or letters mixed with digits where a verb
or a colon hands it over); a value's own label that names something else (an id, a name,
a user) keeps it out.
"""

from __future__ import annotations

import itertools
import re as stdre
from collections.abc import Callable

import regex as re

from redaction.recognizers.base import umlaut_spellings
from redaction.recognizers.credential_context import name_about, shaped_value

Span = tuple[int, int]

_I = re.IGNORECASE
# A secret's noun: what a customer calls an API key, a token or a shared secret. Not a
# name about it ("the API key id", "token name", "Schlüsselname").
_SECRET_NOUN = re.compile(
    umlaut_spellings(
        r"(?<![\w\-])(?:\w+-)*(?:api[ _\-]?(?:key|token|schlüssel)|\w*secret|tokens?"
        r"|auth[ _\-]?key|access[ _\-]?key|signing[ _\-]?key|\w*schlüssel|geheimnis)"
        r"(?![\w])(?![ _\-]?(?:ids?|identifier|name|type|prefix|format|length|hash)(?![\w]))"
    ),
    _I,
)
# Where one sentence ends and the next begins.
_BREAK = re.compile(r"(?<=[.?!])[ \t]+(?=\S)|[ \t]*\n+[ \t]*")
_QUOTES = "\"'`„“”‚‘’«»"
_CLOSERS = ".,;!?)" + _QUOTES
_TOKEN = re.compile(r"[A-Za-z0-9_\-+/=~.]{8,200}")
# "Bei uns hinterlegt ist: x", "what I set: x": a few words, a colon, one value at the end.
_COLON_VALUE = re.compile(r"(?P<lead>[^:\n]{0,60}):[ \t]*(?P<v>\S+)[ \t]*")
# A verb that says the value was put somewhere: entered, set, stored, pasted.
_ENTERED = re.compile(
    umlaut_spellings(
        r"(?<![\w])(?:eingetragen|eingegeben|hinterlegt|gesetzt|eingefügt|entered|typed"
        r"|pasted|put|set|configured|stored)(?![\w])"
    ),
    _I,
)
_QUOTED = re.compile(r"[\"'`„“‚‘«](?P<v>[^\s\"'`„“”‚‘’«»]{8,200})[\"'`“”‘’»]")
# A sentence that points back at the one before and names it the secret: "Das ist unser
# NTP auth key", "that's the API token we use".
_POINTS_BACK = re.compile(
    r"(?:das|dies|that|this|it)(?:[ ]+(?:ist|is|war|was)|['’]s)[ ]+"
    r"(?:(?:unser|unsere|our|my|mein|meine|der|die|das|the)[ ]+)?",
    _I,
)
_POINT_REACH = 40
_WORDS_MAX = 8  # a lone value's sentence, or the words before its colon


def _sentences(text: str) -> list[Span]:
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


# A line that assigns a value to a name (``existingSecret: oca-api``, ``GIT_SHA=…``): a
# configuration's line, whose name labels its own value, not a sentence about another's.
_ASSIGNMENT = re.compile(r"[ \t]*[\w.\-\[\]\"']+[ \t]*[=:]")
# A value that carries its own label inside it ("sha256=7d1a…", "GIT_SHA=c7af…").
_OWN_LABEL = re.compile(r"[A-Za-z][\w\-]*[=:]")


def _names_secret(sentence: str) -> bool:
    return _SECRET_NOUN.search(sentence) is not None


# What a sentence ending in a colon hands over is the thing it named last: "the token for
# the release, built from this commit:" gives the commit, not the token.
_OTHER_THING = re.compile(
    r"(?<![\w])(?:commit|checksum|fingerprint|revision|hash|digest|sha\d*|md5|version"
    r"|prüfsumme)(?![\w])",
    _I,
)


def _hands_over_other(sentence: str) -> bool:
    """Does ``sentence`` end in a colon after naming something other than its secret?"""
    if not sentence.rstrip().endswith(":"):
        return False
    ends = [m.end() for m in _SECRET_NOUN.finditer(sentence)]
    tail = sentence[ends[-1] :] if ends else sentence
    return _OTHER_THING.search(tail) is not None


def _token(value: str) -> bool:
    """A single value of a token's characters, with no label of its own inside it."""
    return _TOKEN.fullmatch(value) is not None and _OWN_LABEL.match(value) is None


def _random(value: str, looks_random: Callable[[str], bool]) -> bool:
    return looks_random(value.rstrip("="))  # (base64's padding is no character class)


def _given(text: str, start: int, end: int, looks_random: Callable[[str], bool]) -> Span | None:
    """The value the sentence ``start:end`` gives, if it only gives one."""
    sentence = text[start:end]
    if _ASSIGNMENT.match(sentence) is not None:
        return None
    bare = sentence.strip().strip(_CLOSERS)
    if " " not in bare and _token(bare) and _random(bare, looks_random):
        at = text.index(bare, start)
        return at, at + len(bare)  # the sentence is the value alone
    m = _COLON_VALUE.fullmatch(sentence)
    if m is not None and len(m["lead"].split()) <= _WORDS_MAX and not name_about(m["lead"]):
        value = m["v"].strip(_CLOSERS)
        if _token(value) and (shaped_value(value) or _random(value, looks_random)):
            at = text.index(value, start + m.start("v"))
            return at, at + len(value)
    if _ENTERED.search(sentence) is not None:
        quoted = [q for q in _QUOTED.finditer(sentence) if shaped_value(q["v"])]
        if len(quoted) == 1:
            return start + quoted[0].start("v"), start + quoted[0].end("v")
        shaped = [t for t in re.finditer(r"\S+", sentence) if shaped_value(t[0].strip(_CLOSERS))]
        if len(shaped) == 1 and _token(value := shaped[0][0].strip(_CLOSERS)):
            at = start + sentence.index(value, shaped[0].start())
            return at, at + len(value)
    return None


def _pointed_at(
    text: str, start: int, end: int, looks_random: Callable[[str], bool]
) -> Span | None:
    """The one random token of the sentence ``start:end``, when that is all it gives."""
    found = [
        (start + t.start(), start + t.start() + len(t[0].strip(_CLOSERS)))
        for t in re.finditer(r"[^\s\"'`„“”‚‘’«»(]+", text[start:end])
        if _token(t[0].strip(_CLOSERS)) and _random(t[0].strip(_CLOSERS), looks_random)
    ]
    return found[0] if len(found) == 1 else None


def neighbour_values(text: str, looks_random: Callable[[str], bool]) -> list[Span]:
    """Values given in the sentence after the one that names the secret, or named by the
    sentence after them ("das ist unser … key")."""
    found: list[Span] = []
    sentences = _sentences(text)
    for (a, b), (c, d) in itertools.pairwise(sentences):
        first, second = text[a:b], text[c:d]
        if _ASSIGNMENT.match(first) is not None:
            continue  # a configuration's line names its own value
        if _names_secret(first) and not _names_secret(second):
            if _hands_over_other(first):
                continue
            if (span := _given(text, c, d, looks_random)) is not None:
                found.append(span)
        elif (
            _names_secret(second)
            and (m := _POINTS_BACK.match(second.lstrip())) is not None
            and _SECRET_NOUN.search(second, m.end(), m.end() + _POINT_REACH) is not None
            and not _names_secret(first)
            and (span := _pointed_at(text, a, b, looks_random)) is not None
        ):
            found.append(span)
    return found


# Cheap necessary conditions (stdlib scans of the lower-cased text): a secret's noun and a
# sentence that ends before another begins.
_NOUN_GATE = stdre.compile(r"secret|token|key|schl|geheim")
_BREAK_GATE = stdre.compile(r"[.?!][ \t]+\S|\n")


def may_name_apart(low: str) -> bool:
    """Can ``low`` (a lower-cased text) hold a value named by its neighbour sentence?"""
    return _NOUN_GATE.search(low) is not None and _BREAK_GATE.search(low) is not None
