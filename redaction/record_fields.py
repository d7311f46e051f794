"""A record's structure taken for a value: a field's name, a header row, an empty field.

Exports, QR-code texts and config files show secrets in records: fields in a row, each
a name and its value ("hostname … | username tgreen | timesUsed 14", "Konto: …,
Aussteller: …", "URL,username,password,totp"). The readers that take the value after a
login's user for its password read the record's next *name* as that value. A name is
known by its place in the record, not by its words:

- **a label**: a plain word that heads its field (after a separator) and is followed by
  its own colon and value ("…, Aussteller: OneClickActions");
- **a key**: an identifier in camelCase heading its field, with its own value after it
  ("| timesUsed 14", "(itemUuid 576f14fa, createTime …)");
- **a header row or a list of names**: three or more bare words separated by commas, or
  a quoted list, among which a login's field names stand ("URL,username,password,totp",
  ``["password", "secret"]``) — a value is never listed beside the word "password";
- **a login line of a password file**: "user:" and a stored hash in crypt(3)'s or LDAP's
  notation (".htpasswd", "/etc/shadow": "admin:$apr1$x7Kq…"): the hash the words module
  already judges no password, found with its user;
- **an empty field**: a value that starts with an escaped line break ("FLY_TOKEN=\\n
  BACKUP_ENABLED=true") is the next line's key, the field itself is empty.

A secret named by its own label ("password: Aussteller2024") is never one of these: the
judgement asks that no label word stands between the field's start and the value.
"""

from __future__ import annotations

import regex as re

from redaction.words import STORED_HASH

#: Where a record's field starts: a separator of fields, then spaces.
_FIELD_START = re.compile(r"(?:\A|[|,;(\n\t])[ ]*\Z")
#: A plain label word (letters, an inner hyphen): "Aussteller", "Issuer", "Konto-Typ".
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)?")
#: A label's colon and a value after it ("Aussteller: OneClickActions").
_OWN_VALUE = re.compile(r":[ ]*[^\s,;|]")
#: A key in camelCase ("timesUsed", "itemUuid", "createTime"), alone or with its value.
_CAMEL_KEY = re.compile(r"[a-z]{2,}(?:[A-Z][a-z0-9]+)+")
_KEY_VALUE = re.compile(r"[ ]+[^\s,;|()]+")
#: A login record's field names: a closed class (the columns of a password manager's
#: export, a form's fields), the words a list of names holds.
_FIELD_NAMES = frozenset(
    (
        "url", "uri", "username", "user", "login", "password", "passwort", "pass",
        "email", "mail", "name", "title", "totp", "otp", "notes", "note", "extra",
        "grouping", "group", "folder", "fav", "secret", "token", "hostname", "host",
        "benutzername", "kennwort",
    )
)  # fmt: skip
#: Escaped line breaks, then the next line's key ("\\nBACKUP_ENABLED=true").
_NEXT_KEY = re.compile(r"(?:\\[rn])+[ ]*[A-Za-z_][\w.\-]*[ ]*[=:]")
_LIST_ITEM = re.compile(r"[ ]*[\"']?([^\W\d_][\w\-]*)[\"']?[ ]*")


def _name_list(text: str, start: int, end: int) -> bool:
    """Is the value a header row, or an item of a list of field names?"""
    value = text[start:end]
    if "," in value:
        items = value.split(",")
        words = [_LIST_ITEM.fullmatch(item) for item in items]
        if len(items) >= 3 and all(words):
            names = sum(m.group(1).lower() in _FIELD_NAMES for m in words if m)
            return names >= 2
        return False
    # an item of a bracketed, quoted list: ["password", "secret"]
    lo = text.rfind("[", max(0, start - 80), start)
    hi = text.find("]", end, end + 80)
    if lo < 0 or hi < 0 or "\n" in text[lo:hi]:
        return False
    items = text[lo + 1 : hi].split(",")
    words = [_LIST_ITEM.fullmatch(item) for item in items]
    if len(items) < 2 or not all(words) or not any(ch in text[lo:hi] for ch in "\"'"):
        return False
    return sum(m.group(1).lower() in _FIELD_NAMES for m in words if m) >= 1 and all(
        m.group(1).lower() in _FIELD_NAMES for m in words if m
    )


def field_name(text: str, start: int, end: int) -> bool:
    """Is the finding at ``start:end`` a record's field name (or an empty field), not a
    value? (Called for passwords and credentials; cheap tests first.)"""
    value = text[start:end]
    if value.startswith(("\\n", "\\r")):
        # "FLY_TOKEN=\nBACKUP_ENABLED=true": an empty field; the rest is the next line's
        return _NEXT_KEY.match(value) is not None
    if ":$" in value or ":{" in value:
        user, _, stored = value.partition(":")
        if user and " " not in user and STORED_HASH.fullmatch(stored.rstrip(".,;")):
            return True  # "admin:$apr1$x7Kq2Lm9$…": a password file's line, a hash
    if "," in value or (start and text[start - 1] in "\"'"):
        if _name_list(text, start, end):
            return True
    if _FIELD_START.search(text, max(0, start - 4), start) is None:
        return False  # a label word stands before the value: it is that field's value
    if _LABEL_WORD.fullmatch(value) and _OWN_VALUE.match(text, end):
        return True  # "…, Aussteller: OneClickActions"
    key = _CAMEL_KEY.match(value)
    if key is None:
        return False
    if key.end() == len(value):
        return _KEY_VALUE.match(text, end) is not None  # "(itemUuid 576f14fa, …"
    return _KEY_VALUE.fullmatch(value, key.end()) is not None  # "| timesUsed 14"
