"""Rows and columns: the other values of a list or a table one of whose values is a secret.

Customers paste lists of accounts, PINs and codes: "jkim → Blossom#88" ⏎ "rpatel →
Saffron_2211", "Ahmet 4471" ⏎ "Birgit 0928" under "Zeiterfassungs-PINs:", a CSV export under
"extension;displayname;secret", "Monteur 1: 1357 / Monteur 2: 2468" after "SIM-PINs:". The
recognizers read each value alone and find some of them; the rest of the column is the same
kind of thing. This module masks a list's or a table's *column*:

- a table's header names a secret's column ("Name⇥Login⇥Passwort", "Building | Door
  code"): that column's cell in each row beneath it, never another column's, and never a
  cell that holds no value ("(none)", "same as B", "—");
- rows of the same shape (the same separators between their cells: a line each, or the
  items of one line joined by "/", "," or ";") where one row's cell is masked, or under a
  heading that names secrets ("PUKs für die Firmenhandys:"): that cell's column in the
  sibling rows, when the cell is shaped like a value.

A row of another shape ends the list ("Rufnummern 0151 …" after the PUKs). Only a text with
a masked value and a line break, or with a colon, a tab, a pipe or a semicolon and a word
that names secrets, pays for more than one scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redaction import words
from redaction.field_reading import other_field
from redaction.password_features import keyed_cell, word_kind
from redaction.published_values import hinted, published
from redaction.siblings import same_class, shape_class
from redaction.stand_ins import stand_in
from redaction.types import CREDENTIAL, PASSWORD, Entity

_NAME = "rows"
#: The types whose column is masked with them.
_TYPES = frozenset({PASSWORD, CREDENTIAL})
#: The most lines read (a long paste is a log, not a list someone typed).
_MAX_LINES = 60
#: The most masked values whose rows are looked for.
_MAX_SOURCES = 12
#: A table's column name has at most this many words ("Door code", "Passwort (neu)").
_HEAD_WORDS = 3

#: A word that names secrets in a heading or a column's name (plural or not).
_SECRET_WORD = re.compile(
    r"(?i)passw|paßw|kennw[oö]rt|pass-?codes?\b|(?<![^\W\d_])pins?(?![^\W\d_])|"
    r"(?<![^\W\d_])puks?(?![^\W\d_])|codes?(?![^\W\d_])|voucher|secrets?(?![^\W\d_])|"
    r"(?<!ver)schlüssel(?!ung)|(?<![^\W\d_])keys?(?![^\W\d_])|(?<![^\W\d_])tans?(?![^\W\d_])|zugangsdaten|"
    r"credentials|(?<![^\W\d_])networks?(?![^\W\d_])|netzwerke|wlans?(?![^\W\d_])|wi-?fi"
)
#: The stems of ``_SECRET_WORD`` (lower case): a scan many times cheaper than the word
#: pattern's, which then runs only where a stem stands.
_SECRET_STEM = re.compile(
    r"pas|paß|kennw|pin|puk|code|voucher|secret|schlüssel|key|tan|zugangsdaten|credential|"
    r"network|netzwerk|wlan|wi-?fi"
)
#: Codes nobody keeps secret ("Fehlercodes", "zip codes", "Rabattcodes").
_PUBLIC_CODE = re.compile(
    r"(?i)(?:fehler|error|zip|post|status|http|exit|return|produkt|product|artikel|country|"
    r"länder|area|iso|qr|bar|promo|rabatt|discount|gutschein|coupon|farb|colou?r|zoll|hs|"
    r"steuer|tax|buchungs|konten|sku|dial|vorwahl|region|lang|sprach|short|kurz)[- ]?codes?"
    r"|(?:public|öffentliche[rn]?|ssh-?host|gpg|pgp|primary|foreign|sort|lizenz|license|"
    r"licence|product|produkt|serial|activation|aktivierungs)[-_ ]?(?:keys?|schlüssel)"
    r"|hash|digest|fingerprint|checksum|prüfsumme"
)
#: A process or a rule about passwords, named in a heading ("(password reset flag true):",
#: "Passwort-Richtlinie:"): no secret named (round 60)
_PROCESS = re.compile(
    r"(?i)pass(?:wor[dt])?[- ]?(?:reset|zurücksetz\w*|richtlinie|policy|policies|manager)"
)
#: Identifiers a heading may name beside a secret's word ("Order numbers for the PIN
#: letters:", "Seriennummern der Geräte mit PIN-Sperre:"): the list is theirs.
_IDENTIFIERS = re.compile(
    r"(?i)numbers?\b|nummer|\bnr\b|\bids?\b|serial|imei|tracking|invoice|rechnung|ticket|"
    r"durchwahl|extensions?\b|\bdates?\b|datum|preise?|prices?"
)
#: Label words that name a value other than a secret (a config key's parts, a form's).
_OTHER_LABELS = frozenset(
    "id sid uid user username benutzer benutzername nutzer login name host hostname server "
    "port url uri email e-mail mail account konto region database db endpoint domain ssid "
    "netz network tenant client org organization".split()
)
_LABEL_PARTS = re.compile(r"[\s_.:=→>|;\t-]+")
#: Column names too bare to name a secret ("| Key | Value |": a key-value table's keys).
_BARE_NAMES = frozenset({"key", "keys", "schlüssel", "code", "codes"})
#: What a table's columns are parted by.
_COLUMN_SEPARATORS = ("\t", "|", ";", ",")
#: A pipe table's rule beneath its header ("|---|---|", "-----+-----").
_RULE = re.compile(r"[\s|:+=-]+")
#: What parts a row's cells (the parting itself is the row's shape).
_CELL_SEP = re.compile(r"[ \t]*(?:→|->|=>|⇒|:|=|\t|;|\|)[ \t]*|[ \t]+")
#: What parts a line's items ("1357 / 2468", "4821-7730, 9912-0457").
_ITEM_SEP = re.compile(r"[ \t]*(?:/|,|;)[ \t]+|[ \t]+/[ \t]*|(?<=\S)[ \t]{3,}(?=\S)")
#: A value of digit groups ("8471 0293", "4821-7730").
_DIGIT_GROUPS = re.compile(r"\d{3,6}(?:[ -]\d{3,6}){1,3}")
_DIGIT_RUN = re.compile(r"\d+")
#: Signs of code, not of a heading's words ('s3 = client(', "{key:").
_CODE_SIGNS = re.compile(r"[={\[<>]")
_TRAIL = "\"'“”„‚‘’«»`.,;!?)(…"
_QUOTES = "\"'“”„‚‘’«»`"


def rows(text: str, entities: list[Entity], *, headings: bool = True) -> list[Entity]:
    """The cells of ``text``'s lists and tables that share a column with a masked value or
    stand in a column a header or a heading names a secret's (offsets in ``text``), not
    overlapping ``entities``; ``headings=False`` looks only beside masked values."""
    has_break = "\n" in text
    sources = [e for e in entities if e.type in _TYPES][:_MAX_SOURCES] if has_break else []
    shown = _shown_masks(text) if has_break and ("****" in text or "••••" in text) else []
    named = headings and (has_break or ":" in text) and _names_secrets(text)
    if not sources and not named and not shown:
        return []
    lines = list(_lines(text))[:_MAX_LINES]
    taken = [(e.start, e.end) for e in entities]
    found: list[Entity] = []
    public = hinted(text)

    def add(etype: str, start: int, end: int) -> None:
        if end > start and not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            if etype in (PASSWORD, CREDENTIAL) and (
                stand_in(text, start, end) or other_field(text, start, end)
            ):
                # "(1Password: OCA prod)" in a password column: where it is kept;
                # "Kundennr.: 5583-2201" in a column beside one: another field's
                return
            if public and published(text, start, end):
                return  # "Public Key: pk_test_…": a public key's row
            found.append(Entity(etype, start, end, 0.6, _NAME))

    if named:
        for i, (start, end) in enumerate(lines):
            line = text[start:end]
            if not _names_secrets(line) or _PUBLIC_CODE.search(line) is not None:
                continue
            for s, e in _header_column(text, lines, i):
                add(PASSWORD, s, e)
            for s, e in _headed_list(text, lines[i:]):
                add(PASSWORD, s, e)
    for source in sources:
        for s, e in _column_of(text, lines, source):
            add(source.type, s, e)
    for source in shown[:_MAX_SOURCES]:
        if _labels_secret(text[text.rfind("\n", 0, source.start) + 1 : source.start]):
            # "FTP-Passwort   ********" ⏎ "Datenbank   d04419aa": a list of labelled fields,
            # each row's label names its own value (round 59)
            continue
        for s, e in _column_of(text, lines, source, indented=True):
            add(source.type, s, e)
    return found


#: A value a console or a form shows masked ("********", "••••••"), a cell of its own.
_SHOWN_MASK = re.compile(r"(?<=[ \t|;:])(?:\*{4,}|•{4,})(?=[ \t]*(?:\n|\Z|[|;]))")


def _shown_masks(text: str) -> list[Entity]:
    """The masked cells another program printed in a listing's rows (round 35): "alice
    ********" ⏎ "kiosk Kiosk!2026" shows that column is the passwords', whichever row the
    program left in plain."""
    return [Entity(PASSWORD, m.start(), m.end(), 0.6, _NAME) for m in _SHOWN_MASK.finditer(text)]


def _names_secrets(text: str) -> bool:
    """Does ``text`` hold a word that names secrets ("PINs", "Passwörter", "codes")?"""
    return _SECRET_STEM.search(text.lower()) is not None and _SECRET_WORD.search(text) is not None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Each line's span, trailing spaces left out."""
    at = 0
    for line in text.split("\n"):
        yield at, at + len(line.rstrip())
        at += len(line) + 1


def _header_column(text: str, lines: list[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The cells beneath a table header (line ``i``) in the column it names a secret's."""
    start, end = lines[i]
    line = text[start:end]
    sep = next((s for s in _COLUMN_SEPARATORS if s in line), "")
    if not sep or any(ch.isdigit() or ch == "@" for ch in line):
        return []
    if "(" in line.split(sep, 1)[0] or keyed_cell(line.split(sep)):
        return []  # 'modparam("auth_db", "password_column", …)': a call's arguments; '"password":
        # "",': a JSON object's key and value, no header (round 61)
    if i > 0 and text[lines[i - 1][0] : lines[i - 1][1]].count(sep) == line.count(sep):
        return []  # a row of a table ("| SMTP password | (set in vault) |"), not its header
    names = line.split(sep)
    count = len(names)
    columns = []
    for k, name in enumerate(names):
        name = name.strip().strip(_QUOTES)
        if not name:
            continue
        if len(name.split()) > _HEAD_WORDS:
            return []
        if name[:1] == "(" or (words.is_null(words.trim(name)) and not _names_secret(name)):
            return []  # "Passwort⇥(leer)": a label and its (empty) value, no header
        if _names_secret(name):
            columns.append(k)  # every column the header names a secret's ("Door code",
            # "Alarm PIN")
    if not columns or (sep == "," and count < 3):
        return []
    out = []
    for s, e in lines[i + 1 :]:
        row = text[s:e]
        if _RULE.fullmatch(row):
            continue
        if row.count(sep) != count - 1:
            break
        at = s
        for k, cell in enumerate(row.split(sep)):
            if k in columns:
                lead = len(cell) - len(cell.lstrip())
                value = cell.strip()
                if _cell_value(value):
                    out.append((at + lead, at + lead + len(value)))
            at += len(cell) + 1
    return out


def _names_secret(name: str) -> bool:
    """A column's name that names a secret ("Passwort", "secret", "Door code", "PIN")."""
    if _PUBLIC_CODE.search(name) or name.lower() in _BARE_NAMES:
        return False
    if _LABEL_PARTS.split(name.lower())[-1] in _OTHER_LABELS:
        return False  # a compound's last part names its thing: "WLAN-Name", "Netzwerk SSID"
    return _SECRET_WORD.search(name) is not None or any(
        word_kind(w) in ("pw", "pin", "wifi") for w in name.split()
    )


def _cell_value(value: str) -> bool:
    """A table's cell that holds a value: one token, not "(none)", "—" or "same as B"."""
    core = value.strip(_QUOTES)
    return (
        bool(core)
        and not any(ch.isspace() for ch in core)
        and any(ch.isalnum() for ch in core)
        and not words.is_null(words.trim(core))
        and not words.is_non_secret_shape(core)
    )


def _headed_list(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values of a list after a heading (``lines[0]``) that names secrets and ends on a
    colon: the rows beneath it, or the items after the colon on the same line or on the one
    line beneath. A heading is words ("SIM-PINs der Monteurhandys:"), not a lone label
    ("password:" over a config's other keys) or code ('"key3":')."""
    start, end = lines[0]
    colon = text.find(":", start, end)
    heading = text[start:colon]
    if (
        colon < 0
        or len(heading.split()) < 2
        or not _names_secrets(_PROCESS.sub(" ", heading))
        or _CODE_SIGNS.search(heading) is not None
        or _IDENTIFIERS.search(heading) is not None
    ):
        return []
    rest = text[colon + 1 : end]
    if rest.strip():
        inline = _items(text, colon + 1, _sentence_end(text, colon + 1, end))
        return _column(text, inline, labelled_alike=True)
    block: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(lines[1:]):
        if s == e:
            if block or k:
                break
            continue  # (one blank line between a heading and its list)
        block.append((s, e))
    if len(block) > 1 and (run := _column(text, _same_shape_run(text, block))):
        return run
    if len(block) > 1 and (labelled := _labelled_values(text, block)):
        return labelled
    # the items of the lines beneath it ("8471 0293 / 1958 3320", a grid of codes)
    items: list[tuple[int, int]] = []
    for s, e in block:
        line_items = _items(text, s, e, 1 if items else 2)
        if not line_items or (len(line_items) == 1 and " " in text[slice(*line_items[0])]):
            break  # (a line of one item goes on a grid only as one token: "r2hv-6sgl   …")
        items += line_items
    return _column(text, items, labelled_alike=True)


#: A line of a note that labels its value: "Office door: 4471#", "Gäste-WLAN: x".
_LABELLED_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?P<label>[^\W\d_][^:\n]{0,30}?)[ \t]*:[ \t]*(?P<v>\S+)[ \t]*"
)


def _labelled_values(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values of a note's lines under a heading that names secrets, each line its own
    label and a colon ("Office door: 4471#" ⏎ "Server room lockbox: 0918" ⏎ "Guest wifi:
    lemonade-Harbor"): the labels are free words, so the rows' shapes differ; each value
    is judged by its own shape. The lines beneath the heading up to the first that is no
    such line; none when a label names something else ("User:", "Host:")."""
    values = []
    for s, e in block:
        m = _LABELLED_LINE.fullmatch(text, s, e)
        if m is None:
            break
        label = m.group("label").split()
        if len(label) > _HEAD_WORDS or _labels_other(label[-1]):
            return []  # (a label's last word names its thing: "Server room lockbox")
        values.append(m.span("v"))
    shaped = [_value_shaped(text[s:e]) for s, e in values]
    if len(values) < 2 or not any(shaped):
        return []
    if not all(ok or _weak_value(text[s:e]) for ok, (s, e) in zip(shaped, values, strict=True)):
        return []
    return values


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where a sentence that starts at ``start`` ends ("…: 180621, 771203. Bitte …")."""
    stop = text.find(". ", start, end)
    return end if stop < 0 else stop


def _items(text: str, start: int, end: int, least: int = 2) -> list[tuple[int, int]]:
    """A line's items parted by "/", "," or ";" or a column's spaces (at least ``least``;
    an item that is only an ellipsis left out), else none."""
    while start < end and text[start] in " \t":
        start += 1
    out = []
    at = start
    for m in _ITEM_SEP.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    spans = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in _TRAIL + " ":
            e -= 1
        spans.append((s, e))
    if spans[-1][0] == spans[-1][1]:
        spans.pop()  # "4gdj-c8qk   ...": the list goes on elsewhere
    return spans if len(spans) >= least and all(e > s for s, e in spans) else []


def _shape(
    text: str, start: int, end: int, *, indented: bool = False
) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """A row's shape (the separators between its cells) and its cells; ``indented``: the
    row's leading spaces are no separator (a listing a program printed)."""
    seps: list[str] = []
    cells = []
    while indented and start < end and text[start] in " \t":
        start += 1  # a console listing's indentation is no separator
    at = start
    for m in _CELL_SEP.finditer(text, start, end):
        if m.start() == at:
            return (), []  # a row that starts or doubles a separator is no list's row
        cells.append((at, m.start()))
        seps.append(m.group().strip(" ") or " ")
        at = m.end()
    cells.append((at, end))
    return tuple(seps), cells


#: An item of a list indented under its heading, with its number or bullet ("  1. x").
_INDENTED_ITEM = re.compile(r"[ \t]+(?:\d{1,2}[.)]|[-*•])[ \t]")


def _same_shape_run(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first rows of ``block`` that share the first row's shape (at least two)."""
    # (a list indented under its heading: "recovery codes:" ⏎ "  1. 8f4k2m9x")
    marked = _INDENTED_ITEM.match(text, block[0][0]) is not None
    first, _ = _shape(text, *block[0], indented=marked)
    run = []
    for s, e in block:
        if marked and _INDENTED_ITEM.match(text, s) is None:
            break  # "(two left)" under the items: a remark, not a row
        if _shape(text, s, e, indented=marked)[0] != first:
            break
        run.append((s, e))
    return run if len(run) >= 2 else []


def _column(
    text: str, items: list[tuple[int, int]], *, labelled_alike: bool = False
) -> list[tuple[int, int]]:
    """The value column of a list's rows under a heading that names secrets: each row's
    last cell (a row of digit groups whole), when every row has the same shape, each such
    cell is shaped like a value, and all of them digits or none. ``labelled_alike``: the
    items of one line, whose labels differ only in their digits ("Monteur 1: 1357 /
    Monteur 2: 2468", not "S/N 2207AX5400-117823, model RT-AX54")."""
    if len(items) < 2:
        return []
    values = []
    shape = None
    labels = set()
    for s, e in items:
        if _DIGIT_GROUPS.fullmatch(text, s, e):
            value = (s, e)
            seps: tuple[str, ...] = ("groups",)
        else:
            seps, cells = _shape(text, s, e, indented=_INDENTED_ITEM.match(text, s) is not None)
            if not cells:
                return []
            value = cells[-1]
            label = text[s : value[0]]
            if _labels_other(label):
                return []
            labels.add(_DIGIT_RUN.sub("0", label))
        if shape is None:
            shape = seps
        elif seps != shape:
            return []
        values.append(value)
    if labelled_alike and len(labels) > 1:
        return []
    if len({_digits_only(text[s:e]) for s, e in values}) > 1:
        return []
    shaped = [_value_shaped(text[s:e]) for s, e in values]
    # a value or two shaped weaker ("hello-kestrel" beside "Talon#Wing7!") among ones
    # shaped as values
    if not any(shaped) or not all(
        ok or _weak_value(text[s:e]) for ok, (s, e) in zip(shaped, values, strict=True)
    ):
        return []
    return values


def _digits_only(value: str) -> bool:
    """A value of digits alone, grouped or ended by a keypad's key ("4711#")."""
    return value.replace(" ", "").replace("-", "").rstrip("#*").isdecimal()


def _value_shaped(value: str) -> bool:
    """A cell shaped like a PIN, a code or a password: digits (grouped or not), or one token
    of letters with digits or signs that is no reference, date or amount."""
    if _DIGIT_GROUPS.fullmatch(value):
        return sum(ch.isdigit() for ch in value) <= 12
    if not value or any(ch.isspace() for ch in value) or words.is_non_secret_shape(value):
        return False
    keyed = value.rstrip("#*")  # a door's code with the keypad's key: "4711#", "0815*"
    if keyed.isdecimal():
        return keyed.isascii() and 4 <= len(keyed) <= 10
    return (
        len(value) >= 5
        and any(ch.isalpha() for ch in value)
        and not value.isalpha()
        and words.likeness(value) >= words.PLAIN
    )


def _weak_value(value: str) -> bool:
    """One token of letters joined by signs or digits ("hello-kestrel"), no reference."""
    return (
        len(value) >= 6
        and not any(ch.isspace() for ch in value)
        and any(ch.isalpha() for ch in value)
        and not value.isalpha()
        and not words.is_non_secret_shape(value)
    )


def _column_of(
    text: str, lines: list[tuple[int, int]], source: Entity, *, indented: bool = False
) -> list[tuple[int, int]]:
    """The cells in a masked value's column in the rows of its shape beside its row
    (``indented``: see ``_shape``)."""
    row = next((k for k, (s, e) in enumerate(lines) if s <= source.start < e), -1)
    if row < 0 or source.end > lines[row][1]:
        return []
    seps, cells = _shape(text, *lines[row], indented=indented)
    if not seps:
        return []
    column = next(
        (k for k, (s, e) in enumerate(cells) if _trimmed(text, s, e) == (source.start, source.end)),
        -1,
    )
    if column < 0:
        return []
    value = text[source.start : source.end]
    kind = shape_class(value, source.type)
    out = []
    for step in (-1, 1):
        k = row + step
        while 0 <= k < len(lines):
            other, other_cells = _shape(text, *lines[k], indented=indented)
            cell = _kin_cell(text, (seps, cells), (other, other_cells), column, alike=not indented)
            if cell is None:
                break
            s, e = _trimmed(text, *cell)
            token = text[s:e]
            if (
                token == value
                or _labels_other(text[lines[k][0] : cell[0]])
                or not (
                    _value_shaped(token)
                    or (kind is not None and same_class(kind, value, token, source.type))
                )
            ):
                break
            out.append((s, e))
            k += step
    return out


#: A cell that is a dash between spaces: a row's separator ("Anna Keller – akeller – x").
_DASHES = frozenset("-–—")


def _kin_cell(
    text: str,
    row: tuple[tuple[str, ...], list[tuple[int, int]]],
    other: tuple[tuple[str, ...], list[tuple[int, int]]],
    column: int,
    *,
    alike: bool,
) -> tuple[int, int] | None:
    """The cell of ``other`` in ``row``'s ``column`` when the two rows are of one list: of
    the same shape, or (round 54, with ``alike``: beside a value a recognizer found, not a
    mask a console showed) alike where a list's rows may differ. A row's label may
    have one word or several ("1. Anna Keller – akeller – x" beside "3. Reception –
    empfang – y"): after the label (up to the first dash or marked separator) their shapes
    agree, and the cell is as far from the end. A row's last cells may say something
    instead of a value ("admin-south: old x -> not changed yet"): the shapes agree up to
    the separator after the cell, and a marked separator stands before it."""
    seps, cells = row
    other_seps, other_cells = other
    if other_seps == seps:
        return other_cells[column]
    if not other_seps or not alike:
        return None
    tail = _after_label(text, seps, cells)
    other_tail = _after_label(text, other_seps, other_cells)
    back = len(cells) - 1 - column
    if tail and tail == other_tail and back < len(other_cells) and back < len(tail):
        return other_cells[len(other_cells) - 1 - back]
    if (
        column < len(seps)
        and column < len(other_seps)
        and other_seps[: column + 1] == seps[: column + 1]
        and any(sep != " " for sep in seps[:column])
    ):
        return other_cells[column]
    return None


def _after_label(text: str, seps: tuple[str, ...], cells: list[tuple[int, int]]) -> tuple[str, ...]:
    """A row's shape after its label: its separators (a dash cell read as one) from the
    first dash or marked separator on; none when the row has neither."""
    marks: list[str] = []
    for k, sep in enumerate(seps):
        nxt = cells[k + 1]
        if text[nxt[0] : nxt[1]] in _DASHES:
            marks.append("–")
        elif k > 0 and text[cells[k][0] : cells[k][1]] in _DASHES:
            continue  # the space after a dash cell is the dash's
        else:
            marks.append(sep)
    first = next((k for k, mark in enumerate(marks) if mark != " "), -1)
    return tuple(marks[first:]) if first >= 0 else ()


def _labels_other(label: str) -> bool:
    """Does a row's label name a thing of its own, no secret ("TWILIO_ACCOUNT_SID=",
    "User:", "host:")? Its value is then that thing, whatever the rows beside it hold."""
    parts = _LABEL_PARTS.split(label.lower())
    return (
        any(part in _OTHER_LABELS for part in parts)
        and not _labels_secret(label)
        and not _names_secrets(label)
    )


def _labels_secret(label: str) -> bool:
    """Does a row's label name a password, a PIN or a Wi-Fi key ("FTP-Passwort")?"""
    return any(
        word_kind(part) in ("pw", "pin", "wifi") for part in _LABEL_PARTS.split(label.lower())
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's span without quotes and trailing sentence punctuation."""
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES + ".,;":
        end -= 1
    return start, end
