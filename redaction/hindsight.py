"""A secret named only after it was sent: "Bramble88" ⏎ "that's my password".

Read alone, "Bramble88" is a word and a number; only the next message says what it was, and
by then the first one has been stored and shown. ``named_after`` reads the earlier message
again in the light of the later one: when the later one names it a secret ("that's my
password", "das war die PIN", "^ wifi key"), the earlier line is read as that secret's
value (the recognizers judge it after the secret's own label, so "password: Bramble88"
decides) and the earlier message comes back masked anew. The chat server replaces the
stored copy with it and tells everyone who saw it (see docs/protocol.md,
``message_redacted``).

Only a short earlier message is read so (a value, not a sentence): what a long message says
it reads by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redaction import masking, words
from redaction.engine import Redactor
from redaction.normalize import normalize
from redaction.types import CARD_CVC, PASSWORD, Entity, RedactionResult, _seal

#: An earlier message of at most this many words, on one line, may be a value named later.
EARLIER_WORDS_MAX = 4
#: A later message of at most this many words may name it (a remark, not a new story).
LATER_WORDS_MAX = 14

# The noun the later message names the earlier one by, and the label its value is read
# after ("password: Bramble88"). Kinds of code nobody keeps secret never match: the word
# before the noun must be a determiner or one of _KINDS.
_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "password passwort passwd passphrase passcode kennwort pw pwd pass losung".split(),
        "password",
    ),
    **dict.fromkeys("pin pincode pin-code geheimzahl puk".split(), "PIN"),
    **dict.fromkeys("code tan otp einmalcode zugangscode bestätigungscode".split(), "code"),
    **dict.fromkeys("cvc cvv cvv2 cvc2 kartenprüfnummer prüfnummer".split(), "CVC"),
    **dict.fromkeys(
        "key schlüssel wlan-schlüssel wifi-key netzwerkschlüssel wlan-passwort".split(),
        "password",
    ),
    **dict.fromkeys("answer antwort sicherheitsantwort".split(), "security answer"),
}
#: Words that may stand between the determiner and the noun ("my old wifi password").
_KINDS = frozenset(
    "old new current actual real correct right same usual temporary temp initial first "
    "alte alter altes neue neuer neues aktuelle aktuelles richtige richtiges jetzige "
    "gleiche übliche vorläufige erste "
    "wifi wi-fi wlan router network netzwerk email e-mail mail account konto login "
    "banking online app sim card karten door tür haustür garage alarm safe tresor keypad "
    "voicemail mailbox phone handy 2fa sms security sicherheits verification "
    "admin root ftp vpn database db server portal "
    "secret geheime geheimer one-time".split()
)
#: Who the later message points back with ("that", "das", "^", "☝").
_POINTER = (
    r"(?:that|this|it|those|these|the\s+(?:one|line|thing)\s+above|above"
    r"|das|dies|dieses|des|es|oben|obiges|\^+|<-+|←|↑|☝️?)"
)
#: One pointer, or two ("^ that's", "oben: das ist").
_BACK = rf"(?:{_POINTER}[\s:,\-–—]*)?{_POINTER}"
_COPULA = (
    r"(?:['’]s|s(?=\s)|['’]re|\s*=|\s+(?:is|was|are|were|ist|war|wär|wäre|sind|waren"
    r"|would\s+be|should\s+be))"
)
#: A later message may open with the copula: "is my pin", "war das Passwort", "= cvc".
_OPENING = r"(?:=|is|was|are|were|ist|war|wär|wäre|sind|waren)(?![\w-])"
_DETERMINER = (
    r"(?:my|the|our|his|her|your|its|mein|meine|meinen|meinem|das|der|die|dein|deine"
    r"|unser|unsere|unseren|sein|seine|ihr|ihre)"
)


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_NAME = (
    rf"(?P<kinds>(?:(?:{_alternation(_KINDS)})\s+){{0,2}})"
    rf"(?P<noun>{_alternation(_NOUNS)})(?![\w-])"
)
#: "that's my (old) password", "das war die PIN", "^ is the wifi key", "= password".
_POINTS_BACK = re.compile(
    rf"(?i)^\W*(?:{_BACK}\s*(?P<copula>{_COPULA})?|(?P<opening>{_OPENING}))\s*"
    rf"(?:{_DETERMINER}\s+)?{_NAME}"
)
#: "that's what I use as my password", "das gebe ich als Passwort ein".
_USED_AS = re.compile(
    rf"(?i)^\W*{_BACK}\b[^.!?\n]{{0,40}}?\b(?:as|als)\s+(?:{_DETERMINER}\s+)?{_NAME}"
)
#: A pointer that is no article: "das Passwort für den FTP" names a new topic, but
#: "^ password" and "oben: PIN" point back.
_ARROW = re.compile(r"(?i)^\W*?(?:\^|<-|←|↑|☝|above\b|oben\b|the\s+(?:one|line|thing)\s+above)")
#: Without a copula ("das Passwort …", "^ password") the noun must end the remark, or a
#: phrase saying what it is for follow it: "das Passwort funktioniert nicht" is a sentence
#: of its own, not a name for the message before.
_ENDS_REMARK = re.compile(r"(?i)\W*$|\s+(?:for|of|to|von|für|fürs|zum|zur|vom)\b")
#: After the noun, a value of its own follows: the later message points forward, not back
#: ("this is my password: x", "my password is x").
_GIVES_OWN = re.compile(r"(?i)\s*[:=]|\s+(?:is|ist|lautet|was|war|wäre|heißt)\b")
#: An answer is a secret only as a security question's answer.
_SECURITY = re.compile(r"(?i)secur|sicherheit|question|frage")
#: The later message denies it ("that's not my password", "das ist nicht mehr die PIN").
_DENIED = re.compile(r"(?i)\b(?:not|nicht|kein|keine|isn't|wasn't|aren't|no\s+longer|never)\b")
#: A one-word earlier message that says nothing ("ok", "hi"), never a value.
_SAYS_NOTHING = frozenset(
    "ok okay k kk yes no ja nein jo hi hello hallo hey moin servus thanks thx danke bitte "
    "please pls sorry sure done fertig erledigt here hier one sec second moment minute min "
    "wait hang on mal kurz gleich just a".split()
)


def named_noun(later: str) -> str | None:
    """The label of the secret ``later`` says the message before it was ("password",
    "PIN", "code", "CVC", "security answer"), or None when it names none."""
    first = normalize(later).text.strip().split("\n", 1)[0]
    if not first or len(first.split()) > LATER_WORDS_MAX or _DENIED.search(first):
        return None
    for pattern in (_POINTS_BACK, _USED_AS):
        match = pattern.match(first)
        if match is None:
            continue
        tail = first[match.end() :]
        if _GIVES_OWN.match(tail):
            return None
        bare = pattern is _POINTS_BACK and not (match["copula"] or match["opening"])
        if bare and not (_ARROW.match(first) and _ENDS_REMARK.match(tail)):
            continue
        label = _NOUNS[match["noun"].lower()]
        if label == "security answer" and not _SECURITY.search(first):
            continue  # "that's the answer to your question": any answer, not a secret
        return label
    return None


def may_be_named_later(text: str) -> bool:
    """Could a later message name ``text`` a secret? One short line only."""
    line = text.strip()
    return bool(line) and "\n" not in line and len(line.split()) <= EARLIER_WORDS_MAX


def named_after(
    redactor: Redactor, earlier: str, earlier_result: RedactionResult, later: str
) -> RedactionResult | None:
    """``earlier`` masked anew when ``later`` names it a secret; None when ``later`` names
    nothing, ``earlier`` is no short value, or nothing more would be masked."""
    if not may_be_named_later(earlier) or earlier_result.entities:
        return None  # a message that gave a secret was read with its own words already
    line = earlier.strip()
    if _says_nothing(line):
        return None
    label = named_noun(later)
    if label is None:
        return None
    lead = earlier.index(line)
    found = _read_after_label(redactor, label, line, lead)
    if not found and _lone_value(line):
        kind = CARD_CVC if label == "CVC" and line.isdigit() else PASSWORD
        found = [Entity(kind, lead, lead + len(line), 0.6, "hindsight")]
    fresh = [e for e in found if not _covered(e, earlier_result.entities)]
    if not fresh:
        return None
    entities = masking.merge(list(earlier_result.entities) + fresh)
    return RedactionResult(_seal(masking.Masked(earlier, entities).text), entities)


def _read_after_label(redactor: Redactor, label: str, line: str, lead: int) -> list[Entity]:
    """What the recognizers mask in ``line`` read after ``label: `` (offsets in the
    earlier message)."""
    probe = f"{label}: "
    shift = lead - len(probe)
    return [
        Entity(e.type, e.start + shift, e.end + shift, e.score, e.recognizer)
        for e in redactor.redact(probe + line).entities
        if e.start >= len(probe)
    ]


def _says_nothing(line: str) -> bool:
    """Words that only make the reader wait or name a secret ("one sec", "my password"):
    no value, whatever the next message says."""
    cores = [t.strip("\"'`„“”‚‘’«».,;:!?()").lower() for t in line.split()]
    return all(c in _SAYS_NOTHING or c in _NOUNS or c in words.STOP_WORDS or not c for c in cores)


def _lone_value(line: str) -> bool:
    """One token the customer has just called a secret: masked whatever its shape, unless
    it says nothing ("ok") or is a secret's name itself."""
    token = line.strip("\"'`„“”‚‘’«».,;!?()")
    if not token or " " in token or len(token) < 3:
        return False
    lowered = token.lower()
    return lowered not in _SAYS_NOTHING and lowered not in _NOUNS and not words.is_product(token)


def _covered(entity: Entity, masked: list[Entity]) -> bool:
    return any(m.start <= entity.start and entity.end <= m.end for m in masked)
