"""The literals a regex's every match holds, read from the regex itself.

The pre-check (``redaction.precheck``) skips recognizers whose trigger literals are absent;
a literal list written by hand beside a recognizer's pattern drifts from it (round 40 taught
the CVC key ``c_v_v2``, and the pre-check's list never learnt it). ``required_literals``
reads a pattern's syntax tree (the stdlib parser: ``regex``-only syntax is refused) and
returns lower-cased literals one of which every match contains, as a search-engine
prefilter does: a sequence's literal runs (small character classes and optional parts
spelled out, at most ``_MAX_SPELLINGS`` strings), the most selective requirement of a
sequence's parts, an alternation's branches' requirements joined.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

with warnings.catch_warnings():  # (the stdlib's parser under its old, deprecated name)
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as c
    import sre_parse

_MAX_SPELLINGS = 64  # more spellings than this of one run: its parts are read instead
_MAX_CLASS = 8  # a character class of more characters is any character
_MAX_REPEAT = 3  # a fixed repeat spelled out up to this many times


@dataclass(frozen=True)
class _Reading:
    """What a part of a pattern matches: all its strings when they are few (``exact``), and
    sets of literals one of which each of its matches holds (``required``: every set holds)."""

    exact: frozenset[str] | None
    required: tuple[frozenset[str], ...] = ()


_ANY = _Reading(None)
_EMPTY = _Reading(frozenset({""}))


def _as_required(exact: frozenset[str] | None) -> tuple[frozenset[str], ...]:
    if exact is None or "" in exact:
        return ()
    return (exact,)


def _covered(literals: frozenset[str], known: tuple[str, ...]) -> bool:
    return all(any(k in literal for k in known) for literal in literals)


def _best(required: tuple[frozenset[str], ...], known: tuple[str, ...]) -> frozenset[str] | None:
    """The requirement to scan for: one the ``known`` literals already find, else the most
    selective (longer shortest literals, then fewer of them: rarer in chat)."""
    if not required:
        return None
    return max(required, key=lambda s: (_covered(s, known), min(len(x) for x in s), -len(s)))


def _sequence(items: list[_Reading]) -> _Reading:
    required: list[frozenset[str]] = []
    run = frozenset({""})  # (the spellings of the literal run being read)
    whole = True  # (every item so far spelled out: the sequence's strings are ``run``)
    for item in items:
        required.extend(item.required)
        if item.exact is not None:
            joined = frozenset(a + b for a in run for b in item.exact)
            if len(joined) <= _MAX_SPELLINGS:
                run = joined
                continue
        required.extend(_as_required(run))  # (the run ends here: one requirement)
        run = item.exact if item.exact is not None else frozenset({""})
        whole = False
    if whole:
        return _Reading(run, tuple(required))
    return _Reading(None, (*required, *_as_required(run)))


def _alternation(branches: list[_Reading], known: tuple[str, ...]) -> _Reading:
    if all(b.exact is not None for b in branches):
        exact = frozenset().union(*(b.exact or frozenset() for b in branches))
        if len(exact) <= _MAX_SPELLINGS:
            return _Reading(exact)
    chosen = [_best(b.required + _as_required(b.exact), known) for b in branches]
    if any(literals is None for literals in chosen):
        return _ANY
    return _Reading(None, (frozenset().union(*(s for s in chosen if s is not None)),))


def _class(items: list[tuple[Any, Any]]) -> _Reading:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return _ANY  # (a category, a negation, a wide range)
    chars = {ch.lower() for ch in chars}
    return _Reading(frozenset(chars)) if len(chars) <= _MAX_CLASS else _ANY


def _read(parsed: Any, known: tuple[str, ...]) -> _Reading:
    return _sequence([_read_item(op, av, known) for op, av in parsed])


def _read_item(op: Any, av: Any, known: tuple[str, ...]) -> _Reading:
    if op is c.LITERAL:
        return _Reading(frozenset({chr(av).lower()}))
    if op is c.IN:
        return _class(av)
    if op is c.SUBPATTERN:
        return _read(av[-1], known)
    if op is c.ATOMIC_GROUP:
        return _read(av, known)
    if op is c.BRANCH:
        return _alternation([_read(branch, known) for branch in av[1]], known)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _read(body, known)
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Reading(inner.exact | {""})
            return _ANY
        if low == high and low <= _MAX_REPEAT and inner.exact is not None:
            return _sequence([inner] * low)
        return _Reading(None, inner.required + _as_required(inner.exact))
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # (matches no character)
    return _ANY


def required_literals(pattern: str, known: tuple[str, ...] = ()) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of ``pattern`` holds (as a substring
    of the lower-cased text), or None: none known (a match may hold no literal, or the
    stdlib parser cannot read the pattern). Case-blind: read as if IGNORECASE were set. Of
    several requirements, one whose every literal holds one of ``known`` (literals the
    caller scans for already) is chosen first."""
    try:
        parsed = sre_parse.parse(pattern)
    except (c.error, TypeError, ValueError, OverflowError):
        return None
    low = tuple(k.lower() for k in known)
    reading = _read(parsed, low)
    best = _best(reading.required + _as_required(reading.exact), low)
    if best is None:
        return None
    # (a literal holding another is found wherever that one is: "pin " beside "pin")
    return frozenset(s for s in best if not any(o != s and o in s for o in best))
