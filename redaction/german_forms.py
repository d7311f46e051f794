"""How German writes one word in other forms: Swiss "ss", umlauts typed apart or left out,
case endings, and compounds read by their head.

A German word is judged by what it is, whatever its spelling and however it is built:

- ``eszett_forms``: Switzerland writes no "ß" ("gross", "weiss", "schliesslich"), and many
  keyboards elsewhere lack it; the same word with "ß" is the one the word lists hold.
- ``secret_head``: a compound names what its last part (its head) names. Its head a secret
  word, the compound is one ("WLAN-Gastpasswort", "Kartengeheimzahl", "Anmeldekennwort");
  its head something else, it is that ("Passwortänderung", "Kennwortrichtlinie", "PIN-Brief"
  are a change, a policy, a letter, and give no value). The head is read in its inflected
  plural forms ("den Passwörtern") and with its umlaut typed apart or dropped
  ("Passwoerter", "Kennworter").
- ``names_secret``: a compound of a modifier and a secret head is the name of a password
  ("das Gerätepasswort vom Typenschild", "Kennwort: Routerkennwort"): it says which one,
  it is not the value.

A leaf module (no imports of ours): ``words`` and the recognizers read it.
"""

from __future__ import annotations

from functools import lru_cache

#: A preposition and an article written as one word ("am" for "an dem"): no English word
#: joins two nouns so, and a phrase holding one is German ("Eule am Turm", "Maus im Haus").
CONTRACTIONS = frozenset("am im vom zum zur beim ans ins aufs ums".split())

#: The secret words a compound may end in, in their base spelling: a password's and a PIN
#: letter's number's (``Geheimzahl``). Inflected and respelled forms are derived below.
_HEADS = ("passwort", "kennwort", "password", "passwd", "geheimzahl", "geheimnummer")
#: Number endings of the heads: the plural's "-er"/"-ern" with the umlaut it takes
#: ("Passwörter", "den Kennwörtern"). (Not the genitive: "die Länge des Passworts ist …"
#: says what the length is; the password word is no subject there.)
_ENDINGS = {
    "passwort": ("",),
    "kennwort": ("",),
    "password": ("",),  # (no glued English plural: "nopasswords" is no German noun)
    "passwd": ("",),
    "geheimzahl": ("", "en"),
    "geheimnummer": ("", "n"),
}
_PLURAL_UMLAUT = {"passwort": "passwört", "kennwort": "kennwört"}


def _spellings(form: str) -> set[str]:
    """``form`` with its umlauts typed apart ("oe") or left out ("o") and "ß" as "ss"."""
    out = {form}
    for plain, typed_apart, dropped in (("ö", "oe", "o"), ("ü", "ue", "u"), ("ä", "ae", "a")):
        out |= {f.replace(plain, typed_apart) for f in out} | {
            f.replace(plain, dropped) for f in out
        }
    return out | {f.replace("ß", "ss") for f in out}


def _head_forms() -> frozenset[str]:
    forms: set[str] = set()
    for head in _HEADS:
        for ending in _ENDINGS[head]:
            forms |= _spellings(head + ending)
        plural = _PLURAL_UMLAUT.get(head)
        if plural is not None:
            for ending in ("er", "ern"):
                forms |= _spellings(plural + ending)
    return frozenset(forms)


#: Every form of every head (lower case).
HEAD_FORMS = _head_forms()
_LONGEST_HEAD = max(map(len, HEAD_FORMS))
_SHORTEST_HEAD = min(map(len, HEAD_FORMS))


@lru_cache(maxsize=4096)
def secret_head(word: str) -> str:
    """The head form a lower-case ``word`` ends in when a secret word is its head (the
    word alone, or glued to a modifier of two or more letters: "gastpasswort",
    "kartengeheimzahl", "passworter"), else ''. A hyphenated compound is read by its last
    part ("wlan-gastpasswort" by "gastpasswort")."""
    last = word.rsplit("-", 1)[-1]
    if not last.isalpha() or len(last) < _SHORTEST_HEAD:
        return ""
    for size in range(min(len(last), _LONGEST_HEAD), _SHORTEST_HEAD - 1, -1):
        tail = last[-size:]
        if tail in HEAD_FORMS and (size == len(last) or len(last) - size >= 2):
            return tail
    return ""


def names_secret(token: str) -> bool:
    """``token`` is a German compound naming a password, a modifier before a German secret
    head ("Gerätepasswort", "Routerkennwort", "WLAN-Passwort"), letters and hyphens only: the
    name of one password among others, no value. (Not the English "password" head:
    "demopassword", "testpassword" are values.)"""
    low = token.lower()
    if not low.replace("-", "").isalpha():
        return False
    head = secret_head(low)
    if not head or head.startswith(("password", "passwd")):
        return False
    return len(low) - len(head) >= 3


def eszett_forms(low: str) -> tuple[str, ...]:
    """The lower-case word ``low`` written with "ß" where it has "ss": every "ss" at once,
    and each one alone ("schlossstrasse" → "schloßstraße", "schloßstrasse", …); () when it
    has none. (Swiss German writes no "ß"; the word lists hold the "ß" spelling.)"""
    if "ss" not in low:
        return ()
    at = [i for i in range(len(low) - 1) if low.startswith("ss", i)]
    forms = {low.replace("ss", "ß")}
    forms.update(low[:i] + "ß" + low[i + 2 :] for i in at)
    return tuple(forms)


#: A compound whose head names an identifier ("Terminal-ID", "Terminal-Nr.",
#: "Händlerkennung", "Benutzerkennung"): the number right after it is that identifier, no
#: PIN or code, whatever secret word the sentence named before ("Die Geräte-PIN wurde
#: geändert, Terminal-ID 58812044"). A regex fragment (case-blind) for the recognizers'
#: tables of other numbers' names; the "-ID" and "-Nr" heads only after a hyphen ("paid",
#: "valid" end in "id" too).
IDENTIFIER_COMPOUND = r"[^\W\d_]{2,}kennung|[^\W\d_]{2,}-(?:id|nr)"
#: Whose record a number's name says, between the name and its verb ("Kundennummer beim
#: Anbieter ist 6102…", "customer number at Telekom is …"; round 63)
WHOSE_RECORD = r"(?:[ ]+(?:beim|bei|vom|von|im|am|at|with|for|für)[ ]+[^\W\d_]+)?"
