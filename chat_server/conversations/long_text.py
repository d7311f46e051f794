"""Long texts a customer pastes whole (an error log, `kind: "log"`): redacted like any text,
through the `redaction` package's public API, but in slices.

The recognizers bound their work per call (a flood of password words stops being examined,
redaction/recognizers/password.py), which suits a 2,000-character message; a 50 KB log has
far more trigger words, and its last lines (the ones that name the failure) would go
unexamined. So the log is redacted in slices of whole lines, each the size of a short
message, with the event loop free between them; a last pass over the joined text makes the
`Redacted` value (masked placeholders stay as they are) and catches a secret split across
two slices.
"""

from __future__ import annotations

import asyncio

from chat_server import metrics
from redaction import Redacted, default_redactor

SLICE_CHARS = 1000


def line_slices(text: str, size: int = SLICE_CHARS) -> list[str]:
    """`text` in consecutive slices of whole lines, each at most `size` characters (a longer
    line is cut); joined they are `text` again."""
    slices: list[str] = []
    current: list[str] = []
    length = 0
    for line in text.splitlines(keepends=True):
        while len(line) > size:
            if current:
                slices.append("".join(current))
                current, length = [], 0
            slices.append(line[:size])
            line = line[size:]
        if length + len(line) > size and current:
            slices.append("".join(current))
            current, length = [], 0
        current.append(line)
        length += len(line)
    if current:
        slices.append("".join(current))
    return slices


async def redact_long(text: str) -> tuple[Redacted, list[str]]:
    """`text` masked slice by slice, and the kinds of secret masked in it."""
    redactor = default_redactor()
    parts: list[str] = []
    found: set[str] = set()
    count = 0
    for piece in line_slices(text):
        result = await redactor.redact_async(piece)
        parts.append(result.text)
        found.update(result.types)
        count += len(result.entities)
        await asyncio.sleep(0)
    final = await redactor.redact_async("".join(parts))
    found.update(final.types)
    count += len(final.entities)
    if count:
        metrics.REDACTIONS.inc(count)
    return final.text, sorted(found)
