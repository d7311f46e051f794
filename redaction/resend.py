"""A secret sent again after the chat masked it or warned against it.

Customers who see their value starred, or who were told not to send a password, often
send it once more in a form they hope gets through: a character at a time ("h u n d e 7",
"p.e.n.g.u.i.n.4.2"), reversed ("8102grubmaH"), or quoted whole after only a part was
hidden. The message that complains of the masking or repeats the warning is the value's
context, as a password word would be; this module says when a message is such a
complaint, and which span of a following short message is the value sent again.
"""

from __future__ import annotations

import re

from redaction import spoken, words

#: The chat hid, starred, filtered or cut what was typed ("the chat just hid what i typed",
#: "ihr maskiert ja alles", "die Zahlen werden bei euch immer zu Sternchen").
_MASKED = re.compile(
    r"(?i)(?<![^\W\d_])(?:hid|hidden|hides|hiding|masked|masking|masks|starred|star(?:s|red)?\s+out"
    r"|asterisks|censor(?:ed|s|ing)|filter(?:ed|s|ing)|blocked|redacted|blanked|swallowed"
    r"|maskier\w*|versteck\w*|sternchen|gefiltert|filter[nt]|zensier\w*|gelöscht|verschluckt"
    r"|ausgeblendet|geschwärzt|ausgesternt|abgeschnitten)(?![^\W\d_])"
)
#: A warning against sending a secret, repeated or answered ("you said don't paste
#: passwords", "ich weiß dass ich kein Passwort schicken soll"); only with a secret's word.
_WARNED = re.compile(
    r"(?i)(?<![^\W\d_])(?:don'?t|do\s+not|not\s+to|never|nicht|kein(?:e|en)?)\s+"
    r"(?:\S+\s+){0,3}?(?:send(?:ing)?|past(?:e|ing)|shar(?:e|ing)|post(?:ing)?|typ(?:e|ing)"
    r"|schick(?:en)?|senden|schreiben|posten|teilen)(?![^\W\d_])"
)
#: The customer keeps to the warning ("fine, I won't", "mach ich nicht"): no value follows.
_REFUSES = re.compile(
    r"(?i)(?<![^\W\d_])(?:i\s+won'?t|i\s+will\s+not|i'?m\s+not\s+(?:going|gonna)"
    r"|(?:mach|schick|send)(?:e)?\s+ich\s+(?:\S+\s+){0,2}?nicht"
    r"|lass\s+ich|never\s+mind)(?![^\W\d_])"
)
#: What was masked was no secret: an order or ticket number, a user or company name.
_OTHER_THING = re.compile(
    r"(?i)(?<![^\W\d_])(?:ticket|order|bestell\w*|auftrag\w*|rechnung\w*|invoice|tracking"
    r"|sendung\w*|kunden\w*|customer|user\s*name|username|login\s*name|benutzer\w*|nutzername"
    r"|firmenname|company|e-?mail|adresse|address|phone|telefon\w*|handy\w*|iban|plz|postleitzahl"
    r"|zip)(?![^\W\d_])"
)

#: Single characters with the same mark between each: spaces ("h u n d e 7"), dots
#: ("p.e.n.g.u.i.n.4.2") or dashes; at least five characters.
_SINGLES = re.compile(
    r"(?<!\S)(?P<v>[^\s.\-](?P<sep>[ .\-]| [.\-] )[^\s.\-](?:(?P=sep)[^\s.\-]){3,38})(?!\S)"
)
#: A PIN or code's digits sent again (after a complaint that names one): four to eight
#: digits, in groups or one at a time, or said as digit words ("four seven nine one").
_CODE_DIGITS = re.compile(r"\d(?:[ \-]?\d){3,7}")
_CODE_WORDS = (4, 8)
#: A complaint or warning that names a PIN or a code: its digits may come alone.
_NAMES_CODE = re.compile(r"(?i)(?<![^\W\d_])(?:pin|tan|otp|codes?|passcode|\w+code)(?![^\W\d_])")
_DOTTED_MIN = 6
#: A value quoted whole at the message's end ('whole thing is "correct horse battery
#: staple"'): a passphrase sent again after only its first word was hidden.
_QUOTED_END = re.compile(r"[\"“„«](?P<v>[^\"“”„«»\n]{3,60})[\"”“»][ \t.!]*\Z")
_QUOTED_WORDS = 6
#: Words that only lead in to the value ("ok its", "also hier:", "fine:").
_LEAD_IN = frozenset(
    "ok okay fine so also and und dann then now jetzt nochmal again hier here its it's it is "
    "ist es das this that's thats da na gut well right".split()
)
_LEAD_MAX = 3


MASKED, WARNED = 1, 2


def after_masking(text: str) -> int:
    """Does ``text`` complain that the chat masked what was typed (``MASKED``), or repeat
    a warning against sending something (``WARNED``: a value follows only when the text
    names a secret), so that a value sent again may follow? 0 when it names another thing
    (a ticket, an order, a user name) or keeps to the warning."""
    if _OTHER_THING.search(text) or _REFUSES.search(text):
        return 0
    if _MASKED.search(text):
        return MASKED
    return WARNED if _WARNED.search(text) else 0


def _shaped(value: str) -> bool:
    """Letters with a digit or a sign, shaped like a secret, no product or reference."""
    return (
        any(ch.isalpha() for ch in value)
        and any(ch.isdigit() or ch in words.STRONG_SYMBOLS for ch in value)
        and words.secret_shape(value) == words.SHAPED
        and not words.is_product(value)
        and not words.is_reference(value)
    )


def singles(text: str) -> tuple[int, int] | None:
    """The run of single characters in ``text`` that together are shaped like a password
    (letters with a digit or a sign), or a value spelled with a spelling alphabet ("K like
    Kilo, …, then 9 9") or by its letters' names ("Ha-Ka-Ha-Vier-Zwo-Acht"): the span of
    the run as typed."""
    m = _SINGLES.search(text)
    if m is None:
        from redaction.described_values import letter_name_run  # (it imports this module)

        # "Ha-Ka-Ha-Vier-Zwo-Acht": spelled by the letters' names
        return spoken.spelled_alphabet(text) or spoken.dictated_alone(text) or letter_name_run(text)
    joined = m["v"].replace(m["sep"], "")
    if not _shaped(joined) and not (
        # letters and digits mixed spell no number, date or version
        any(ch.isalpha() for ch in joined)
        and any(ch.isdigit() for ch in joined)
        and words.secret_shape(joined) != words.NOT_SECRET
    ):
        return None
    return m.start("v"), m.end("v")


def dotted(text: str) -> tuple[int, int] | None:
    """A message that is only a value dotted a character at a time, letters and digits
    mixed ("p.e.n.g.u.i.n.4.2"): no abbreviation, version or address is written so."""
    stripped = text.strip()
    m = _SINGLES.fullmatch(stripped)
    if m is None or m["sep"] != "." or len(m["v"]) < 2 * _DOTTED_MIN - 1:
        return None
    joined = m["v"].replace(".", "")
    if not (any(ch.isalpha() for ch in joined) and any(ch.isdigit() for ch in joined)):
        return None
    start = text.index(stripped)
    return start, start + len(stripped)


def leads_in(word: str) -> bool:
    """Is ``word`` (lower-cased, trimmed) one that only leads in to a value ("ok", "ist")?"""
    return word in _LEAD_IN


def names_code(text: str) -> bool:
    """Does the complaint or warning ``text`` name a PIN or a code ("you masked my pin")?"""
    return _NAMES_CODE.search(text) is not None


def names_other(text: str) -> bool:
    """Does ``text`` name a thing that is no secret (an order, a tracking number)?"""
    return _OTHER_THING.search(text) is not None


def _code_again(text: str, lead: list[str], value: list[str]) -> tuple[int, int] | None:
    """Digits or digit words alone after words that only lead in: a code sent again."""
    said = " ".join(value)
    if _CODE_DIGITS.fullmatch(said.strip(".,;!")):
        core = said.strip(".,;!")
    elif _CODE_WORDS[0] <= len(value) <= _CODE_WORDS[1] and all(
        words.trim(t).lower() in spoken.DIGIT_WORDS for t in value
    ):
        core = said.rstrip(".,;!")
    else:
        return None
    start = text.rindex(core)
    return start, start + len(core)


def resent(text: str, code: bool = False) -> tuple[int, int] | None:
    """The span of the value ``text`` sends again after a complaint of masking: a run of
    single characters, a quoted phrase ending the message, or one token shaped like a
    secret after words that only lead in ("ok hier:", "also"); with ``code`` (the
    complaint named a PIN or a code) also its digits alone."""
    if "\n" in text.strip() or _OTHER_THING.search(text):
        return None
    span = singles(text)
    if span is not None:
        return span
    quoted = _QUOTED_END.search(text)
    if quoted is not None and 1 < len(quoted["v"].split()) <= _QUOTED_WORDS:
        return quoted.start("v"), quoted.end("v")
    tokens = text.split()
    lead = 0
    while lead < min(len(tokens) - 1, _LEAD_MAX) and (
        words.trim(tokens[lead]).lower().rstrip(":") in _LEAD_IN
    ):
        lead += 1
    if code and (span := _code_again(text, tokens[:lead], tokens[lead:])) is not None:
        return span
    if len(tokens) != lead + 1:
        return None
    core = tokens[-1].strip("\"'`„“”«»‚‘’.,;")
    if not core or not any(ch.isdigit() for ch in core):
        return None
    if not _shaped(core) and not (
        # both cases and a digit, read backwards or not ("8102grubmaH")
        any(ch.isupper() for ch in core)
        and any(ch.islower() for ch in core)
        and not words.is_product(core)
        and not words.is_reference(core)
    ):
        return None
    start = text.rindex(core)
    return start, start + len(core)
