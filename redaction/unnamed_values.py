"""Passwords no word names, said to be the one in use by how the message speaks of them
(round 46).

A customer troubleshooting a sign-in often never writes "password": they point at the
value as the one they set ("aB1x!aB1x <- that's the one I set yesterday"), give it as the
new or the real one ("the real one is Pancake42", "new one: Sc0rpi0ns", "alt: Gartenzwerg7
/ neu: Gartenzwerg8"), ask why it fails ("warum geht Sommer2024 nicht", "why does
'Quokka&Kiwi' work on mobile?") or say it gets them in ("it let me in with RoseRose#2",
"ich komme mit Tiger&Ente77 nicht rein"). Each form names the value's use, not its kind;
the value must be shaped as a password someone types (the caller's ``shaped`` test:
letters mixed with digits or signs, no product, reference, address, code in capitals),
and a file's name, a version or a hexadecimal digest in the same place stays.

The forms hold one of a few literals (``HINTS``) and a digit or a sign (``_SIGN``): the
pre-check's gate (``gate``) and the recognizer's test before the scans.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction import value_edges
from redaction.recognizers.base import literal_trie

# a value's token: no blank, comma or semicolon; quotes and brackets are trimmed by the caller
# (a digit or a sign in it: every value the forms take holds one, and so the pre-check's
# fragment, the forms themselves, implies its gate)
_V = r"(?P<v>(?=[^\s,;]{0,63}[\d!#$%&*+?@^~§=])[^\s,;]{4,64})"
# the value pointed at, then "that's the (new) one": "X <- that's the one I set", "X ⏎ ^ that's
# the new one", "**X** | that's the one." ("one" closes the clause, or "I/we" and a verb of
# setting or using follow it: "the one I ordered" stays)
_POINTED = re.compile(
    rf"(?<![^\s(\"'„“*])"
    rf"{_V}[ \t]*\n?[ \t]*(?:<-+|←|\^|[\-–—>|:]+)?\s*(?:that['’]?s|that is|this is|das ist)"
    r"[ ]+(?:the|my|der|die|das)[ ]+(?:(?:new|right|real|correct|actual|current|neue|richtige)"
    r"[ ]+)?(?:one|eine)(?:[ ]*(?=[.!,;)\n]|\Z)|[ ]+(?:i|we|ich|wir)[ ]+(?:just[ ]+)?"
    r"(?:set|use|used|chose|picked|typed|entered|changed|gesetzt|nutze|verwende|habe))",
    re.IGNORECASE,
)
# the value given as the new, real or usual one: "the real one is X", "new one: X", "my usual
# one, X" (a value after "is", a colon or a comma)
_ONE_IS = re.compile(
    r"(?<!\w)(?:(?:the|my|our)[ ]+)?(?:new|real|right|correct|actual|usual|current|old) one"
    # (round 51: who typed or set it, "New one I typed in: X")
    r"(?:[ ]+(?:i|we)[ ]+(?:typed|entered|set|chose|picked|tried|put|used)(?:[ ]+(?:in|up))?"
    r"(?=[ ]*[:=,]|[ ]+(?:is|was)(?!\w)))?"
    r"(?:[ ]+(?:is|was)|[ ]*[:=]|,)[ ]+[\"'„“‘]?"
    rf"{_V}"
    # round 49: the German "das alte war X", "das neue ist X", "das richtige: X"
    r"|(?<!\w)das[ ]+(?:alte|neue|richtige|aktuelle|echte|übliche)"
    r"(?:[ ]+(?:ist|war|lautet|lautete)|[ ]*[:=]|,)[ ]+[\"'„“‘]?"
    rf"{_V.replace('<v>', '<w>')}",
    re.IGNORECASE,
)
# a rotation listed by its labels: "alt: X | neu: Y", "old: X, new: Y", "vorher: X" — a value
# after a label of the old or the new one, when the text holds both kinds of label
_LABELS = ("alt", "neu", "old", "new", "vorher", "jetzt", "now", "before", "vorläufig", "temporary")
_ROTATION = re.compile(
    rf"(?<!\w)(?P<label>{'|'.join(_LABELS)})"
    r"(?::|[ ]\([^)\n]{0,30}\)[ ]?:)[ ]*[\"'„“‘]?"
    rf"{_V}",
    re.IGNORECASE,
)
_OLD_LABELS = frozenset(("alt", "old", "vorher", "before"))
# a rotation's values count in a message about changing or getting in: "Hab's gerade
# geändert", "Keins davon geht", "none of them works" ("alt: Tarif2023, neu: Tarif2024" stays)
_ROTATION_TALK = re.compile(
    r"(?i)(?<!\w)(?:geändert|geaendert|changed|reset|zurückgesetzt|gesetzt|log(?:ged)?[ ]?in"
    r"|login|sign[ ]?in|anmeld\w*|einlogg\w*|eingeloggt|rein|gesperrt|locked|abgelehnt|rejected"
    r"|(?:geht|gehen|klappt|klappen|funktioniert|funktionieren)(?:[ ]+\w+){0,2}?[ ]+nicht"
    r"|(?:keins?|keines|nichts)(?:[ ]+davon)?[ ]+(?:geht|klappt|funktioniert)"
    r"|(?:doesn['’]?t|don['’]?t|didn['’]?t|won['’]?t)[ ]+work|none[ ]+of[ ]+them[ ]+work\w*)(?!\w)"
)
# why a value fails or works: "warum geht X nicht", "wieso ist X falsch", "why does X work on
# mobile but not on desktop?", "why is X wrong"
_WHY = re.compile(
    r"(?<!\w)(?:warum|wieso|weshalb|why)[ ]+(?:geht|klappt|funktioniert|ist|is|does|doesn['’]?t"
    r"|won['’]?t|isn['’]?t)[ ]+[\"'„“‘]?"
    rf"{_V}"
    r"(?=[\"'“”’]?[ ]+(?:(?:denn|dann|jetzt|immer|auf\w*[ ]+\w+|on[ ]+\w+)[ ]+)?(?:nicht|nie|falsch"
    r"|ungültig|work|wrong|invalid|rejected|accepted|fail))",
    re.IGNORECASE,
)
# it gets one in: "it let me in finally with X", "we can go in now with X", "ich komme mit X
# (einfach) nicht rein", "geht mit X rein"
_IN_WITH = re.compile(
    r"(?<!\w)(?:lets?[ ]+(?:me|us) in|(?:go|get|got|come|came) in)(?:[ ]+\w+){0,2}?"
    r"[ ]+with[ ]+[\"'„“‘]?"
    rf"{_V}"
    r"|(?<!\w)(?:komm\w*|kam|geht|ging)[ ]+(?:\w+[ ]+){0,2}?mit[ ]+[\"'„“‘]?"
    rf"{_V.replace('<v>', '<w>')}"
    r"(?=[\"'“”’]?(?:[ ]+\w+){0,3}?[ ]+rein(?!\w))",
    re.IGNORECASE,
)
# "it" said to be the value, a sign inside it: "nvm I remember it now, its Waffles!23", "it's
# either Kx!82mPw or Kx!82mPW", "es ist Tulpe!56" (any "it": the sign carries it, see
# ``_SIGNED``); the second of "either X or Y" with it
_IT_IS = re.compile(
    r"(?<![\w'’])(?:it['’]?s|it is|es ist|es sollte)[ ]+(?:(?:really|just|now|actually"
    r"|either|definitely|probably|wirklich|jetzt|doch|nur|entweder)[ ]+)?[\"'„“‘]?"
    rf"{_V}"
    r"(?:[\"'“”’]?[ ]+(?:or|oder)[ ]+[\"'„“‘]?(?P<w>[^\s,;]{4,64}))?",
    re.IGNORECASE,
)
# Round 47: a value handed over with a remark on its secrecy, or on sending it at all: the
# writer knows what they type is not to be seen ("pretend you didn't see this: X", "(psst:
# X)", "so, jetzt ganz unter uns: X", "X – bitte nicht weitersagen", "wenn ihr eh alles
# maskiert, kann ich's ja schreiben: X", "I'll change it right after: X"). Nobody says so of
# an order number or a city; the value must still be shaped as a password someone types.
_REMARK = (
    r"(?:psst+|pst|between (?:you and me|us)|don['’]?t (?:tell|share)|do not (?:tell|share)"
    r"|(?:pretend|act like) you (?:didn['’]?t|did not|never) (?:see|saw|read)"
    r"|you (?:didn['’]?t|never) (?:see|saw) (?:this|that|it)|off the record|(?:for )?your eyes only"
    r"|keep (?:it|this) (?:secret|quiet|to yourself|between us)"
    r"|(?:asked|told) me not to (?:paste|send|share|post|type|write)"
    r"|not (?:supposed|allowed) to (?:paste|send|share|post|type|write|say)"
    r"|(?:i['’]?ll|i will|i['’]?m going to) change it (?:right |straight )?"
    r"(?:after|afterwards|later)"
    r"|redact it (?:myself|yourselves|yourself)|(?:chat|it) (?:replaced|masked|hid) nothing"
    r"|(?:is )?this chat (?:encrypted|private|secure|safe)"
    r"|unter uns|nicht weiter ?(?:sagen|erzählen|geben)|(?:sag|verrat)\w*['’]?s? (?:es )?"
    r"(?:keinem|niemandem)|nicht offiziell|(?:schreib|sag)\w*['’]?s? (?:es )?(?:ihnen |euch )?"
    r"trotzdem|kann ich['’]?s (?:ja |also )?(?:schreiben|sagen|schicken)"
    r"|nur damit (?:ihr|sie|du)['’]?s? (?:es )?wisst"
    r"|ändere? (?:ich )?(?:es |das )?(?:gleich |sofort )?danach"
    r"|nicht ins ticket|eh alles maskier\w*"
    # round 49: a remark that the value should not be sent at all, or be deleted after
    r"|(?:soll|sollte|should(?:n['’]?t)?)[ ]+(?:\w+[ ]+){0,3}?(?:nicht[ ]+)?per[ ]+"
    r"(?:(?:e-?)?mail|chat)"
    r"|(?:bitte[ ]+)?(?:sofort|gleich|direkt)[ ]+(?:wieder[ ]+)?löschen"
    r"|delete (?:it|this|the message) (?:right |straight )?(?:after|away|afterwards))"
)
#: literals one of which every ``_REMARK`` holds (lower case)
_REMARK_HINTS = (
    *("pst", "between you and me", "between us", "off the record", "eyes only"),
    *(f"{do} {verb}" for do in ("don't", "don’t", "dont", "do not") for verb in ("tell", "share")),
    *("you didn", "you did not", "you never", "keep it ", "keep this ", "me not to "),
    *("not supposed to", "not allowed to", "change it ", "redact it ", "this chat "),
    *("replaced nothing", "masked nothing", "hid nothing", "unter uns", "nicht weiter"),
    *("keinem", "niemandem", "nicht offiziell", "trotzdem", "kann ich", "nur damit"),
    *("danach", "nicht ins ticket", "alles maskier"),
    *("per mail", "per email", "per e-mail", "per chat", "löschen", "delete it", "delete this"),
    "delete the message",
)
# the remark, then on the same line a colon or an arrow and the value ("… so here goes: X")
_REMARKED = re.compile(
    rf"(?<!\w){_REMARK}(?!\w)[^\n]{{0,120}}?(?:[:→]|->|[ ][–—\-](?=[ ]))[ \t]*[\"'„“‘]?{_V}",
    re.IGNORECASE,
)
# the value, then a dash, a comma or a bracket and the remark ("X – bitte nicht weitersagen",
# round 48: "X – aber bitte nicht weitersagen")
_BEFORE_REMARK = re.compile(
    rf"(?<![^\s\"'„“‘(]){_V}[\"'“”’]?[ \t]*[,(–—\-]+[ \t]*(?:(?:bitte|please|aber|but|and|und)"
    rf"[ \t]+){{0,2}}{_REMARK}(?!\w)",
    re.IGNORECASE,
)
# Round 47: a value said to be reused everywhere: a habit people confess of passwords only
# ("it's the same one I use for Netflix, X", "i use the same one everywhere lol X", "Ich hab
# für alles dasselbe: X", "she uses X for everything")
_REUSED = re.compile(
    r"(?<!\w)(?:(?:the )?same one (?:i|we|she|he|they)? ?(?:use|used|have|had)?"
    r" ?(?:for (?:everything|all|\w+)|everywhere|on \w+)"
    r"|(?:für|bei) (?:alles|allem|alle)[ ]+(?:dasselbe|das selbe|das gleiche|den gleichen)"
    r"|überall (?:dasselbe|das selbe|das gleiche|den gleichen))(?!\w)"
    r"[^\n.]{0,12}?[ ]*(?:[,:→]|->| lol| haha| xd)?[ ]*[\"'„“‘]?"
    rf"{_V}"
    r"|(?<!\w)(?:use|uses|used|nutze|nutzt|benutze|benutzt|verwende|verwendet)[ ]+[\"'„“‘]?"
    rf"{_V.replace('<v>', '<w>')}"
    r"[\"'“”’]?[ ]+(?:for (?:everything|all of it|every\w+)|everywhere|überall|für alles)(?!\w)",
    re.IGNORECASE,
)
# a sign inside the value among letters, and letters or digits on both sides of it; not a
# number's mark ("room#12", "Issue#4"), a plus or per cent at the end ("Disney+", "Sale50%")
_SIGNED = re.compile(r"(?=.*[^\W\d_])[\w]+(?:[.\-][^\W\d_]+)*[!$&*~§^=?][\w!$&*~§^=?#+%.\-]*\w.*")
_NUMBERED = re.compile(r"[^\W\d_]+#\d+")
# a file's name, a version, a hexadecimal digest: not typed to get in
# (a digest in one case: "aB1aB1aB1" is no digest); an object's id after its prefix
# ("we_1Pe6Ua1Gs3Kf", "cus_9Kd2Lm4Pq"); a record's name glued to its number
_NOT_TYPED = re.compile(
    r"[\w\-]+\.(?:[A-Za-z]{2,4}\d?)|[vV]?\d+(?:\.\d+)+\w*|[0-9a-f]{8,}|[0-9A-F]{8,}"
    r"|[A-Za-z]+-\d+(?:-\d+)*|[a-z]{2,5}_(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{10,}"
    r"|(?i:(?:order|bestellung|rechnung|invoice|ticket|kunde|kunden\w*|vertrag|auftrag|tracking"
    r"|sendung|lieferung|vorgang|case|ref|referenz)[\-_#.]?\d+)"
)
#: Literals one of which each form holds (lower case): the recognizer's and pre-check's test.
HINTS = (
    *("that's", "that’s", "thats", "that is", "this is", "das ist"),  # "X <- that's the one"
    *(f"{w} one" for w in ("new", "real", "right", "correct", "actual", "usual", "current")),
    *("old one", "das alte", "das neue", "das richtige", "das aktuelle", "das echte"),
    "das übliche",
    *(f"{label}{mark}" for label in _LABELS for mark in (":", " (")),  # a rotation's labels
    *("warum", "wieso", "weshalb", "why"),  # why it fails
    *("me in", "us in", "go in", "get in", "got in", "come in", "came in", "rein"),  # gets in
    *("it's", "it’s", "its ", "it is", "es ist", "es sollte"),  # "it's X"
    *_REMARK_HINTS,  # a value handed over with a remark on its secrecy
    *("same one", "dasselbe", "das selbe", "das gleiche", "den gleichen"),  # reused
    *("for every", "everywhere", "überall", "für alles", "all of it"),  # "uses X for everything"
)
_HINT_SCAN = re.compile(literal_trie(tuple(sorted(HINTS))))
_REMARK_SCAN = re.compile(literal_trie(tuple(sorted(_REMARK_HINTS))))
_REUSED_SCAN = re.compile(
    literal_trie(
        (
            "same one",
            "dasselbe",
            "das selbe",
            "das gleiche",
            "den gleichen",
            "for every",
            "everywhere",
            "überall",
            "für alles",
            "all of it",
        )
    )
)
# every value these forms take holds a digit or a sign (``shaped``)
_SIGN = re.compile(r"[\d!#$%&*+?@^~§=]")
_TRIM = "\"'“”„‚‘’«»`()[]{}<>.,;:!?*"


_FORMS = (_POINTED, _ONE_IS, _ROTATION, _WHY, _IN_WITH, _IT_IS, _REMARKED, _BEFORE_REMARK, _REUSED)

#: The pre-check's fragment: the forms themselves, their groups unnamed (every match holds
#: a digit or a sign and one of ``HINTS``: its gate, ``might_match``, is the forms' own test)
FRAGMENT = "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", form.pattern) + ")" for form in _FORMS)


def might_match(text: str) -> bool:
    """One of the forms matches ``text`` (its value not yet judged): the pre-check's gate."""
    if not gate(text):
        return False
    return any(form.search(text) is not None for form in _FORMS)


def gate(text: str, low: str | None = None) -> bool:
    """A text one of the forms may match: a digit or a sign, and one of ``HINTS`` (``low``:
    the text lower-cased, when the caller has it)."""
    if _SIGN.search(text) is None:
        return False
    return _HINT_SCAN.search(text.lower() if low is None else low) is not None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    return value_edges.trimmed(text, start, end, _TRIM, "!?*")


def values(
    text: str, shaped: Callable[[str, int, str], bool], low: str | None = None
) -> list[tuple[int, int]]:
    """The spans of values one of the forms gives as the password in use. ``shaped(text,
    start, value)``: the caller's test that a value is shaped as a password someone types;
    ``low``: the text lower-cased, when the caller has it."""
    if low is None:
        low = text.lower()
    if not gate(text, low):
        return []
    out: list[tuple[int, int]] = []

    def take(start: int, end: int) -> None:
        s, e = _trimmed(text, start, end)
        value = text[s:e]
        if (
            e > s
            and not _NOT_TYPED.fullmatch(value)
            and "**" not in value
            and shaped(text, s, value)
        ):
            out.append((s, e))

    for m in _POINTED.finditer(text):
        take(*m.span("v"))
    for m in _ONE_IS.finditer(text):
        take(*m.span("v" if m.group("v") is not None else "w"))
    if ":" in text:
        found = list(_ROTATION.finditer(text))
        kinds = {m.group("label").lower() in _OLD_LABELS for m in found}
        if len(kinds) == 2 and _ROTATION_TALK.search(text) is not None:  # a rotation
            for m in found:
                take(*m.span("v"))
    if "it" in low or "es " in low:  # (the literals of ``HINTS`` hold one of these)
        for m in _IT_IS.finditer(text):
            for group in ("v", "w"):
                if m.group(group) is None:
                    continue
                s, e = _trimmed(text, *m.span(group))
                value = text[s:e]
                if _SIGNED.fullmatch(value) and not _NUMBERED.fullmatch(value):
                    take(s, e)
    for m in _WHY.finditer(text):
        take(*m.span("v"))
    if " in" in low or "rein" in low:
        for m in _IN_WITH.finditer(text):
            take(*m.span("v" if m.group("v") is not None else "w"))
    if _REMARK_SCAN.search(low) is not None:
        for form in (_REMARKED, _BEFORE_REMARK):
            for m in form.finditer(text):
                take(*m.span("v"))
    if _REUSED_SCAN.search(low) is not None:
        for m in _REUSED.finditer(text):
            take(*m.span("v" if m.group("v") is not None else "w"))
    return out
