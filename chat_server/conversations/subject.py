"""What a ticket made from a chat is about: its subject line.

The rule, simple on purpose: the customer's own words about it (the text sent with `ticket`)
win; else their longest message among their first five, without a leading greeting ("Hi,",
"Hallo,", "Guten Tag"). The longest message is the one that says most; the first line is
usually a greeting or a question about the service ("Hi, how quickly…"), which is what the
subject used to be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FALLBACK = "Chat conversation"
MAX_CHARS = 120
_GREETING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hallo|moin|servus|grüß gott|good (?:morning|afternoon|evening)"
    r"|guten (?:morgen|tag|abend))\b(?:\s+there)?[\s,!.:;-]*)+",
    re.IGNORECASE,
)


def without_greeting(text: str) -> str:
    return _GREETING.sub("", text).strip()


def subject_of(topic: str | None, messages: Iterable[dict[str, Any]]) -> str:
    """The subject from the customer's stated `topic`, else from their messages (redacted)."""
    for candidate in [topic] if topic else []:
        line = without_greeting(candidate.strip().splitlines()[0] if candidate.strip() else "")
        if line:
            return line[:MAX_CHARS]
    said = [m["text"] for m in messages if m.get("author") == "customer" and m.get("text")][:5]
    best = max((without_greeting(text) for text in said), key=len, default="")
    return " ".join(best.split())[:MAX_CHARS] or FALLBACK
