"""Secrets in the files customers paste from tools, read by each format's layout (round 42).

Most tool formats are read already (INI, YAML, .env, JSON, connection strings, URLs, curl,
mysql, sshpass, ldapsearch, Authorization headers, cookies, pgpass, CSV exports, tables).
What a probe of every format with invented values still missed were layouts where no
password word stands right before the value, or where a blank, not ``=``/``:``, joins
them. Each is read here by the place the format gives the secret, not by the value's
shape, and every value is judged by the one literal test of pasted code
(``code_secrets.is_literal``: no reference, template, stand-in, null or repeated
character):

- **positional lines** (``positional_lines``): the format fixes the column. Postfix's
  ``sasl_passwd`` (``[smtp.host]:587 user:PASS``, the rest of the line, blanks included)
  and an SMTP ``AUTH LOGIN`` transcript (the line after the server's ``334 UGFzc3dvcmQ6``,
  base64 for "Password:");
- **a key and its quoted value joined by a blank** (``spaced_keys``): a directive at a
  line's start (``password "x"``, ``Pass 'x'``) and a .netrc entry's ``password`` after
  ``login u`` (``machine h login u password "Nebel Wald 7"``);
- **a key's name in one attribute, its value in another or in the element's text**
  (``named_attributes``): ``<property name="password" value="x"/>``,
  ``<entry key="db.password">x</entry>``;
- **TOML's multi-line strings** (``triple_quoted``): ``password = \"\"\"x\"\"\"``;
- **Wi-Fi keys** (``wifi_keys``): ``psk=x``, ``sae_password=x`` anywhere in a line (the
  key names nothing but the network's secret).

Stored hashes are no password here: an htpasswd line's ``$apr1$``/``$2y$``/``{SHA}`` and an
LDIF ``{SSHA}`` value are what a server keeps, not what a person types; no reader here takes
them (no layout above holds them) and the rules before leave them too.

Every reader runs behind a literal gate (``spans``); the common chat message has none.
"""

from __future__ import annotations

import regex as re

from redaction import words
from redaction.recognizers.code_secrets import is_literal, is_secret_key

# a value that asks for the secret instead of giving it: "Passwort eingeben", "enter PIN"
_ASKS_FOR_IT = re.compile(
    r"(?i)(?=.*[ ])(?:.*(?<![^\W_])(?:pass(?:word|wort)?|kennwort|pin|secret|token|key)"
    r"(?![^\W_]))"
)


def _value(value: str, text: str) -> bool:
    """Is what a format's place holds a value: a literal (``is_literal``), not a null and not
    a form's prompt ("Passwort eingeben")?"""
    return (
        is_literal(value, text) and not words.is_null(value) and _ASKS_FOR_IT.match(value) is None
    )


# Postfix's sasl_passwd: a relay host (in brackets, or a dotted name with its port), then
# "user:password" to the line's end; at a line's start or after a colon introducing it
_SASL_PASSWD_LINE = re.compile(
    r"(?m)(?:^|(?<=:[ ]))[ \t]*"
    r"(?:\[[A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z0-9.\-]+\](?::(?:\d{1,5}|[a-z]+))?"
    r"|[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)+:(?:\d{1,5}|submission|smtps?))"
    r"[ \t]+(?P<user>[^\s:\[\]]*[A-Za-z][^\s:\[\]]*):(?P<v>\S[^\n]*?)[ \t]*$"
)
# a user that is no e-mail address needs the text to name the map ("sasl_passwd")
_MAIL_MAP = re.compile(r"(?i)passwd")
# the server's AUTH LOGIN prompt for the password, base64 of "Password:" (any case of p)
_AUTH_LOGIN_PROMPT = re.compile(
    r"(?m)^[ \t]*(?:[SC]:[ \t]*)?334[ \t]+[Uc]GFzc3dvcmQ6[ \t]*\n"
    r"[ \t]*(?:C:[ \t]*)?(?P<v>[A-Za-z0-9+/]{4,}={0,2})[ \t]*$"
)

_AUTH_LOGIN = re.compile(r"(?i)auth[ ]+login")


def positional_lines(text: str) -> list[tuple[int, int]]:
    """``[smtp.host]:587 user:x`` (sasl_passwd), the line after ``334 UGFzc3dvcmQ6``."""
    spans = []
    if ":" in text:
        mail_map = _MAIL_MAP.search(text) is not None
        for m in _SASL_PASSWD_LINE.finditer(text):
            if ("@" in m.group("user") or mail_map) and _value(m.group("v"), text):
                spans.append(m.span("v"))
    if "334" in text and _AUTH_LOGIN.search(text) is not None:  # (a colon-less transcript)
        spans.extend(m.span("v") for m in _AUTH_LOGIN_PROMPT.finditer(text))
    return spans


# a directive and its quoted value joined by blanks at a line's start ("Pass 'x'",
# "password \"x\";"), or a .netrc entry's password after its login
_QUOTED_END = r"[ \t]+(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)[ \t]*;?[ \t]*$"
_SPACED_KEY = re.compile(r"(?m)^[ \t]*(?P<key>[A-Za-z_][\w.\-]{0,40})" + _QUOTED_END)
_NETRC_PASSWORD = re.compile(
    r"(?m)(?<![\w\-])login[ \t]+\S+[ \t]+(?P<key>password|passwd)" + _QUOTED_END
)


def spaced_keys(text: str) -> list[tuple[int, int]]:
    """``password "Nebel Wald 7"`` (a directive, a .netrc entry): the quoted value."""
    found = list(_SPACED_KEY.finditer(text))
    if "login" in text:
        found.extend(_NETRC_PASSWORD.finditer(text))
    return [
        m.span("v") for m in found if is_secret_key(m.group("key")) and _value(m.group("v"), text)
    ]


# an element naming its key in one attribute and giving the value in another attribute
# (either order) or as its text: <property name="password" value="x"/>, <entry key="pw">x<
_ATTR = r"(?P<{n}>[\"'])(?P<{v}>[^\"'\n<>]{{1,64}})(?P={n})"
_OTHER_ATTRS = r"(?:[ \t]+[\w:.\-]+=[\"'][^\"'\n<>]*[\"'])*?[ \t]+"
_NAMING = r"(?:key|name|id)="
_NAMED_ATTRIBUTE = re.compile(
    r"<[A-Za-z][\w:.\-]*"
    + _OTHER_ATTRS
    + "(?:"
    # name first, value after: <property name="password" value="x"/>
    + _NAMING
    + _ATTR.format(n="q1", v="key")
    + _OTHER_ATTRS
    + "value="
    + _ATTR.format(n="q2", v="v")
    # value first, name after: <add value="x" key="SmtpPassword"/>
    + "|value="
    + _ATTR.format(n="q3", v="v2")
    + _OTHER_ATTRS
    + _NAMING
    + _ATTR.format(n="q4", v="key2")
    # the value as the element's text, or a .NET setting's <value>: <entry key="pw">x</entry>
    + "|"
    + _NAMING
    + _ATTR.format(n="q5", v="key3")
    + r"[^<>]*>(?:[ \t]*\n?[ \t]*<value>)?(?P<v3>[^<>\n]{1,64})</)"
)


def named_attributes(text: str) -> list[tuple[int, int]]:
    """``<property name="password" value="x"/>``, ``<entry key="password">x</entry>``."""
    spans = []
    for m in _NAMED_ATTRIBUTE.finditer(text):
        key, value = next(
            kv for kv in (("key", "v"), ("key2", "v2"), ("key3", "v3")) if m.group(kv[0])
        )
        literal = m.group(value).strip()
        if is_secret_key(m.group(key)) and _value(literal, text):
            start = m.start(value) + m.group(value).index(literal)
            spans.append((start, start + len(literal)))
    return spans


# TOML's multi-line basic and literal strings given to a key: password = """x"""
_TRIPLE_QUOTED = re.compile(
    r"(?m)^[ \t]*(?P<key>[A-Za-z_][\w.\-]{0,40})[ \t]*=[ \t]*(?P<q>\"\"\"|''')"
    r"(?P<v>[^\"'\n]{1,64})(?P=q)"
)


def triple_quoted(text: str) -> list[tuple[int, int]]:
    """``password = \"\"\"drei Wörter hier\"\"\"``: the string a secret's key is given."""
    return [
        m.span("v")
        for m in _TRIPLE_QUOTED.finditer(text)
        if is_secret_key(m.group("key")) and _value(m.group("v"), text)
    ]


# a Wi-Fi network's key: wpa_supplicant's psk, hostapd's wpa_passphrase/sae_password
_WIFI_KEY = re.compile(
    r"(?<![\w\-.])(?:psk|wpa_psk|wpa_passphrase|sae_password)=(?P<q>[\"']?)"
    r"(?P<v>[^\s\"']{2,64}|(?<=[\"'])[^\"'\n]{2,64})(?P=q)(?=[\s,;)]|\Z)"
)


def wifi_keys(text: str) -> list[tuple[int, int]]:
    """``psk=Wohnzimmer``: the value of a Wi-Fi key, anywhere in a line."""
    return [m.span("v") for m in _WIFI_KEY.finditer(text) if _value(m.group("v"), text)]


# a two-cell row of a pipe table, its first cell a label: "| Passwort | x |", "WLAN-Key | x"
_LABELLED_ROW = re.compile(
    r"(?m)^[ \t]*\|?[ \t]*(?P<key>[^|\n]{1,40}?)[ \t]*\|[ \t]*(?P<v>[^|\n]{1,64}?)[ \t]*\|?[ \t]*$"
)
# a label whose last word names a secret: "Passwort", "Admin password", "WLAN-Schlüssel"
_SECRET_LABEL = re.compile(
    r"(?i)(?:\A|[ \-_/])(?:passwor[dt]|kennwort|passwd|pwd?|passphrase|pin|secret|token"
    r"|(?:wlan|wifi|wi-fi|wpa2?|netzwerk|network)[ \-]?(?:schlüssel|schluessel|key))\Z|\Apass\Z"
)


def _cell_value(value: str, text: str) -> bool:
    """Is a table cell a value: one token not rejected by its shape, or several with a digit
    or a symbol among them (not a note: "siehe Tresor", "wie oben", "nicht gesetzt")?"""
    if not _value(value, text):
        return False
    tokens = value.split()
    if len(tokens) == 1:
        return words.likeness(value) != words.REJECT
    return any(not t.isalpha() for t in tokens) and not any(
        t.lower() in words.STOP_WORDS for t in tokens
    )


def labelled_rows(text: str) -> list[tuple[int, int]]:
    """``| Passwort | Kaffeetasse |``: the value cell of a row whose label names a secret."""
    return [
        m.span("v")
        for m in _LABELLED_ROW.finditer(text)
        if _SECRET_LABEL.search(m.group("key").strip()) and _cell_value(m.group("v"), text)
    ]


# a sasl_passwd line's relay: "]:" after a bracketed host, or a dotted name and its port
_RELAY_GATE = re.compile(r"\]:|\.[A-Za-z]{2,}:(?:\d|submission|smtp)")


def spans(text: str) -> list[tuple[int, int]]:
    """Every reader of this module whose literals are in the text."""
    found: list[tuple[int, int]] = []
    if " " in text and ("334" in text or (":" in text and _RELAY_GATE.search(text) is not None)):
        found.extend(positional_lines(text))
    if '"' in text or "'" in text:
        if " " in text:
            found.extend(spaced_keys(text))
        if "<" in text and ("value=" in text or "</" in text):
            found.extend(named_attributes(text))
        if '"""' in text or "'''" in text:
            found.extend(triple_quoted(text))
    if "|" in text:
        found.extend(labelled_rows(text))
    if "psk=" in text or "sae_password=" in text or "passphrase=" in text:
        found.extend(wifi_keys(text))
    return found
