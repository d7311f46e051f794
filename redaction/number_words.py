"""Numbers said in words as a PIN or a code is read out: "nineteen eighty four", "forty two
seventy one", "seven hundred forty one", "zweiundvierzig einundsiebzig", "neunzehn
vierundachtzig", "siebenhundertvierzig".

A caller who reads a four-digit PIN aloud says it in pairs as a year is said; speech input
writes what it hears. The digit words alone ("four one one seven") are read by the code and
dictation rules; these are the numbers of two or three digits each said as one word or two.
``said_digits`` turns such a run into the digits it stands for, so a rule can ask what a
typed code would be asked: its length, what follows it.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
    "null": 0, "eins": 1, "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5,
    "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}  # fmt: skip
_HUNDRED = frozenset("hundred hundert".split())


def _alternation(names: object) -> str:
    return "|".join(sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


_UNIT = _alternation(_UNITS)
_TEEN = _alternation(_TEENS)
_TEN = _alternation(_TENS)
# one German number word of up to three digits: "siebenhundertvierzig", "vierundachtzig"
_GERMAN = re.compile(
    rf"(?:(?P<h>{_UNIT})hundert)?(?:(?P<t>{_TEEN})|(?:(?P<u>{_UNIT})und)?(?P<z>{_TEN})"
    rf"|(?P<o>{_UNIT}))?"
)
#: A number's word, of two digits or three (the words of single digits are not in it).
NUMBER_WORD = (
    rf"(?:{_TEEN}|{_TEN}|hundred"
    rf"|(?:{_UNIT})?hundert\w*|(?:{_UNIT})und(?:{_TEN})|(?:{_UNIT})?hundert)"
)
#: The words a run of said numbers is made of, the single digits' too, as a regex.
SAID_NUMBER_WORD = rf"(?:{NUMBER_WORD}|{_UNIT})"


def _german(word: str) -> str | None:
    """The digits of one German number word ("siebenhundertvierzig" → "740"), or None."""
    m = _GERMAN.fullmatch(word)
    if m is None or not word:
        return None
    hundreds = m.group("h")
    if m.group("t"):
        rest = f"{_TEENS[m.group('t')]:02d}"
    elif m.group("z"):
        rest = f"{_TENS[m.group('z')] + (_UNITS[m.group('u')] if m.group('u') else 0):02d}"
    elif m.group("o"):
        rest = f"{_UNITS[m.group('o')]}" if hundreds is None else f"0{_UNITS[m.group('o')]}"
    else:
        rest = "00" if hundreds is not None else ""
    if hundreds is not None:
        return f"{_UNITS[hundreds]}{rest}"
    return rest or None


def said_digits(said: list[str]) -> str | None:
    """The digits a run of number words stands for ("nineteen eighty four" → "1984",
    "seven hundred forty one" → "741", "zweiundvierzig einundsiebzig" → "4271"), or None
    when a word is none of them or no word is more than a digit's."""
    out: list[str] = []
    more = False  # a word of two digits or three said in the run
    i = 0
    while i < len(said):
        w = said[i].lower()
        nxt = said[i + 1].lower() if i + 1 < len(said) else ""
        if w in _UNITS and nxt in _HUNDRED:
            more = True
            after = said[i + 2].lower() if i + 2 < len(said) else ""
            i += 2
            if after in ("and", "und"):
                i += 1
                after = said[i].lower() if i < len(said) else ""
            if after in _TEENS or after in _TENS:
                out.append(str(_UNITS[w]))  # "seven hundred forty one": the tens follow
            elif after in _UNITS:
                out.append(f"{_UNITS[w]}0")
            else:
                out.append(f"{_UNITS[w]}00")
            continue
        if w in _TENS:
            more = True
            if nxt in _UNITS and nxt not in ("oh", "zero", "null", "ein"):
                out.append(str(_TENS[w] + _UNITS[nxt]))
                i += 2
                continue
            out.append(str(_TENS[w]))
        elif w in _TEENS:
            more = True
            out.append(str(_TEENS[w]))
        elif w in _UNITS and w != "ein":
            out.append(str(_UNITS[w]))
        else:
            digits = _german(w)
            if digits is None:
                return None
            more = more or len(digits) > 1
            out.append(digits)
        i += 1
    return "".join(out) if more else None


#: A number of three digits said as hundreds ("seven hundred forty one", "four hundred and
#: two", "siebenhundertvierzig", "dreihundertzwölf"): a CVC read out as a number.
HUNDREDS = (
    rf"(?:(?:{_UNIT})[ ]+hundred(?:[ ]+and)?(?:[ ]+(?:{_TEEN}|(?:{_TEN})(?:[ -](?:{_UNIT}))?"
    rf"|{_UNIT}))?|(?:{_UNIT})hundert(?:{_TEEN}|(?:(?:{_UNIT})und)?(?:{_TEN})|{_UNIT})?)"
)
