"""CREDENTIAL by its context and its own shape, where the keyed rules (``credential``) read
no key word beside the value (round 43).

- A header or field named for a secret (``secret: x``, ``FOOtokenBAR: x``,
  ``set-cookie: x``, ``X-Authy-Thing: x``) in a text about headers or cookies: the name says
  what the value is, so any one-word value is the secret, even a word ("four"); a name
  glued around a secret word (``ZIPsessionZAP``) says so without the header word.
- German puts the verb last: ``der Client Secret unserer App <value> lautet``, ``als
  Secret <value> eingetragen``: the key word before, the value, then the verb that gives it.
- A key written as bytes: 8+ pairs of hex digits apart (``Netzwerkschlüssel: 01 03 05 …``)
  after a key word that names no fingerprint, serial or id.
- A file named for a secret printed to the terminal (``cat …/CLIENT_SECRET.txt``) and a
  random token alone on the next line: the file's contents.
- Formats with their own frame: an OpenVPN static key block (``-----BEGIN OpenVPN Static
  key V1-----``), WooCommerce's ``ck_``/``cs_`` and 40 hex digits, a vendor key tagged with
  its environment and a short random body (``oca_live_Wd2kR7pX9mT4vL1qZ8nB``).

Each rule opens behind a cheap literal test (the pre-check's words: "key", "secret",
"token", "auth", "cookie", "session", "schlüssel", "_live_", …).
"""

from __future__ import annotations

import math
import re as stdre
from collections import Counter
from collections.abc import Callable

import regex as re

from redaction import words
from redaction.recognizers.base import umlaut_spellings

_I = re.IGNORECASE
Span = tuple[int, int]

# --- header or field named for a secret --------------------------------------------------

_HEADER_FIELD = re.compile(
    r"(?<![\w\-.$/])(?P<name>[A-Za-z][A-Za-z0-9_\-]{0,40}+)"
    # (the value read ahead: a value that is itself a name ends no match, "headers:
    # set-cookie: x" reads both names; it opens with a letter or digit, not a YAML tag's
    # "!", a path's "/", a template's "$" or "{"; a member or a call after it is code's:
    # "secret = request.headers[…]", "os.getenv(…)")
    r"(?<=[A-Za-z0-9])[ ]*(?::|[ ]=)[ ]*(?=(?P<v>[A-Za-z0-9][^\s,;\"'`()\[\]{}<>]{0,63})"
    r"(?:[\s,;!?)]|\.(?![A-Za-z_(\[])|\Z))",
)
# A label compounded with a hyphen that ends in the secret's word: "Netbox-Token",
# "Discord-Bot-Token", "Shop-API-Key" (prose's name for a field, its value after a colon)
_COMPOUND_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-(?i:token|secret|api-?key)")
# The secret words a header's or a field's name holds (not "author", "authentic…",
# "authority": a person or a certificate's issuer); "key" only glued after lower-case
# letters ("Somethingkey": "primaryKey" and "keyboard" name no secret).
_NAME_SECRET = re.compile(
    r"(?i:token|secret|session|sess(?=[A-Z_\-])|apikey|api[_\-]key|cookie|authorization)"
    r"|(?i:auth)(?!(?i:or|ent|ori[st]))|(?<=[a-z])key(?![a-z])"
)
# a name that says the value is not the secret: its id, kind, lifetime, a switch about it
_NAME_ABOUT = re.compile(
    r"(?i:ids?(?![a-z])|identifier|type|name|url|uri|endpoint|expir|ttl|timeout|lifetime|length"
    r"|count|format|prefix|scope|mode|store|storage|state|status|enabled|disabled|required|hash"
    r"|digest|sha|md5|file|path|dir|header(?![a-z])|domain|same[_\-]?site|secure|http[_\-]?only"
    r"|max[_\-]?age|version|provider|method|level|service|server|host|port|user(?:name)?|login"
    r"|handler|manager|cache|table|driver|class|lock|counter|limit|policy|strategy"
    r"|public|publishable|pub(?![a-z])|existing|kind|ref(?![a-z])|resource|error|missing|invalid"
    r"|too[_\-]?(?:short|long))|(?<=[a-z])(?:Id|Type|Name|Url|Uri|Ref|Kind)(?![a-z])"
)


def name_about(name: str) -> bool:
    """Does ``name`` say its value is not the secret (its id, type, name, user, …)?"""
    return _NAME_ABOUT.search(name) is not None


# a value that names no secret: a scheme word (the secret follows it), a switch, a mask
_SCHEMES = frozenset("bearer basic token digest apikey negotiate sentry".split())
_NO_SECRET_VALUES = frozenset(
    (
        "none null nil empty true false yes no on off ok okay set unset required optional "
        "missing invalid expired revoked valid redacted hidden masked filtered removed stripped "
        "present absent undefined n/a na tbd todo default enabled disabled is was are not the "
        "a an und and or oder ist war der die das ein eine kein keine nicht leer gesetzt "
        "fehlt fehlend gültig ungültig abgelaufen same secure httponly lax strict name value "
        "type header key token secret string field wert feld"
    ).split()
)
_AFTER_SCHEME = re.compile(r"[ ]+(?P<v>[A-Za-z0-9][^\s,;\"'`()\[\]{}<>]{0,199})")
# the text speaks of headers or cookies ("Header", "Headers we send", "Sitzungs-Header")
_HEADER_TALK = re.compile(r"header|cookie|kopfzeile", _I)


def _header_value(value: str) -> bool:
    core = value.rstrip(".!?:")
    low = core.lower()
    if not core or low in _NO_SECRET_VALUES or words.is_null(core):
        return False
    if core.isdigit() and len(core) < 6:
        return False  # "session: 3", "token: 42" (a count, a step)
    if core[0] in "$%<{[" or set(core) <= set("*x•#.-_X"):
        return False  # a template or a mask
    if "=" in core:
        return False  # a cookie's pairs ("set-cookie: sid=x"): each judged by its own name
    return not words.is_non_secret_shape(core) or core.isalpha()


def header_field_values(text: str) -> list[Span]:
    """Values of fields named for their secret (see the module docstring)."""
    talk = _HEADER_TALK.search(text) is not None
    found: list[Span] = []
    for m in _HEADER_FIELD.finditer(text):
        name = m.group("name")
        secret = _NAME_SECRET.search(name)
        if secret is None or _NAME_ABOUT.search(name) is not None:
            continue
        if secret.group() != name and name.lower() in words.dictionary():
            continue  # a word that holds one ("monkey", "turkey"): no secret's name
        start, value = m.start("v"), m.group("v")
        if not talk:
            # ("token: x" in prose is the keyed rules' to judge by its shape; a compound
            # label's value only with a digit and a letter, "Netbox-Token: abc123")
            if not (
                _COMPOUND_LABEL.fullmatch(name)
                and any(c.isdigit() for c in value)
                and any(c.isalpha() for c in value)
            ):
                continue
        if value.lower() in _SCHEMES:
            # "authorization: Basic my-secret": the scheme names the kind, its value follows
            nxt = _AFTER_SCHEME.match(text, m.end("v"))
            if nxt is None:
                continue
            start, value = nxt.start("v"), nxt.group("v")
        if _header_value(value):
            core = value.rstrip(".!?:")
            found.append((start, start + len(core)))
    return found


# --- German verb-final ---------------------------------------------------------------------

_KEY_WORD = umlaut_spellings(
    r"(?:client[ _\-]?secret|api[ _\-]?(?:key|token|schlüssel)|secret(?:[ _\-]?key)?|token|"
    r"[\w\-]*schlüssel|geheimnis|zugangstoken|zugriffstoken|signing[ _\-]?secret)"
)
# the key word, up to four words (a genitive or a place: "unserer App-Registrierung", "im
# Webhook-Schritt"), the value, and the verb that gives it at the clause's end
_VERB_FINAL = re.compile(
    rf"(?<![\w\-])(?P<key>{_KEY_WORD})(?![\w\-])(?:[ ]+[^\s:=,;.!?()\"']{{1,40}}){{0,4}}?[ ]+"
    r"(?P<q>[\"'„“]?)(?P<v>[A-Za-z0-9_\-+/=~.]{8,200}?)(?P=q)[ ]+"
    + umlaut_spellings(r"(?:lautet|heißt|eingetragen|eingegeben|hinterlegt|gesetzt|verwendet)")
    + r"(?![\w\-])",
    _I,
)


def shaped_value(value: str) -> bool:
    """A secret's own shape: letters and digits mixed, no word, no number alone."""
    core = value.strip(".-_~")
    if len(core) < 8 or core.isdigit() or core.isalpha():
        return False
    if core.lower() in words.dictionary() or words.is_non_secret_shape(core):
        return False
    return any(c.isdigit() for c in core) and any(c.isalpha() for c in core)


def verb_final_values(text: str, looks_random: Callable[[str], bool]) -> list[Span]:
    """``<key word> … <value> lautet|eingetragen|…``: the value a German clause gives."""
    found: list[Span] = []
    for m in _VERB_FINAL.finditer(text):
        value = m.group("v")
        between = text[m.end("key") : m.start("v")].lower()
        if "id" in re.findall(r"[a-z]+", between):
            continue
        # (the verb settles it: any mix of letters and digits, "111zzz999", not "aaaa1111")
        if shaped_value(value) and (looks_random(value) or len(set(value)) >= 3):
            found.append(m.span("v"))
    return found


# --- the secret named in one sentence, ours given in the next (round 50) -----------------

# The secret named by its word, then a sentence that points back at it and gives the value
# in place of repeating the word: "… verlangt ein Shared Secret im Header X. Bei uns ist
# das hx_…", "The API needs a signing secret. Ours is …", "Unserer lautet …". The pointer
# ("bei uns", "ours", "mine") says the value is the customer's own one in use; the value
# must look random (``looks_random``, 16 characters at least), so no name or word counts.
_POINTED_SECRET = re.compile(
    umlaut_spellings(
        rf"(?<![\w\-])(?:{_KEY_WORD})(?![\w\-])[^.!?\n]{{0,80}}[.!?][ ]+"
        r"(?:bei[ ]+(?:uns|mir)[ ]+(?:ist|lautet)(?:[ ]+(?:das|der|es|er|sie))?"
        r"|(?:das|der|es|er|sie)[ ]+(?:ist|lautet)[ ]+bei[ ]+(?:uns|mir)"
        r"|(?:unserer|unseres|unsere|meiner|meins|meines|meine)[ ]+(?:ist|lautet)"
        r"|(?:ours|mine)[ ]+is|(?:ours|mine)['’]s|our[ ]+one[ ]+is|for[ ]+us[ ]+it(?:[ ]+is|['’]s))"
        r"[ ]+(?:(?:just|einfach|nur|currently|aktuell|gerade)[ ]+)?"
        r"(?P<q>[\"'„“`]?)(?P<v>[A-Za-z0-9_\-+/=~.]{16,200}?)(?P=q)"
        r"(?=[ ]*(?:[.,;!?)]|\s|\Z))"
    ),
    _I,
)
_POINTED_GATE = stdre.compile(
    r"bei (?:uns|mir)|unserer|unseres|unsere |meiner|meins|meines|meine |ours|mine|our one"
    r"|for us"
)


def pointed_values(text: str, low: str, looks_random: Callable[[str], bool]) -> list[Span]:
    """A secret named, then given in the next sentence by a pointer ("Bei uns ist das x")."""
    if _POINTED_GATE.search(low) is None:
        return []
    return [m.span("v") for m in _POINTED_SECRET.finditer(text) if looks_random(m.group("v"))]


# --- a key written as bytes ----------------------------------------------------------------

_BYTE_KEY = re.compile(
    umlaut_spellings(
        r"(?<![\w\-])(?P<key>[\w\-]*schlüssel|(?:network|netzwerk|encryption|master|link|shared"
        r"|secret|aes|psk|pre[ _\-]?shared)[ _\-]?key|key)"
    )
    + r"(?P<lead>[^\n:=]{0,30}?)[ ]*[:=]?[ ]*"
    r"(?P<v>[0-9A-Fa-f]{2}(?P<sep>[ :\-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){6,62})"
    r"(?![0-9A-Fa-f:\-])",
    _I,
)
_BYTE_ABOUT = re.compile(
    r"fingerprint|thumbprint|finger|serial|mac|ssid|hash|sha|md5|digest|id(?![a-z])|public|pub",
    _I,
)


def byte_key_values(text: str) -> list[Span]:
    """A key given as 8 to 64 hex bytes apart after a key word (not a fingerprint or id)."""
    found: list[Span] = []
    for m in _BYTE_KEY.finditer(text):
        lead = text[max(0, m.start() - 30) : m.start("v")]
        if _BYTE_ABOUT.search(lead) is not None:
            continue
        if len(set(m.group("v").replace(m.group("sep"), ""))) < 4:
            continue  # "00 00 00 …": no key given
        found.append(m.span("v"))
    return found


# --- a secret printed by a command ------------------------------------------------------

# A command line that prints a stored secret: a file named for one shown (``cat
# …/CLIENT_SECRET.txt``), a Kubernetes secret decoded (``kubectl get secret … | base64
# -d``); its output is the next line, maybe after an arrow or a prompt's mark. (Both name a
# secret word: the pre-check's literals find the message.)
_PRINTED_SECRET = re.compile(
    r"(?:^|\n)[ \t]*(?:[^\n:$#>]{1,30}:[ ]+)?(?:[$#>][ ]*)?"
    r"(?P<cmd>(?:cat|type|more|less|head|Get-Content|gc)[ ]+"
    r"[^\s]*(?i:secret|token|api[_\-]?key|private[_\-]?key|credential|[_\-.]key(?![a-z]))[^\s]*"
    r"|kubectl[ ]+get[ ]+secrets?[ ][^\n]*?base64[ ]+(?:-d|--decode|-D))"
    r"[ \t]*\n[ \t]*(?:→|->|=>|>)?[ \t]*(?P<v>[A-Za-z0-9_\-+/=~.]{16,512})[ \t]*(?=\n|\Z)"
)
_PUBLIC_FILE = re.compile(r"pub|public|\.crt|cert|sha\d|md5|sums?(?![a-z])|hash", _I)


def printed_secret_values(text: str, looks_random: Callable[[str], bool]) -> list[Span]:
    """The random token alone on the line after a command that prints a stored secret."""
    return [
        m.span("v")
        for m in _PRINTED_SECRET.finditer(text)
        if _PUBLIC_FILE.search(m.group("cmd")) is None and looks_random(m.group("v"))
    ]


# A random generator's output: what ``openssl rand -base64 n`` or ``-hex n`` printed, given
# after it in the same message ("openssl rand -base64 45 gave me: x"): key material (20+
# characters: the pre-check's token run finds it).
_GENERATED = re.compile(
    r"openssl[ ]+rand[ ]+-(?P<kind>base64|hex)[ ]+\d{1,4}(?P<gap>[^\n]{0,80}?(?:\n[ \t]*)?)"
    r"(?<![A-Za-z0-9+/=])(?P<v>[A-Za-z0-9+/]{20,512}={0,2})(?![A-Za-z0-9+/=])"
)


def generated_values(text: str, looks_random: Callable[[str], bool]) -> list[Span]:
    found = []
    for m in _GENERATED.finditer(text):
        value = m.group("v")
        hex_kind = m.group("kind") == "hex"
        if hex_kind and not all(c in "0123456789abcdefABCDEF" for c in value):
            continue
        if looks_random(value):
            found.append(m.span("v"))
    return found


# --- an assignment handed over by a key word's colon ---------------------------------------

# "api secret in env: SPVAR3=\"x\"": the key word names what the line after its colon
# gives, whatever the variable is called; the assigned value (to its closing quote) is it
_LABELLED_ASSIGNMENT = re.compile(
    umlaut_spellings(
        r"(?<![\w\-])(?:api[ _\-]?(?:key|secret|token)|secret|token|schlüssel|geheimnis)"
    )
    + r"(?![\w\-])[^\n:=]{0,30}:[ ]*(?P<name>[A-Za-z_][A-Za-z0-9_]{0,40})=(?:(?P<q>[\"'])"
    r"(?P<qv>[^\"'\n]{8,256})(?P=q)|(?P<v>[^\s\"']{8,256}))",
    _I,
)


def labelled_assignment_values(text: str, looks_random: Callable[[str], bool]) -> list[Span]:
    found = []
    for m in _LABELLED_ASSIGNMENT.finditer(text):
        group = "qv" if m.group("qv") is not None else "v"
        value = m.group(group)
        if _NAME_ABOUT.search(m.group("name")) is not None:
            continue  # "just a trace: trace_id=…": the variable names an id, not the secret
        if " " not in value and value[0] not in "$<{[%" and looks_random(value):
            found.append(m.span(group))
    return found


# --- a session's id -----------------------------------------------------------------------

# A session id is the session's bearer secret (whoever holds it is signed in), unlike other
# ids ("trace id", "request id"): named so, a random value of 16+ characters.
_SESSION_ID = re.compile(
    r"(?<![\w\-])(?:(?:j|php)?session[ _\-]?id|sitzungs[ _\-]?id)"
    r"[ ]*(?::|=|[ ]is[ ]|[ ]ist[ ])[ ]*(?P<q>[\"']?)(?P<v>[A-Za-z0-9_+/=.%]{24,256})(?P=q)"
    r"(?![\w\-+/=.%])",
    _I,
)
# (a value in dashed groups, a UUID's or "8f2c-41ab-9d07-c3e1", is an app's session number
# shown in its About dialog, read out to support; a web session's token is one run of 24+;
# a Twilio "Account SID" is its public id: "SID" alone is not read)


def session_id_values(text: str, looks_random: Callable[[str], bool]) -> list[Span]:
    return [m.span("v") for m in _SESSION_ID.finditer(text) if looks_random(m.group("v"))]


# --- secrets inside a connection string's property list ------------------------------------

# "authMechanismProperties=AWS_SESSION_TOKEN%3Ax": a property named for its secret, its colon
# percent-encoded in a URL (or plain in a property list after "=" or ",")
_PROPERTY_SECRET = re.compile(
    r"(?<=[=,])(?P<name>[A-Za-z_]*(?i:token|secret|_key|password))(?:%3[Aa]|:)"
    r"(?P<v>[^\s,&%\"'<>]{3,256})"
)


def property_values(text: str) -> list[Span]:
    return [
        m.span("v")
        for m in _PROPERTY_SECRET.finditer(text)
        if not words.is_null(m.group("v")) and m.group("v")[0] not in "$<{["
    ]


# --- formats with their own frame ----------------------------------------------------------

_OPENVPN_KEY = re.compile(
    r"-----BEGIN OpenVPN Static key V1-----[ \t]*\r?\n"
    r"(?P<v>[0-9a-fA-F]{16,64}(?:[ \t]*\r?\n[ \t]*[0-9a-fA-F]{16,64})*)"
)
_WOO_KEY = re.compile(r"(?<![\w\-])c[ks]_[0-9a-f]{40}(?![\w\-])")
# a vendor's key tagged with its environment, its body shorter than ``credential._TAGGED``
# reads (12 to 23): upper, lower and digits mixed, as no word or id is
_ENV_TAGGED = re.compile(
    r"(?<![\w\-.$/])(?P<vendor>[a-z]{2,8})_(?:live|test|prod)_"
    r"(?P<body>(?=[A-Za-z]*\d)(?=[A-Z0-9]*[a-z])(?=[a-z0-9]*[A-Z])[A-Za-z0-9]{12,23})"
    r"(?![\w\-])"
)
_PUBLIC_VENDOR = frozenset("pk pub public publishable".split())


def _entropy(value: str) -> float:
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


# Adyen's API key: "AQE", base64, "==-", a second base64 part, "=-" and a short tail of any
# printable characters (the tail included: the key is the whole string)
_ADYEN_KEY = re.compile(
    r"(?<![\w+/])AQE[A-Za-z0-9+/]{40,}={0,2}-[A-Za-z0-9+/]{30,}={0,2}-[\x21-\x7e]{4,40}"
)
# Facebook's app access token: the app's id, a bar, the app secret's 32 hex digits
# (not a table's cells: "| id | hash |")
_APP_TOKEN = re.compile(
    r"(?<![\d|])(?<!\|[ ])\d{15,16}[ ]?\|[ ]?(?P<v>[0-9a-f]{32})(?![0-9A-Za-z|])(?![ ]\|)"
)


def framed_values(text: str) -> list[Span]:
    """OpenVPN static keys, WooCommerce keys, short environment-tagged vendor keys, Adyen
    keys, Facebook app access tokens."""
    found: list[Span] = []
    if "AQE" in text:
        found.extend(m.span() for m in _ADYEN_KEY.finditer(text))
    if "|" in text:
        found.extend(
            m.span("v") for m in _APP_TOKEN.finditer(text) if _entropy(m.group("v")) >= 3.0
        )
    if "OpenVPN Static key" in text:
        found.extend(m.span("v") for m in _OPENVPN_KEY.finditer(text))
    if "ck_" in text or "cs_" in text:
        found.extend(m.span() for m in _WOO_KEY.finditer(text) if _entropy(m.group()[3:]) >= 3.0)
    if "_live_" in text or "_test_" in text or "_prod_" in text:
        found.extend(
            m.span()
            for m in _ENV_TAGGED.finditer(text)
            if m.group("vendor") not in _PUBLIC_VENDOR and _entropy(m.group("body")) >= 3.3
        )
    return found


# Cheap necessary conditions of the rules (stdlib scans of the lower-cased text, or of the
# text for the byte layout): most chat holds none, and skips the rules' own scans.
_KEY_TALK = stdre.compile(
    umlaut_spellings(r"key|secret|token|auth|cookie|sess|sid|schlüssel|geheimnis|sitzung")
)
_HEADER_GATE = stdre.compile(
    r"(?:token|secret|sess|apikey|api[_\-]key|cookie|auth|key)"
    r"[a-z0-9_\-]{0,40}[ ]*(?::|[ ]=)"
)
_PROPERTY_GATE = stdre.compile(r"(?:token|secret|_key|password)(?::|%3a)")
_ASSIGNMENT_GATE = stdre.compile(r":[ ]*[a-z_][a-z0-9_]{0,40}=")
_BYTES_GATE = stdre.compile(r"[0-9A-Fa-f]{2}([ :\-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}")
_SESSION_GATE = stdre.compile(
    r"(?:session[ _\-]?id|sitzungs[ _\-]?id)[ ]*(?::|=|[ ]is[ ]|[ ]ist[ ])"
)
_PRINTER_GATE = stdre.compile(r"(?:cat|type|more|less|head|get-content|gc)[ ]|kubectl")
_VERB_GATE = stdre.compile(
    umlaut_spellings(r"lautet|heißt|eingetragen|eingegeben|hinterlegt|gesetzt|verwendet")
)


def context_spans(
    text: str, low: str, looks_random: Callable[[str], bool]
) -> tuple[list[Span], list[Span]]:
    """Credential spans of this module's rules in ``text`` (``low``: lower-cased), and those
    of them the name settles (no word or code check may drop them: "secret: four").
    ``looks_random``: the credential module's judgement of a random token."""
    found = framed_values(text)
    settled: list[Span] = []
    if "openssl" in low and "rand" in low:
        found.extend(generated_values(text, looks_random))
    if _PROPERTY_GATE.search(low) is not None:
        found.extend(property_values(text))
    if _KEY_TALK.search(low) is None:
        return found, settled
    if _HEADER_GATE.search(low) is not None:
        named = header_field_values(text)
        found.extend(named)
        settled.extend(named)
    if _ASSIGNMENT_GATE.search(low) is not None:
        found.extend(labelled_assignment_values(text, looks_random))
    if _VERB_GATE.search(low) is not None:
        found.extend(verb_final_values(text, looks_random))
    found.extend(pointed_values(text, low, looks_random))
    if _BYTES_GATE.search(text) is not None:
        found.extend(byte_key_values(text))
    if "\n" in text and _PRINTER_GATE.search(low) is not None:
        found.extend(printed_secret_values(text, looks_random))
    if _SESSION_GATE.search(low) is not None:
        session = session_id_values(text, looks_random)
        found.extend(session)
        settled.extend(session)  # (its name settles it: "session id" is no mere label)
    return found, settled
