"""A default, stand-in or documented value the message says is in use is the password
(round 54).

The labelling policy counts "a factory default too when the message says a device or
account uses it (masking it is the safe side)". Several readers drop such a value for a
reason that holds only while nobody uses it: a weak or trivial code ("1234", "9999",
"password123"), a value named a default or standard ("default admin code 9999"), a
stand-in left in place (``MYSQL_ROOT_PASSWORD=change-me``), an example taken over
(``-e MYSQL_ROOT_PASSWORD=my-secret-pw``, "läuft so auf dem Testserver"). This module is
the one shared "said to be in use" reading over those values:

- a value given to a secret's noun ("Standardpasswort 1234", "Router-Login ist immer noch
  12345", "default admin code 9999", "pw admin"), to a secret's environment variable
  (``MYSQL_ROOT_PASSWORD=root``), or a login pair after "has"/"uses" ("still has
  ADMIN/ADMIN": the second half);
- and the message says it is in use: still uses / still has / immer noch / noch so, never
  changed / nie geändert / not changed, läuft so / damit, "our script uses", unchanged, left
  as it is, in use.

What stays: a default talked about as a default only ("the default is admin/admin, we
changed it", "Standard-PIN 0000 laut Handbuch", "change-me" as a placeholder to replace),
a question whether it is still in use ("does it still use the default?"), any message
that also says the value was changed, replaced or is no longer used, and a sample file
left unchanged ("it is still the sample file") unless a word of running says it is used.

The password recognizer adds these spans after its sample and placeholder readers, and
the engine's stand-in and published-example filters ask ``said_in_use_at`` before they
drop a finding (a published value in use is the customer's secret all the same); the
pre-check asks ``might_find``, so a message with no password word still reaches them.
"""

from __future__ import annotations

import re as stdre

import regex as re

from redaction import words
from redaction.recognizers import code_secrets

# Cheap: could the message say a value is (still) in use? Literals, looked for with ``in``
# on the lower-cased text (a regex alternation costs tens of microseconds a message)
_GATE_WORDS = (
    "still", "noch", "chang", "geändert", "geaendert", "umgestellt", "gewechselt", "unverändert",
    "läuft", "laeuft", "in use", "uses", "gelassen", "left it", "left as", "einsatz", "nutzt",
    "verwendet", " use ", " run ", "running", "runs "
)  # fmt: skip

# the message says the value is in use: kept, never changed, still used
_IN_USE_CUE = re.compile(
    r"(?i)\b(?:"
    r"still[ ]+(?:uses?|using|has|have|had|is|runs?|running|accepts?|on|set[ ]+to|with)"
    # ("is still in the default config": where it is written, not that it is used)
    r"|(?:is|are)[ ]+still(?![ ]+(?:documented|listed|shown|in[ ]+(?:the|our|der|dem|den)\b))"
    r"|immer[ ]+noch|noch[ ]+immer|noch[ ]+so\b|noch[ ]+mit\b|noch[ ]+das\b|noch[ ]+die\b"
    r"|noch[ ]+(?:der|den|dem)\b"
    r"|(?:nie(?:mals)?|nicht|never|not|\w+n't|nobody|no[ ]+one|niemand)[ ]+(?:[^\W\d_]+[ ]+){0,2}?"
    r"(?:geändert|geaendert|umgestellt|changed|change|gewechselt)"
    # "pw raspberry still (default, yes)": still the default, so in use (round 63)
    r"|still[ ]*[(,][ ]*(?:the[ ]+)?(?:default|standard)"
    r"|(?:läuft|laeuft)[ ]+(?:so|noch|damit|mit)\b|(?:runs|running)[ ]+(?:on|with)[ ]+it"
    r"|(?:our|my|unser\w*|mein\w*)[ ]+[\w.\-]+[ ]+(?:still[ ]+)?(?:uses|nutzt|verwendet)\b"
    r"|(?:we|i)[ ]+(?:still[ ]+)?(?:use|run)[ ]+(?:it|that|this|the)\b"
    r"|in[ ]+use\b|im[ ]+einsatz|unchanged|unverändert|so[ ]+gelassen|left[ ]+(?:it|as)"
    r")"
)
# the message says the value was changed or replaced, or is no longer used; a cancel
# inside an in-use cue ("never changed") is no cancel
_CHANGED_CUE = re.compile(
    r"(?i)(?<![^\W\d_])(?:changed|geändert|geaendert|replace[ds]?|ersetz\w*|instead"
    r"|stattdessen|no[ ]+longer|nicht[ ]+mehr|not[ ]+anymore|umgestellt|rotated"
    # not live yet: nothing uses the value ("we haven't set a real one yet, isn't live")
    r"|(?:isn't|is[ ]+not|not|nicht|noch[ ]+nicht)[ ]+(?:yet[ ]+)?(?:live|produktiv|in[ ]+betrieb)"
    r"|(?:haven't|have[ ]+not|noch[ ]+nicht)[ ]+(?:yet[ ]+)?(?:set|gesetzt|eingerichtet))"
    r"(?![^\W\d_])"
)
_ASKED_BEFORE = re.compile(
    r"(?i)\b(?:can|could|may|should|shall|do|does|did|would|will|kann|darf|soll|könnte)"
    r"[ ]+(?:[^\W\d_]+[ ]+)?\Z"
)
# the message calls the value or its file a document's sample; then only a word of running
# says it is in use ("Beispiel übernommen …, läuft so auf dem Testserver")
_SAMPLE = re.compile(r"(?i)\b(?:sample|example|template|beispiel|vorlage|muster)")
_RUNNING = re.compile(
    r"(?i)\b(?:läuft|laeuft|runs|running|in[ ]+use|im[ ]+einsatz|nutzt|verwendet"
    r"|(?:on|auf)[ ]+(?:the|our|dem|unserem)[ ]+\w*(?:server|box|host|router|device|gerät))"
)
# a question whether it is still in use asks, it does not say ("does it still use …?")
_QUESTION_START = re.compile(
    r"(?i)\A[ \t\-–—(]*(?:does|do|did|is|are|was|has|have|can|could|should|ist|sind|hat"
    r"|haben|nutzt|läuft|kann|wird)\b"
)

# a secret's noun, alone or in a compound ("Standardpasswort", "Router-Login",
# "Gerätecode", "Werks-PIN", "admin code"), then linking words, then the value
_NOUN_VALUE = re.compile(
    r"(?i)(?<![^\W\d_])(?P<noun>[\w\-]*?(?:pass?wor[dt]|kennwort|passcode|code|pin|login|pw"
    # (an SNMP community is its password: "still the default community public"; a Wi-Fi's
    # key: "WPA-Key ist noch das Standard x"; round 63)
    r"|community|(?:wpa|w?lan|wi-?fi)[\w\-]*?(?:key|schlüssel)))"
    r"(?![\w\-])"  # the noun ends ("password_confirmation", "PIN-Brief" are other words)
    r"(?:[ ]*(?:[:=]|(?:is|ist|war|was|still|immer|noch|uses|using|has|lautet|remains"
    r"|bleibt|auf|set[ ]+to|the|default|standard|factory|der|die|das|den)(?![^\W\d_])))*[ ]*"
    r"(?P<v>[^\s,;:()\"'`_\-&=][^\s,;:()\"'`]{2,39}?)(?=[.,;:!?)\"'`]*(?:\s|\Z))"
    # a login pair after the noun: the password is its second half ("admin / password")
    r"(?:[ ]?/[ ]?(?P<v2>[^\s/,;()\"'`]{2,40}?)(?=[.,;:!?)\"'`]*(?:\s|\Z)))?"
)
# a login pair after a verb of having or using ("still has ADMIN/ADMIN")
_PAIR = re.compile(
    r"(?i)(?<![^\W\d_])(?:has|have|uses|use|using|with|mit|hat|still|noch)[ ]+"
    # (a user's name has a letter: "with 10/28" is a date, round 62)
    r"(?P<u>(?=[\w.\-]{0,31}[^\W\d_])[\w.\-]{2,32})"
    r"[ ]?/[ ]?(?P<v>[^\s/,;()\"'`]{2,40}?)(?=[.,;:!?)\"'`]*(?:\s|\Z))"
)
# a code that opens something: its qualifier in the word or the word before ("admin code",
# "Gerätecode", "Standard-Code", "door code"); a voucher's or a promotion's code is none
_ACCESS_CODE = re.compile(
    r"(?i)(?:admin|device|geräte|door|tür|lock|schloss|reset|master|access|zugangs|alarm"
    r"|security|sicherheits|default|standard|factory|werks?|unlock|entsperr|safe|tresor"
    r"|pass|router|gate|tor|install|errichter)[\w\-]*[ ]?(?:\w+[ ]+)?code"
)
# values every device and tutorial ships with: weak, but a password when in use
_DEFAULT_WORDS = frozenset(
    "admin root password passwort guest default changeme change-me letmein user toor"
    " administrator secret geheim test"
    # (single-board computers' and appliances' shipped logins: Raspberry Pi OS, Ubiquiti,
    # DietPi, Vagrant boxes; round 63)
    " raspberry ubnt dietpi vagrant"
    # (SNMP's shipped communities)
    " public private".split()
)


# the value named a default: "Standardpasswort x", "the default x", "Werkseinstellung x"
_DEFAULT_NAMED = re.compile(r"(?i)standard|default|werks|factory")
# a variable given nothing ("PASSWORD=none"): a stand-in left in place is still a value
_NULLS = frozenset(("null", "none", "nil", "empty", "leer", "undefined"))


def _has_digit(value: str) -> bool:
    return any(c.isdigit() for c in value)


def _plausible(value: str) -> bool:
    """Could ``value`` be a code or password (not a word of the sentence)?"""
    low = value.lower()
    if low in _DEFAULT_WORDS:
        return True
    if code_secrets._REFERENCE.fullmatch(value) is not None:
        return False
    if re.fullmatch(r"x+|\*+|\.+|_+", low) or re.search(r"[./:]\d|\d[./:]\d", value):
        return False  # a filler, a version, a date, an address
    if any(c.isdigit() for c in value):
        return True
    return ("-" in value or "_" in value) and any(c.isalpha() for c in value)


def _said_in_use(text: str) -> bool:
    """Does ``text`` say that a value is in use (and not that it was changed)?"""
    cues = []
    for m in _IN_USE_CUE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        end = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=-1)
        if (
            end >= 0
            and text[end] == "?"
            and (_QUESTION_START.search(text[start:]) or _ASKED_BEFORE.search(text, 0, m.start()))
        ):
            continue  # "does it still use the default?", "…, can I use it on your store?"
        cues.append(m.span())
    if not cues:
        return False
    if _SAMPLE.search(text) is not None and _RUNNING.search(text) is None:
        return False  # "I did not change it, it is still the sample file": a document's
    return not any(
        not any(s <= c.start() < e for s, e in cues) for c in _CHANGED_CUE.finditer(text)
    )


#: One scan for any gate word (the pre-check asks it of nearly every message).
_GATE_SCAN = stdre.compile("|".join(stdre.escape(w) for w in _GATE_WORDS))


def might_find(text: str, low: str | None = None) -> bool:
    """Cheap first: could ``spans`` find anything in ``text`` (a cue of use, not a question
    and not taken back)? ``low``: ``text`` lower-cased, when the caller has it."""
    if low is None:
        low = text.lower()
    return _GATE_SCAN.search(low) is not None and _said_in_use(text)


def spans(text: str) -> list[tuple[int, int]]:
    """The values ``text`` gives a secret's noun, variable or login pair and says are in
    use ("still uses the default admin code 9999", "MYSQL_ROOT_PASSWORD=change-me — we
    never changed it")."""
    if not might_find(text):
        return []
    found: list[tuple[int, int]] = []
    for m in _NOUN_VALUE.finditer(text):
        if m.group("noun").lower().endswith("code") and (
            _ACCESS_CODE.search(text, max(0, m.start() - 20), m.end("noun")) is None
        ):
            continue  # "claim code", "Use code SPRING24": a voucher's, an order's code
        group = "v2" if m.group("v2") is not None else "v"
        v = m.group(group)
        # a word named the default itself ("Standardpasswort delight", "das Standard
        # configesp"): the value, whatever its letters (round 63)
        named_default = (
            v.isalpha()
            and len(v) >= 4
            and v.lower() not in words.STOP_WORDS
            and _DEFAULT_NAMED.search(text, m.start(), m.start(group)) is not None
        )
        if (_plausible(v) or group == "v2" or named_default) and (
            v.lower() in _DEFAULT_WORDS or not words.is_non_secret_shape(v.strip("-"))
        ):
            found.append(m.span(group))
    if "=" in text:
        for m in code_secrets._ENV_ASSIGNMENT.finditer(text):
            v = m.group("v")
            v = v.rstrip(".,;:!?")  # "MYSQL_PASSWORD=mypassword, läuft so": the sentence's
            if code_secrets._REFERENCE.fullmatch(v) is None and v.lower() not in _NULLS:
                found.append((m.start("v"), m.start("v") + len(v)))
    if "/" in text:
        for m in _PAIR.finditer(text):
            if _plausible(m.group("v")) or m.group("v").isalpha():
                found.append(m.span("v"))
    # the same value again ("Standardpasswort 1234 … das Gerät nimmt 1234 immer noch an")
    # (a code only: "user admin pw admin" repeats the user's name, not the password)
    for value in {text[s:e] for s, e in found if e - s >= 3 and _has_digit(text[s:e])}:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(value)}(?![\w\-])", text):
            if m.span() not in found:
                found.append(m.span())
    return found


def said_in_use_at(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a value ``spans`` reads as in use (so no reader of stand-ins
    may drop it)? Asked only of findings another reader would drop."""
    return (start, end) in spans(text)
