"""A template's value the message itself declares unfilled: no secret, whatever found it.

A README's or a template's snippet pasted as it stands holds values that only name the
field they fill (``password``, ``sensitive_password``, ``pass123``, ``somefakekey``), count
out a filler (``0123456789abcdef…``, ``123456789123456``) or mark a documented example
(``…EXAMPLEKEY``). Such a value is also what a lazy user really sets, and other projects'
suites label ``user:password@host`` a secret; so the shape alone decides nothing. It is no
secret when the message also says the snippet is unfilled: "I haven't replaced it yet",
"still the example value", "straight from the docs template", "noch die Defaults aus dem
Template", "steht im Beispiel", "(yes I replaced the real values before pasting)".

A mere mention of documentation is no such declaration ("connection string as in the
README", "like your docs said", "the official example": a user running the example's
password has it set), nor is "default" ("it's the default, I know": a default in use).
A value with a word of its own beside the field's name (``MyStr0ng!Pass``,
``odoo-password-test``, ``Sommer2024``) is no template value either.
"""

from __future__ import annotations

import functools
import itertools
import re

#: Words that name the field a template value fills.
_FIELD_WORDS = frozenset(
    "password passwort kennwort passwd pass passphrase secret key token user username login".split()
)
#: Words a template puts around the field's name ("some_fake_key", "your-password").
_FILLER_WORDS = frozenset(
    (
        "my your some sensitive invalid fake dummy example sample test wpa api custom the a"
        # ("mysupersecretpassphrase", "SomeRandomString", "myAuthToken",
        # "database__user_password": round 61)
        " super random string database db auth"
        # ("a_very_important_secret", "insecure_session_secret": a template's warning words)
        " very important insecure"
    ).split()
)
_TEMPLATE_WORDS = _FIELD_WORDS | _FILLER_WORDS
#: A template value's parts: letters, digits, separators (nothing else).
_PARTS = re.compile(r"[A-Za-z]+|\d+|[_\-.]")
#: The order a counted-out filler follows (digits, then hex letters).
_COUNTING = "0123456789abcdef"


@functools.lru_cache(maxsize=1024)
def _template_words(word: str) -> tuple[bool, bool]:
    """Is ``word`` (lower case) template words run together ("somefakekey"), and is one
    of them the field's name?"""
    if not word:
        return True, False
    for i in range(len(word), 0, -1):
        head = word[:i]
        if head in _TEMPLATE_WORDS:
            whole, named = _template_words(word[i:])
            if whole:
                return True, named or head in _FIELD_WORDS
    return False, False


def _counted_runs(value: str) -> list[int]:
    """Lengths of the runs of ``value`` that count up by one ("0123", "abcdef")."""
    runs, run = [], 1
    low = value.lower()
    for a, b in itertools.pairwise(low):
        if a in _COUNTING and b in _COUNTING and _COUNTING.index(b) == _COUNTING.index(a) + 1:
            run += 1
        else:
            runs.append(run)
            run = 1
    runs.append(run)
    return runs


def _names_its_field(value: str) -> bool:
    """Template words and at most a counted number: "sensitive_password", "pass123"."""
    parts = _PARTS.findall(value)
    if "".join(parts) != value:
        return False
    named = False
    for part in parts:
        if part.isdigit():
            if part[0] not in "01" or _counted_runs(part) != [len(part)]:
                return False  # "pass123" yes, "pass847" (a number of its own) no
        elif part.isalpha():
            whole, field = _template_words(part.lower())
            if not whole:
                return False
            named = named or field
    return named


def names_its_field(value: str) -> bool:
    """``_names_its_field`` by a public name: a format's password field holding the field's
    own name ("P:MyPassword"), where a counted number ("P:0123456789") may be a real key."""
    return _names_its_field(value)


def template_shaped(value: str) -> bool:
    """Does ``value`` look like a template's value: the field's own name, a counted-out
    filler (every run counting up for five or more), or AWS's documented example?"""
    if _names_its_field(value):
        return True
    if len(value) >= 8 and min(_counted_runs(value)) >= 5:
        return True
    if _X_FILLED.fullmatch(value) is not None:
        return True
    return "EXAMPLE" in value


#: A prefix, then a filler of x where the key's characters go ("sk_test_xxxxxxxx").
_X_FILLED = re.compile(r"(?:[A-Za-z0-9]{1,12}[_\-.:])+(?:x{6,}|X{6,})")


#: The message says the snippet is as the documentation has it, not filled in.
_DECLARED_UNFILLED = re.compile(
    r"""(?ix)
    \b(?:haven'?t|have[ ]not|didn'?t|did[ ]not|not[ ]yet|noch[ ]nicht|nicht)[ ]
        (?:\w+[ ]){0,2}?
        (?:replaced|filled|changed|adjusted|angepasst|ersetzt|eingetragen|geändert|ausgefüllt)
    | \bstill[ ](?:the|your|an?)[ ](?:\w+[ ])?(?:example|default|placeholder|sample|template)
    | \bnoch[ ](?:die|der|das|den)[ ](?:\w+[ ])?
        (?:beispiel\w*|defaults?|vorlage|platzhalter|muster\w*)
    | \b(?:straight|directly|literally|1:1)[ ](?:\w+[ ])?(?:from|copied|aus|kopiert)
    | \bcopied[ ](?:the|your)[ ](?:\w+[ ])?(?:example|sample|template)
    | \b(?:the|das|dem)[ ](?:example|beispiel|template|vorlage)[ ](?:from|aus)[ ]
        (?:the|your|der|dem|eurer|eurem)[ ](?:docs|documentation|readme|wiki|doku|dokumentation)
    | \bsteht[ ]im[ ]beispiel | \bim[ ]beispiel[ ]steht | \baus[ ]der[ ]doku\b
    | \b(?:that'?s|this[ ]is|it'?s|das[ ]ist)[ ](?:just[ ]|only[ ]|nur[ ])?(?:from|aus)[ ]
        (?:the|your|der|eurer)[ ](?:docs?|documentation|readme|doku)
    | \b(?:used|copied|took)[ ](?:the|your)[ ](?:readme|docs?)[ ](?:snippet|example|sample)
    | \baus[ ]dem[ ](?:template|beispiel)
    | \breplaced[ ]the[ ]real[ ]values? | \bechten?[ ]werte[ ](?:ersetzt|entfernt)
    | (?m:^[^\n]{0,40}\b(?:format|formats|formate?)[ ]*:[ ]*$)
    | \b(?:are|were|sind|waren)[ ](?:(?:just|only|nur|all|alle)[ ])?(?:(?:the|die)[ ]
        (?:values?|keys?|ones|werte|schlüssel)[ ])?(?:from|aus)[ ]
        (?:the|your|der|eurer|dem|eurem)[ ](?:[\w\-]+[ ])?
        (?:docs|documentation|dokumentation|doku|readme|manual|handbuch)\b
    """
)


def declared_template_value(text: str, start: int, end: int) -> bool:
    """Is the finding at ``start:end`` a template's value in a message that says the
    snippet is unfilled?"""
    return template_shaped(text[start:end]) and _DECLARED_UNFILLED.search(text) is not None
