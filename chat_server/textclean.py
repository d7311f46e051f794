"""Inbound text hygiene: every text a client sends is cleaned before it is stored or shown.

- lone UTF-16 surrogates (``"\\ud800"`` from a JSON escape) become U+FFFD: they cannot be
  encoded as UTF-8, so stored once they break every later export of the conversation;
- C0/C1 control characters are removed except line feed and tab (a CR or CRLF is a line
  break): NUL and friends have no place in a chat and confuse terminals and logs;
- bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) are removed: they make text
  display in another order than it was typed (spoofed file names, amounts, links).
"""

from __future__ import annotations

import re

__all__ = ["clean_line", "clean_text", "safe_output"]

_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """The text with lone surrogates replaced and controls/bidi overrides removed; the same
    object when there is nothing to clean (the common case costs one regex scan)."""
    if _SUSPECT.search(text) is None:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _DROPPED.sub("", text)


def clean_line(text: str) -> str:
    """clean_text for one-line fields (names): line breaks and tabs become spaces."""
    text = clean_text(text)
    if "\n" in text or "\t" in text:
        text = text.replace("\n", " ").replace("\t", " ")
    return text


def safe_output(text: str) -> str:
    """Text that can always be written as UTF-8 (for data stored before cleaning existed)."""
    return text.encode("utf-8", errors="replace").decode("utf-8")
