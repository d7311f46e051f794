"""Values that belong to another field: read on the value's own label, format or structure.

A password's or a PIN's slot ("password:", "p:", "PIN:") is often followed by something
that is not its value, and what it is says so itself:

- **the next field's label** (a form whose password cell is empty): "password: email:
  x@y", "Kennwort: E-Mail-Adresse: …", "pw: (see below) user: …": a field's name with its
  own colon is a label, not a value; a remark in parentheses of several plain words
  ("Password: (company default, see onboarding doc page 4)") is a note about the value;
- **a record's number of a known kind**: its own label comes with it ("Passwort:
  Kundennummer 10023344", "PIN: Ticket#2026…", "Bestellnummer 6224-5091-8372", "NIF - PT
  509 …"), the key right before the value names another field ("Geburtsdatum: 03.07.1966",
  "Kundennr.: 5583-2201"), or its format does: an IBAN whose check digits hold, a phone
  number with its country prefix ("+49 151 …", "0049 …") or with its own explanation
  ("0151 7712098 (falls Rückruf)"), a parcel's tracking number (UPS's "1Z…", DHL's);
- **a configuration's structure**: a YAML anchor, alias or tag in the value's place
  ("password: &db", "password: *defaults", "password: !!str"), or a key that names a
  password's *setting* ("password_complexity: high", "min_password_length: 12"): the
  value is the setting's, a number, a word or a flag.

Each judgement needs the other field's own evidence; the same slot with a value stays:
"p: 0151Sonne!" (no phone's shape), "password: Telefon123" (no label's colon), "password:
*Sonne2024!" (no anchor's name), "db_password: high" (no setting in the key).
"""

from __future__ import annotations

import re

from redaction.recognizers.card import iban_valid

#: Names of the fields a login form or a contact block holds besides the password.
_LABEL = re.compile(
    r"""(?ix)
    (?:e-?mail(?:[ \-]?ad(?:d)?ress(?:e)?)?|mail|user(?:[ _\-]?name)?|benutzer(?:name)?
    |nutzer(?:name)?|login(?:name)?|name|vorname|nachname|first[ ]name|last[ ]name
    |phone|telefon(?:nummer)?|tel|handy(?:nummer)?|mobil(?:e|nummer)?|address|adresse
    |url|website|host(?:name)?|server|port|account|konto|domain|ssid|note|notes|notiz
    |hinweis|comment|kommentar|kundennummer|kundennr|customer[ ](?:number|no|id))\.?
    """
)
#: A label's colon right after the value: "user: …", "E-Mail-Adresse:" at a line's end.
_COLON_AFTER = re.compile(r"[ \t]*:(?:[ \t]|$)", re.M)
#: The slot's own label before a parenthesis: "Password: (", "pw: (".
_SLOT_BEFORE_PAREN = re.compile(
    r"(?i)(?:pass(?:word|wort)?|kennwort|pw|pwd|pin|code|key|schlüssel|psk)[ \t]*:[ \t]*\(\Z"
)
_PLAIN_WORD = re.compile(r"[^\W\d_]+|\d{1,3}")
_NOTE_SPLIT = re.compile(r"[ ,;]+")

#: A record's label: the kinds of number a customer quotes besides a secret.
_RECORD = (
    r"(?:kunden(?:nummer|nr)|kd\.?[ \-]?nr|customer[ ](?:number|no|id)|bestell(?:nummer|nr)"
    r"|bestellung|order(?:[ ](?:number|no|id))?|auftrag(?:snummer)?|rechnung(?:snummer)?"
    r"|invoice(?:[ ](?:number|no))?|ticket|vorgang(?:snummer)?|tracking(?:[ ](?:number|no))?"
    r"|sendung(?:snummer)?|iban|telefon(?:nummer)?|tel|phone|handy|mobil|fax|nif|vat|ust-?idnr"
    r"|steuernummer|aktenzeichen|mandat|vertrag(?:snummer)?|contract"
    r"|personalnummer|mitgliedsnummer|member(?:ship)?[ ](?:number|no)|geburtsdatum"
    r"|date[ ]of[ ]birth)"
)
_RECORD_WORD = re.compile(rf"(?i){_RECORD}\.?")
#: What follows a record's label: its number ("10023344", "#12345", "- PT 509 118 274").
_NUMBER_AFTER = re.compile(
    r"(?i)[ \t]*(?:[.:#\-–=][ \t]*)?(?:(?:no|nr|number|nummer)\.?[ \t]*)?[#+]?"
    r"(?:[A-Z]{1,4}[ \-]?)?\d"
)
#: A value that holds its own label: "Ticket#2026110612000588", "order 4711-22".
_LABELLED_NUMBER = re.compile(
    rf"(?i){_RECORD}\.?[ \t]*(?:[:#\-–][ \t]*)?(?:no\.?|nr\.?)?[ \t]*#?(?:[A-Z]{{1,4}}-?)?"
    r"\d[\d \-/.]*"
)
#: The key right before the value, the whole of its line's cell: "Geburtsdatum: ",
#: "\nKundennr.: ", ", Bestellnummer ".
#: Where a cell starts, for the key that opens it: "Geburtsdatum: ", ", Bestellnummer ".
_KEY_CELL_BOUNDS = ",;|(\n"

#: Where a cell or a slot's value starts: after a colon, a separator, a bracket, a line's
#: start.
_VALUE_CELL_BOUNDS = tuple(":,;|([\n")
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
#: A phone number with its country's prefix: "+49 151 7712098", "0049 (0)30 1234567".
_INTERNATIONAL_PHONE = re.compile(
    r"(?:\+|00)[1-9]\d{0,2}[ \-/]?(?:\(0\)[ ]?)?\d{1,5}(?:[ \-/]?\d{2,8}){1,3}"
)
#: A national number, area code apart: "0151 7712098", "030-1234567".
_NATIONAL_PHONE = re.compile(r"0\d{2,5}[ \-/]\d{3,8}(?:[ \-]\d{1,5})?")
#: The number's own explanation after it: "(falls Rückruf)", "(Festnetz)", "for callbacks".
_PHONE_NOTE = re.compile(
    r"(?i)[ \t]*[(,–\-]?[ \t]*(?:\w+[ \t]+){0,3}?(?:rückruf|rueckruf|callback|call|anruf|ruf"
    r"|erreichbar|festnetz|handy|mobil|büro|buero|office|privat|whatsapp|sms|telefon|phone)"
)
#: A line headed by another field's kind, then a one-letter label: "Ports: p: 8443, u:
#: 8080", "Telefon: p: 0151 …, g: 030 …" (the letter is the heading's, not a password's).
_HEADED_LETTER = re.compile(
    r"(?i)^[ \t]*(?:ports?|telefon\w*|phones?|tel|fax|numbers|nummern)[ \t]*:[^\n]*?"
    r"(?<!\w)[a-z][ \t]*:[ \t]*\Z"
)
_DIGITS = re.compile(r"\+?\d[\d \-/]*")
#: Parcels' tracking numbers: UPS's "1Z" and sixteen, DHL's "00340434" and twelve, "JJD…".
_TRACKING = re.compile(r"1Z[0-9A-Z]{16}|00340434\d{12}|JJD\d{16,20}")

#: A YAML anchor or alias in the value's place ("&db", "*defaults"): a name of letters.
_ANCHOR = re.compile(r"[&*][A-Za-z_][A-Za-z_\-]{0,40}")
#: A YAML tag in the value's place: "!!str", "!vault", "!ENV".
_TAG = re.compile(r"!![a-z]+|!(?:vault|env|ENV|include|ref|Ref|Sub|GetAtt|reference|secret)")
#: A key's connector right before the value ("key: ", "<<: ").
_YAML_KEY_BEFORE = re.compile(r"(?:[\w.\-\"']+|<<)[ \t]*:[ \t]+\Z")
#: A key holding a password word, the whole key: "password_complexity: ", "minPwdLength = ".
_PASSWORD_KEY = re.compile(r"(?i)[\w.\-]*(?:password|passwort|kennwort|passwd|pwd|pass)[\w.\-]*")
_KEY_PARTS = re.compile(r"[_.\-]+|(?<=[a-z])(?=[A-Z])")
#: A setting's word in a key: what is set is a rule about passwords, not one.
_SETTING_PARTS = frozenset(
    """
    min max minimum maximum length len size policy policies complexity strength strong hash
    hasher hashing algorithm algo encryption encoding scheme cipher expiry expires expire
    expiration age lifetime days reset timeout history rule rules required require
    requirements enabled enable disabled auth authentication change attempts retries
    lockout pattern regex chars characters count format mode type prompt reuse rotation
    store storage backend manager provider source method field hint label
    """.split()
)
#: A German compound's head naming a setting: "Passwortlänge", "Kennwort-Richtlinie".
_GERMAN_SETTINGS = (
    "länge",
    "laenge",
    "richtlinie",
    "regeln",
    "ablauf",
    "komplexität",
    "historie",
    "speicher",
)
#: A key naming a command whose output is the password: its value is a command line.
_COMMAND_PARTS = frozenset("command cmd exec eval helper script".split())
_COMMAND_LINE = re.compile(r"[a-z][\w.\-/]*(?:[ \t]+[^\s]+){1,8}")
#: A setting's value: a number, a flag, a word in lower case, a named algorithm.
_SETTING_VALUE = re.compile(
    r"\d{1,6}[a-z]{0,5}|[a-zäöüß][a-z0-9äöüß]*(?:[\-_][a-z0-9äöüß]+){0,3}|[A-Z]{2,8}(?:-\d{1,4})?"
)


def _line_before(text: str, start: int) -> str:
    """The text of the line before ``start`` (at most 80 characters)."""
    line = text.rfind("\n", 0, start) + 1
    return text[max(line, start - 80) : start]


def _at_cell_start(text: str, start: int) -> bool:
    """Does a cell's or a slot's value start at ``start`` (its text before it, spaces
    aside, ends with a connector or a separator, or is the text's start)?"""
    lo = max(0, start - 20)
    before = text[lo:start].rstrip(" \t")
    return before.endswith(_VALUE_CELL_BOUNDS) or (not before and lo == 0)


def _record_key_before(text: str, start: int) -> bool:
    """Is the key right before ``start`` a record's label that opens its cell ("\nKundennr.:
    ", ", Bestellnummer ")? (Read from the end by hand: a search anchored at the end of a
    window tries every start.)"""
    lo = max(0, start - 40)
    window = text[lo:start]
    cut = max(window.rfind(c) for c in _KEY_CELL_BOUNDS)
    if cut < 0 and lo > 0:
        return False
    key = window[cut + 1 :].strip(" \t").removesuffix(":").rstrip(" \t")
    return _RECORD_WORD.fullmatch(key) is not None


def next_label(text: str, start: int, end: int) -> bool:
    """Is the value at ``start:end`` the next field's label ("user:") or a note in
    parentheses right after the slot's label ("Password: (company default, see …)")?"""
    value = text[start:end]
    if (value.endswith(":") or _COLON_AFTER.match(text, end) is not None) and _LABEL.fullmatch(
        value.rstrip(":")
    ) is not None:
        return True
    paren = text.rfind("(", max(0, start - 60), start + 1)
    if paren < 0 or ")" in text[paren:start]:
        return False
    # (the note's words, one or the whole note: "(the one on the router sticker)")
    if not all(_PLAIN_WORD.fullmatch(w) is not None for w in _NOTE_SPLIT.split(value) if w):
        return False
    close = text.find(")", end, end + 80)
    if close < 0 or _SLOT_BEFORE_PAREN.search(text, max(0, paren - 30), paren + 1) is None:
        return False
    words = [w for w in _NOTE_SPLIT.split(text[paren + 1 : close]) if w]
    return len(words) >= 2 and all(_PLAIN_WORD.fullmatch(w) is not None for w in words)


def record_format(value: str) -> bool:
    """Does ``value``'s format alone say what record it is: an IBAN whose check digits
    hold, a parcel's tracking number, a phone number with its country's prefix?"""
    compact = value.replace(" ", "")
    if _IBAN.fullmatch(compact) is not None and iban_valid(compact):
        return True
    if _TRACKING.fullmatch(compact) is not None:
        return True
    # a country's number has nine digits or more after its prefix; an authenticator's
    # code with a leading "00" ("004518", "0024 3172") has fewer
    return (
        value.startswith(("+", "00"))
        and _INTERNATIONAL_PHONE.fullmatch(value) is not None
        and sum(map(str.isdigit, value)) >= (9 if value.startswith("+") else 11)
    )


def record_number(text: str, start: int, end: int) -> bool:
    """Is the value at ``start:end`` a record's number or its label, by the label that
    comes with it, the key before it or its own format (an IBAN, a phone, a parcel)?"""
    value = text[start:end]
    # a cell's or a slot's start, not a sentence's object: "Passwort ist die Kundennummer
    # 10023344" says which number the password is
    if _at_cell_start(text, start) and (
        (_RECORD_WORD.fullmatch(value) is not None and _NUMBER_AFTER.match(text, end) is not None)
        or _LABELLED_NUMBER.fullmatch(value) is not None
    ):
        return True  # the label taken for the value: "Passwort: Kundennummer 10023344"
    if sum(map(str.isdigit, value)) >= 5 and _record_key_before(text, start):
        return True  # a record's number is longer than a PIN ("Handy 2580 (alte PIN)")
    if _DIGITS.fullmatch(value) is not None and _HEADED_LETTER.search(_line_before(text, start)):
        return True
    if record_format(value):
        return True
    return _NATIONAL_PHONE.fullmatch(value) is not None and (
        _PHONE_NOTE.match(text, end) is not None
    )


def config_structure(text: str, start: int, end: int) -> bool:
    """Is the value at ``start:end`` a configuration's structure (a YAML anchor, alias or
    tag after a key) or a password setting's value under a key naming the setting?"""
    # (read from the end by hand: a search anchored at the end tries every start)
    before = text[max(0, start - 80) : start].rstrip(" \t\"'")
    if not before.endswith((":", "=")):
        return False
    value = text[start:end]
    if (_ANCHOR.fullmatch(value) is not None or _TAG.fullmatch(value) is not None) and (
        _YAML_KEY_BEFORE.search(_line_before(text, start)) is not None
    ):
        return True
    words = before[:-1].rstrip(" \t\"'").rsplit(None, 1)
    key = words[-1].lstrip("\"'") if words else ""
    if _PASSWORD_KEY.fullmatch(key) is None:
        return False
    parts = {p.lower() for p in _KEY_PARTS.split(key) if p}
    value = value.strip("\"'")
    line_end = text.find("\n", start)
    rest = text[start : len(text) if line_end < 0 else line_end].strip().strip("\"'")
    if not parts.isdisjoint(_COMMAND_PARTS) and _COMMAND_LINE.fullmatch(rest) is not None:
        return True  # "password_command: pass show db": what prints the value
    # the setting is the key's head, its last part ("min_password_length",
    # "passwordPolicy", "Kennwortlänge"); "resetUrlPassword" names a password
    head = _KEY_PARTS.split(key)[-1].lower()
    return _SETTING_VALUE.fullmatch(value) is not None and (
        head in _SETTING_PARTS or head.endswith(_GERMAN_SETTINGS)
    )


def other_field(text: str, start: int, end: int) -> bool:
    """Does the password's or credential's finding at ``start:end`` belong to another
    field by its own label, format or structure (``next_label``, ``record_number``,
    ``config_structure``)?"""
    return (
        next_label(text, start, end)
        or record_number(text, start, end)
        or config_structure(text, start, end)
    )
