"""A password said to be a thing of some kind, then given: "password is my cats name
whiskers", "the password is just the word pancake", "mein Kennwort ist der Name von meiner
Katze, also minka", "password is the ticket number (48812)".

After a password word and its copula the customer first says what the value is (a pet's
name, a word, a number, a birthday) and then gives it. The description is a determined
noun phrase ("my", "her", "the", "der", "unser" … and up to four words) whose head is a
kind noun; the value is the one token after it, closing its clause. What the kind says
judges the value: a name or a word is any content word (a plain dictionary word is a
password here, "pancake"), a number, year or date must hold digits. A description that
names its owner with "of"/"von" ("the name of my cat") may end on a noun that reads as the
value ("the name of the company"), so there the value needs a separator (a colon, a comma,
"also", a bracket).
"""

from __future__ import annotations

import re

from redaction import words

_KINDS_NAMED = "name names namen word wort".split()
_KINDS_NUMBERED = (
    "number nummer zahl birthday geburtstag geburtsdatum year jahr date datum postcode plz "
    "hausnummer pin"
).split()
#: Kinds whose value must hold digits (a name or a word need not).
_NUMBERED = frozenset(_KINDS_NUMBERED)

_DETERMINER = (
    r"(?:my|her|his|our|their|the|mein|meine|meinem|meiner|meines|ihr|ihre|sein|seine|unser"
    r"|unsere|der|die|das|dem)"
)
_FILLER = r"(?:(?:just|simply|only|literally|einfach|nur|halt|quasi)[ ]+)*"
_WORD = r"[^\s:,.;!?()\"“”„]+"
_NAMELY = r"(?:also|so|i\.e\.|nämlich)"
_KIND = "|".join(sorted(_KINDS_NAMED + _KINDS_NUMBERED, key=len, reverse=True))
_DESCRIBED = re.compile(
    rf"(?i){_FILLER}{_DETERMINER}[ ]+(?:{_WORD}[ ]+){{0,4}}?(?P<kind>{_KIND})"
    # "name and birthday", "Name und Geburtsjahr": a second kind joined to the first
    rf"(?:[ ]+(?:and|plus|und|\+)[ ]+(?:{_DETERMINER}[ ]+)?(?P<kind2>{_KIND}))?"
    # "the name of my cat", "der Name von unserem Hund": the owner after a preposition
    rf"(?P<of>[ ]+(?:of|von|vom|from)[ ]+(?:{_WORD}[ ]+){{0,3}}?{_WORD})?"
    # (after an owner only a mark or word that says "namely": "the name of the company"
    # ends on the owner's noun)
    rf"(?P<sep>[ ]*:[ ]*|[ ]*,[ ]*(?:{_NAMELY}[ ]+)?|[ ]+{_NAMELY}[ ]+|[ ]*\([ ]*"
    r"|(?(of)(?!)|[ ]+))"
    r"(?P<v>[\"'„“‚‘]?[^\s,;()\"'„“”‚‘’]+?[\"'“”‘’]?)"
    # the value closes its clause: punctuation, a line's or the text's end, a dash, or a
    # new clause's first word ("Emilia0611 she made it")
    r"(?=[.!?]+(?:[ \n]|\Z)|[.!?]*(?:[ ]*[,;:)\n]|\Z|[ ]+[-–][ ]|[ ]+(?:she|he|it|they|and"
    r"|but|nothing|das|es|aber|und|ja|nichts)(?![^\W\d_])))"
)
#: Words a description's value position holds when no value follows ("it's my cats name
#: lol"): a remark, not a value.
_REMARKS = frozenset("lol haha hehe xd ok okay btw sorry thanks danke bitte".split())


def kind_then_value(text: str, pos: int) -> tuple[int, int] | None:
    """The value at the end of a description that starts at ``pos`` (right after a
    password word's copula): ``(start, end)`` of the token, or None."""
    m = _DESCRIBED.match(text, pos)
    if m is None:
        return None
    start, end = m.span("v")
    value = text[start:end]
    core = value.strip("\"'„“”‚‘’")
    if core != value:
        start, end = start + value.index(core), start + value.index(core) + len(core)
    low = core.lower()
    if not core or low in words.STOP_WORDS or low in _REMARKS:
        return None
    digits = sum(ch.isdigit() for ch in core)
    kinds = {m.group("kind").lower(), (m.group("kind2") or "").lower()}
    if kinds & _NUMBERED and digits < 2:
        return None  # "the number on the sticker": a number's kind needs its digits
    if not digits and not core.isalpha():
        return None  # "name is the-user-name": a word or a name is letters
    if words.likeness(core) == words.REJECT:
        return None  # "my dog's name: null", a date, an amount: no secret's shape
    return start, end
