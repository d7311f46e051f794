"""Does the sentence say what a candidate is, and is that something other than a secret?

The recognizers find a password's or a key's value by its context and judge it by its
shape (``redaction.words``, ``redaction.code_values``). Shape alone cannot tell a customer's
password from a request id or an order code: ``rq_9Kd2Lm7Xp`` and ``BX-7Q2K-91Lm`` are as
password-shaped as any. Customers say which one they mean, though, with the same few words
every time; this module is the one place that reads them, for every recognizer that masks a
value:

- a *label* right before the value names an identifier ("request id rq_…", "Verbindungs-ID
  vb_…", "WLAN-Name \"Fritzi-7Hq2\"", "Bestellung: BX-…", "username is …"), with nothing
  but a connector (": ", "#", "is", "ist") between;
- an *apposition* right after it names one, or denies it is the password ("… (it's our
  account id)", "…, das ist unsere Kundennummer", "…, this is not a password");
- an *example* in talk about passwords: a judging word, then "like" before it in its
  clause ("a strong password like …", "weak ones such as …", "Umlauten wie …").

A label read as a secret's is none: a password, key or login word before the value in
its clause, or in the label's own compound ("Zugriffsschlüssel-ID"), makes it the secret's
owner ("the password for the admin user is x", "the key for the reporting flow: x"); and a
key glued to its value ("session_id=…", "user:pass@host") is a program's field, judged by
the recognizers' own rules. The judge reads a few dozen characters around a span and runs
only on spans already found.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

# Nouns that name an identifier, a reference or a non-secret field; the last part of a
# compound counts ("Verbindungs-ID", "WLAN-Name", "Kundennummer"); and the verbs that name
# a thing ("heißt", "called").
_LABEL_NOUNS = (
    r"[^\W\d_]*(?:nummer|nr)|ids?|identifier|uuid|guid|number|ref|reference|referenz|ticket"
    r"|order|bestellung|invoice|rechnung|tracking|sendung|parcel|serial|seriennummer"
    r"|imei|request|run|runs|workflow|flow|connection|verbindung|build|commit|sha"
    r"|etag|checksum|version|firmware|model|modell|plan|tarif|sku|port|ports|error"
    r"|fehler|fehlercode|header|column|spalte|username|benutzername|nutzername|alias"
    r"|handle|ssid|iban|bic|vat|(?<=\w-)name|heißt|heisst|called|named"
)
# a password, key or login word earlier in the clause: the label names the secret's owner
_SECRET_WORD = re.compile(
    r"(?i)(?<![^\W_])(?:pass\w*|kennw\w*|pw|pwd|pin|tan|otp|code|key|schlüssel\w*|secret"
    r"|geheim\w*|zugang\w*|token|api[ _-]?key|access|authorization|bearer|login|log-in|anmeld\w*"
    r"|credentials?|creds|cookie)"
)
_SECRET_STEM = re.compile(
    r"(?i)pass|kennw|schlüssel|schluessel|secret|geheim|token|key|zugang|(?<![^\W\d_])pin"
)
# label, then a connector, right before the value (a colon or "=" needs a space after it:
# "user:pass@host" and "session_id=x" are a program's fields)
_LABEL_BEFORE = re.compile(
    rf"(?i)(?<![\w])(?P<label>{_LABEL_NOUNS})\.?[\"']?"
    r"(?:[ ]*[:=#][ ]+|[ ]*\#|(?:[ ]+(?:of|for|von|vom|der|des|from)(?:[ ]+[^\W\d_]+){1,4})?"
    r"[ ]+(?:is|ist|are|sind|was|war|were|waren|lautet|lauten)[ ]*:?[ ]+|[ ]+)"
    r"[\"'“„‘«`(]?\Z"
)
# a plural label, then a list of such values: "run ids 9a1c-44f0 and 9a1c-45b2"
_LIST_BEFORE = re.compile(
    r"(?i)(?<![\w])(?P<label>ids|numbers|nummern|runs|orders|tickets|ports|references)"
    r"(?:[ ]*:[ ]+|(?:[ ]+(?:of|for|von|der|des)(?:[ ]+[^\W\d_]+){1,4})?[ ]+(?:are|sind|were"
    r"|waren)[ ]*:?[ ]+|[ ]+)"
    r"(?:[\"'“„‘«`(]?[^\s,;]+[\"'”“‘’»`)]?(?:,[ ]*|[ ]+(?:and|und|or|oder)[ ]+)){1,4}"
    r"[\"'“„‘«`(]?\Z"
)
# an apposition after the value naming what it is, or saying it is not the password
_APPOSITION = re.compile(
    r"(?i)[\"'”“‘’»`]?(?:[ ]*,|(?:[ ]+[^\W\d_]+){0,3}[ ]*\(|[ ]+[–—\-])[ ]*"
    r"(?:it's|it is|its|this is|that's|that is|das ist|ist)[ ]+"
    r"(?:(?:not|nicht|kein\w*)[ ]+(?:a|an|the|my|das|mein|ein)?[ ]*"
    r"(?:password|passwort|kennwort|secret)"
    r"|(?:just|only|nur|simply|bloß|bloss)?[ ]*(?:(?:a|an|the|our|my|his|her|their|ihr\w*"
    rf"|sein\w*|mein\w*|unser\w*|die|der|das|ein\w*)[ ]+)?(?P<noun>(?:\w+[ \-])?"
    rf"(?:[^\W\d_]*(?:nummer|number|code)|{_LABEL_NOUNS}))(?!\w))"
)
# a sample in talk about passwords: "a strong password like x", "weak ones such as x",
# "ein Passwort mit Umlauten wie x", "stronger than x" (a judging word, then "like" or "than",
# in the value's clause)
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:strong|weak|good|bad|secure|safe|common|simple|einfach|sicher|stark"
    r"|schwach|umlaut)\w*[ ]+(?:[^\W\d_]+[ ]+){0,2}"
    r"(?:like|such[ ]+as|wie|than|als|e\.[ ]?g\.|z\.[ ]?b\.)[ ]+[^.!?\n]{0,40}\Z"
)
_NAMING = frozenset(("heißt", "heisst", "called", "named"))
_CLAUSE_STOPS = (". ", "! ", "? ", "; ", "\n")
_REACH = 64  # how far back a label is looked for
_OWNER_REACH = 120  # how far back a password word makes a label its owner's


@lru_cache(maxsize=1024)
def names_other(text: str, start: int, end: int) -> str:
    """What the sentence around ``text[start:end]`` names it, when that is no secret:
    ``"label"`` (an identifier named before it), ``"apposition"`` (named after it),
    ``"example"`` (a sample in talk about passwords), else ``""``."""
    lo = max(0, start - _REACH)
    for stop in _CLAUSE_STOPS:
        lo = max(lo, text.rfind(stop, lo, start) + 1)
    label = _LABEL_BEFORE.search(text, lo, start) or _LIST_BEFORE.search(text, lo, start)
    if label is not None and not _owned(text, label.start(), label.end("label"), start):
        return "label"
    named = _APPOSITION.match(text, end, min(len(text), end + 64))
    if named is not None and not (
        named.group("noun") and _SECRET_STEM.search(named.group("noun")) is not None
    ):
        return "apposition"  # (not "it's my passcode")
    if _EXAMPLE_BEFORE.search(text, lo, start) is not None:
        return "example"
    return ""


def _owned(text: str, label: int, label_end: int, start: int) -> bool:
    """A password, key or login word in the label's compound ("Zugriffsschlüssel-ID"), or
    before the value in the label's clause (up to a comma): the label names the secret's
    owner ("the password for the admin user is x"), not the value."""
    word = max(text.rfind(" ", 0, label), text.rfind("\n", 0, label)) + 1
    if _SECRET_STEM.search(text, word, label_end) is not None:
        return True
    lo = max(0, start - _OWNER_REACH)
    # a name ("heißt x") is its owner's across commas: "das Kennwort, das ich vergab, heißt x"
    naming = text[label:label_end].lower() in _NAMING
    for stop in _CLAUSE_STOPS if naming else (*_CLAUSE_STOPS, ", "):
        lo = max(lo, text.rfind(stop, lo, label) + 1)
    return _SECRET_WORD.search(text, lo, start) is not None
