"""JSON logs, one object per line, with secrets masked and no message text."""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

from redaction import Redacted, RedactingLogFilter, redact_text

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


LogValue = Redacted | int | float | bool | None


def _value(value: Any) -> LogValue:
    """Numbers as they are; any text (``extra`` fields included) through the redactor."""
    if value is None or isinstance(value, int | float | bool):
        return value
    return redact_text(value if isinstance(value, str) else str(value))


class JsonFormatter(logging.Formatter):
    def __init__(self, node_id: str = "") -> None:
        super().__init__()
        self._node = node_id

    def format(self, record: logging.LogRecord) -> str:
        # Only redacted text reaches the log line: the entry's type says so.
        entry: dict[str, LogValue] = {
            "ts": round(time.time(), 3),
            "level": _value(record.levelname.lower()),
            "logger": _value(record.name),
            "msg": _value(record.getMessage()),
        }
        if self._node:
            entry["node"] = _value(self._node)
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = _value(value)
        if record.exc_info:
            entry["exc"] = _value(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str = "INFO", node_id: str = "") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(node_id))
    handler.addFilter(RedactingLogFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # mail.log (aiosmtpd) traces every DATA line of a mail at DEBUG: one line at a time, a
    # password's context is on another record, so no redactor can judge it. Never log it.
    for noisy in ("aiohttp.access", "engineio.server", "socketio.server", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
