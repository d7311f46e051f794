"""Recalled: what a conversation masked, read again in the messages after it.

Customers correct, retype and continue a secret over several messages: "alarm code 2580"
⏎ "oh and then press OFF" ⏎ "sorry it's 2508. 2580 was the old one", "ist 4 8 1 9" ⏎ "also
4819", "482 7" ⏎ "90" ⏎ "sorry, phone sent it early. 482790", "security code 6620" ⏎ "no
wait that's 6602", "secret: 8xVr…iRq" ⏎ "copy paste fehler: 8xVr…iRqZ". Each later message
names nothing itself; what makes its value a secret is what the conversation masked a
message or two before. This module keeps those values (raw, in memory only, as the
hindsight keeps its lines) for ``KEPT`` messages and masks, with the kind each was:

- the value again, its digits grouped alike or not ("7 4 0" beside "740", "4819" after
  "4 8 1 9", "I used 7741-2209 already");
- the digits of pieces sent one a message, typed whole ("482 7" ⏎ "90" ⏎ "482790");
- after words that correct or offer another ("sorry", "wait", "no", "or", "oder", "also",
  "nein", "falsch", "the old one"), a value of digits alone as many as a PIN's or a card
  code's just masked ("6602" after "6620"), and a password's number changed where the
  message says so ("Opa.Heinz.1942" ⏎ "nein warte, da steht 1943, die 2 war eine 3");
- a long key pasted again with a character more or less ("…iRq" ⏎ "…iRqZ");
- a passphrase typed again with a word corrected ("… ribbon tusk" ⏎ "'tusk' should be
  'dusk'. … ribbon dusk");
- beside a password the message masks, another of its stem ("S3cr3t!Pine is staging. prod
  is S3cr3t!Oak").

What stays: a number after a word naming another thing ("order", "ticket", "Filiale"), a
number of the same length that came unmasked after the secret (the correction is then of
that one), a year or an age that no word ties to a password's part, and every message of a
conversation that masked nothing (nothing is kept, nothing is read).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from redaction import masking, resend, words
from redaction.types import CARD_CVC, CREDENTIAL, PASSWORD, Entity, RedactionResult, _seal

#: Messages after the one that masked a value in which it is recalled.
KEPT = 3
#: The kinds of secret recalled (a card number has its own pieces and tail).
_TYPES = frozenset({PASSWORD, CARD_CVC, CREDENTIAL})
#: Digits a recalled value of digits alone has at least, by kind ("740" is a card code's,
#: "4819" a PIN's; "12" of neither).
_DIGITS_MIN = {CARD_CVC: 3, PASSWORD: 4, CREDENTIAL: 6}
#: A value of other characters is recalled from this length ("Kx7!", not "ab"), one of
#: letters alone from this ("Heinrich", not "Blue").
_VALUE_MIN = 4
_WORD_MIN = 6
#: A key pasted again is this long at least, and differs by at most this many characters.
_KEY_MIN = 16
_KEY_EDITS = 2
#: The longest message read (a correction is short).
_TEXT_MAX = 240
#: The most new values one correction gives.
_NEW_MAX = 2
_NAME = "recalled"
#: How far before a number the word naming it is looked for.
_BEFORE = 24

#: Digits alone, grouped by spaces or dashes or not ("4 8 1 9", "7741-2209", "482790"),
#: standing alone (not in a word, a decimal, a date or a path).
_DIGITS = re.compile(r"(?<![\w.,/:#+-])\d+(?:[ \-]\d+)*(?![\w/:+]|[.,\-]\d)")
_TOKEN = re.compile(r"\S+")
_OPENERS = "\"'`„“«‚‘(["
_CLOSERS = ".,;:!?)]\"'`“”»‘’"
#: Words that correct a value just given or offer another ("sorry it's", "or 6313", "also
#: 4819", "nein, 1943", "the old one").
_CORRECTING = frozenset(
    "sorry sry oops ups wait warte moment no nope nein ne nee falsch wrong typo vertippt "
    "verschrieben correction korrektur actually eigentlich meant meinte or oder bzw also "
    "sondern instead statt old alte alten new neue neuen now jetzt".split()
)
#: How many words from its start a message says that it corrects.
_LEAD_WORDS = 4
#: "was the old one", "ist die neue": said anywhere in a short message.
_OLD_OR_NEW = re.compile(
    r"(?i)\s*(?:(?:is|was|ist|war)\s+)?\b(?:the\s+(?:old|new|right|correct)\s+one|(?:die|der|das)\s+(?:alte|neue|richtige)\w*)\b"
)
#: A word naming the number as another thing: "order 4471", "Filiale 5190", "ticket".
_OTHER = re.compile(
    r"(?i)(?<![^\W\d_])(?:nummer|number|nr|ticket|order|bestell\w*|auftrag\w*|rechnung\w*"
    r"|invoice|tracking|sendung\w*|kunden\w*|customer|case|fall|vorgang\w*|ref|referenz"
    r"|reference|id|plz|zip|postcode|room|zimmer|raum|seite|page|version|filiale|store|branch"
    r"|phone|telefon\w*|handy\w*|tel|age|alt|jahre|years?|uhr|minutes?|minuten|euro|eur|usd"
    r"|dollar|times|mal)(?![^\W\d_])"
)
#: Where a password's part goes, or which part ("am Ende 89", "the last two are 79").
_POSITION = re.compile(
    r"(?i)(?<![^\W\d_])(?:am\s+(?:ende|schluss|anfang)|at\s+the\s+(?:end|start)|hinten|vorne"
    r"|(?:last|first|letzten|ersten)\s+(?:\d|two|three|four|zwei|drei|vier)"
    r"|(?:was|war|is|ist)\s+(?:a|an|ein|eine)\s+\S)(?![^\W\d_])"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
#: A number said to be a thing ("935 is the door code", "ist die Filiale").
_NAMED_AFTER = re.compile(
    r"(?i)\s+(?:is|was|ist|war)\s+(?:the|my|our|die|der|das|mein\w*|unser\w*)\s"
)
#: A message naming a network ("the wifi network … doesn't show up: Venue2026", "SSID").
_NETWORK_NAMED = re.compile(
    r"(?i)\b(?:(?:wi-?fi|wlan)\s+(?:network|netzwerk|name)|network\s+name|netzwerkname|ssid)\b"
)
_SECRET_WORD = re.compile(r"(?i)pass|kennwort|\bpw\b|\bpwd\b|\bpin\b|code|key\b|schlüssel")
#: A network's band or extender after its name ("-5G", "_2.4GHz", "-EXT").
_BAND = re.compile(r"(?i)[-_ ]?(?:5|2\.?4|6)\s?g(?:hz)?|[-_]ext")

_Changes = list[tuple[str, str]]


def _no_changes(text: str) -> _Changes:
    return []


@dataclass(slots=True)
class _Value:
    """A value masked ``age`` messages ago (0: in the message being read)."""

    type: str
    value: str
    digits: str  # its digits when it is digits alone, grouped or not; else ""
    age: int


def _digits_alone(value: str) -> str:
    if re.fullmatch(r"\d+(?:[ \-]\d+)*", value):
        return re.sub(r"\D", "", value)
    return ""


def _mask(text: str, result: RedactionResult, new: list[Entity]) -> RedactionResult:
    if not new:
        return result
    entities = masking.merge([*result.entities, *new])
    return RedactionResult(_seal(masking.Masked(text, entities).text), entities)


def _free(start: int, end: int, taken: list[Entity]) -> bool:
    return not any(e.start < end and start < e.end for e in taken)


def _core(token: re.Match[str]) -> tuple[int, str]:
    """A token without the quotes and marks around it, and where that starts."""
    raw = token[0]
    core = raw.lstrip(_OPENERS)
    lead = len(raw) - len(core)
    return token.start() + lead, core.rstrip(_CLOSERS)


def _named_other(text: str, start: int) -> bool:
    """Does the word right before ``start`` name another thing ("Zimmer 884")?"""
    before = text[max(0, start - _BEFORE) : start].split()
    return bool(before) and _OTHER.fullmatch(words.trim(before[-1])) is not None


def _says_correcting(text: str) -> bool:
    lead = [words.trim(t).lower() for t in text.split()[:_LEAD_WORDS]]
    return any(t in _CORRECTING for t in lead) or _OLD_OR_NEW.search(text) is not None


def corrects(text: str) -> bool:
    """Does ``text`` say it corrects a value just given, or which part of it ("sorry",
    "wait", "nein", "am Ende 89", "the last two are 79")?"""
    return _says_correcting(text) or _POSITION.search(text) is not None


def _digit_edits(a: str, b: str, edits: int = 2) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) <= edits


class Recalled:
    """The values one sender's last messages masked; ``read`` masks them again, and what
    the conversation's own secrets make secrets, in the next message."""

    def __init__(self) -> None:
        self._values: list[_Value] = []  # newest first
        #: a network's names a message gave unmasked, and for how many messages more
        self._names: list[str] = []
        self._names_left = 0
        #: digit counts of numbers given unmasked since (the age of the newest of each)
        self._others: dict[int, int] = {}
        #: the message before said it corrects a value and gave none ("sorry, the 4th digit
        #: is 9"): the corrected value may come alone in this one
        self._announced = False

    def reset(self) -> None:
        self._values = []
        self._names, self._names_left = [], 0
        self._others = {}
        self._announced = False

    def read(
        self, text: str, result: RedactionResult, changes: Callable[[str], _Changes] | None = None
    ) -> RedactionResult:
        """``text``'s ``result`` with what the values before recall masked too, and
        remembered for the next messages. ``changes``: the characters a text says it
        changes ("die 2 war eine 3": [("2", "3")])."""
        if self._names and result.entities and not _SECRET_WORD.search(text):
            # (not "password: Venue2026": a key may be its network's name)
            result = self._names_again(text, result)
        if (self._values or result.entities) and len(text) <= _TEXT_MAX:
            result = self._again(text, result, changes or _no_changes)
        announced = self._announced
        self._announced = (
            bool(self._values)
            and not result.entities
            and corrects(text)
            # "sorry, the order number is wrong": the correction is another thing's
            and not (_OTHER.search(text) or resend.names_other(text))
        )
        if announced and not result.entities and self._values:
            result = self._announced_value(text, result)
        self._remember(text, result)
        self._remember_names(text, result)
        return result

    def _names_again(self, text: str, result: RedactionResult) -> RedactionResult:
        """A network's name given before, typed again with its band ("… doesn't show up:
        Venue2026" ⏎ "tried Venue2026-5G too"): a name still, not its key."""
        kept = [
            e
            for e in result.entities
            if e.type != PASSWORD
            or not any(_as_named(text[e.start : e.end], name) for name in self._names)
        ]
        if len(kept) == len(result.entities):
            return result
        return RedactionResult(_seal(masking.Masked(text, kept).text), kept)

    def _remember_names(self, text: str, result: RedactionResult) -> None:
        self._names_left = max(0, self._names_left - 1)
        if not self._names_left:
            self._names = []
        if result.entities or len(text) > _TEXT_MAX or not _NETWORK_NAMED.search(text):
            return
        if _SECRET_WORD.search(text):
            return  # "the wifi password doesn't work: Venue2026!": its key
        names = [core for m in _TOKEN.finditer(text) if _name_shaped(core := _core(m)[1])]
        if names:
            self._names, self._names_left = names, KEPT

    def _again(
        self, text: str, result: RedactionResult, changes: Callable[[str], _Changes]
    ) -> RedactionResult:
        own = [
            _Value(e.type, value, _digits_alone(value), 0)
            for e in result.entities
            if e.type in _TYPES and len(value := text[e.start : e.end]) >= 2
        ]
        values = [*own, *self._values]
        if not values:
            return result
        new: list[Entity] = []
        taken = list(result.entities)

        def add(etype: str, start: int, end: int) -> None:
            entity = Entity(etype, start, end, 0.6, _NAME)
            new.append(entity)
            taken.append(entity)

        numbers = list(_DIGITS.finditer(text))
        if numbers:
            self._numbers_again(text, numbers, values, add, taken, changes)
        if any(not v.digits for v in values):
            self._tokens_again(text, values, add, taken)
            if any(v.age and not v.digits for v in values) and (named := changes(text)):
                _changed_again(text, values, named, add, taken)
        return _mask(text, result, new)

    def _numbers_again(
        self,
        text: str,
        numbers: list[re.Match[str]],
        values: list[_Value],
        add: Callable[[str, int, int], None],
        taken: list[Entity],
        changes: Callable[[str], _Changes],
    ) -> None:
        other = _OTHER.search(text) is not None or resend.names_other(text)
        correcting = corrects(text)
        pieces = self._pieces()
        fresh = 0
        for m in numbers:
            if not _free(*m.span(), taken):
                continue
            digits = re.sub(r"\D", "", m[0])
            same = next(
                (
                    v
                    for v in values
                    if v.digits and len(v.digits) >= _DIGITS_MIN[v.type] and v.digits == digits
                ),
                None,
            )
            if same is not None and not _named_other(text, m.start()):
                # the value again, grouped alike or not ("7 4 0" beside "740")
                add(same.type, *m.span())
                continue
            if digits in pieces:
                # "482 7" ⏎ "90" ⏎ "482790": the pieces typed whole
                add(PASSWORD, *m.span())
                continue
            if other or not correcting or fresh >= _NEW_MAX:
                continue
            if _NAMED_AFTER.match(text, m.end()) and not _OLD_OR_NEW.match(text, m.end()):
                continue  # "wait no, 935 is the door code": another thing's number
            kind = self._corrected_as(digits, values, text, changes)
            if kind is not None:
                fresh += 1
                add(kind, *m.span())

    def _corrected_as(
        self, digits: str, values: list[_Value], text: str, changes: Callable[[str], _Changes]
    ) -> str | None:
        """The kind of the value a correction's number ``digits`` stands for: a PIN's or
        a card code's as many digits, or a password's number changed where the message
        says ("am Ende 89", "die 2 war eine 3"); None for none."""
        for v in values:
            if v.age == 0:
                continue
            if self._others.get(len(digits), KEPT + 1) < v.age:
                continue  # a number of that length came unmasked after the secret
            if v.digits:
                if len(v.digits) != len(digits) or len(digits) < _DIGITS_MIN[v.type]:
                    continue
                if _YEAR.fullmatch(digits) and not _digit_edits(digits, v.digits):
                    continue  # "sorry, 2019 was when I set it"
                if v.type == CARD_CVC and not (
                    _digit_edits(digits, v.digits, 1) or sorted(digits) == sorted(v.digits)
                ):
                    continue  # a card code's slip: a digit, or two swapped ("6620", "6602")
                return v.type
            if v.type != PASSWORD:
                continue
            for run in re.findall(r"\d{2,}", v.value):
                if not _digit_edits(run, digits) or run == digits:
                    continue
                named = any(run.replace(old, new) == digits for old, new in changes(text))
                if named or _POSITION.search(text) or re.search(rf"(?<!\d){run}(?!\d)", text):
                    return PASSWORD
        return None

    def _announced_value(self, text: str, result: RedactionResult) -> RedactionResult:
        """The value a correction announced in the message before, alone in this one
        ("code is 40 93 11" ⏎ "sorry zweite ziffer ist 8 nicht 0" ⏎ "489311"): digits
        alone, as many as a PIN's or code's masked two messages back and one or two of
        them changed (not any number of that length: the announcement named no value)."""
        m = _DIGITS.fullmatch(text.strip(" \t" + _CLOSERS))
        if m is None:
            return result
        digits = re.sub(r"\D", "", m[0])
        for v in self._values:
            if v.age > 2 or v.type != PASSWORD or len(v.digits) < _DIGITS_MIN[PASSWORD]:
                continue
            if digits != v.digits and _digit_edits(digits, v.digits):
                start = text.index(m[0])
                return _mask(text, result, [Entity(PASSWORD, start, start + len(m[0]), 0.6, _NAME)])
        return result

    def _pieces(self) -> set[str]:
        """The digits of two or three pieces of a password the last messages masked one
        each, joined oldest first ("482 7" ⏎ "90": "482790")."""
        chain: list[str] = []
        age = 1
        for v in self._values:
            if v.age != age or v.type != PASSWORD or not v.digits:
                break
            chain.insert(0, v.digits)
            age += 1
        joined = set()
        for n in (2, 3):
            if len(chain) >= n:
                whole = "".join(chain[-n:])
                if len(whole) >= _DIGITS_MIN[PASSWORD]:
                    joined.add(whole)
        return joined

    def _tokens_again(
        self,
        text: str,
        values: list[_Value],
        add: Callable[[str, int, int], None],
        taken: list[Entity],
    ) -> None:
        tokens = [(*_core(m), m) for m in _TOKEN.finditer(text)]
        for v in values:
            if v.digits:
                continue
            if " " in v.value.strip():
                if v.age and v.type == PASSWORD and len(v.value.split()) >= 3:
                    for span in _phrase_again(text, v.value):
                        if _free(*span, taken):
                            add(PASSWORD, *span)
                continue
            for start, core, _ in tokens:
                end = start + len(core)
                if len(core) < _VALUE_MIN or not _free(start, end, taken):
                    continue
                if v.age and core == v.value:
                    if not (core.isalpha() and len(core) < _WORD_MIN):
                        # the value again, a message or two later (not a short word said
                        # again: "password Blue" ⏎ "Blue is my favourite colour")
                        add(v.type, start, end)
                elif v.type == CREDENTIAL and len(v.value) >= _KEY_MIN and v.age:
                    if len(core) >= _KEY_MIN and words.retyped(core, v.value, _KEY_EDITS):
                        add(CREDENTIAL, start, end)  # pasted again, a character more or less
                elif v.type == PASSWORD and v.age == 0 and _same_stem(core, v.value):
                    add(PASSWORD, start, end)  # "S3cr3t!Pine is staging. prod is S3cr3t!Oak"

    def _remember(self, text: str, result: RedactionResult) -> None:
        for v in self._values:
            v.age += 1
        self._others = {n: age + 1 for n, age in self._others.items() if age < KEPT}
        kept = [v for v in self._values if v.age <= KEPT]
        if len(text) > _TEXT_MAX:
            # a long message (a pasted log) ends what the values were recalled for
            self._values = []
            return
        fresh = [
            _Value(e.type, value, _digits_alone(value), 1)
            for e in result.entities
            if e.type in _TYPES and len(value := text[e.start : e.end]) >= 2
        ]
        self._values = [*fresh, *kept]
        if self._values:
            for m in _DIGITS.finditer(text):
                if _free(*m.span(), result.entities):
                    self._others[len(re.sub(r"\D", "", m[0]))] = 1


def _changed_again(
    text: str,
    values: list[_Value],
    changes: _Changes,
    add: Callable[[str, int, int], None],
    taken: list[Entity],
) -> None:
    for v in values:
        if v.age and not v.digits:
            for span in changed_as_said(text, v.value, changes):
                if _free(*span, taken):
                    add(v.type, *span)


def changed_as_said(text: str, value: str, changes: _Changes) -> list[tuple[int, int]]:
    """Where ``text`` types ``value`` again with the very characters it says it changes
    and nothing else ("3928 1f0e 2d4c" ⏎ "wait no the 1 is an l. so 3928 lf0e 2d4c"): the
    same secret, whatever its shape (a key's piece with spaces, a password)."""
    if len(value) < _VALUE_MIN:
        return []
    found: list[tuple[int, int]] = []
    for old, new in changes:
        if old.lower() not in value.lower():
            continue
        # the value with each ``old`` as either character, all else as it was
        either = f"[{re.escape(old.lower())}{re.escape(old.upper())}{re.escape(new)}]"
        pattern = "".join(either if ch.lower() == old.lower() else re.escape(ch) for ch in value)
        found += [m.span() for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text) if m[0] != value]
    return found


def _same_stem(core: str, value: str) -> bool:
    """Another password of the same stem, shaped like one: "S3cr3t!Oak" beside
    "S3cr3t!Pine" (not "Sommerfeld", a name, beside "Sommer2024!")."""
    if core == value or "@" in core or "/" in core:
        return False
    stem = 0
    for a, b in zip(core, value, strict=False):
        if a != b:
            break
        stem += 1
    return (
        stem >= 5
        and stem * 2 >= max(len(core), len(value))
        and any(ch.isdigit() or not ch.isalnum() for ch in core[:stem])
        and any(ch.isalpha() for ch in core)
        and words.secret_shape(core) != words.NOT_SECRET
    )


def _phrase_again(text: str, value: str) -> list[tuple[int, int]]:
    """A passphrase typed again with one word corrected ("… maple ribbon tusk" ⏎ "…
    maple ribbon dusk"): as many words in a row, all as in the value but one, and that
    one within two characters of its word."""
    parts = value.lower().split()
    n = len(parts)
    tokens = list(_TOKEN.finditer(text))
    found = []
    for i in range(len(tokens) - n + 1):
        window = tokens[i : i + n]
        cores = [_core(m)[1].lower() for m in window]
        differ = [(a, b) for a, b in zip(cores, parts, strict=True) if a != b]
        if len(differ) > 1 or (differ and not _near_word(*differ[0])):
            continue
        start = _core(window[0])[0]
        last_start, last = _core(window[-1])
        found.append((start, last_start + len(last)))
    return found


def _near_word(a: str, b: str, edits: int = 2) -> bool:
    """Two words at most ``edits`` characters apart ("dusk" and "tusk")."""
    if abs(len(a) - len(b)) > edits or min(len(a), len(b)) < 3:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= edits


def _name_shaped(core: str) -> bool:
    """A token that may be a network's name a recognizer takes for a key ("Venue2026")."""
    return (
        len(core) >= _VALUE_MIN
        and any(ch.isdigit() for ch in core)
        and any(ch.isalpha() for ch in core)
    )


def _as_named(value: str, name: str) -> bool:
    """``value`` is the network's ``name``, or it with its band ("Venue2026-5G")."""
    if value == name:
        return True
    return value.startswith(name) and _BAND.fullmatch(value[len(name) :]) is not None
