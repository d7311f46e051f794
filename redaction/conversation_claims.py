"""What one message of a conversation claims a value in another message is.

``value_claims`` reads a claim inside the value's own message ("552 ist die Filialnummer").
Customers make the same claims across messages: a value sent alone, then what it was
("Test1234!" ⏎ "that's a dummy I typed into the staging form", "7731" ⏎ "das ist keine
PIN, das ist die Filialnummer"), or a value named another field's first and sent again
later ("my customer number is 88231907" ⏎ … ⏎ "pw 88231907?"). Three readings, used by
``Continuation``:

- ``withdraws``: a message that opens by saying what the value before it was — another
  field's value, an example, a dummy, a placeholder — or denies it was the secret, and
  names no secret of the writer's own; the message before, a value alone, is then stored
  as typed (the labelling policy: a documentation example, a placeholder, a record
  number, a name is no secret). Not on arrival: the value alone was masked before its
  remark came, and stays masked until then.
- ``claimed_values``: the values a message claims are another field's or no secret
  (``value_claims.claimed_no_secret`` on each value-shaped token, and a record's label
  before it: "my customer number is …"), remembered for the next few messages;
- ``drop_claimed``: a later message's findings that are such a value, or that its own
  words claim are no secret, are not masked — unless the message calls it the writer's own
  secret ("mein Passwort ist 552").

A card's number is left to the card readers, as ``value_claims`` leaves it.
"""

from __future__ import annotations

from collections.abc import Collection

import regex as re

from redaction import masking, value_claims
from redaction.types import CARD_CVC, CREDENTIAL, PASSWORD, Entity, RedactionResult, _seal

#: The types a claim may clear (a card's number is the card readers').
CLAIMABLE = frozenset({PASSWORD, CREDENTIAL, CARD_CVC})

#: Words a remark may open with before it says what the value was ("nein, das ist …").
_OPENERS = (
    r"(?:(?:yes|yeah|ja|well|oh|oops|ups|upsi|ok|okay|lol|haha|jk|so|also|and|und|btw|ah"
    r"|ach|actually|eigentlich|wait|no[ ]+wait|nee|nein|no|nope|naja|sorry|sry|hm+|äh+m?"
    r"|uh|um|achso|ah[ ]+ok)(?![\w])[\s,.!:;\-–—]*)*"
)
#: What points back at the value before ("that's", "das ist", "those are", "it was").
_POINTER = r"(?:that|this|it|those|these|das|dies|es|the[ ]+(?:one|value|number)[ ]+above)"
_COPULA = r"(?:['’]s|['’]re|[ ]+(?:is|was|are|were|ist|war|sind|waren|wäre))"
_ADVERBS = (
    r"(?:[ ]+(?:just|only|nur|bloß|simply|actually|eigentlich|halt|auch|also|literally"
    r"|obviously|übrigens|purely|rein|wohl|probably))*"
)
_DETERMINER = (
    r"(?:[ ]+(?:a|an|the|my|our|your|ein|eine|einen|der|die|das|den|unser\w*|mein\w*"
    r"|euer|eure\w*|so|als))*"
)
#: The words of a noun phrase after the pointer (up to four, its head last).
_PHRASE = r"(?P<np>(?:[ ]+[^\W\d_][\w\-]*){1,4}?)"
_POINTED = re.compile(
    rf"(?i)\A[\W_]*{_OPENERS}{_POINTER}{_COPULA}{_ADVERBS}{_DETERMINER}{_PHRASE}"
    r"(?=[ ]*(?:[,.;:!?()\-–—\n]|\Z|[ ]+(?:i|we|ich|wir|from|aus|von|in|im|for|für|der|des"
    r"|of|that|die|das|our|unser\w*|which|welche\w*|not|nicht|kein\w*)(?![\w])))"
)
#: A remark that is only the phrase ("just an example of the format", "wifi network name,
#: the printer cannot find it", "nur ein Beispiel").
_FRAGMENT = re.compile(
    rf"(?i)\A[\W_]*{_OPENERS}(?:(?:just|only|nur|bloß)[ ]+)?(?:(?:so[ ]+)?als[ ]+)?"
    r"(?:(?:a|an|the|my|our|ein|eine|der|die|das|unser\w*)[ ]+)?"
    r"(?P<np>(?:[^\W\d_][\w\-]*[ ]+){0,3}?[^\W\d_][\w\-]*)"
    r"(?=[ ]*(?:[,.;:!?()\-–—\n]|\Z|[ ]+(?:of|from|aus|von|for|für|der|des|in|im)(?![\w])))"
)
#: A denial of the value before ("that's not my password", "das ist keine PIN", "not my
#: real password", "kein echtes Passwort").
_DENIAL = re.compile(
    rf"(?i)\A[\W_]*{_OPENERS}(?:{_POINTER}{_COPULA}[ ]+)?(?:not|nicht|kein|keine|keinen)"
    r"(?:[ ]+(?:a|an|the|my|our|ein|eine|das|die|der|mein\w*|unser\w*|real|actual|echte?s?"
    r"|richtige?s?|wirkliche?s?))*[ ]+(?:password|passwort|kennwort|pw|pin|passcode|code"
    r"|secret|geheimnis|key|schlüssel)(?![\w])"
)
#: Words that say a value is made for show (``value_claims``' and a joke's).
_FOR_SHOW = re.compile(
    r"(?i)(?<![\w])(?:dummy|dummies|fake|example|examples|sample|placeholder|platzhalter"
    r"|beispiel\w*|\w*beispiel|test[ ]?(?:value|data|wert|daten)|testwert\w*|testdaten|mock"
    r"|made[ ]up|filler|ausgedacht|erfunden|meme|joke|witz)(?![\w])"
)
#: The head of a noun phrase naming a field that holds no secret (``value_claims``' heads,
#: German compounds' plurals too: "Artikelnummern").
_OTHER_HEAD = re.compile(
    r"(?i)(?:(?<![\w])(?:number|numbers|no|id|ids|identifier|identifiers|name|names|alias"
    r"|serial|version|model|hash|address|username|handle|reference|ref|sku|zip|format|ssid)"
    r"|\w*(?:nummer|nummern|name|namen|adresse|kennung|version))\Z"
)
#: What makes a phrase a secret's (``value_claims``): never another field.
_SECRET_WORD = value_claims.SECRET_WORD
#: The writer's own secret named ("my password", "meine PIN", "unser WLAN-Schlüssel").
_OWN_SECRET = re.compile(
    r"(?i)(?<![\w])(?:my|our|mein|meine|meinen|meinem|unser|unsere|unseren)[ ]+"
    r"(?:[^\W\d_][\w\-]*[ ]+){0,2}?(?:[\w\-]*(?:passwor[dt]|kennwort|pin|pw|passcode"
    r"|code|schlüssel|key|secret|token))(?![\w])"
)
#: A denial that points elsewhere: the value is a secret all the same ("not my password
#: for here, it's the bank's", "nicht mein altes Passwort").
_ELSEWHERE = re.compile(
    r"(?i)(?<![\w])(?:for|für|fürs|from|vom|old|alte\w*|previous|vorherige\w*|other|andere\w*"
    r"|wife|husband|frau|mann|colleague|kolleg\w*|boss|chef\w*|anymore|mehr|still|noch)(?![\w])"
)
_NEGATION = re.compile(r"(?i)(?<![\w])(?:not|nicht|kein|keine|keinen|keinem|no)(?![\w])")


def _owns_secret(text: str) -> bool:
    """Does ``text`` call something the writer's own secret (not in a denial)?"""
    for m in _OWN_SECRET.finditer(text):
        if _NEGATION.search(text, max(0, m.start() - 14), m.start()) is None:
            return True
    return False


#: "the example account", "Testzugang": an account's, whose password is a shared secret.
_ACCOUNT = re.compile(r"(?i)(?:account|konto|zugang|user|login|benutzer)s?(?![\w])")


def _no_secret_phrase(np: str) -> bool:
    """Does the noun phrase name a value for show or another field, and no secret?"""
    if (
        _SECRET_WORD.search(np) is not None
        or np.strip().lower() in ("no", "id")
        or _NEGATION.search(np) is not None  # "das ist kein Beispiel"
    ):
        return False  # (a lone "no" is an answer: "wait no, …")
    if _FOR_SHOW.search(np) is not None:
        return _ACCOUNT.search(np) is None
    return _OTHER_HEAD.search(np.strip()) is not None


def withdraws(text: str) -> bool:
    """Does ``text``, read as a remark on the value sent right before it, say that value
    was no secret — another field's value, an example or a dummy — or deny it was one,
    naming no secret of the writer's own?"""
    head = text.strip()[:160]
    if not head or _owns_secret(head):
        return False
    denial = _DENIAL.match(head)
    if denial is not None:
        return _ELSEWHERE.search(head, denial.end()) is None and "?" not in head[: denial.end()]
    for pattern in (_POINTED, _FRAGMENT):
        m = pattern.match(head)
        if pattern is _FRAGMENT and m is not None and _NO_BEFORE.search(head, 0, m.start("np")):
            return False  # "No username", "nein Beispiel": there is none
        if m is not None and _no_secret_phrase(m.group("np")):
            clause = _CLAUSE_END.search(head, m.end())
            # "ist das ein Beispiel?", "that's the order number?": asked, not claimed
            return "?" not in head[m.end() : clause.start() if clause else len(head)]
    return False


_NO_BEFORE = re.compile(r"(?i)(?<![\w])(?:no|nein|nope|kein\w*)[ ]+\Z")
_CLAUSE_END = re.compile(r"[,.;:!\n–—]")


#: Literal cues of ``withdraws`` (lower case): one is in any remark it reads.
_WITHDRAW_CUES = (
    "'s", "’s", " is", " ist", " are", " sind", " was", " war", "not", "nicht", "kein",
    "example", "beispiel", "dummy", "placeholder", "platzhalter", "sample", "fake", "name",
    "number", "nummer", " id", "test", "meme", "joke",
)  # fmt: skip


def may_withdraw(text: str) -> bool:
    """Cheap: could ``withdraws`` be true for ``text``?"""
    low = text[:160].lower()
    return any(cue in low for cue in _WITHDRAW_CUES)


#: A value-shaped token: a run with a digit, or a word with a digit or a sign inside.
_TOKEN = re.compile(r"(?<![^\s\"'(„“‘])[^\s\"'„“‘()]*\d[^\s\"'„“‘()]*")
#: A record's label right before the value: "my customer number is", "Kundennummer:",
#: "order no." — a number's name (no secret's word in it) and its connector.
_RECORD_BEFORE = re.compile(
    r"(?i)(?<![\w])(?P<label>(?:[^\W\d_][\w\-]*[ ]+)?[^\W\d_]*(?:number|nummer|nr|no|id))"
    r"\.?[ ]*(?:[:=#]|(?:is|ist|lautet|was|war)(?:[ ]+(?:übrigens|eigentlich|actually))?)?"
    r"[ ]*[\"'`(]?\Z"
)


def _record_labelled(text: str, start: int) -> bool:
    m = _RECORD_BEFORE.search(text, max(0, start - 50), start)
    return (
        m is not None
        and _SECRET_WORD.search(m.group("label")) is None
        and m.group("label").lower() not in ("no", "id")
    )


def claimed_values(text: str) -> list[str]:
    """The value-shaped tokens ``text`` claims are another field's or no secret ("552 ist
    die Filialnummer", "my customer number is 88231907")."""
    if len(text) > 400 or not value_claims.may_claim(text.lower()):
        return []
    found = []
    for m in _TOKEN.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in ".,;:!?":
            end -= 1
        if end - start < 3:
            continue
        if _record_labelled(text, start) or value_claims.claimed_no_secret(text, start, end):
            found.append(text[start:end])
    return found


def drop_claimed(text: str, result: RedactionResult, claimed: Collection[str]) -> RedactionResult:
    """``result`` without the findings of the claimable types that an earlier message
    claimed to be no secret (``claimed``; not under a secret's label in this message) or
    that this message's own words do, unless the message calls one the writer's own
    secret."""
    kept: list[Entity] = []
    dropped = False
    claims: bool | None = None
    owns: bool | None = None
    for e in result.entities:
        if e.type in CLAIMABLE:
            value = text[e.start : e.end]
            # a secret's label right before it beats an earlier claim: "SSID ist
            # Praxis2020" ⏎ "und das Passwort: Praxis2020" (a key may be its network's name)
            drop = (
                value in claimed
                and _SECRET_WORD.search(text, max(0, e.start - 24), e.start) is None
            )
            if not drop:
                if claims is None:
                    claims = value_claims.may_claim(text.lower())
                drop = claims and value_claims.claimed_no_secret(text, e.start, e.end)
            if drop:
                if owns is None:
                    owns = _owns_secret(text)
                if not owns:
                    dropped = True
                    continue
        kept.append(e)
    if not dropped:
        return result
    entities = masking.merge(kept) if kept else []
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)
