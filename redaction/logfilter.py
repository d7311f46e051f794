"""A logging filter that masks secrets before any handler formats a record."""

from __future__ import annotations

import ast
import logging
import re

from redaction.engine import Redactor, default_redactor

# Attributes every LogRecord has; anything else was passed in ``extra=``.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
}


_BYTES_REPR = re.compile(r"b'(?:[^'\\\n]|\\.){0,4000}'" + r'|b"(?:[^"\\\n]|\\.){0,4000}"')


def _decode_bytes_reprs(message: str) -> str:
    """``b'password\\xef\\xbc\\x9ax'`` logged by a library: decode it so the redactor sees the
    text the bytes hold (escaped, a full-width colon or a CRLF would hide the context)."""
    if "b'" not in message and 'b"' not in message:
        return message

    def decode(m: re.Match[str]) -> str:
        try:
            raw = ast.literal_eval(m.group())
        except (ValueError, SyntaxError):
            return m.group()
        return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else m.group()

    return _BYTES_REPR.sub(decode, message)


class RedactingLogFilter(logging.Filter):
    """Masks secrets in a record's message, arguments, ``extra`` fields and traceback.

    Install it on handlers (not only loggers): a handler filter also sees records that
    propagate from child loggers.
    """

    def __init__(self, name: str = "", redactor: Redactor | None = None) -> None:
        """:param redactor: defaults to the process-wide ``default_redactor()``."""
        super().__init__(name)
        # Built now, before the filter is installed: building it logs (Presidio does), and a
        # filter that built it lazily would re-enter itself and deadlock on the build lock.
        self._redactor = redactor or default_redactor()

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` in place; never drops it."""
        redactor = self._redactor
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: let logging report it unchanged
            return True
        decoded = _decode_bytes_reprs(message)
        masked = redactor.redact(decoded)
        if masked.changed:
            # Freeze the formatted message: args could otherwise re-insert the secret.
            record.msg = masked.text
            record.args = None
        if record.exc_info and not record.exc_text:
            # Formatter.format() reuses exc_text when set, so the traceback is masked too.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redactor.redact(record.exc_text).text
        if record.stack_info:
            record.stack_info = redactor.redact(record.stack_info).text
        for key, value in list(vars(record).items()):
            if key in _STANDARD or key.startswith("_") or isinstance(value, int | float | bool):
                continue
            if value is not None:
                # extra={"name": ..., "body": {...}}: formatters print str(value)
                setattr(
                    record,
                    key,
                    redactor.redact(value if isinstance(value, str) else str(value)).text,
                )
        return True
